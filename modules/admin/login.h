// admin/login.h - the provincial center's own login page (管理中心登录).
#pragma once
struct Ctx;

// GET /school/admin/login
void admin_login_page(Ctx& ctx);
// POST /school/admin/login : login + password (+ captcha after failures) → /school/verify (the
// SMS second factor), or the form with the message.
void admin_login(Ctx& ctx);
