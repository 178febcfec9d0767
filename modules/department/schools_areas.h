// department/schools_areas.h - the areas a department's pages break its region into: a county
// department has its own county; a city department has each of its counties and its 市直
// (schools whose region is the city itself); the province (admin) has its cities. Also the one
// check of a county chosen in a filter, and the county and school-type options of the filters.
#pragma once
#include <string>
#include <vector>

#include "department/region_scope.h"

namespace ctemplate {
class TemplateDictionary;
}
struct Ctx;
class Db;
struct Account;

struct DepartmentArea {
  std::string code;  // regions.code (the city's own code for 市直)
  std::string name;  // county name, or "市直"
};

// The areas of the account's region in display order: a city's counties by code, then 市直;
// a county (or a city without counties, such as 济源) just its own row.
std::vector<DepartmentArea> department_areas(Ctx& ctx, const Account& department);
// The areas of a scope: for the province its 18 cities by code (济源 last); otherwise as
// department_areas for the scope's region.
std::vector<DepartmentArea> scope_areas(Ctx& ctx, const RegionScope& scope);

// The "county" filter of a department list: "" (all) or a code among department_areas. A code
// outside the region answers 404 and writes an access_denied audit row; garbage answers 400.
std::string department_county_param(Ctx& ctx, const std::vector<DepartmentArea>& areas);

// Adds section COUNTY_FILTER with COUNTY repeated (CODE, NAME, SELECTED when it is selected) to d,
// when areas has more than one area.
void county_filter_fill(ctemplate::TemplateDictionary& d, const std::vector<DepartmentArea>& areas,
                        const std::string& selected);
// Adds TYPE repeated (NAME, SELECTED when it is selected) to d: every school type in its order.
void school_type_options_fill(Ctx& ctx, ctemplate::TemplateDictionary& d, const std::string& selected);
