// department/claims.h - 未决案件 / 理赔案件 of a department: the claims (uploaded by insurers) of
// schools in its region, filtered by insurer, county and a range of 出险时间, 20 a page, with
// ageing (days from 出险时间 to today, China time) of open claims and settlement time (days from
// 出险时间 to 结案时间) of settled ones; each list as .xlsx; one claim read-only.
#pragma once
#include "department/region_scope.h"

struct Ctx;

// GET /school/dept/claims-pending[?company=ID&county=CODE&from=DATE&to=DATE&page=N]: open claims,
// oldest accident first. Bad filter values are shown under their field with an empty list.
void department_claims_pending(Ctx& ctx);
// GET /school/dept/claims-settled[?same filters]: settled claims, latest 结案时间 first.
void department_claims_settled(Ctx& ctx);
// GET /school/dept/claims-pending/export, /school/dept/claims-settled/export[?filters]: the whole
// filtered list as .xlsx (400 for bad filters), audited.
void department_claims_pending_export(Ctx& ctx);
void department_claims_settled_export(Ctx& ctx);
// GET /school/dept/claim?id=ID: one claim of a school in the region, else 404 (audited).
void department_claim(Ctx& ctx);

// The same pages for any scope (the admin's province or city, admin/province_views.h): the
// list (pending or settled), its export and one claim; links stay under scope.base.
void claims_list(Ctx& ctx, const RegionScope& scope, bool pending);
void claims_export(Ctx& ctx, const RegionScope& scope, bool pending);
void claim_page(Ctx& ctx, const RegionScope& scope);
