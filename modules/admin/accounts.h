// admin/accounts.h - 账号管理: every account of the system (schools, departments, insurers,
// the center) searchable by kind, name / login / mobile and status, 20 a page; per account
// 停用/启用 (disabling ends its sessions), 重置密码 (one-time password by SMS, must be changed,
// failures and lock cleared, every session ended) and 解锁. Every action is audited. The
// admin cannot disable or reset its own account here (账户信息 is the place for that).
#pragma once
struct Ctx;

// GET /school/admin/accounts?kind=&q=&status=&page=
void admin_accounts(Ctx& ctx);
// POST /school/admin/account/status (id, action = disable | enable, + the list filters)
void admin_account_status(Ctx& ctx);
// POST /school/admin/account/reset (id, + the list filters)
void admin_account_reset(Ctx& ctx);
// POST /school/admin/account/unlock (id, + the list filters)
void admin_account_unlock(Ctx& ctx);
