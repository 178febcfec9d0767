// department/schools_areas.h - the areas a department's pages break its region into: a county
// department has its own county; a city department has each of its counties and its 市直
// (schools whose region is the city itself); the province (admin) has its cities. Also the one check of a county chosen in a filter.
#pragma once
#include <string>
#include <vector>

#include "department/region_scope.h"

struct Ctx;
class Db;
struct Account;

struct DepartmentArea {
  std::string code;  // regions.code (the city's own code for 市直)
  std::string name;  // county name, or "市直"
};

// The areas of the account's region in display order: a city's counties by code, then 市直;
// a county (or a city without counties, such as 济源) just its own row.
std::vector<DepartmentArea> department_areas(Db& db, const Account& department);
// The areas of a scope: for the province its 18 cities by code (济源 last); otherwise as
// department_areas for the scope's region.
std::vector<DepartmentArea> scope_areas(Db& db, const RegionScope& scope);

// The "county" filter of a department list: "" (all) or a code among department_areas. A code
// outside the region answers 404 and writes an access_denied audit row; garbage answers 400.
std::string department_county_param(Ctx& ctx, const std::vector<DepartmentArea>& areas);
