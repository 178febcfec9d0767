// department/schools_areas.cpp - the areas of a department's region (see schools_areas.h).
// Scope: only regions equal to or directly under the account's (or scope's) region code.
#include "department/schools_areas.h"

#include <ctemplate/template.h>

#include "audit.h"
#include "db.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "page.h"

namespace {

// A city's counties then 市直, or a county's own row.
std::vector<DepartmentArea> areas_of_code(Db& db, const std::string& code) {
  Rows rows = db.query(
      "SELECT code, name, level FROM regions WHERE code = ? OR parent_code = ? ORDER BY code = ?, code",
      {code, code, code});
  std::vector<DepartmentArea> areas;
  bool has_counties = rows.size() > 1;
  for (const Row& r : rows) {
    bool own = r.str("code") == code;
    areas.push_back({r.str("code"), own && has_counties ? "市直" : r.str("name")});
  }
  return areas;
}

}  // namespace

std::vector<DepartmentArea> department_areas(Db& db, const Account& a) { return areas_of_code(db, a.region_code); }

std::vector<DepartmentArea> scope_areas(Db& db, const RegionScope& scope) {
  if (!scope.province()) return areas_of_code(db, scope.code);
  std::vector<DepartmentArea> areas;
  for (const Row& r : db.query("SELECT code, name FROM regions WHERE parent_code = ? AND level = 'city' ORDER BY code",
                               {scope.code}))
    areas.push_back({r.str("code"), r.str("name")});
  return areas;
}

std::string department_county_param(Ctx& ctx, const std::vector<DepartmentArea>& areas) {
  std::string v = param_text(ctx.req, "county", 6, false);
  if (v.empty()) return v;
  if (v.size() != 6 || v.find_first_not_of("0123456789") != std::string::npos)
    throw HttpError(400, "所选县区无效。");
  for (const DepartmentArea& a : areas)
    if (a.code == v) return v;
  audit(ctx, "access_denied", "region", v, "department county filter");
  throw HttpError(404, "该县区不在您的管辖范围内。");
}

void county_filter_fill(ctemplate::TemplateDictionary& d, const std::vector<DepartmentArea>& areas,
                        const std::string& selected) {
  if (areas.size() <= 1) return;
  auto* counties = d.AddSectionDictionary("COUNTY_FILTER");
  for (const DepartmentArea& a : areas) {
    auto* o = counties->AddSectionDictionary("COUNTY");
    set_value(*o, "CODE", a.code);
    set_value(*o, "NAME", a.name);
    if (a.code == selected) o->ShowSection("SELECTED");
  }
}

void school_type_options_fill(Db& db, ctemplate::TemplateDictionary& d, const std::string& selected) {
  for (const Row& t : db.query("SELECT name FROM school_types ORDER BY sort_order, name")) {
    auto* o = d.AddSectionDictionary("TYPE");
    set_value(*o, "NAME", t.str("name"));
    if (t.str("name") == selected) o->ShowSection("SELECTED");
  }
}
