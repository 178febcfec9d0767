// department/school_settings_account.cpp - 修改账号密码 and 修改联系人手机 on a school's 设置 page
// (see department/school_settings.h); scope: region_pattern(account). The school account's
// new one-time password goes to its mobile by SMS (account_reset_password); a new contact
// mobile is also the school account's login mobile, and the old and new number get the
// "mobile_changed" notice (department/school_changes.h).
#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "department/school_changes.h"
#include "department/school_settings.h"
#include "department/school_settings_page.h"
#include "form.h"
#include "mask.h"
#include "scope.h"
#include "sms.h"
#include "pii.h"

namespace {

// The school (in scope, locked) with its account, inside the transaction.
std::optional<Row> lock_school_account(Ctx& ctx, int64_t id) {
  return ctx.db.query_one(
      "SELECT s.id, s.name, s.status, s.contact_mobile_enc, a.id AS account_id, a.login_name, a.mobile_enc"
      " FROM schools s LEFT JOIN accounts a ON a.kind = 'school' AND a.school_id = s.id"
      " WHERE s.id = ? AND s.region_code LIKE ? FOR UPDATE",
      {id, region_pattern(ctx.account())});
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
    const char* column = s->str("mobile_enc").empty() ? "contact_mobile_enc" : "mobile_enc";
    std::string mobile = pii_open_mobile(ctx.config, s->str(column));
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
  f.mobile_error = contact_mobile_problem(ctx.db, ctx.config, id, f.mobile, school.str("contact_mobile_hmac"));
  if (f.mobile_error.empty())
    f.mobile_error = contact_mobile_change(ctx, id, f.mobile, "department", [&] { return lock_school_account(ctx, id); });
  if (f.mobile_error.empty()) {
    settings_done(ctx, id, "mobile");
    return;
  }
  settings_render(ctx, id, f);
}
