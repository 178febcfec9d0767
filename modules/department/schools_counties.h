// department/schools_counties.h - the per-county table of 学校数据 (columns as in the manual:
// 县区, 学校总数, 校责任险已投保学校数, 校责任险投保人数, 教职工责任险已投保学校数,
// 教职工责任险投保人数): one row per area of department_areas, and for a city a 合计 row.
// The province (admin) has one row per city and 合计. 学校总数 counts the active schools (school_counters,
// kept by triggers on schools); the insured figures come from enrollment_counters
// (modules/coverage.h) of one year, never from the rosters.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "department/schools_areas.h"

namespace ctemplate {
class TemplateDictionary;
}
class Db;
struct Ctx;

struct CountyFigures {
  std::string code;  // "" for the 合计 row
  std::string name;  // county, "市直" or "合计"
  int64_t schools = 0;
  int64_t student_schools = 0, student_persons = 0;  // product 1 校方责任险
  int64_t staff_schools = 0, staff_persons = 0;      // product 2 教职工校方责任保险
};

// The rows of the table for year_id (0 = no current year: insured figures stay 0); a city
// (more than one area) gets a last row 合计 with the sums.
std::vector<CountyFigures> county_figures(Db& db, const RegionScope& scope, const std::vector<DepartmentArea>& areas,
                                          int64_t year_id);

// Adds include COUNTY_TABLE (templates/department/county_table.tpl) to dict: the rows of
// county_figures, each area's name linking to 学校数据 filtered by that area (for the province:
// to the city's own 学校数据 with its per-county table). Returns the rows it shows.
std::vector<CountyFigures> county_table_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const RegionScope& scope,
                       const std::vector<DepartmentArea>& areas, int64_t year_id);
