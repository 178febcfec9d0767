// insurer/region_select.cpp - 市 / 县区 select options within an insurer's region (see insurer/region_select.h).
#include "insurer/region_select.h"

#include <algorithm>
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
  std::vector<const Row*> rows;
  for (const Row& r : refdata(ctx).regions)
    if ((r.str("level") == "city" || r.str("level") == "county") && in_pattern(r.str("code"), pattern)) rows.push_back(&r);
  auto key = [](const Row* r) {
    bool is_city = r->str("level") == "city";
    return std::make_tuple(is_city ? r->str("code") : r->str("parent_code"), !is_city, r->str("code"));
  };
  std::sort(rows.begin(), rows.end(), [&](const Row* a, const Row* b) { return key(a) < key(b); });
  for (const Row* row : rows) {
    const Row& r = *row;
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
