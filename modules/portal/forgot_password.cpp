// portal/forgot_password.cpp - 忘记密码 (see portal/forgot_password.h).
#include "portal/forgot_password.h"

#include <map>

#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "password.h"
#include "password_policy.h"
#include "portal/sms_code.h"
#include "sms.h"
#include "throttle.h"
#include "pii.h"

namespace {

constexpr int kAttemptsPerHour = 30;

struct ResetView {
  std::string mobile, sms_code;
  std::map<std::string, std::string> errors;  // mobile, captcha, sms_code, new_password, confirm_password, form
  std::string notice;                          // the outcome of the no-JavaScript 发送验证码
};

const std::pair<const char*, const char*> kErrorSections[] = {
    {"mobile", "ERR_MOBILE"},         {"captcha", "ERR_CAPTCHA"},          {"sms_code", "ERR_CODE"},
    {"new_password", "ERR_PASSWORD"}, {"confirm_password", "ERR_CONFIRM"}, {"form", "ERR_FORM"},
};

void render(Ctx& ctx, const ResetView& view) {
  Page page(ctx, "找回密码", "portal/forgot_password.tpl");
  auto& d = page.body();
  set_value(d, "ACTION", "/school/forgot-password");
  set_value(d, "CAPTCHA_URL", "/school/captcha?for=forgot_password");
  set_value(d, "MOBILE", view.mobile);
  set_value(d, "SMS_CODE", view.sms_code);
  set_value(d, "RULE", password_rule_text());
  for (const auto& [field, section] : kErrorSections) {
    auto it = view.errors.find(field);
    if (it != view.errors.end()) set_value(*d.AddSectionDictionary(section), "MESSAGE", it->second);
  }
  if (!view.notice.empty()) set_value(*d.AddSectionDictionary("CODE_SENT"), "MESSAGE", view.notice);
  page.render();
}

// The active school accounts of a mobile (at most two: two already mean "ambiguous").
Rows accounts_of(Ctx& ctx, const std::string& mobile) {
  return ctx.db.query(
      "SELECT a.id, a.login_name FROM accounts a JOIN schools s ON s.id = a.school_id"
      " WHERE a.kind = 'school' AND a.mobile_hmac = ? AND a.status = 'active' AND s.status = 'active'"
      " ORDER BY a.id LIMIT 2",
      {pii_mobile_hmac(ctx.config, mobile)});
}

void reset(Ctx& ctx, int64_t id, const std::string& login, const std::string& mobile, const std::string& hash) {
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE accounts SET password_hash = ?, must_change_password = 0, password_changed_at = UTC_TIMESTAMP(),"
                " failed_logins = 0, locked_until = NULL WHERE id = ?",
                {hash, id});
    session_end_others(ctx.db, id, nullptr);
    sms_queue(ctx.db, ctx.config, mobile, "password_changed", {{"login", login}, {"time", now_cn_minute()}},
              "notice:password_changed", id);
    audit_write(ctx.db, {id, "school", 0, "password_reset_self", "account", std::to_string(id), ctx.req.remote_addr,
                         "mobile=" + mask_mobile(mobile)});
  });
}

}  // namespace

void portal_forgot_password_page(Ctx& ctx) { render(ctx, ResetView{}); }

void portal_forgot_password(Ctx& ctx) {
  if (!throttle_take(ctx.db, "reset:ip:" + ctx.req.remote_addr, kAttemptsPerHour, 3600))
    throw HttpError(429, "操作过于频繁，请一小时后再试。");
  ResetView view;
  view.mobile = param_text(ctx.req, "mobile", 20, false);
  view.sms_code = param_text(ctx.req, "sms_code", 10, false);
  if (ctx.req.param("send_code")) {  // 发送验证码 without JavaScript
    PublicCodeResult sent = public_code_send(ctx, "reset_password", view.mobile, param_text(ctx.req, "captcha", 10, false));
    if (sent.ok) view.notice = sent.message;
    else view.errors[sent.field] = sent.message;
    render(ctx, view);
    return;
  }
  const std::string* typed = ctx.req.param("new_password");
  const std::string* again = ctx.req.param("confirm_password");
  std::string password = typed ? *typed : "", confirm = again ? *again : "";
  auto& e = view.errors;
  if (!check_mobile(view.mobile)) e["mobile"] = "请填写注册时的联系人手机号码（11 位）。";
  if (view.sms_code.size() != 6 || view.sms_code.find_first_not_of("0123456789") != std::string::npos)
    e["sms_code"] = "请填写短信中的 6 位验证码。";
  if (password.empty()) e["new_password"] = "请设置新的登录密码。";
  else if (std::string why = password_problem(password, "", view.mobile); !why.empty()) e["new_password"] = why;
  else if (confirm != password) e["confirm_password"] = "两次输入的新密码不一致。";
  // The code is tried only when everything else is right, so a typo elsewhere costs nothing.
  bool code_tried = e.empty();
  if (code_tried && !sms_code_check(ctx.db, ctx.config, view.mobile, "reset_password", view.sms_code))
    e["sms_code"] = "短信验证码错误或已失效，请重新获取。";
  Rows accounts;
  if (e.empty()) {
    accounts = accounts_of(ctx, view.mobile);
    if (accounts.empty()) e["form"] = "未找到使用该手机号的学校账号，请联系主管部门。";
    else if (accounts.size() > 1)
      e["form"] = "该手机号登记在多个学校账号下，无法自助重设密码，请联系上级主管部门重设。";
  }
  // Only now, with the code proven, may the message reveal the login name rule.
  if (e.empty()) {
    std::string why = password_problem(password, accounts.front().str("login_name"), view.mobile);
    if (!why.empty()) e["new_password"] = why + "（验证码已使用，请重新获取。）";
  }
  if (!e.empty()) {
    if (code_tried) view.sms_code.clear();  // used up or wrong: a new one is needed
    render(ctx, view);
    return;
  }
  reset(ctx, accounts.front().i64("id"), accounts.front().str("login_name"), view.mobile, password_hash(password));
  ctx.res.redirect("/school/?done=password_reset", true);
}
