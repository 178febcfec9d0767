// department/statistics_view.h - how statistics form values show on a page (read-only table
// templates/department/statistics_table.tpl: the four rows, a 合计 row, optionally the system's
// figures under each cell) and in an .xlsx sheet.
#pragma once
#include <string>

#include "department/statistics_data.h"

namespace ctemplate { class TemplateDictionary; }
class XlsxWriter;

// Includes the table as include-section name of dict with CAPTION; system (may be null) adds
// "系统：N" under each cell ("—" where the system holds no figure).
void stats_fill_table(ctemplate::TemplateDictionary& dict, const char* name, const std::string& caption,
                      const StatsValues& values, const StatsValues* system = nullptr);
// Writes a sheet: title row, heading, the four rows and 合计, then 填表单位 and a note line.
void stats_write_sheet(XlsxWriter& book, const std::string& sheet, const std::string& title, const StatsValues& values,
                       const std::string& unit_name, const std::string& note);
// Cell text of a system figure: the number, or "—" for -1.
std::string stats_figure_text(int64_t v);
