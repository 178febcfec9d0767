// insurer/region_select.cpp - 市 / 县区 select options within an insurer's region (see insurer/region_select.h).
#include "insurer/region_select.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

#include "context.h"
#include "db.h"
#include "page.h"
#include "refdata.h"
#include "scope.h"
#include "session.h"

namespace {

// code matches a region pattern of scope.h ("41%", "4101%" or one exact code).
bool in_pattern(const std::string& code, const std::string& pattern) {
  if (!pattern.empty() && pattern.back() == '%') return code.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  return code == pattern;
}

}  // namespace

void region_select_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const Account& insurer, const std::string& city,
                        const std::string& county) {
  bool province = insurer.insurer_level == "province";
  ctemplate::TemplateDictionary* group = nullptr;
  // Cities and counties of the region; each city followed by its counties, by code.
  std::string pattern = region_pattern(insurer);
  struct Entry {
    std::string_view group, code;  // the city's code (its own for a city), the region's
    bool is_county;
    const Row* row;
  };
  std::vector<Entry> entries;
  for (const Row& r : refdata(ctx).regions) {
    const std::string& level = r.str("level");
    if ((level != "city" && level != "county") || !in_pattern(r.str("code"), pattern)) continue;
    bool is_county = level == "county";
    entries.push_back({is_county ? r.str("parent_code") : r.str("code"), r.str("code"), is_county, &r});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.group, a.is_county, a.code) < std::tie(b.group, b.is_county, b.code);
  });
  for (const Entry& e : entries) {
    const Row& r = *e.row;
    const std::string& code = r.str("code");
    if (r.str("level") == "city") {
      if (province) {
        auto* c = dict.AddSectionDictionary("CITY");
        set_value(*c, "CODE", code);
        set_value(*c, "NAME", r.str("name"));
        if (code == city) c->ShowSection("SELECTED");
      }
      group = dict.AddSectionDictionary("COUNTY_GROUP");
      set_value(*group, "CITY_NAME", r.str("name"));
      set_value(*group, "CITY_CODE", code);
      continue;
    }
    if (!group) continue;
    auto* o = group->AddSectionDictionary("COUNTY");
    set_value(*o, "CODE", code);
    set_value(*o, "NAME", r.str("name"));
    if (code == county) o->ShowSection("SELECTED");
  }
}
