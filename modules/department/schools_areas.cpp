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
#include "refdata.h"

namespace {

// A city's counties then 市直, or a county's own row (from the worker's reference data).
std::vector<DepartmentArea> areas_of_code(Ctx& ctx, const std::string& code) {
  const RefData& ref = refdata(ctx);
  std::vector<DepartmentArea> areas;
  const Row* own = ref.region(code);
  if (!own) return areas;
  for (const Row& r : ref.regions)  // by code
    if (r.str("parent_code") == code) areas.push_back({r.str("code"), r.str("name")});
  areas.insert(areas.end(), {code, areas.empty() ? own->str("name") : "市直"});
  return areas;
}

}  // namespace

std::vector<DepartmentArea> department_areas(Ctx& ctx, const Account& a) { return areas_of_code(ctx, a.region_code); }

std::vector<DepartmentArea> scope_areas(Ctx& ctx, const RegionScope& scope) {
  if (!scope.province()) return areas_of_code(ctx, scope.code);
  std::vector<DepartmentArea> areas;
  for (const Row& r : refdata(ctx).regions)
    if (r.str("parent_code") == scope.code && r.str("level") == "city") areas.push_back({r.str("code"), r.str("name")});
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

void school_type_options_fill(Ctx& ctx, ctemplate::TemplateDictionary& d, const std::string& selected) {
  for (const Row& t : refdata(ctx).school_types) {
    auto* o = d.AddSectionDictionary("TYPE");
    set_value(*o, "NAME", t.str("name"));
    if (t.str("name") == selected) o->ShowSection("SELECTED");
  }
}
