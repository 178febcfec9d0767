// insurer/region_select.cpp - 市 / 县区 select options within an insurer's region (see insurer/region_select.h).
#include "insurer/region_select.h"

#include "db.h"
#include "page.h"
#include "scope.h"
#include "session.h"

void region_select_fill(Db& db, ctemplate::TemplateDictionary& dict, const Account& insurer, const std::string& city,
                        const std::string& county) {
  bool province = insurer.insurer_level == "province";
  ctemplate::TemplateDictionary* group = nullptr;
  for (const Row& r : db.query("SELECT code, name, level FROM regions WHERE level IN ('city', 'county') AND code LIKE ?"
                               " ORDER BY IF(level = 'city', code, parent_code), level = 'county', code",
                               {region_pattern(insurer)})) {
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
