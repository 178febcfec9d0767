// admin/home.h - the provincial center's 系统首页: what waits for review, accounts by kind.
#pragma once
struct Ctx;

// GET /school/admin/
void admin_home(Ctx& ctx);
