// insurer/accounts.h - 分支账号管理 (provincial branch) and 县区账号管理 (city account): the
// insurer accounts of the same company below the signed-in one inside its region (province:
// city and county accounts; city: the county accounts of its city), 20 a page, and the 增加账号
// form of the user manual. Rules: a province account creates 市 or 县区 accounts of any Henan
// city / county, a city account only 县区 accounts of its own city; the region is checked on the
// server (a crafted region outside is refused with a message, nothing written); the new account
// gets the creator's company and the creator as parent; 登录账号 3–32 of [a-z0-9_], unique among
// insurer accounts; 登录密码 passes password_policy.h and is one-time (must be changed at the
// first sign-in; it also goes to the contact's mobile by SMS like every initial password).
// 停用/启用 and 重置密码 (one-time password by SMS, sessions ended) act only on accounts of the
// list's scope; any other id answers 404 and is audited as access_denied. County accounts get
// 403 on every route here. Every change is audited.
#pragma once
struct Ctx;

// GET /school/insurer/accounts?page=N
void insurer_accounts(Ctx& ctx);
// POST /school/insurer/accounts (level [province only], city, county, display_name, login,
// password, contact_name, mobile)
void insurer_account_create(Ctx& ctx);
// POST /school/insurer/accounts/status (id, action = disable | enable)
void insurer_account_status(Ctx& ctx);
// POST /school/insurer/accounts/reset (id)
void insurer_account_reset(Ctx& ctx);
