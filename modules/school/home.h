// school/home.h - a school's 系统首页: account name, current year, the 投保数据 and 承保数据 cards.
#pragma once
struct Ctx;

// GET /school/s/
void school_home(Ctx& ctx);
