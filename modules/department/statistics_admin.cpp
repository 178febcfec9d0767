// department/statistics_admin.cpp - the admin's statistics form list (see department/statistics_admin.h).
// Scope: the whole province (Role::Admin); read-only.
#include "department/statistics_admin.h"

#include "context.h"
#include "department/statistics_versions.h"
#include "form.h"
#include "page.h"

void admin_statistics_forms(Ctx& ctx) {
  Rows years = ctx.db.query("SELECT id, label, is_current FROM academic_years ORDER BY starts_on DESC");
  int64_t year_id = 0;
  if (ctx.req.param("year") && !ctx.req.param("year")->empty()) year_id = param_id(ctx.req, "year");
  std::string label;
  for (const Row& y : years)
    if ((year_id == 0 && y.i64("is_current") == 1) || y.i64("id") == year_id) {
      year_id = y.i64("id");
      label = y.str("label");
    }
  Page page(ctx, "统计表", "department/statistics_admin.tpl");
  auto& d = page.body();
  for (const Row& y : years) {
    auto* o = d.AddSectionDictionary("YEAR_OPTION");
    set_value(*o, "ID", y.str("id"));
    set_value(*o, "LABEL", y.str("label"));
    if (y.i64("id") == year_id) o->ShowSection("SELECTED");
  }
  if (label.empty()) {
    d.ShowSection("NO_YEAR");
    page.render();
    return;
  }
  d.ShowSection("HAS_YEAR");
  set_value(d, "YEAR_LABEL", label);
  // Regions that have a department account, ordered city before its counties; the newest version.
  Rows rows = ctx.db.query(
      "SELECT r.code, r.name, r.level, p.name AS parent_name, f.id, f.version, f.unit_name,"
      " DATE_FORMAT(f.submitted_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM accounts a JOIN regions r ON r.code = a.region_code LEFT JOIN regions p ON p.code = r.parent_code"
      " LEFT JOIN statistics_forms f ON f.region_code = r.code AND f.year_id = ?"
      "  AND f.version = (SELECT MAX(f2.version) FROM statistics_forms f2 WHERE f2.region_code = r.code AND f2.year_id = ?)"
      " WHERE a.kind = 'department' ORDER BY IF(r.level = 'city', r.code, r.parent_code), r.level = 'county', r.code",
      {year_id, year_id});
  int submitted = 0;
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("FORM");
    set_value(*row, "REGION", r.str("level") == "county" ? r.str("parent_name") + " " + r.str("name") : r.str("name"));
    set_value(*row, "LEVEL", r.str("level") == "city" ? "市级" : "县区");
    if (r.is_null("id")) {
      row->ShowSection("MISSING");
      continue;
    }
    ++submitted;
    auto* done = row->AddSectionDictionary("DONE");
    set_value(*done, "VERSION", r.str("version"));
    set_value(*done, "SUBMITTED", r.str("submitted"));
    set_value(*done, "UNIT_NAME", r.str("unit_name"));
    set_value(*done, "URL", "/school/admin/statistics-form?id=" + r.str("id"));
    set_value(*done, "EXPORT_URL", "/school/admin/statistics-forms/export?id=" + r.str("id"));
  }
  set_value(d, "SUBMITTED_COUNT", std::to_string(submitted));
  set_value(d, "REGION_COUNT", std::to_string(rows.size()));
  if (rows.empty()) d.ShowSection("EMPTY");
  page.render();
}

void admin_statistics_form(Ctx& ctx) {
  Row form = stats_scoped_form(ctx, "%");
  stats_render_version(ctx, "统计表", form, "/school/admin/statistics-forms?year=" + form.str("year_id"), "返回统计表",
                       "/school/admin/statistics-forms/export?id=" + form.str("id"));
}
