// department/statistics_form.cpp - 数据提交 (see department/statistics_form.h). Scope: the
// account's own region_code; a city's county list comes from regions.parent_code.
#include "department/statistics_form.h"

#include "audit.h"
#include "context.h"
#include "dates.h"
#include "department/statistics_data.h"
#include "department/statistics_view.h"
#include "http_error.h"
#include "page.h"
#include "scope.h"

namespace {

const char* kUnits[kStatsFields] = {"所", "人", "人", "人", "人"};

// The editable table: typed values, the system's figures and per-cell messages.
void fill_inputs(ctemplate::TemplateDictionary& d, const StatsInput& in, const StatsValues& system) {
  auto* form = d.AddSectionDictionary("FORM");
  for (int r = 0; r < kStatsRows; ++r) {
    auto* row = form->AddSectionDictionary("ROW");
    set_value(*row, "NAME", kStatsRowNames[r]);
    for (int f = 0; f < kStatsFields; ++f) {
      auto* cell = row->AddSectionDictionary("CELL");
      set_value(*cell, "FIELD", "r" + std::to_string(r) + "_" + kStatsFieldKeys[f]);
      set_value(*cell, "LABEL", std::string(kStatsRowNames[r]) + kStatsFieldLabels[f]);
      set_value(*cell, "VALUE", in.text[r][f]);
      set_value(*cell, "UNIT", kUnits[f]);
      set_value(*cell, "SYSTEM", stats_figure_text(system[r][f]));
      if (!in.error[r][f].empty()) {
        set_value(*cell->AddSectionDictionary("ERROR"), "MESSAGE", in.error[r][f]);
        cell->ShowSection("INVALID");
      }
    }
  }
  for (int f = 0; f < kStatsFields; ++f) set_value(*form->AddSectionDictionary("HEADING"), "LABEL", kStatsFieldLabels[f]);
  set_value(*form, "UNIT_NAME", in.unit_name);
  if (!in.unit_error.empty()) {
    set_value(*form->AddSectionDictionary("UNIT_ERROR"), "MESSAGE", in.unit_error);
    form->ShowSection("UNIT_INVALID");
  }
}

// A city's counties: status of each and the sum of the submitted ones.
void fill_counties(Ctx& ctx, ctemplate::TemplateDictionary& d, const AcademicYear& year) {
  auto counties = stats_counties(ctx.db, ctx.account().region_code, year.id);
  auto* c = d.AddSectionDictionary("CITY");
  int submitted = 0;
  for (const StatsCounty& county : counties) {
    auto* row = c->AddSectionDictionary("COUNTY");
    set_value(*row, "NAME", county.name);
    set_value(*row, "VERSIONS_URL", "/school/dept/statistics-form/versions?region=" + county.code);
    if (county.form) {
      ++submitted;
      set_value(*row, "VERSION", std::to_string(county.form->version));
      set_value(*row, "SUBMITTED", county.form->submitted);
      set_value(*row, "VIEW_URL", "/school/dept/statistics-form/version?id=" + std::to_string(county.form->id));
      row->ShowSection("DONE");
    } else {
      row->ShowSection("MISSING");
    }
  }
  set_value(*c, "SUBMITTED_COUNT", std::to_string(submitted));
  set_value(*c, "COUNTY_COUNT", std::to_string(counties.size()));
  stats_fill_table(*c, "SUM_TABLE", "下辖县区合计（已提交 " + std::to_string(submitted) + " 个县区）",
                   stats_sum(ctx.db, counties));
}

// The page for the current year: input (typed or stored values) while open, else read-only.
void render(Ctx& ctx, const AcademicYear& year, const StatsInput* typed) {
  const Account& a = ctx.account();
  Page page(ctx, "数据提交", "department/statistics_form.tpl");
  auto& d = page.body();
  d.ShowSection("HAS_YEAR");
  set_value(d, "YEAR_LABEL", year.label);
  StatsDeadline deadline = stats_deadline(ctx.db, year, a.region_code);
  set_value(d, "DEADLINE", full_date_cn(deadline.last_day));
  auto head = stats_latest(ctx.db, a.region_code, year.id);
  StatsValues system = stats_system_figures(ctx.db, year.id, region_pattern(a));
  if (head) {
    auto* s = d.AddSectionDictionary("SUBMITTED");
    set_value(*s, "VERSION", std::to_string(head->version));
    set_value(*s, "TIME", head->submitted);
    set_value(*s, "EXPORT_URL", "/school/dept/statistics-form/export?id=" + std::to_string(head->id));
  } else {
    d.ShowSection("NOT_SUBMITTED");
  }
  if (const std::string* done = ctx.req.param("done"); done && *done == "1" && !typed) page.notice("统计表已提交。");
  if (deadline.open) {
    StatsInput in;
    if (typed) in = *typed;
    else if (head) in = stats_input_of(stats_load(ctx.db, head->id), head->unit_name);
    else in.unit_name = a.display_name;
    if (typed) d.ShowSection("ERRORS");
    fill_inputs(d, in, system);
    d.ShowSection(head ? "EDIT_HINT" : "FIRST_HINT");
  } else {
    d.ShowSection("CLOSED");
    if (head) {
      stats_fill_table(d, "OWN_TABLE", year.label + "年度校方责任保险投保情况统计表（第 " + std::to_string(head->version) + " 版）",
                       stats_load(ctx.db, head->id), &system);
      set_value(*d.AddSectionDictionary("OWN_UNIT"), "UNIT_NAME", head->unit_name);
    }
  }
  if (a.region_code.size() == 6 && a.region_code.compare(4, 2, "00") == 0) fill_counties(ctx, d, year);
  page.render();
}

}  // namespace

void department_statistics_form(Ctx& ctx) {
  auto year = current_year(ctx);
  if (!year) {
    Page page(ctx, "数据提交", "department/statistics_form.tpl");
    page.body().ShowSection("NO_YEAR");
    page.render();
    return;
  }
  render(ctx, *year, nullptr);
}

void department_statistics_form_submit(Ctx& ctx) {
  const Account& a = ctx.account();
  auto year = current_year(ctx);
  if (!year) throw HttpError(404, "管理中心尚未设置当前学年。");
  StatsDeadline deadline = stats_deadline(ctx.db, *year, a.region_code);
  if (!deadline.open) {
    audit(ctx, "statistics_refused", "statistics_form", a.region_code, year->label + " deadline " + deadline.last_day);
    throw HttpError(403, "本学年统计表已于" + full_date_cn(deadline.last_day) + "截止提交，不能再提交或修改。");
  }
  StatsInput in = stats_read_input(ctx.req);
  if (!in.ok()) {
    render(ctx, *year, &in);
    return;
  }
  StatsValues values = in.values();
  std::string json = stats_to_json(values);
  int64_t version = 0, id = 0;
  ctx.db.transaction([&] {
    auto last = ctx.db.query_one(
        "SELECT COALESCE(MAX(version), 0) AS v FROM statistics_forms WHERE region_code = ? AND year_id = ? FOR UPDATE",
        {a.region_code, year->id});
    version = last->i64("v") + 1;
    ctx.db.exec("INSERT INTO statistics_forms (region_code, year_id, version, data, unit_name, submitted_by)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                {a.region_code, year->id, version, json, in.unit_name, a.id});
    id = static_cast<int64_t>(ctx.db.last_insert_id());
    audit(ctx, version == 1 ? "statistics_submitted" : "statistics_updated", "statistics_form", std::to_string(id),
          year->label + " v" + std::to_string(version));
  });
  ctx.res.redirect("/school/dept/statistics-form?done=1", true);
}
