// department/statistics_page.h - 数据统计 of a department: coverage of its region by product, by
// county, by school category and year over year, as tables (the page works without JavaScript)
// and ECharts charts, and the same tables as one .xlsx. Figures: department/statistics_figures.h.
#pragma once
#include <string>

#include "department/region_scope.h"

struct Ctx;

// GET /school/dept/statistics[?year=ID]: the current year unless another is chosen; an unknown
// year is 404.
void department_statistics(Ctx& ctx);
// GET /school/dept/statistics/export[?year=ID]: sheets 按险种, 按县区, 按学校类别, 历年对比; audited.
void department_statistics_export_xlsx(Ctx& ctx);

// The same page and export for any scope, titled region_name (the admin's province, by city,
// or one city: admin/province_views.h). The admin's page also offers the city choice.
void statistics_page(Ctx& ctx, const RegionScope& scope, const std::string& region_name);
void statistics_export(Ctx& ctx, const RegionScope& scope, const std::string& region_name);
