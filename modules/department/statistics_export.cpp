// department/statistics_export.cpp - statistics forms as .xlsx (see department/statistics_export.h).
#include "department/statistics_export.h"

#include <unistd.h>

#include "audit.h"
#include "context.h"
#include "department/statistics_data.h"
#include "department/statistics_versions.h"
#include "department/statistics_view.h"
#include "generated.h"
#include "http_error.h"
#include "scope.h"
#include "xlsx_writer.h"

namespace {

void send_sheet(Ctx& ctx, const std::string& title, const StatsValues& values, const std::string& unit_name,
                const std::string& note, const std::string& file_name) {
  std::string path = generated_path(ctx.config, ".xlsx");
  try {
    XlsxWriter book(path);
    stats_write_sheet(book, "统计表", title, values, unit_name, note);
    book.close();
  } catch (...) {
    unlink(path.c_str());
    throw;
  }
  send_generated_xlsx(ctx, path, file_name);
}

void send_form(Ctx& ctx, const Row& form) {
  audit(ctx, "export", "statistics_form", form.str("id"), form.str("region_code") + " v" + form.str("version"));
  std::string title = form.str("year_label") + "年度校方责任保险投保情况统计表";
  send_sheet(ctx, title + "（" + form.str("region_name") + "）", stats_load(ctx.db, form.i64("id")), form.str("unit_name"),
             "第 " + form.str("version") + " 版，提交时间 " + form.str("submitted"),
             form.str("region_name") + title + ".xlsx");
}

}  // namespace

void department_statistics_export(Ctx& ctx) {
  const Account& a = ctx.account();
  const std::string* sum = ctx.req.param("sum");
  if (!sum || *sum != "1") {
    send_form(ctx, stats_scoped_form(ctx, region_pattern(a)));
    return;
  }
  if (a.region_code.size() != 6 || a.region_code.compare(4, 2, "00") != 0)
    throw HttpError(404, "只有市级教育部门可以导出下辖县区合计。");
  auto year = current_year(ctx);
  if (!year) throw HttpError(404, "管理中心尚未设置当前学年。");
  auto counties = stats_counties(ctx.db, a.region_code, year->id);
  int submitted = 0;
  for (const StatsCounty& c : counties) submitted += c.form ? 1 : 0;
  audit(ctx, "export", "statistics_sum", a.region_code, year->label);
  std::string title = year->label + "年度校方责任保险投保情况统计表";
  send_sheet(ctx, title + "（" + a.display_name + "下辖县区合计）", stats_sum(ctx.db, counties), a.display_name,
             "已提交 " + std::to_string(submitted) + " / " + std::to_string(counties.size()) + " 个县区",
             a.display_name + "县区合计" + title + ".xlsx");
}

void admin_statistics_export(Ctx& ctx) { send_form(ctx, stats_scoped_form(ctx, "%")); }
