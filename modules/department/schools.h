// department/schools.h - 学校数据 of a city or county department: the per-county table
// (department/schools_counties.h) and the school list (department/schools_list.h) of the
// current academic year, with search, filters, sorting, paging and an .xlsx export of the
// filtered, sorted list (text cells, masked mobiles, audited). Each row links 设置
// (/school/dept/schools/settings?id=N). A county outside the region answers 404 and is
// audited as access_denied.
#pragma once
struct Ctx;

// GET /school/dept/schools?q=&county=&type=&nature=&product=&status=&sort=&dir=&page=
void department_schools(Ctx& ctx);
// GET /school/dept/schools/export?<the same filters>: every filtered row as .xlsx.
void department_schools_export(Ctx& ctx);
