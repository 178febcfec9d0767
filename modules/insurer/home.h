// insurer/home.h - an insurer account's 系统首页: company, level, region, this year's enrollments.
#pragma once
struct Ctx;

// GET /school/insurer/
void insurer_home(Ctx& ctx);
