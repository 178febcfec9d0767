// department/schools.h - 学校数据 of a city or county department: the per-county table
// (department/schools_counties.h) and the school list (department/schools_list.h) of the
// current academic year, with search, filters, sorting, paging and an .xlsx export of the
// filtered, sorted list (text cells, masked mobiles, audited). Each row links 设置
// (/school/dept/schools/settings?id=N). A county outside the region answers 404 and is
// audited as access_denied.
#pragma once
#include "department/region_scope.h"

struct Ctx;

// GET /school/dept/schools?q=&county=&type=&nature=&product=&status=&sort=&dir=&page=
void department_schools(Ctx& ctx);
// GET /school/dept/schools/export?<the same filters>: every filtered row as .xlsx.
void department_schools_export(Ctx& ctx);

// 学校数据 of any scope: the per-area table (per city for the province, each city linking to its
// own per-county table), the list with the same filters and its export. The department handlers
// pass department_scope, the admin's (admin/province_views.h) admin_scope.
void schools_page(Ctx& ctx, const RegionScope& scope);
void schools_export(Ctx& ctx, const RegionScope& scope);
