// portal/forgot_account.h - 忘记登录账号 (the manual's 查找登录账号): the school's full name
// (as on its certificate) and the 图形验证码 → the login name and the masked registered
// mobile (138****5678) of each active school of that name, or a neutral 未找到. At most 20
// lookups an hour per address (429); every lookup is audited ("account_lookup").
#pragma once
struct Ctx;

// GET /school/forgot-account
void portal_forgot_account_page(Ctx& ctx);
// POST /school/forgot-account (csrf, name, captcha) → the same page with the result.
void portal_forgot_account(Ctx& ctx);
