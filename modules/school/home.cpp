// school/home.cpp - school start page (see school/home.h).
#include "school/home.h"

#include "context.h"
#include "dates.h"
#include "deadline.h"
#include "nav.h"
#include "page.h"
#include "year.h"

void school_home(Ctx& ctx) {
  const Account& a = ctx.account();
  auto school = ctx.db.query_one(
      "SELECT s.name, s.is_center,"
      " (SELECT COUNT(*) FROM schools c WHERE c.center_school_id = s.id AND c.status = 'active') AS subordinates"
      " FROM schools s WHERE s.id = ?",
      {a.school_id});
  if (!school) throw std::runtime_error("school account without school row");

  Page page(ctx, "系统首页", "school/home.tpl");
  auto& d = page.body();
  set_value(d, "ACCOUNT_NAME", school->str("name"));
  auto year = current_year(ctx.db);
  if (year) {
    set_value(d, "YEAR_LABEL", year->label);
    // The school's own last day: an admin extension (school or region) included.
    DeadlineState enroll = deadline_for_school(ctx.db, *year, a.school_id, DeadlineKind::enroll);
    set_value(d, "ENROLL_DEADLINE", month_day_cn(enroll.last_day));
    if (enroll.extended) set_value(*d.AddSectionDictionary("DEADLINE_EXTENDED"), "EXTENDED_TO", full_date_cn(enroll.last_day));
    if (!enroll.open) d.ShowSection("DEADLINE_PASSED");
    auto policies = ctx.db.query_one(
        "SELECT COUNT(*) AS n, COALESCE(SUM(p.insured_count), 0) AS persons"
        " FROM policies p JOIN enrollments e ON e.id = p.enrollment_id"
        " WHERE e.school_id = ? AND e.year_id = ?",
        {a.school_id, year->id});
    int64_t n = policies->i64("n");
    set_value(d, "POLICY_SUMMARY", n == 0 ? std::string("等待保险公司承保")
                                          : "已承保 " + std::to_string(n) + " 份保单，共 " +
                                                std::to_string(policies->i64("persons")) + " 人");
  } else {
    d.ShowSection("NO_YEAR");
    set_value(d, "POLICY_SUMMARY", "等待保险公司承保");
  }
  link_fill(*d.AddSectionDictionary("ENROLL_LINK"), "前往操作", "/school/s/enroll", "");
  link_fill(*d.AddSectionDictionary("POLICY_LINK"), "查看", "/school/s/policies", "#5");
  if (school->i64("is_center")) {
    auto* center = d.AddSectionDictionary("CENTER");
    set_value(*center, "SUBORDINATE_COUNT", school->str("subordinates"));
    set_value(*center, "CENTER_URL", "/school/center/");
  }
  page.render();
}
