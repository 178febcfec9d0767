// insurer/home.cpp - insurer overview (see insurer/home.h). Scope: every query carries the
// account's company and region pattern (enrollments: e.company_id, e.region_code, no drafts;
// claims: c.company_id and the school's region); the figures are the current year's.
#include "insurer/home.h"

#include "announcements.h"
#include "context.h"
#include "dates.h"
#include "money.h"
#include "page.h"
#include "pager.h"
#include "scope.h"
#include "year.h"

namespace {

const char* level_label(const std::string& level) {
  if (level == "province") return "省级分公司";
  if (level == "city") return "市级公司";
  return "县区支公司";
}

// The last policy upload day of the company for the account's own region: the year's date, or
// the company's extension for the whole province, its city or its county (the region-specific
// one first, the newest of equals; one not after the year's date is ignored, as
// insurer/policy_deadline.h does per enrollment).
std::string company_policy_deadline(Ctx& ctx, const AcademicYear& year, bool& extended) {
  const Account& a = ctx.account();
  const std::string city = a.region_code.substr(0, 4) + "00";
  auto r = ctx.db.query_one(
      "SELECT DATE_FORMAT(x.extended_to, '%Y-%m-%d') AS day FROM deadline_extensions x"
      " JOIN academic_years y ON y.id = x.year_id"
      " WHERE x.year_id = ? AND x.deadline = 'policy' AND x.company_id = ? AND x.school_id IS NULL"
      " AND (x.region_code IS NULL OR x.region_code IN (?, ?)) AND x.extended_to > y.policy_deadline"
      " ORDER BY x.region_code IS NOT NULL DESC, x.region_code = ? DESC, x.id DESC LIMIT 1",
      {year.id, a.company_id, a.region_code, city, a.region_code});
  extended = r.has_value();
  return r ? r->str("day") : year.policy_deadline;
}

// Adds a STAT section: LABEL, the count N linking to url, UNIT; attention adds ATTENTION.
void stat(ctemplate::TemplateDictionary& d, const char* label, const std::string& n, const char* unit,
          const std::string& url, bool attention) {
  auto* s = d.AddSectionDictionary("STAT");
  set_value(*s, "LABEL", label);
  set_value(*s, "N", n);
  set_value(*s, "UNIT", unit);
  set_value(*s, "URL", url);
  if (attention) s->ShowSection("ATTENTION");
}

void fill_year(Ctx& ctx, ctemplate::TemplateDictionary& d, const AcademicYear& year) {
  const Account& a = ctx.account();
  const std::string pattern = region_pattern(a);
  const std::string year_id = std::to_string(year.id);
  auto list_url = [&](const char* name, const std::string& value) {
    return url_with_query("/school/insurer/enrollments", {{"year", year_id}, {name, value}});
  };

  bool extended = false;
  const std::string last_day = company_policy_deadline(ctx, year, extended);
  set_value(d, "POLICY_DEADLINE", full_date_cn(last_day));
  if (extended) d.ShowSection("DEADLINE_EXTENDED");
  const int days = days_between(today_cn(), last_day);
  if (days < 0) d.ShowSection("DEADLINE_PASSED");
  else if (days == 0) d.ShowSection("DUE_TODAY");
  else set_value(*d.AddSectionDictionary("COUNTDOWN"), "DAYS", std::to_string(days));

  auto* figures = d.AddSectionDictionary("FIGURES");
  for (const Row& p : ctx.db.query(
           "SELECT p.id, p.name, COUNT(e.id) AS n FROM products p LEFT JOIN enrollments e ON e.product_id = p.id"
           " AND e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' AND e.year_id = ?"
           " GROUP BY p.id, p.name, p.sort_order ORDER BY p.sort_order, p.id",
           {a.company_id, pattern, year.id})) {
    auto* row = figures->AddSectionDictionary("PRODUCT");
    set_value(*row, "NAME", p.str("name"));
    set_value(*row, "N", p.str("n"));
    set_value(*row, "URL", url_with_query("/school/insurer/enrollments", {{"year", year_id}, {"product", p.str("id")}}));
  }
  // Each enrollment's latest policy of its company decides: the rule of insurer/enrollments.cpp.
  auto e = ctx.db.query_one(
      "SELECT COUNT(*) AS submitted, COUNT(lp.id) AS insured, COALESCE(SUM(lp.id IS NULL), 0) AS missing,"
      " COALESCE(SUM(lp.insured_count <> e.declared_count), 0) AS mismatch,"
      " COALESCE(SUM(lp.enrollment_version < e.version), 0) AS endorse"
      " FROM enrollments e LEFT JOIN policies lp ON lp.id = (SELECT MAX(p2.id) FROM policies p2"
      " WHERE p2.enrollment_id = e.id AND p2.company_id = e.company_id)"
      " WHERE e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' AND e.year_id = ?",
      {a.company_id, pattern, year.id});
  set_value(*figures, "SUBMITTED", e->str("submitted"));
  set_value(*figures, "SUBMITTED_URL", url_with_query("/school/insurer/enrollments", {{"year", year_id}}));
  stat(*figures, "已承保（已上传保单）", e->str("insured"), "份", list_url("policy", "has"), false);
  stat(*figures, "待上传保单", e->str("missing"), "份", list_url("policy", "missing"), e->i64("missing") > 0);
  stat(*figures, "人数不一致", e->str("mismatch"), "份", list_url("policy", "mismatch"), e->i64("mismatch") > 0);
  stat(*figures, "需上传批单", e->str("endorse"), "份", list_url("policy", "endorse"), e->i64("endorse") > 0);

  auto c = ctx.db.query_one(
      "SELECT COALESCE(SUM(c.status = 'pending'), 0) AS pending, COALESCE(SUM(c.status = 'settled'), 0) AS settled,"
      " COALESCE(SUM(IF(c.status = 'settled', c.paid_fen, 0)), 0) AS paid_fen"
      " FROM claims c JOIN schools s ON s.id = c.school_id"
      " WHERE c.company_id = ? AND s.region_code LIKE ? AND c.year_id = ?",
      {a.company_id, pattern, year.id});
  stat(*figures, "未决案件", c->str("pending"), "件",
       url_with_query("/school/insurer/claims", {{"view", "pending"}, {"year", year_id}}), c->i64("pending") > 0);
  stat(*figures, "理赔案件（已结案）", c->str("settled"), "件",
       url_with_query("/school/insurer/claims", {{"view", "settled"}, {"year", year_id}}), false);
  set_value(*figures, "PAID", yuan_text(c->i64("paid_fen")));
}

}  // namespace

void insurer_home(Ctx& ctx) {
  const Account& a = ctx.account();
  auto info = ctx.db.query_one(
      "SELECT c.name AS company, r.name AS region FROM insurance_companies c, regions r"
      " WHERE c.id = ? AND r.code = ?",
      {a.company_id, a.region_code});
  if (!info) throw std::runtime_error("insurer account without company or region");
  auto year = current_year(ctx);

  Page page(ctx, "系统首页", "insurer/home.tpl");
  auto& d = page.body();
  set_value(d, "COMPANY_NAME", info->str("company"));
  set_value(d, "LEVEL_LABEL", level_label(a.insurer_level));
  set_value(d, "REGION_NAME", info->str("region"));
  if (year) {
    set_value(d, "YEAR_LABEL", year->label);
    fill_year(ctx, d, *year);
  } else {
    d.ShowSection("NO_YEAR");
  }
  announcements_home_fill(ctx, page.body());
  page.render();
}
