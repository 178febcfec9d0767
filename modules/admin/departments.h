// admin/departments.h - 教育部门账号: one account per region (the 18 cities and 156 counties),
// login name = display name = the region name. The page lists every region with its account
// (or none) and opens a missing one: 联系人 + 联系人手机, the one-time password goes by SMS.
// A region that already has an account is refused. Audited as department_account_created.
#pragma once
struct Ctx;

// GET /school/admin/departments?city=CODE&region=CODE (city filters the list; region preselects the form)
void admin_departments(Ctx& ctx);
// POST /school/admin/departments (region, contact_name, mobile)
void admin_department_create(Ctx& ctx);
