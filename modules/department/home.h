// department/home.h - a city or county department's 系统首页: its region's schools at a glance.
#pragma once
struct Ctx;

// GET /school/dept/
void department_home(Ctx& ctx);
