// center/home.cpp - subordinate school list (see center/home.h); scope: center_school_id = own school.
#include "center/home.h"

#include "context.h"
#include "mask.h"
#include "page.h"

void center_home(Ctx& ctx) {
  Rows schools = ctx.db.query(
      "SELECT name, school_type, nature, contact_name, contact_mobile FROM schools"
      " WHERE center_school_id = ? AND status = 'active' ORDER BY name",
      {ctx.account().school_id});
  Page page(ctx, "所辖学校", "center/home.tpl");
  auto& d = page.body();
  int index = 0;
  for (const Row& s : schools) {
    auto* row = d.AddSectionDictionary("SCHOOL");
    set_value(*row, "INDEX", std::to_string(++index));
    set_value(*row, "NAME", s.str("name"));
    set_value(*row, "TYPE", s.str("school_type"));
    set_value(*row, "NATURE", s.str("nature"));
    set_value(*row, "CONTACT", s.str("contact_name"));
    set_value(*row, "MOBILE_MASKED", mask_mobile(s.str("contact_mobile")));
  }
  if (schools.empty()) d.ShowSection("EMPTY");
  page.render();
}
