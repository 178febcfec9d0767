// department/statistics_page.cpp - 数据统计 (see department/statistics_page.h). Scope: the figures
// are those of the account's region (coverage_figures with its region_code).
#include "department/statistics_page.h"

#include <unistd.h>

#include "audit.h"
#include "context.h"
#include "department/charts.h"
#include "department/statistics_figures.h"
#include "form.h"
#include "generated.h"
#include "http_error.h"
#include "page.h"
#include "replica.h"
#include "xlsx_writer.h"

namespace {

struct YearChoice { int64_t id = 0; std::string label; Rows all; };

// The year of the "year" parameter (404 when unknown), else the current one (id 0 when none).
YearChoice choose_year(Ctx& ctx) {
  YearChoice y;
  y.all = ctx.db.query("SELECT id, label, is_current FROM academic_years ORDER BY starts_on DESC");
  int64_t wanted = 0;
  if (const std::string* v = ctx.req.param("year"); v && !v->empty()) wanted = param_id(ctx.req, "year");
  for (const Row& r : y.all)
    if (wanted ? r.i64("id") == wanted : r.i64("is_current") == 1) {
      y.id = r.i64("id");
      y.label = r.str("label");
    }
  if (wanted && !y.id) throw HttpError(404, "没有这个学年。");
  return y;
}

void fill_breakdown(ctemplate::TemplateDictionary& d, const char* name, const char* heading, const char* first_column,
                    const CoverageTable& table, const CoverageFiguresSet& f, const std::string& chart_json) {
  auto* b = d.AddSectionDictionary(name);
  set_value(*b, "HEADING", heading);
  set_value(*b, "FIRST_COLUMN", first_column);
  set_value(*b, "CHART", chart_json);
  for (const auto& p : f.products) set_value(*b->AddSectionDictionary("HEAD_PRODUCT"), "NAME", p.short_name);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    auto* row = b->AddSectionDictionary("ROW");
    set_value(*row, "NAME", table.rows[r]);
    set_value(*row, "SCHOOLS", std::to_string(table.cells[r][0].eligible));
    for (const CoverageCell& c : table.cells[r]) {
      auto* cell = row->AddSectionDictionary("CELL");
      set_value(*cell, "INSURED", std::to_string(c.insured));
      set_value(*cell, "RATE", coverage_rate_text(c));
      set_value(*cell, "PERSONS", std::to_string(c.persons));
    }
  }
}

// Rows of the 按县区 / 按学校类别 sheets: name, 学校总数, then per product 已投保学校数, 投保率, 投保人数.
void write_breakdown(XlsxWriter& book, const char* sheet, const char* first_column, const CoverageTable& table,
                     const CoverageFiguresSet& f) {
  book.add_sheet(sheet);
  std::vector<std::string> head{first_column, "学校总数"};
  for (const auto& p : f.products) {
    head.push_back(p.short_name + "已投保学校数");
    head.push_back(p.short_name + "投保率");
    head.push_back(p.short_name + "投保人数");
  }
  book.column_widths(std::vector<double>(head.size(), 16));
  book.header(head);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    std::vector<std::string> cells{table.rows[r], std::to_string(table.cells[r][0].eligible)};
    for (const CoverageCell& c : table.cells[r]) {
      cells.push_back(std::to_string(c.insured));
      cells.push_back(coverage_rate_text(c));
      cells.push_back(std::to_string(c.persons));
    }
    book.row(cells);
  }
}

std::string change_text(int64_t now, int64_t before) {
  int64_t d = now - before;
  return d > 0 ? "+" + std::to_string(d) : std::to_string(d);
}

}  // namespace

void department_statistics(Ctx& ctx) { statistics_page(ctx, department_scope(ctx), ctx.account().display_name); }
void department_statistics_export_xlsx(Ctx& ctx) {
  statistics_export(ctx, department_scope(ctx), ctx.account().display_name);
}

void statistics_page(Ctx& ctx, const RegionScope& scope, const std::string& region_name) {
  YearChoice year = choose_year(ctx);
  Page page(ctx, "数据统计", "department/statistics.tpl");
  auto& d = page.body();
  set_value(d, "PATH", scope.base + "/statistics");
  if (scope.base != "/school/dept") {
    auto* cities = d.AddSectionDictionary("CITY_FILTER");
    for (const Row& r : ctx.db.query("SELECT code, name FROM regions WHERE parent_code = '410000' AND level = 'city'"
                                     " ORDER BY code")) {
      auto* o = cities->AddSectionDictionary("CITY_OPTION");
      set_value(*o, "CODE", r.str("code"));
      set_value(*o, "NAME", r.str("name"));
      if (r.str("code") == scope.code) o->ShowSection("SELECTED");
    }
  }
  for (const Row& r : year.all) {
    auto* o = d.AddSectionDictionary("YEAR_OPTION");
    set_value(*o, "ID", r.str("id"));
    set_value(*o, "LABEL", r.str("label"));
    if (r.i64("id") == year.id) o->ShowSection("SELECTED");
  }
  if (!year.id) {
    d.ShowSection("NO_YEAR");
    page.render();
    return;
  }
  CoverageFiguresSet f = coverage_figures(lagging_read_db(ctx), scope.code, year.id);
  auto* s = d.AddSectionDictionary("FIGURES");
  set_value(*s, "REGION_NAME", region_name);
  set_value(*s, "YEAR_LABEL", year.label);
  set_value(*s, "EXPORT_URL", scope.url("/statistics/export", {{"year", std::to_string(year.id)}}));
  set_value(*s, "PRODUCT_CHART", chart_persons_by_product(year.label + "学年各险种投保人数", f));
  for (size_t p = 0; p < f.products.size(); ++p) {
    auto* row = s->AddSectionDictionary("PRODUCT");
    set_value(*row, "NAME", f.products[p].name);
    set_value(*row, "ELIGIBLE", std::to_string(f.total[p].eligible));
    set_value(*row, "INSURED", std::to_string(f.total[p].insured));
    set_value(*row, "RATE", coverage_rate_text(f.total[p]));
    set_value(*row, "ENROLLMENTS", std::to_string(f.total[p].enrollments));
    set_value(*row, "PERSONS", std::to_string(f.total[p].persons));
  }
  if (scope.province())
    fill_breakdown(*s, "BREAKDOWN", "按市", "市", f.by_county, f,
                   chart_rates(year.label + "学年各市投保率（%）", f.by_county, f.products));
  else
    fill_breakdown(*s, "BREAKDOWN", "按县区", "县区", f.by_county, f,
                   chart_rates(year.label + "学年各县区投保率（%）", f.by_county, f.products));
  fill_breakdown(*s, "BREAKDOWN", "按学校类别", "学校类别", f.by_category, f,
                 chart_rates(year.label + "学年各类学校投保率（%）", f.by_category, f.products));
  set_value(*s, "YEAR_CHART", chart_persons_by_year("历年投保人数", f));
  for (const auto& p : f.products) set_value(*s->AddSectionDictionary("YEAR_PRODUCT"), "NAME", p.short_name);
  for (size_t y = 0; y < f.by_year.rows.size(); ++y) {
    auto* row = s->AddSectionDictionary("YEAR_ROW");
    set_value(*row, "LABEL", f.by_year.rows[y]);
    for (size_t p = 0; p < f.products.size(); ++p) {
      const CoverageCell& c = f.by_year.cells[y][p];
      auto* cell = row->AddSectionDictionary("CELL");
      set_value(*cell, "INSURED", std::to_string(c.insured));
      set_value(*cell, "PERSONS", std::to_string(c.persons));
      set_value(*cell, "CHANGE", y == 0 ? "—" : change_text(c.persons, f.by_year.cells[y - 1][p].persons));
    }
  }
  page.render();
}

void statistics_export(Ctx& ctx, const RegionScope& scope, const std::string& region_name) {
  YearChoice year = choose_year(ctx);
  if (!year.id) throw HttpError(404, "管理中心尚未设置当前学年。");
  CoverageFiguresSet f = coverage_figures(lagging_read_db(ctx), scope.code, year.id);
  std::string path = generated_path(ctx.config, ".xlsx");
  try {
    XlsxWriter book(path);
    book.add_sheet("按险种");
    book.column_widths({32, 14, 14, 10, 10, 12});
    book.header({"险种", "应投保学校数", "已投保学校数", "投保率", "投保单数", "投保人数"});
    for (size_t p = 0; p < f.products.size(); ++p)
      book.row({f.products[p].name, std::to_string(f.total[p].eligible), std::to_string(f.total[p].insured),
                coverage_rate_text(f.total[p]), std::to_string(f.total[p].enrollments), std::to_string(f.total[p].persons)});
    if (scope.province()) write_breakdown(book, "按市", "市", f.by_county, f);
    else write_breakdown(book, "按县区", "县区", f.by_county, f);
    write_breakdown(book, "按学校类别", "学校类别", f.by_category, f);
    book.add_sheet("历年对比");
    std::vector<std::string> head{"学年"};
    for (const auto& p : f.products) {
      head.push_back(p.short_name + "已投保学校数");
      head.push_back(p.short_name + "投保人数");
    }
    book.column_widths(std::vector<double>(head.size(), 16));
    book.header(head);
    for (size_t y = 0; y < f.by_year.rows.size(); ++y) {
      std::vector<std::string> cells{f.by_year.rows[y]};
      for (const CoverageCell& c : f.by_year.cells[y]) {
        cells.push_back(std::to_string(c.insured));
        cells.push_back(std::to_string(c.persons));
      }
      book.row(cells);
    }
    book.close();
  } catch (...) {
    unlink(path.c_str());
    throw;
  }
  audit(ctx, "export", "statistics", scope.code, year.label);
  send_generated_xlsx(ctx, path, region_name + year.label + "学年数据统计.xlsx");
}
