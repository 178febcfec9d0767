// department/schools_list.h - the school list of 学校数据 and its export: the active schools
// of the scope's region (a department's, or the province / a city for the admin) with, for one academic year, each product's 投保状态 (of the
// first enrollment: 未提交 / 已提交 / 已承保 / 修改中) and persons, the latest policy numbers
// (保险单) and the 明白人. Filters: name search, county (checked against the region), school
// type, nature and one product's status; sort by an allow-listed column; 20 a page.
#pragma once
#include <cstdint>
#include <string>

#include "db.h"
#include "department/schools_areas.h"
#include "pager.h"

struct Ctx;

struct SchoolFilters {
  std::string q;        // school name contains
  std::string county;   // "" or a code of department_areas
  std::string type;     // "" or a school_types.name
  std::string nature;   // "" | 公办 | 民办
  int64_t product = 0;  // product of the status filter (1 when a status is chosen without one)
  std::string status;   // "" | none 未提交 | enrolled 已投保 | submitted 已提交 | insured 已承保 | modifying 修改中
  std::string sort = "region";  // region (counties by code, 市直 last) | name | type | persons (校责任险投保人数)
  std::string dir = "asc";      // asc | desc
  int64_t page = 1;

  // The filters as query parameters (defaults left out), for links, paging and the export.
  QueryParams query() const;
};

// Reads the filters of the request: bad values answer 400, a county outside the region 404 +
// access_denied (department_county_param with the scope's areas). The province has no county
// filter (the admin picks a city, which narrows the scope itself).
SchoolFilters school_filters_read(Ctx& ctx, const RegionScope& scope, const std::vector<DepartmentArea>& areas);

// Whether f is the list's default view: no filter but the county, in region order (page any).
// Its rows come from an index range of schools (schools_region_name), not a sort of the region.
bool school_filters_default(const SchoolFilters& f);

// The filtered, sorted schools of year_id, limit rows from offset. Columns: id, name,
// region_code, city_code, school_type, nature, contact_name, contact_mobile (names of regions
// and whether a product admits the type come from refdata), st1..st3 (status of product N's first enrollment,
// NULL = none), n1..n3 (persons of product N's submitted enrollments), policies (latest
// policy numbers of the year, "、"-separated), total_rows (the whole filtered count).
// known_total: for the default view, the caller's count of the filtered schools (the county
// table's 学校总数 of the scope or the chosen county), returned as total_rows; -1 counts them.
// Scope: region_code LIKE scope.pattern.
Rows school_list_rows(Ctx& ctx, const RegionScope& scope, const SchoolFilters& f, int64_t year_id, int64_t limit,
                      int64_t offset, int64_t known_total = -1);
