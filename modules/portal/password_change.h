// portal/password_change.h - the forced password change at /school/password: an account whose
// password is an initial or reset one (must_change_password) or older than [security]
// password_max_age_days (admin, departments, insurers) is sent here by serve() (account_gate)
// from every other page until it picks a new one. The rules and the effects are those of
// account/change_password.h (audit detail "forced"). Role::Pending routes, but only after the
// second factor: an account that still owes it is sent to /school/verify first.
#pragma once
struct Ctx;

// GET /school/password : 当前密码, 新密码, 确认新密码 with the reason for the change. A settled
// account is sent to its own 修改密码 page.
void portal_password_change_page(Ctx& ctx);
// POST /school/password → 303 to the account's start page, or the form with per-field messages.
void portal_password_change(Ctx& ctx);
