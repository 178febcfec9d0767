// portal/login.h - the public login page with the tabs 学校 / 教育部门 / 承保机构, sign-in and sign-out.
#pragma once
struct Ctx;

// GET /school/ : the login page (a signed-in visitor goes to its start page).
void portal_login_page(Ctx& ctx);
// POST /school/login : kind + login + password (+ captcha after failures) → start page (or
// /school/verify for a second factor), or the form again with the message.
void portal_login(Ctx& ctx);
// POST /school/logout : ends the session → the login page (the admin's own for admins).
void portal_logout(Ctx& ctx);
