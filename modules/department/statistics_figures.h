// department/statistics_figures.h - 数据统计 figures of a region: coverage (schools with a
// submitted enrollment of a product against the active schools that may enroll it) by county,
// by school category (school_types.stats_category) and by product for one academic year, and
// insured schools and persons per year. Insured figures come from enrollment_counters only;
// the denominators are today's active schools (schools.status = 'active') whose type the product
// admits (险种设置: product_school_types).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

class Db;

struct CoverageCell {
  int64_t eligible = 0;     // active schools that may enroll the product
  int64_t insured = 0;      // schools with a submitted enrollment (counter "schools")
  int64_t enrollments = 0;  // submitted enrollments
  int64_t persons = 0;      // persons on their rosters
};

struct CoverageProduct { int64_t id; std::string name, short_name; };

// Rows × products of one breakdown.
struct CoverageTable {
  std::vector<std::string> rows;
  std::vector<std::vector<CoverageCell>> cells;  // [row][product]
};

struct CoverageFiguresSet {
  std::vector<CoverageProduct> products;
  CoverageTable by_county;    // the province: each city; a city: 市直 and each county; a county: itself
  CoverageTable by_category;  // 幼儿园, 小学, 初中, 高中, 其他
  CoverageTable by_year;      // every academic year, oldest first (eligible = today's schools)
  std::vector<CoverageCell> total;  // [product] of the selected year
};

// Figures of region_code (the province, a city or a county code; LIKE region_pattern_for_code)
// for year_id.
CoverageFiguresSet coverage_figures(Db& db, const std::string& region_code, int64_t year_id);

// Short label of a product code for tables and charts: 校方责任险, 教职工责任险, 实习责任险.
std::string coverage_product_short_name(const std::string& code);
// "66.7%" (one decimal, rounded half up) or "—" when eligible is 0.
std::string coverage_rate_text(const CoverageCell& c);
// The rate in tenths of a percent (667 for 66.7%), 0 when eligible is 0 (for charts).
int64_t coverage_rate_permille(const CoverageCell& c);
