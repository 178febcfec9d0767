// center/home.h - a center school's 所辖学校: its subordinate schools and their 明白人 (masked).
#pragma once
struct Ctx;

// GET /school/center/
void center_home(Ctx& ctx);
