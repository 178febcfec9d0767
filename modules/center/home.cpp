// center/home.cpp - 所辖学校 (see center/home.h); scope: center_school_id = the account's own
// school, which must still be an active center (a removed status shows no schools).
#include "center/home.h"

#include <map>
#include <set>
#include <utility>

#include "announcements.h"
#include "context.h"
#include "mask.h"
#include "page.h"
#include "refdata.h"
#include "school/enroll.h"
#include "year.h"

void center_home(Ctx& ctx) {
  const int64_t center_id = ctx.account().school_id;
  Rows schools = ctx.db.query(
      "SELECT s.id, s.name, s.school_type, s.nature, s.contact_name, s.contact_mobile"
      " FROM schools s JOIN schools c ON c.id = s.center_school_id"
      " WHERE c.id = ? AND c.is_center = 1 AND c.status = 'active' AND s.status = 'active' ORDER BY s.name, s.id",
      {center_id});
  const RefData& ref = refdata(ctx);
  const Rows& products = ref.products;
  // (school type, product) pairs of 险种设置: the others are not applicable.
  std::set<std::pair<std::string, int64_t>> applicable;
  for (const Row& r : ref.product_school_types)
    applicable.insert({r.str("school_type"), r.i64("product_id")});
  auto year = current_year(ctx);
  // (school, product) → status of its first enrollment this year.
  std::map<std::pair<int64_t, int64_t>, std::string> status;
  if (year)
    for (const Row& r : ctx.db.query(
             "SELECT e.school_id, e.product_id, e.status FROM enrollments e JOIN schools s ON s.id = e.school_id"
             " WHERE s.center_school_id = ? AND e.year_id = ? AND e.seq = 1",
             {center_id, year->id}))
      status[{r.i64("school_id"), r.i64("product_id")}] = r.str("status");

  Page page(ctx, "所辖学校", "center/home.tpl");
  auto& d = page.body();
  if (year) set_value(d, "YEAR_LABEL", year->label);
  else d.ShowSection("NO_YEAR");
  for (const Row& p : products) set_value(*d.AddSectionDictionary("PRODUCT_HEAD"), "NAME", p.str("name"));
  int index = 0;
  for (const Row& s : schools) {
    auto* row = d.AddSectionDictionary("SCHOOL");
    set_value(*row, "INDEX", std::to_string(++index));
    set_value(*row, "NAME", s.str("name"));
    set_value(*row, "TYPE", s.str("school_type"));
    set_value(*row, "NATURE", s.str("nature"));
    set_value(*row, "CONTACT", s.str("contact_name"));
    set_value(*row, "MOBILE_MASKED", mask_mobile(s.str("contact_mobile")));
    set_value(*row, "UPLOAD_URL", "/school/s/enroll?school=" + s.str("id"));
    set_value(*row, "VIEW_URL", "/school/center/school?id=" + s.str("id"));
    for (const Row& p : products) {
      auto* cell = row->AddSectionDictionary("PROGRESS");
      if (!applicable.count({s.str("school_type"), p.i64("id")})) {
        cell->ShowSection("NOT_APPLICABLE");
        continue;
      }
      auto it = status.find({s.i64("id"), p.i64("id")});
      std::string st = it == status.end() ? std::string() : it->second;
      auto* badge = cell->AddSectionDictionary("STATUS");
      set_value(*badge, "LABEL", enrollment_status_label(st));
      set_value(*badge, "BADGE", enrollment_status_badge(st));
    }
  }
  if (schools.empty()) d.ShowSection("EMPTY");
  int64_t filed = ctx.db.query_one("SELECT COUNT(*) AS n FROM schools WHERE center_school_id = ? AND status IN ('pending', 'rejected')",
                                   {center_id})->i64("n");
  if (filed) set_value(*d.AddSectionDictionary("FILED"), "COUNT", std::to_string(filed));
  announcements_home_fill(ctx, page.body());
  page.render();
}
