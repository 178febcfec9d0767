// department/home.cpp - region overview (see department/home.h). Scope: every query carries
// region_code LIKE region_pattern(account) (schools, enrollment_counters, or the school of the
// application or claim).
#include "department/home.h"

#include "announcements.h"
#include "context.h"
#include "department/schools_areas.h"
#include "department/schools_counties.h"
#include "department/uncovered_list.h"
#include "page.h"
#include "pager.h"
#include "scope.h"
#include "year.h"

namespace {

const char* application_label(const std::string& kind) {
  if (kind == "registration") return "学校注册";
  if (kind == "name_change") return "学校名称变更";
  if (kind == "region_change") return "所属区域变更";
  if (kind == "extra_insurer") return "多家保险公司";
  if (kind == "modification") return "投保数据修改";
  return "账号注销";
}

void fill_products(Ctx& ctx, ctemplate::TemplateDictionary& d, const AcademicYear& year, const std::string& scope) {
  Rows figures = ctx.db.query(
      "SELECT p.id, p.name, COALESCE(SUM(c.schools), 0) AS schools, COALESCE(SUM(c.persons), 0) AS persons"
      " FROM products p LEFT JOIN enrollment_counters c ON c.product_id = p.id AND c.year_id = ? AND c.region_code LIKE ?"
      " GROUP BY p.id, p.name, p.sort_order ORDER BY p.sort_order, p.id",
      {year.id, scope});
  for (const Row& p : figures) {
    auto* row = d.AddSectionDictionary("PRODUCT");
    std::string id = p.str("id");
    set_value(*row, "NAME", p.str("name"));
    set_value(*row, "SCHOOLS", p.str("schools"));
    set_value(*row, "PERSONS", p.str("persons"));
    set_value(*row, "ENROLLED_URL", url_with_query("/school/dept/schools", {{"product", id}, {"status", "enrolled"}}));
    set_value(*row, "MISSING", std::to_string(uncovered_count(ctx, year.id, p.i64("id"))));
    set_value(*row, "MISSING_URL", url_with_query("/school/dept/uncovered", {{"product", id == "1" ? "" : id}}));
  }
}

void fill_applications(Ctx& ctx, ctemplate::TemplateDictionary& d, const std::string& scope) {
  Rows pending = ctx.db.query(
      "SELECT a.kind, s.name AS school, DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS created,"
      " COUNT(*) OVER () AS total_rows"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " WHERE a.status = 'pending' AND s.region_code LIKE ? ORDER BY a.created_at DESC, a.id DESC LIMIT 20",
      {scope});
  set_value(d, "APPLICATIONS", pending.empty() ? "0" : pending.front().str("total_rows"));
  for (const Row& r : pending) {
    auto* row = d.AddSectionDictionary("APPLICATION");
    set_value(*row, "KIND", application_label(r.str("kind")));
    set_value(*row, "SCHOOL", r.str("school"));
    set_value(*row, "CREATED", r.str("created"));
  }
  if (pending.empty()) d.ShowSection("NO_APPLICATIONS");
}

}  // namespace

void department_home(Ctx& ctx) {
  const Account& a = ctx.account();
  std::string scope = region_pattern(a);
  auto counts = ctx.db.query_one(
      "SELECT COALESCE(SUM(status = 'active'), 0) AS active, COALESCE(SUM(status = 'pending'), 0) AS pending,"
      " COALESCE(SUM(status = 'active' AND is_center = 1), 0) AS centers"
      " FROM schools WHERE region_code LIKE ?",
      {scope});
  auto claims = ctx.db.query_one(
      "SELECT COUNT(*) AS n FROM claims c JOIN schools s ON s.id = c.school_id"
      " WHERE c.status = 'pending' AND s.region_code LIKE ?",
      {scope});

  Page page(ctx, "系统首页", "department/home.tpl");
  auto& d = page.body();
  set_value(d, "REGION_NAME", a.display_name);
  set_value(d, "SCHOOLS_ACTIVE", counts->str("active"));
  set_value(d, "SCHOOLS_PENDING", counts->str("pending"));
  set_value(d, "CENTERS", counts->str("centers"));
  set_value(d, "OPEN_CLAIMS", claims->str("n"));
  auto year = current_year(ctx);
  if (year) {
    auto* y = d.AddSectionDictionary("HAS_YEAR");
    set_value(d, "YEAR_LABEL", year->label);
    fill_products(ctx, *y, *year, scope);
  } else {
    d.ShowSection("NO_YEAR");
  }
  county_table_fill(ctx, d, department_scope(ctx), department_areas(ctx, a), year ? year->id : 0);
  fill_applications(ctx, d, scope);
  announcements_home_fill(ctx, page.body());
  page.render();
}
