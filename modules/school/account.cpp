// school/account.cpp - a school's 账户信息 (see school/account.h).
#include "school/account.h"

#include "account/overview.h"
#include "account/recent_logins.h"
#include "context.h"
#include "mask.h"
#include "page.h"

namespace {

// The region as the manual writes it: "郑州市 金水区", or "郑州市 市直" for a city's own schools.
std::string region_text(const std::string& city, const std::string& county, bool city_direct) {
  return city + " " + (city_direct ? std::string("市直") : county);
}

// Shows the latest name or region application of the school: pending → 审核中 (the link to
// apply is hidden), rejected → its reason beside the link.
void application_fill(ctemplate::TemplateDictionary& d, const char* prefix, const std::optional<Row>& app,
                      const std::string& requested) {
  std::string p(prefix);
  if (app && app->str("status") == "pending") {
    auto* s = d.AddSectionDictionary((p + "_PENDING").c_str());
    set_value(*s, "REQUESTED", requested);
    set_value(*s, "SUBMITTED", app->str("created_cn"));
    return;
  }
  auto* link = d.AddSectionDictionary((p + "_LINK").c_str());
  if (app && app->str("status") == "rejected") {
    auto* r = link->AddSectionDictionary("REJECTED");
    set_value(*r, "REASON", app->str("decision_reason").empty() ? std::string("未说明") : app->str("decision_reason"));
  }
}

}  // namespace

void school_account(Ctx& ctx) {
  const Account& a = ctx.account();
  auto s = ctx.db.query_one(
      "SELECT s.name, s.school_type, s.nature, s.contact_name, s.contact_mobile, s.status,"
      " s.region_code = s.city_code AS city_direct, r.name AS county_name, c.name AS city_name,"
      " DATE_FORMAT(s.created_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS created_cn,"
      " DATE_FORMAT(s.approved_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS approved_cn"
      " FROM schools s JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE s.id = ?",
      {a.school_id});
  if (!s) throw std::runtime_error("school account without school row");
  // The latest application of each kind, with the region it asks for already named.
  auto latest = [&](const char* kind) {
    return ctx.db.query_one(
        "SELECT ap.status, ap.decision_reason, DATE_FORMAT(ap.created_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS created_cn,"
        " JSON_UNQUOTE(JSON_EXTRACT(ap.payload, '$.name')) AS new_name,"
        " nr.name AS new_county, nc.name AS new_city, nr.level AS new_level"
        " FROM applications ap"
        " LEFT JOIN regions nr ON nr.code = JSON_UNQUOTE(JSON_EXTRACT(ap.payload, '$.region_code'))"
        " LEFT JOIN regions nc ON nc.code = IF(nr.level = 'city', nr.code, nr.parent_code)"
        " WHERE ap.school_id = ? AND ap.kind = ? ORDER BY ap.id DESC LIMIT 1",
        {a.school_id, std::string(kind)});
  };
  auto name_app = latest("name_change");
  auto region_app = latest("region_change");

  Page page(ctx, "账户信息", "school/account.tpl");
  auto& d = page.body();
  if (std::string notice = account_done_notice(ctx.req); !notice.empty()) page.notice(notice);
  std::string base = account_url(ctx);
  set_value(d, "REGION", region_text(s->str("city_name"), s->str("county_name"), s->i64("city_direct") != 0));
  set_value(d, "SCHOOL_NAME", s->str("name"));
  set_value(d, "SCHOOL_TYPE", s->str("school_type"));
  set_value(d, "NATURE", s->str("nature"));
  set_value(d, "CONTACT_NAME", s->str("contact_name"));
  set_value(d, "CONTACT_MOBILE", mask_mobile(s->str("contact_mobile")));
  set_value(d, "CREATED", s->str("created_cn"));
  std::string status = s->str("status") == "active" ? "通过审核" : "待审核";
  if (!s->str("approved_cn").empty()) status += "（" + s->str("approved_cn") + "）";
  set_value(d, "STATUS", status);
  application_fill(d, "NAME", name_app, name_app ? name_app->str("new_name") : "");
  std::string new_region;
  if (region_app && !region_app->str("new_city").empty())
    new_region = region_text(region_app->str("new_city"), region_app->str("new_county"),
                             region_app->str("new_level") == "city");
  application_fill(d, "REGION", region_app, new_region);
  set_value(d, "CHANGE_NAME_URL", base + "/change-name");
  set_value(d, "CHANGE_REGION_URL", base + "/change-region");
  set_value(d, "BASIC_URL", base + "/basic");
  set_value(d, "MOBILE_URL", base + "/mobile");
  set_value(d, "PASSWORD_URL", base + "/password");
  recent_logins_fill(ctx, d);
  page.render();
}
