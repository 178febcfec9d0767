// department/home.cpp - region overview (see department/home.h); scope: region_pattern(account).
#include "department/home.h"

#include "context.h"
#include "page.h"
#include "scope.h"
#include "year.h"

void department_home(Ctx& ctx) {
  const Account& a = ctx.account();
  std::string scope = region_pattern(a);
  auto counts = ctx.db.query_one(
      "SELECT COALESCE(SUM(status = 'active'), 0) AS active, COALESCE(SUM(status = 'pending'), 0) AS pending,"
      " COALESCE(SUM(status = 'active' AND is_center = 1), 0) AS centers"
      " FROM schools WHERE region_code LIKE ?",
      {scope});
  // The region itself (its 市直 schools for a city) and, for a city, each of its counties.
  Rows areas = ctx.db.query(
      "SELECT r.code, r.name, r.level, COUNT(s.id) AS schools FROM regions r"
      " LEFT JOIN schools s ON s.region_code = r.code AND s.status = 'active'"
      " WHERE r.code = ? OR r.parent_code = ? GROUP BY r.code, r.name, r.level ORDER BY r.code",
      {a.region_code, a.region_code});

  Page page(ctx, "系统首页", "department/home.tpl");
  auto& d = page.body();
  set_value(d, "REGION_NAME", a.display_name);
  if (auto year = current_year(ctx.db)) set_value(d, "YEAR_LABEL", year->label);
  else d.ShowSection("NO_YEAR");
  set_value(d, "SCHOOLS_ACTIVE", counts->str("active"));
  set_value(d, "SCHOOLS_PENDING", counts->str("pending"));
  set_value(d, "CENTERS", counts->str("centers"));
  for (const Row& r : areas) {
    auto* row = d.AddSectionDictionary("AREA");
    bool city_direct = r.str("code") == a.region_code && r.str("level") == "city";
    set_value(*row, "NAME", city_direct ? "市直" : r.str("name"));
    set_value(*row, "SCHOOLS", r.str("schools"));
  }
  page.render();
}
