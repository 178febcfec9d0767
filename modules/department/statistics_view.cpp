// department/statistics_view.cpp - statistics tables on pages and sheets (see department/statistics_view.h).
#include "department/statistics_view.h"

#include <ctemplate/template.h>

#include "page.h"
#include "xlsx_writer.h"

namespace {

// The 合计 row of values (a -1 cell anywhere makes its column -1).
std::array<int64_t, kStatsFields> totals(const StatsValues& v) {
  std::array<int64_t, kStatsFields> t{};
  for (int f = 0; f < kStatsFields; ++f)
    for (int r = 0; r < kStatsRows; ++r) t[f] = (t[f] < 0 || v[r][f] < 0) ? -1 : t[f] + v[r][f];
  return t;
}

}  // namespace

std::string stats_figure_text(int64_t v) { return v < 0 ? "—" : std::to_string(v); }

void stats_fill_table(ctemplate::TemplateDictionary& dict, const char* name, const std::string& caption,
                      const StatsValues& values, const StatsValues* system) {
  auto* t = dict.AddIncludeDictionary(name);
  t->SetFilename("department/statistics_table.tpl");
  set_value(*t, "CAPTION", caption);
  for (int f = 0; f < kStatsFields; ++f) set_value(*t->AddSectionDictionary("HEADING"), "LABEL", kStatsFieldLabels[f]);
  auto add_row = [&](const std::string& label, const std::array<int64_t, kStatsFields>& v,
                     const std::array<int64_t, kStatsFields>* s) {
    auto* row = t->AddSectionDictionary("ROW");
    set_value(*row, "NAME", label);
    for (int f = 0; f < kStatsFields; ++f) {
      auto* cell = row->AddSectionDictionary("CELL");
      set_value(*cell, "VALUE", stats_figure_text(v[f]));
      if (s) set_value(*cell->AddSectionDictionary("SYSTEM"), "VALUE", stats_figure_text((*s)[f]));
    }
  };
  for (int r = 0; r < kStatsRows; ++r) add_row(kStatsRowNames[r], values[r], system ? &(*system)[r] : nullptr);
  auto sum = totals(values);
  std::array<int64_t, kStatsFields> system_sum{};
  if (system) system_sum = totals(*system);
  add_row("合计", sum, system ? &system_sum : nullptr);
}

void stats_write_sheet(XlsxWriter& book, const std::string& sheet, const std::string& title, const StatsValues& values,
                       const std::string& unit_name, const std::string& note) {
  book.add_sheet(sheet);
  book.column_widths({12, 16, 16, 16, 16, 16});
  book.row({title});
  std::vector<std::string> heading{"学校类别"};
  for (int f = 0; f < kStatsFields; ++f) heading.push_back(kStatsFieldLabels[f]);
  book.header(heading);
  for (int r = 0; r < kStatsRows; ++r) {
    std::vector<std::string> cells{kStatsRowNames[r]};
    for (int f = 0; f < kStatsFields; ++f) cells.push_back(std::to_string(values[r][f]));
    book.row(cells);
  }
  std::vector<std::string> sum{"合计"};
  for (int64_t v : totals(values)) sum.push_back(std::to_string(v));
  book.row(sum);
  book.row({"填表单位", unit_name});
  if (!note.empty()) book.row({note});
}
