// admin/province_views.h - the admin's province-wide versions of the department region views:
// 学校数据 (per-city table, each city linking to its per-county table; the school list of the
// province or of one city with the department's filters, sort, paging and export), 数据统计
// (by city, or one city by county) and 未决案件 / 理赔案件 (with a city filter). Each handler
// is the department's code (department/schools.h, statistics_page.h, claims.h) run on
// admin_scope: the province, or the city of ?city=CODE (department/region_scope.h). Read-only.
#pragma once
struct Ctx;

// GET /school/admin/schools[?city=&county=&q=&type=&nature=&product=&status=&sort=&dir=&page=]
void admin_schools(Ctx& ctx);
// GET /school/admin/schools/export[?the same]: .xlsx, audited.
void admin_schools_export(Ctx& ctx);
// GET /school/admin/statistics[?city=&year=] and its .xlsx export /school/admin/statistics/export.
void admin_statistics(Ctx& ctx);
void admin_statistics_export_xlsx(Ctx& ctx);
// GET /school/admin/claims-pending, /school/admin/claims-settled[?city=&county=&company=&from=&to=&page=]
// and their /export; GET /school/admin/claim?id=ID.
void admin_claims_pending(Ctx& ctx);
void admin_claims_settled(Ctx& ctx);
void admin_claims_pending_export(Ctx& ctx);
void admin_claims_settled_export(Ctx& ctx);
void admin_claim(Ctx& ctx);
