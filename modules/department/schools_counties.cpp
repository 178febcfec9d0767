// department/schools_counties.cpp - the per-county table of 学校数据 (see schools_counties.h).
// Scope: both queries carry region_code LIKE region_pattern(account).
#include "department/schools_counties.h"

#include <map>

#include "context.h"
#include "db.h"
#include "page.h"
#include "pager.h"
#include "scope.h"
#include "session.h"

std::vector<CountyFigures> county_figures(Db& db, const Account& a, const std::vector<DepartmentArea>& areas,
                                          int64_t year_id) {
  std::string scope = region_pattern(a);
  std::map<std::string, CountyFigures> by_code;
  for (const Row& r : db.query("SELECT region_code, COUNT(*) AS n FROM schools"
                               " WHERE status = 'active' AND region_code LIKE ? GROUP BY region_code",
                               {scope}))
    by_code[r.str("region_code")].schools = r.i64("n");
  for (const Row& r : db.query("SELECT region_code, product_id, SUM(schools) AS schools, SUM(persons) AS persons"
                               " FROM enrollment_counters WHERE year_id = ? AND region_code LIKE ? AND product_id IN (1, 2)"
                               " GROUP BY region_code, product_id",
                               {year_id, scope})) {
    CountyFigures& f = by_code[r.str("region_code")];
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

void county_table_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const std::vector<DepartmentArea>& areas,
                       int64_t year_id) {
  auto* table = dict.AddIncludeDictionary("COUNTY_TABLE");
  table->SetFilename("department/county_table.tpl");
  for (const CountyFigures& f : county_figures(ctx.db, ctx.account(), areas, year_id)) {
    auto* row = table->AddSectionDictionary("COUNTY_ROW");
    set_value(*row, "NAME", f.name);
    if (f.code.empty()) row->ShowSection("TOTAL");
    else set_value(*row->AddSectionDictionary("LINK"), "URL", url_with_query("/school/dept/schools", {{"county", f.code}}));
    set_value(*row, "SCHOOLS", std::to_string(f.schools));
    set_value(*row, "STUDENT_SCHOOLS", std::to_string(f.student_schools));
    set_value(*row, "STUDENT_PERSONS", std::to_string(f.student_persons));
    set_value(*row, "STAFF_SCHOOLS", std::to_string(f.staff_schools));
    set_value(*row, "STAFF_PERSONS", std::to_string(f.staff_persons));
  }
}
