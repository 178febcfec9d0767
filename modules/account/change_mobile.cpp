// account/change_mobile.cpp - 修改手机号 (see account/change_mobile.h).
#include "account/change_mobile.h"

#include "account/change_password.h"
#include "account/overview.h"
#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "mask.h"
#include "page.h"
#include "sms.h"
#include "pii.h"

namespace {

constexpr const char* kPurpose = "change_mobile";

struct MobileForm {
  std::string mobile, code;                             // as typed (kept on errors)
  std::string mobile_error, code_error, password_error;
  std::string notice;
  bool has_errors() const { return !mobile_error.empty() || !code_error.empty() || !password_error.empty(); }
};

// A message as the inside of a JSON string (our messages are plain text; quotes, backslashes
// and control characters are escaped all the same).
std::string json_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out;
}

void render(Ctx& ctx, const MobileForm& f) {
  const Account& a = ctx.account();
  Page page(ctx, "修改手机号", "account/change_mobile.tpl");
  auto& d = page.body();
  if (!f.notice.empty()) page.notice(f.notice);
  set_value(d, "ACTION", account_url(ctx) + "/mobile");
  set_value(d, "CODE_ACTION", account_url(ctx) + "/mobile/code");
  set_value(d, "BACK_URL", account_url(ctx));
  set_value(d, "CURRENT_MOBILE", a.mobile.empty() ? std::string("未登记") : mask_mobile(a.mobile));
  set_value(d, "MOBILE", f.mobile);
  set_value(d, "CODE", f.code);
  field_error(d, "MOBILE_ERROR", f.mobile_error);
  field_error(d, "CODE_ERROR", f.code_error);
  field_error(d, "PASSWORD_ERROR", f.password_error);
  page.render();
}

// The typed new mobile and its message ("" = usable): format, not the current one, and for
// schools not the login mobile of another school (it would make that login ambiguous).
MobileForm read_mobile(Ctx& ctx) {
  const Account& a = ctx.account();
  MobileForm f;
  f.mobile = param_text(ctx.req, "mobile", 20, false);
  if (f.mobile.empty()) f.mobile_error = "请输入新的手机号码。";
  else if (!check_mobile(f.mobile)) f.mobile_error = "请输入正确的11位手机号码。";
  else if (f.mobile == a.mobile) f.mobile_error = "新手机号与当前手机号相同。";
  else if (a.kind == "school" &&
           ctx.db.query_one("SELECT id FROM accounts WHERE kind = 'school' AND mobile_hmac = ? AND id <> ? LIMIT 1",
                            {pii_mobile_hmac(ctx.config, f.mobile), a.id}))
    f.mobile_error = "该手机号已是其他学校的登录手机号，请换一个。";
  return f;
}

}  // namespace

void account_mobile_page(Ctx& ctx) { render(ctx, {}); }

void account_mobile_code(Ctx& ctx) {
  const Account& a = ctx.account();
  // sms-code.js posts csrf + purpose + mobile and wants JSON; the plain form wants the page.
  bool json = ctx.req.param("purpose") != nullptr;
  if (json) param_enum(ctx.req, "purpose", {kPurpose});
  MobileForm f = read_mobile(ctx);
  f.code = param_text(ctx.req, "code", 20, false);
  bool sent = false;
  if (f.mobile_error.empty()) {
    CodeSendResult r = sms_code_send(ctx.db, ctx.config, f.mobile, kPurpose, a.id, ctx.req.remote_addr);
    audit(ctx, r.ok ? "mobile_code_sent" : "mobile_code_refused", "account", std::to_string(a.id),
          "to=" + mask_mobile(f.mobile));
    sent = r.ok;
    if (r.ok) f.notice = "验证码已发送至 " + mask_mobile(f.mobile) + "，5 分钟内有效。";
    else f.mobile_error = r.message;
  }
  if (json) {
    ctx.res.set_header("Content-Type", "application/json; charset=utf-8");
    ctx.res.body = std::string("{\"ok\":") + (sent ? "true" : "false") + ",\"message\":\"" +
                   json_text(sent ? f.notice : f.mobile_error) + "\"}";
    return;
  }
  render(ctx, f);
}

void account_mobile(Ctx& ctx) {
  const Account& a = ctx.account();
  MobileForm f = read_mobile(ctx);
  f.code = param_text(ctx.req, "code", 20, false);
  const std::string* password = ctx.req.param("password");
  std::string typed = password ? password->substr(0, 256) : std::string();
  if (f.code.empty()) f.code_error = "请输入发送到新手机号的短信验证码。";
  if (typed.empty()) f.password_error = "请输入当前密码。";
  if (!f.has_errors()) f.password_error = current_password_problem(ctx, typed);
  if (!f.has_errors() && !sms_code_check(ctx.db, ctx.config, f.mobile, kPurpose, f.code)) {
    f.code_error = sms_code_tries_left(ctx.db, ctx.config, f.mobile, kPurpose) > 0
                       ? "验证码不正确，请重新输入。"
                       : "验证码已失效（过期、已使用或错误次数过多），请重新获取。";
    audit(ctx, "mobile_change_failed", "account", std::to_string(a.id), "code");
  }
  if (f.has_errors()) {
    render(ctx, f);
    return;
  }
  std::string old_mobile = a.mobile, when = now_cn_minute();
  SmsParams notice = {{"login", a.login_name}, {"time", when}, {"mobile", mask_mobile(f.mobile)}};
  ctx.db.transaction([&] {
    SealedMobile m = pii_seal_mobile(ctx.config, f.mobile);
    ctx.db.exec("UPDATE accounts SET mobile = ?, mobile_enc = ?, mobile_hmac = ? WHERE id = ?",
                {m.masked, m.enc, m.hmac, a.id});
    if (a.kind == "school")
      ctx.db.exec("UPDATE schools SET contact_mobile = ?, contact_mobile_enc = ?, contact_mobile_hmac = ? WHERE id = ?",
                  {m.masked, m.enc, m.hmac, a.school_id});
    audit(ctx, "mobile_changed", "account", std::to_string(a.id),
          mask_mobile(old_mobile) + " -> " + mask_mobile(f.mobile));
    if (!old_mobile.empty())
      sms_queue(ctx.db, ctx.config, old_mobile, "mobile_changed", notice, "notice:mobile_changed", a.id);
    sms_queue(ctx.db, ctx.config, f.mobile, "mobile_changed", notice, "notice:mobile_changed", a.id);
  });
  ctx.res.redirect(account_url(ctx) + "?done=mobile", true);
}
