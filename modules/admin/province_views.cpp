// admin/province_views.cpp - the admin's province-wide region views (see admin/province_views.h):
// thin handlers that run the department views on admin_scope.
#include "admin/province_views.h"

#include "department/claims.h"
#include "department/region_scope.h"
#include "department/schools.h"
#include "department/statistics_page.h"

void admin_schools(Ctx& ctx) { schools_page(ctx, admin_scope(ctx)); }
void admin_schools_export(Ctx& ctx) { schools_export(ctx, admin_scope(ctx)); }

void admin_statistics(Ctx& ctx) {
  RegionScope scope = admin_scope(ctx);
  statistics_page(ctx, scope, scope.name);
}
void admin_statistics_export_xlsx(Ctx& ctx) {
  RegionScope scope = admin_scope(ctx);
  statistics_export(ctx, scope, scope.name);
}

void admin_claims_pending(Ctx& ctx) { claims_list(ctx, admin_scope(ctx), true); }
void admin_claims_settled(Ctx& ctx) { claims_list(ctx, admin_scope(ctx), false); }
void admin_claims_pending_export(Ctx& ctx) { claims_export(ctx, admin_scope(ctx), true); }
void admin_claims_settled_export(Ctx& ctx) { claims_export(ctx, admin_scope(ctx), false); }
void admin_claim(Ctx& ctx) { claim_page(ctx, admin_scope(ctx)); }
