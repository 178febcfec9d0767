// admin/companies.h - 保险公司: the insurance companies schools choose from (全称 unique, 简称),
// added, renamed, disabled/enabled by the admin; and per company its provincial branch
// accounts (kind insurer, level province, region 410000): 登录账号 3–32 of [a-z0-9_], 机构名称,
// 联系人, 联系人手机 → one-time password by SMS. A disabled company gets no new accounts.
// Every change is audited.
#pragma once
struct Ctx;

// GET /school/admin/companies
void admin_companies(Ctx& ctx);
// POST /school/admin/companies (name, short_name)
void admin_company_create(Ctx& ctx);
// GET /school/admin/company?id=N: one company, its branch accounts and forms
void admin_company(Ctx& ctx);
// POST /school/admin/company/rename (id, name, short_name)
void admin_company_rename(Ctx& ctx);
// POST /school/admin/company/status (id, action = disable | enable)
void admin_company_status(Ctx& ctx);
// POST /school/admin/company/branch (id, login, display_name, contact_name, mobile)
void admin_company_branch(Ctx& ctx);
