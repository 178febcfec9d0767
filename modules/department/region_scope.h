// department/region_scope.h - the region a 学校数据 / 数据统计 / 未决案件 / 理赔案件 view covers
// and where its links point. A department's views cover its own region (from its account);
// the admin's province-wide versions cover the province, or one city chosen with ?city=CODE
// (its per-county table and lists, the links keeping city=CODE). Every query of those views
// narrows by "region_code LIKE pattern".
#pragma once
#include <string>

#include "pager.h"

struct Ctx;

struct RegionScope {
  enum class Level { Province, City, County };
  std::string code;     // regions.code: 410000, a city (410100, 419001) or a county
  std::string pattern;  // LIKE pattern for region_code (region_pattern_for_code(code))
  Level level = Level::County;
  std::string name;     // the region's name (河南省, 郑州市, 金水区)
  std::string base;     // URL prefix of the area's pages: "/school/dept" or "/school/admin"
  QueryParams carry;    // parameters every link of the view keeps ({"city", CODE} for an admin city view)

  bool province() const { return level == Level::Province; }
  // base + path with carry followed by extra as the query string.
  std::string url(const std::string& path, const QueryParams& extra = {}) const;
};

// " region=CODE" for the admin's views (whose audit rows name the region looked at), "" for a
// department's (its region is its account's).
std::string scope_note(const RegionScope& scope);

// The signed-in department's region (its account's region_code), links under /school/dept.
RegionScope department_scope(Ctx& ctx);
// The admin's scope: the province, or the city of the "city" parameter (400 for garbage, 404
// for a code that is not one of the province's 18 cities), links under /school/admin.
RegionScope admin_scope(Ctx& ctx);
