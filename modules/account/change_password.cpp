// account/change_password.cpp - own password change (see account/change_password.h).
#include "account/change_password.h"

#include <ctemplate/template.h>

#include "account/overview.h"
#include "audit.h"
#include "context.h"
#include "dates.h"
#include "page.h"
#include "password.h"
#include "password_policy.h"
#include "session.h"
#include "sms.h"
#include "throttle.h"

namespace {

constexpr int kWrongLimit = 5;
constexpr int kWrongWindowSeconds = 15 * 60;

// A password field as typed (not trimmed: spaces may be part of it), capped so that an
// absurd value costs nothing; the policy reports anything over 64 characters.
std::string raw_param(Ctx& ctx, std::string_view name, size_t max_bytes) {
  const std::string* v = ctx.req.param(name);
  return v ? v->substr(0, max_bytes) : std::string();
}

void render_form(Ctx& ctx, const PasswordErrors& errors) {
  Page page(ctx, "修改密码", "account/change_password.tpl");
  auto& d = page.body();
  set_value(d, "ACTION", account_url(ctx) + "/password");
  set_value(d, "BACK_URL", account_url(ctx));
  password_fields_fill(d, errors);
  page.render();
}

}  // namespace

std::string current_password_problem(Ctx& ctx, std::string_view typed) {
  const Account& a = ctx.account();
  std::string key = "password:wrong:" + std::to_string(a.id);
  if (typed.empty()) return "请输入当前密码。";
  if (throttle_count(ctx.db, key, kWrongWindowSeconds) >= kWrongLimit)
    return "当前密码输错次数过多，请 15 分钟后再试。";
  auto row = ctx.db.query_one("SELECT password_hash FROM accounts WHERE id = ?", {a.id});
  if (row && password_verify(row->str("password_hash"), typed)) return "";
  throttle_take(ctx.db, key, 1 << 30, kWrongWindowSeconds);
  audit(ctx, "password_check_failed", "account", std::to_string(a.id));
  return "当前密码不正确。";
}

PasswordErrors password_change_submit(Ctx& ctx, std::string_view why) {
  const Account& a = ctx.account();
  std::string current = raw_param(ctx, "current_password", 256);
  std::string fresh = raw_param(ctx, "new_password", 1024);
  std::string confirm = raw_param(ctx, "confirm_password", 1024);
  PasswordErrors e;
  if (current.empty()) e.current = "请输入当前密码。";
  e.fresh = fresh.empty() ? "请输入新密码。" : password_problem(fresh, a.login_name, a.mobile);
  if (e.fresh.empty() && confirm != fresh) e.confirm = confirm.empty() ? "请再次输入新密码。" : "两次输入的新密码不一致。";
  if (e.any()) return e;
  // Only a well-formed form costs a hash: the current password is checked last.
  e.current = current_password_problem(ctx, current);
  if (!e.current.empty()) return e;
  if (fresh == current) {
    e.fresh = "新密码不能与当前密码相同。";
    return e;
  }
  std::string hash = password_hash(fresh);
  std::string id = std::to_string(a.id);
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE accounts SET password_hash = ?, must_change_password = 0, password_changed_at = UTC_TIMESTAMP()"
                " WHERE id = ?", {hash, a.id});
    session_end_others(ctx.db, a.id, &ctx.session);
    audit(ctx, "password_changed", "account", id, why);
    if (!a.mobile.empty())
      sms_queue(ctx.db, ctx.config, a.mobile, "password_changed", {{"login", a.login_name}, {"time", now_cn_minute()}},
                "notice:password_changed", a.id);
  });
  return e;
}

void password_fields_fill(ctemplate::TemplateDictionary& dict, const PasswordErrors& errors) {
  auto* inc = dict.AddIncludeDictionary("PASSWORD_FIELDS");
  inc->SetFilename("account/password_fields.tpl");
  set_value(*inc, "RULE", password_rule_text());
  field_error(*inc, "CURRENT_ERROR", errors.current);
  field_error(*inc, "NEW_ERROR", errors.fresh);
  field_error(*inc, "CONFIRM_ERROR", errors.confirm);
}

void account_password_page(Ctx& ctx) { render_form(ctx, {}); }

void account_password(Ctx& ctx) {
  PasswordErrors e = password_change_submit(ctx, "self");
  if (e.any()) {
    render_form(ctx, e);
    return;
  }
  ctx.res.redirect(account_url(ctx) + "?done=password", true);
}
