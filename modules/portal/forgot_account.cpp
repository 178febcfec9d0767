// portal/forgot_account.cpp - 忘记登录账号 (see portal/forgot_account.h).
#include "portal/forgot_account.h"

#include "audit.h"
#include "captcha.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "throttle.h"

namespace {

constexpr int kLookupsPerHour = 20;

struct LookupView {
  std::string name;
  std::string name_error, captcha_error;
  bool searched = false;
  Rows found;
};

void render(Ctx& ctx, const LookupView& view) {
  Page page(ctx, "查找登录账号", "portal/forgot_account.tpl");
  auto& d = page.body();
  set_value(d, "ACTION", "/school/forgot-account");
  set_value(d, "CAPTCHA_URL", "/school/captcha?for=forgot_account");
  set_value(d, "NAME", view.name);
  if (!view.name_error.empty()) set_value(*d.AddSectionDictionary("ERR_NAME"), "MESSAGE", view.name_error);
  if (!view.captcha_error.empty()) set_value(*d.AddSectionDictionary("ERR_CAPTCHA"), "MESSAGE", view.captcha_error);
  if (view.searched && view.found.empty()) d.ShowSection("NOT_FOUND");
  if (!view.found.empty()) {
    auto* result = d.AddSectionDictionary("RESULT");
    for (const Row& r : view.found) {
      auto* item = result->AddSectionDictionary("ACCOUNT");
      bool city_direct = r.str("region_code") == r.str("city_code");
      set_value(*item, "REGION", city_direct ? r.str("city_name") + "（市直）" : r.str("city_name") + " " + r.str("region_name"));
      set_value(*item, "LOGIN", r.str("login_name"));
      set_value(*item, "MOBILE", mask_mobile(r.str("mobile")));
    }
  }
  page.render();
}

}  // namespace

void portal_forgot_account_page(Ctx& ctx) { render(ctx, LookupView{}); }

void portal_forgot_account(Ctx& ctx) {
  if (!throttle_take(ctx.db, "account_lookup:ip:" + ctx.req.remote_addr, kLookupsPerHour, 3600))
    throw HttpError(429, "查询过于频繁，请一小时后再试。");
  LookupView view;
  view.name = param_text(ctx.req, "name", 100, false);
  std::string captcha = param_text(ctx.req, "captcha", 10, false);
  if (view.name.empty()) view.name_error = "请填写学校全称。";
  if (captcha.empty()) view.captcha_error = "请输入图形验证码。";
  else if (!captcha_check(ctx, "forgot_account", captcha))
    view.captcha_error = "图形验证码错误或已过期，请看清新的图片后重新输入。";
  if (view.name_error.empty() && view.captcha_error.empty()) {
    view.searched = true;
    view.found = ctx.db.query(
        "SELECT a.login_name, a.mobile, s.region_code, s.city_code, r.name AS region_name, c.name AS city_name"
        " FROM schools s JOIN accounts a ON a.school_id = s.id AND a.kind = 'school' AND a.status = 'active'"
        " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
        " WHERE s.name = ? AND s.status = 'active' ORDER BY s.region_code, a.id LIMIT 20",
        {view.name});
    audit(ctx, "account_lookup", "school", "", "name=" + view.name + " found=" + std::to_string(view.found.size()));
  }
  render(ctx, view);
}
