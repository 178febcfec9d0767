// department/schools_counties.cpp - the per-county table of 学校数据 (see schools_counties.h).
// Scope: both queries carry region_code LIKE scope.pattern; the province groups by city_code.
#include "department/schools_counties.h"

#include <map>

#include "context.h"
#include "db.h"
#include "page.h"
#include "pager.h"

std::vector<CountyFigures> county_figures(Db& db, const RegionScope& scope, const std::vector<DepartmentArea>& areas,
                                          int64_t year_id) {
  const std::string& pattern = scope.pattern;
  std::map<std::string, CountyFigures> by_code;
  // Active schools per region: school_counters (migration 0015, kept by triggers on schools).
  for (const Row& r : db.query(scope.province()
                                   ? "SELECT city_code AS area, SUM(schools) AS n FROM school_counters"
                                     " WHERE region_code LIKE ? GROUP BY city_code"
                                   : "SELECT region_code AS area, schools AS n FROM school_counters"
                                     " WHERE region_code LIKE ?",
                               {pattern}))
    by_code[r.str("area")].schools = r.i64("n");
  for (const Row& r : db.query(scope.province()
                                   ? "SELECT city_code AS area, product_id, SUM(schools) AS schools, SUM(persons) AS persons"
                                     " FROM enrollment_counters WHERE year_id = ? AND region_code LIKE ? AND product_id IN (1, 2)"
                                     " GROUP BY city_code, product_id"
                                   : "SELECT region_code AS area, product_id, SUM(schools) AS schools, SUM(persons) AS persons"
                                     " FROM enrollment_counters WHERE year_id = ? AND region_code LIKE ? AND product_id IN (1, 2)"
                                     " GROUP BY region_code, product_id",
                               {year_id, pattern})) {
    CountyFigures& f = by_code[r.str("area")];
    if (r.i64("product_id") == 1) {
      f.student_schools = r.i64("schools");
      f.student_persons = r.i64("persons");
    } else {
      f.staff_schools = r.i64("schools");
      f.staff_persons = r.i64("persons");
    }
  }
  std::vector<CountyFigures> rows;
  CountyFigures total;
  total.name = "合计";
  for (const DepartmentArea& area : areas) {
    CountyFigures f = by_code[area.code];
    f.code = area.code;
    f.name = area.name;
    total.schools += f.schools;
    total.student_schools += f.student_schools;
    total.student_persons += f.student_persons;
    total.staff_schools += f.staff_schools;
    total.staff_persons += f.staff_persons;
    rows.push_back(f);
  }
  if (areas.size() > 1) rows.push_back(total);
  return rows;
}

std::vector<CountyFigures> county_table_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const RegionScope& scope,
                       const std::vector<DepartmentArea>& areas, int64_t year_id) {
  auto* table = dict.AddIncludeDictionary("COUNTY_TABLE");
  table->SetFilename("department/county_table.tpl");
  set_value(*table, "AREA_LABEL", scope.province() ? "市" : "县区");
  std::vector<CountyFigures> figures = county_figures(ctx.db, scope, areas, year_id);
  for (const CountyFigures& f : figures) {
    auto* row = table->AddSectionDictionary("COUNTY_ROW");
    set_value(*row, "NAME", f.name);
    if (f.code.empty()) row->ShowSection("TOTAL");
    else
      set_value(*row->AddSectionDictionary("LINK"), "URL",
                scope.province() ? scope.url("/schools", {{"city", f.code}}) : scope.url("/schools", {{"county", f.code}}));
    set_value(*row, "SCHOOLS", std::to_string(f.schools));
    set_value(*row, "STUDENT_SCHOOLS", std::to_string(f.student_schools));
    set_value(*row, "STUDENT_PERSONS", std::to_string(f.student_persons));
    set_value(*row, "STAFF_SCHOOLS", std::to_string(f.staff_schools));
    set_value(*row, "STAFF_PERSONS", std::to_string(f.staff_persons));
  }
  return figures;
}
