// school/home.cpp - school start page (see school/home.h).
#include "school/home.h"

#include <map>

#include "announcements.h"
#include "context.h"
#include "dates.h"
#include "deadline.h"
#include "nav.h"
#include "page.h"
#include "school/enroll.h"
#include "year.h"

namespace {

// The badge of a product's first enrollment of the year (status as stored; "" = none).
void add_product_status(ctemplate::TemplateDictionary& d, const std::string& name, const Row* enrollment) {
  auto* item = d.AddSectionDictionary("PRODUCT");
  set_value(*item, "NAME", name);
  std::string status = enrollment ? enrollment->str("status") : "";
  std::string badge = std::string("badge ") + enrollment_status_badge(status);
  std::string text = enrollment_status_label(status);
  if (status == "submitted") text += " " + enrollment->str("declared_count") + " 人";
  set_value(*item, "BADGE_CLASS", badge);
  set_value(*item, "BADGE_TEXT", text);
}

// The 投保数据 card's countdown to the school's last day, its products and their status; the
// 承保数据 card's summary. One query reads the year's enrollments with their latest policy.
void fill_year_cards(Ctx& ctx, ctemplate::TemplateDictionary& d, const AcademicYear& year) {
  const int64_t school_id = ctx.account().school_id;
  // The school's own last day: an admin extension (school or region) included.
  DeadlineState enroll = deadline_for_school(ctx, year, school_id, DeadlineKind::enroll);
  set_value(d, "ENROLL_DEADLINE", month_day_cn(enroll.last_day));
  if (enroll.extended) set_value(*d.AddSectionDictionary("DEADLINE_EXTENDED"), "EXTENDED_TO", full_date_cn(enroll.last_day));
  if (!enroll.open) d.ShowSection("DEADLINE_PASSED");
  else if (int days = days_between(today_cn(), enroll.last_day); days == 0) d.ShowSection("DUE_TODAY");
  else set_value(*d.AddSectionDictionary("COUNTDOWN"), "DAYS", std::to_string(days));

  std::map<int64_t, Row> first;  // product id → its seq 1 enrollment of the year
  int64_t policies = 0, persons = 0;  // the latest policy of each enrollment
  for (Row& e : ctx.db.query("SELECT e.product_id, e.seq, e.status, e.declared_count, p.insured_count"
                             " FROM enrollments e LEFT JOIN policies p ON p.id ="
                             "  (SELECT MAX(p2.id) FROM policies p2 WHERE p2.enrollment_id = e.id)"
                             " WHERE e.school_id = ? AND e.year_id = ?",
                             {school_id, year.id})) {
    if (!e.is_null("insured_count")) ++policies, persons += e.i64("insured_count");
    if (e.i64("seq") == 1) first.emplace(e.i64("product_id"), std::move(e));
  }
  auto* list = d.AddSectionDictionary("PRODUCTS");
  for (const Row& p : school_products(ctx, school_id)) {
    auto it = first.find(p.i64("id"));
    add_product_status(*list, p.str("name"), it == first.end() ? nullptr : &it->second);
  }
  set_value(d, "POLICY_SUMMARY", policies == 0 ? std::string("等待保险公司承保")
                                               : "已承保 " + std::to_string(policies) + " 份保单，共 " +
                                                     std::to_string(persons) + " 人");
}

}  // namespace

void school_home(Ctx& ctx) {
  const Account& a = ctx.account();
  Page page(ctx, "系统首页", "school/home.tpl");
  auto& d = page.body();
  set_value(d, "ACCOUNT_NAME", a.school.name);
  auto year = current_year(ctx);
  if (year) {
    set_value(d, "YEAR_LABEL", year->label);
    fill_year_cards(ctx, d, *year);
  } else {
    d.ShowSection("NO_YEAR");
    set_value(d, "POLICY_SUMMARY", "等待保险公司承保");
  }
  link_fill(*d.AddSectionDictionary("ENROLL_LINK"), "前往操作", "/school/s/enroll", "");
  link_fill(*d.AddSectionDictionary("POLICY_LINK"), "查看", "/school/s/policies", "");
  if (a.is_center) {
    auto* center = d.AddSectionDictionary("CENTER");
    auto n = ctx.db.query_one("SELECT COUNT(*) AS n FROM schools WHERE center_school_id = ? AND status = 'active'",
                              {a.school_id});
    set_value(*center, "SUBORDINATE_COUNT", n->str("n"));
    set_value(*center, "CENTER_URL", "/school/center/");
  }
  announcements_home_fill(ctx, page.body());
  page.render();
}
