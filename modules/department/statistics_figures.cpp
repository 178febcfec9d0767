// department/statistics_figures.cpp - 数据统计 figures (see department/statistics_figures.h).
// Scope: every query has "region_code LIKE ?" with region_pattern_for_code(region).
#include "department/statistics_figures.h"

#include <map>
#include <set>
#include <utility>

#include "db.h"
#include "scope.h"

namespace {

const char* const kCategories[] = {"幼儿园", "小学", "初中", "高中", "其他"};

size_t index_of(const std::vector<std::string>& keys, const std::string& key) {
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key) return i;
  return keys.size();
}

CoverageTable empty_table(std::vector<std::string> rows, size_t products) {
  CoverageTable t;
  t.cells.assign(rows.size(), std::vector<CoverageCell>(products));
  t.rows = std::move(rows);
  return t;
}

}  // namespace

std::string coverage_product_short_name(const std::string& code) {
  if (code == "student") return "校方责任险";
  if (code == "staff") return "教职工责任险";
  if (code == "intern") return "实习责任险";
  return code;
}

int64_t coverage_rate_permille(const CoverageCell& c) {
  return c.eligible > 0 ? (c.insured * 1000 + c.eligible / 2) / c.eligible : 0;
}

std::string coverage_rate_text(const CoverageCell& c) {
  if (c.eligible <= 0) return "—";
  int64_t p = coverage_rate_permille(c);
  return std::to_string(p / 10) + "." + std::to_string(p % 10) + "%";
}

CoverageFiguresSet coverage_figures(Db& db, const std::string& region_code, int64_t year_id) {
  std::string pattern = region_pattern_for_code(region_code);
  CoverageFiguresSet out;
  for (const Row& p : db.query("SELECT id, code, name FROM products ORDER BY sort_order"))
    out.products.push_back({p.i64("id"), p.str("name"), coverage_product_short_name(p.str("code"))});
  // 险种设置: the school types each product admits.
  std::set<std::pair<int64_t, std::string>> admits;
  for (const Row& a : db.query("SELECT product_id, school_type FROM product_school_types"))
    admits.insert({a.i64("product_id"), a.str("school_type")});
  size_t np = out.products.size();
  auto product_index = [&](int64_t id) {
    for (size_t i = 0; i < np; ++i)
      if (out.products[i].id == id) return i;
    return np;
  };

  // Rows of the area breakdown: the region itself (市直 for a city) and its counties; for the
  // province its cities, each county counted in its city. row_of maps a region code to its row.
  std::vector<std::string> region_names;
  std::map<std::string, size_t> row_of;
  bool province = region_code.substr(2) == "0000";
  for (const Row& r : db.query("SELECT code, name, level, parent_code FROM regions WHERE code LIKE ?"
                               " AND level IN ('city', 'county') ORDER BY level = 'county', code",
                               {pattern})) {
    if (province && r.str("level") == "county") {
      auto city = row_of.find(r.str("parent_code"));
      if (city != row_of.end()) row_of[r.str("code")] = city->second;
      continue;
    }
    row_of[r.str("code")] = region_names.size();
    region_names.push_back(r.str("level") == "city" && !province ? r.str("name") + "（市直）" : r.str("name"));
  }
  auto area_row = [&](const std::string& code) {
    auto it = row_of.find(code);
    return it == row_of.end() ? region_names.size() : it->second;
  };
  out.by_county = empty_table(region_names, np);
  out.by_category = empty_table({std::begin(kCategories), std::end(kCategories)}, np);
  out.total.assign(np, CoverageCell{});

  // Denominators: active schools per region and category; a product counts only those it admits.
  for (const Row& s : db.query("SELECT s.region_code, t.stats_category AS cat, s.school_type, COUNT(*) AS n"
                               " FROM schools s JOIN school_types t ON t.name = s.school_type"
                               " WHERE s.status = 'active' AND s.region_code LIKE ?"
                               " GROUP BY s.region_code, t.stats_category, s.school_type",
                               {pattern})) {
    size_t ri = area_row(s.str("region_code")), ci = index_of(out.by_category.rows, s.str("cat"));
    for (size_t p = 0; p < np; ++p) {
      if (!admits.count({out.products[p].id, s.str("school_type")})) continue;
      if (ri < region_names.size()) out.by_county.cells[ri][p].eligible += s.i64("n");
      if (ci < out.by_category.rows.size()) out.by_category.cells[ci][p].eligible += s.i64("n");
      out.total[p].eligible += s.i64("n");
    }
  }
  auto add = [](CoverageCell& c, const Row& r) {
    c.insured += r.i64("schools");
    c.enrollments += r.i64("enrollments");
    c.persons += r.i64("persons");
  };
  for (const Row& c : db.query("SELECT c.region_code, t.stats_category AS cat, c.product_id, SUM(c.schools) AS schools,"
                               " SUM(c.enrollments) AS enrollments, SUM(c.persons) AS persons"
                               " FROM enrollment_counters c JOIN school_types t ON t.name = c.school_type"
                               " WHERE c.year_id = ? AND c.region_code LIKE ?"
                               " GROUP BY c.region_code, t.stats_category, c.product_id",
                               {year_id, pattern})) {
    size_t p = product_index(c.i64("product_id"));
    if (p == np) continue;
    size_t ri = area_row(c.str("region_code")), ci = index_of(out.by_category.rows, c.str("cat"));
    if (ri < region_names.size()) add(out.by_county.cells[ri][p], c);
    if (ci < out.by_category.rows.size()) add(out.by_category.cells[ci][p], c);
    add(out.total[p], c);
  }

  // Year over year: every academic year; today's schools as the denominator.
  std::vector<std::string> year_ids, year_labels;
  for (const Row& y : db.query("SELECT id, label FROM academic_years ORDER BY starts_on")) {
    year_ids.push_back(y.str("id"));
    year_labels.push_back(y.str("label"));
  }
  out.by_year = empty_table(year_labels, np);
  for (auto& row : out.by_year.cells)
    for (size_t p = 0; p < np; ++p) row[p].eligible = out.total[p].eligible;
  for (const Row& c : db.query("SELECT year_id, product_id, SUM(schools) AS schools, SUM(enrollments) AS enrollments,"
                               " SUM(persons) AS persons FROM enrollment_counters WHERE region_code LIKE ?"
                               " GROUP BY year_id, product_id",
                               {pattern})) {
    size_t yi = index_of(year_ids, c.str("year_id")), p = product_index(c.i64("product_id"));
    if (yi < year_ids.size() && p < np) add(out.by_year.cells[yi][p], c);
  }
  return out;
}
