// department/charts.h - the chart specifications of 数据统计: each chart is a small JSON object
// put in a data-chart attribute (escaped by the template) and drawn by htdocs/js/dept-charts.js
// with ECharts; the same figures are always in the page's tables, so nothing is lost without
// JavaScript. Shape: {"title": T, "kind": "bar"|"line", "unit": U, "categories": [..],
// "series": [{"name": N, "data": [numbers]}]}.
#pragma once
#include <string>

#include "department/statistics_figures.h"

// 投保率 (%) per row of table and product (bars), e.g. by county or by school category.
std::string chart_rates(const std::string& title, const CoverageTable& table,
                        const std::vector<CoverageProduct>& products);
// 投保人数 per product of the year (one bar series).
std::string chart_persons_by_product(const std::string& title, const CoverageFiguresSet& figures);
// 投保人数 per academic year and product (lines).
std::string chart_persons_by_year(const std::string& title, const CoverageFiguresSet& figures);
