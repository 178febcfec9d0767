// department/statistics_versions.cpp - history of statistics forms (see department/statistics_versions.h).
// Scope: the region of every query matches region_pattern(account).
#include "department/statistics_versions.h"

#include "audit.h"
#include "context.h"
#include "department/statistics_data.h"
#include "department/statistics_view.h"
#include "form.h"
#include "http_error.h"
#include "page.h"
#include "scope.h"

Row stats_scoped_form(Ctx& ctx, const std::string& pattern) {
  int64_t id = param_id(ctx.req, "id");
  auto form = stats_form_in_scope(ctx.db, id, pattern);
  if (!form) {
    audit(ctx, "access_denied", "statistics_form", std::to_string(id), "view");
    throw HttpError(404, "统计表不存在或不在您的管辖范围内。");
  }
  return *form;
}

void stats_render_version(Ctx& ctx, const char* title, const Row& form, const std::string& back_url,
                          const std::string& back_label, const std::string& export_url) {
  Page page(ctx, title, "department/statistics_version.tpl");
  auto& d = page.body();
  set_value(d, "TITLE", title);
  set_value(d, "REGION_NAME", form.str("region_name"));
  set_value(d, "YEAR_LABEL", form.str("year_label"));
  set_value(d, "VERSION", form.str("version"));
  set_value(d, "SUBMITTED", form.str("submitted"));
  set_value(d, "SUBMITTER", form.str("submitter"));
  set_value(d, "UNIT_NAME", form.str("unit_name"));
  set_value(d, "BACK_URL", back_url);
  set_value(d, "BACK_LABEL", back_label);
  if (!export_url.empty()) set_value(*d.AddSectionDictionary("EXPORT"), "URL", export_url);
  StatsValues system = stats_system_figures(ctx.db, form.i64("year_id"), region_pattern_for_code(form.str("region_code")));
  stats_fill_table(d, "TABLE", form.str("year_label") + "年度校方责任保险投保情况统计表（" + form.str("region_name") + "）",
                   stats_load(ctx.db, form.i64("id")), &system);
  page.render();
}

void department_statistics_versions(Ctx& ctx) {
  const Account& a = ctx.account();
  std::string region = param_text(ctx.req, "region", 6, false);
  if (region.empty()) region = a.region_code;
  auto r = ctx.db.query_one("SELECT code, name FROM regions WHERE code = ? AND code LIKE ?", {region, region_pattern(a)});
  if (!r) {
    audit(ctx, "access_denied", "region", region, "statistics versions");
    throw HttpError(404, "该区域不在您的管辖范围内。");
  }
  auto year = current_year(ctx);
  if (!year) throw HttpError(404, "管理中心尚未设置当前学年。");
  Rows rows = ctx.db.query(
      "SELECT f.id, f.version, f.unit_name, a.display_name AS submitter,"
      " DATE_FORMAT(f.submitted_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM statistics_forms f JOIN accounts a ON a.id = f.submitted_by"
      " WHERE f.region_code = ? AND f.year_id = ? ORDER BY f.version DESC",
      {region, year->id});
  Page page(ctx, "统计表历史版本", "department/statistics_versions.tpl");
  auto& d = page.body();
  set_value(d, "REGION_NAME", r->str("name"));
  set_value(d, "YEAR_LABEL", year->label);
  for (const Row& f : rows) {
    auto* row = d.AddSectionDictionary("VERSION");
    set_value(*row, "VERSION", f.str("version"));
    set_value(*row, "SUBMITTED", f.str("submitted"));
    set_value(*row, "SUBMITTER", f.str("submitter"));
    set_value(*row, "UNIT_NAME", f.str("unit_name"));
    set_value(*row, "URL", "/school/dept/statistics-form/version?id=" + f.str("id"));
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  page.render();
}

void department_statistics_version(Ctx& ctx) {
  Row form = stats_scoped_form(ctx, region_pattern(ctx.account()));
  std::string back = "/school/dept/statistics-form/versions";
  if (form.str("region_code") != ctx.account().region_code) back += "?region=" + form.str("region_code");
  stats_render_version(ctx, "统计表", form, back, "返回历史版本", "/school/dept/statistics-form/export?id=" + form.str("id"));
}
