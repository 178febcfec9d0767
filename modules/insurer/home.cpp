// insurer/home.cpp - insurer overview (see insurer/home.h); scope: own company + region pattern.
#include "insurer/home.h"

#include "context.h"
#include "dates.h"
#include "page.h"
#include "scope.h"
#include "year.h"

static const char* level_label(const std::string& level) {
  if (level == "province") return "省级分公司";
  if (level == "city") return "市级公司";
  return "县区支公司";
}

void insurer_home(Ctx& ctx) {
  const Account& a = ctx.account();
  auto info = ctx.db.query_one(
      "SELECT c.name AS company, r.name AS region FROM insurance_companies c, regions r"
      " WHERE c.id = ? AND r.code = ?",
      {a.company_id, a.region_code});
  if (!info) throw std::runtime_error("insurer account without company or region");
  auto year = current_year(ctx.db);

  Page page(ctx, "系统首页", "insurer/home.tpl");
  auto& d = page.body();
  set_value(d, "COMPANY_NAME", info->str("company"));
  set_value(d, "LEVEL_LABEL", level_label(a.insurer_level));
  set_value(d, "REGION_NAME", info->str("region"));
  if (year) {
    auto n = ctx.db.query_one(
        "SELECT COUNT(*) AS n FROM enrollments WHERE company_id = ? AND year_id = ? AND region_code LIKE ?"
        " AND status <> 'draft'",
        {a.company_id, year->id, region_pattern(a)});
    set_value(d, "YEAR_LABEL", year->label);
    set_value(d, "POLICY_DEADLINE", full_date_cn(year->policy_deadline));
    set_value(d, "ENROLLMENTS", n->str("n"));
  } else {
    d.ShowSection("NO_YEAR");
    set_value(d, "ENROLLMENTS", "0");
  }
  page.render();
}
