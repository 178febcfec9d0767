// department/school_settings_account.cpp - 修改账号密码 and 修改联系人手机 on a school's 设置 page
// (see department/school_settings.h); scope: region_pattern(account). The school account's
// new one-time password goes to its mobile by SMS (account_reset_password); a new contact
// mobile is also the school account's login mobile, and the old and new number get the
// "mobile_changed" notice.
#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "dates.h"
#include "department/school_settings.h"
#include "department/school_settings_page.h"
#include "form.h"
#include "mask.h"
#include "scope.h"
#include "sms.h"

namespace {

// The school (in scope, locked) with its account, inside the transaction.
std::optional<Row> lock_school_account(Ctx& ctx, int64_t id) {
  return ctx.db.query_one(
      "SELECT s.id, s.name, s.status, s.contact_mobile, a.id AS account_id, a.login_name, a.mobile"
      " FROM schools s LEFT JOIN accounts a ON a.kind = 'school' AND a.school_id = s.id"
      " WHERE s.id = ? AND s.region_code LIKE ? FOR UPDATE",
      {id, region_pattern(ctx.account())});
}

// "" when mobile may become the contact mobile of school id (current mobile current).
std::string mobile_problem(Ctx& ctx, int64_t id, const std::string& mobile, const std::string& current) {
  if (mobile.empty()) return "请输入新的联系人手机号码。";
  if (!check_mobile(mobile)) return "请输入正确的11位手机号码。";
  if (mobile == current) return "新手机号与当前联系人手机相同。";
  if (ctx.db.query_one("SELECT id FROM accounts WHERE kind = 'school' AND mobile = ? AND (school_id IS NULL OR school_id <> ?)"
                       " LIMIT 1",
                       {mobile, id}))
    return "该手机号已是其他学校的登录手机号，请换一个。";
  return "";
}

}  // namespace

void department_school_password(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  settings_school(ctx, id, "school settings password");
  OneTimePassword password = one_time_password();  // hashing is slow: before the transaction
  std::string error;
  ctx.db.transaction([&] {
    auto s = lock_school_account(ctx, id);
    if (!s || s->str("status") != "active") {
      error = "该学校账号不是正常使用状态，不能重置密码。";
      return;
    }
    if (s->is_null("account_id")) {
      error = "该学校尚无登录账号。";
      return;
    }
    std::string mobile = s->str("mobile").empty() ? s->str("contact_mobile") : s->str("mobile");
    account_reset_password(ctx.db, ctx.config, s->i64("account_id"), s->str("login_name"), mobile, password);
    audit(ctx, "password_reset", "account", s->str("account_id"),
          "school=" + std::to_string(id) + " " + s->str("login_name") + " by department to=" + mask_mobile(mobile));
  });
  if (error.empty()) {
    settings_done(ctx, id, "password");
    return;
  }
  SettingsForm f;
  f.account_error = error;
  f.status = 409;
  settings_render(ctx, id, f);
}

void department_school_mobile(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row school = settings_school(ctx, id, "school settings mobile");
  SettingsForm f;
  f.mobile = param_text(ctx.req, "mobile", 20, false);
  f.mobile_error = mobile_problem(ctx, id, f.mobile, school.str("contact_mobile"));
  if (f.mobile_error.empty()) {
    std::string when = now_cn_minute();
    ctx.db.transaction([&] {
      auto s = lock_school_account(ctx, id);
      if (!s || s->str("status") != "active") {
        f.mobile_error = "该学校账号不是正常使用状态，不能修改联系人手机。";
        return;
      }
      std::string old_mobile = s->str("contact_mobile");
      std::string login = s->is_null("account_id") ? s->str("name") : s->str("login_name");
      SmsParams notice = {{"login", login}, {"time", when}, {"mobile", mask_mobile(f.mobile)}};
      ctx.db.exec("UPDATE schools SET contact_mobile = ? WHERE id = ?", {f.mobile, id});
      if (!s->is_null("account_id")) ctx.db.exec("UPDATE accounts SET mobile = ? WHERE id = ?", {f.mobile, s->i64("account_id")});
      int64_t account_id = s->i64("account_id");
      sms_queue(ctx.db, ctx.config, old_mobile, "mobile_changed", notice, "notice:mobile_changed", account_id);
      sms_queue(ctx.db, ctx.config, f.mobile, "mobile_changed", notice, "notice:mobile_changed", account_id);
      audit(ctx, "mobile_changed", "school", std::to_string(id),
            "by department " + mask_mobile(old_mobile) + " -> " + mask_mobile(f.mobile));
    });
  }
  if (f.mobile_error.empty()) {
    settings_done(ctx, id, "mobile");
    return;
  }
  settings_render(ctx, id, f);
}
