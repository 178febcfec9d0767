// department/region_scope.cpp - the scope of the department and admin region views (see
// department/region_scope.h). The admin's city must be a region of level city under 410000.
#include "department/region_scope.h"

#include "context.h"
#include "form.h"
#include "http_error.h"
#include "refdata.h"
#include "scope.h"
#include "session.h"

namespace {

RegionScope scope_of(Ctx& ctx, const std::string& code, const char* base) {
  const Row* r = refdata(ctx).region(code);
  if (!r) throw HttpError(404, "没有这个地区。");
  RegionScope s;
  s.code = code;
  s.pattern = region_pattern_for_code(code);
  s.name = r->str("name");
  s.level = r->str("level") == "province" ? RegionScope::Level::Province
            : r->str("level") == "city"   ? RegionScope::Level::City
                                          : RegionScope::Level::County;
  s.base = base;
  return s;
}

}  // namespace

std::string RegionScope::url(const std::string& path, const QueryParams& extra) const {
  QueryParams q = carry;
  q.insert(q.end(), extra.begin(), extra.end());
  return url_with_query(base + path, q);
}

std::string scope_note(const RegionScope& scope) {
  return scope.base == "/school/dept" ? "" : " region=" + scope.code;
}

RegionScope department_scope(Ctx& ctx) { return scope_of(ctx, ctx.account().region_code, "/school/dept"); }

RegionScope admin_scope(Ctx& ctx) {
  std::string city = param_text(ctx.req, "city", 6, false);
  if (city.empty()) return scope_of(ctx, "410000", "/school/admin");
  if (city.size() != 6 || city.find_first_not_of("0123456789") != std::string::npos)
    throw HttpError(400, "所选市无效。");
  const Row* r = refdata(ctx).region(city);
  if (!r || r->str("level") != "city" || r->str("parent_code") != "410000")
    throw HttpError(404, "没有这个市。");
  RegionScope s = scope_of(ctx, city, "/school/admin");
  s.carry = {{"city", city}};
  return s;
}
