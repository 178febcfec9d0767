// portal/sms_code.cpp - the public 发送验证码 (see portal/sms_code.h).
#include "portal/sms_code.h"

#include "captcha.h"
#include "context.h"
#include "form.h"
#include "mask.h"
#include "sms.h"
#include "pii.h"

namespace {

// Our own messages only (no user input), but escaped all the same.
std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out + "\"";
}

}  // namespace

PublicCodeResult public_code_send(Ctx& ctx, std::string_view purpose, std::string_view mobile,
                                  std::string_view captcha) {
  PublicCodeResult r;
  if (!check_mobile(mobile)) {
    r.message = "请填写正确的11位手机号码。";
    r.field = "mobile";
    return r;
  }
  if (purpose == "register") {
    CodeSendResult sent = sms_code_send(ctx.db, ctx.config, mobile, "register", 0, ctx.req.remote_addr);
    r.ok = sent.ok;
    r.message = sent.ok ? "验证码已发送至 " + mask_mobile(mobile) + "，5 分钟内有效。" : sent.message;
    if (!sent.ok) r.field = "mobile";
    return r;
  }
  // reset_password
  if (!captcha_check(ctx, "forgot_password", captcha)) {
    r.message = "图形验证码错误或已过期，请看清新的图片后重新输入。";
    r.field = "captcha";
    return r;
  }
  Rows accounts = ctx.db.query(
      "SELECT a.id FROM accounts a JOIN schools s ON s.id = a.school_id"
      " WHERE a.kind = 'school' AND a.mobile_hmac = ? AND a.status = 'active' AND s.status = 'active' LIMIT 2",
      {pii_mobile_hmac(ctx.config, mobile)});
  CodeSendResult sent =
      accounts.empty()
          ? sms_code_take_limits(ctx.db, ctx.config, mobile, ctx.req.remote_addr)  // same limits, nothing sent
          : sms_code_send(ctx.db, ctx.config, mobile, "reset_password",
                          accounts.size() == 1 ? accounts.front().i64("id") : 0, ctx.req.remote_addr);
  r.ok = sent.ok;
  r.message = sent.ok ? "如该手机号为已注册学校的联系人手机，验证码已发送，5 分钟内有效。" : sent.message;
  if (!sent.ok) r.field = "mobile";
  return r;
}

void portal_sms_send_code(Ctx& ctx) {
  std::string purpose = param_enum(ctx.req, "purpose", {"register", "reset_password"});
  std::string mobile = param_text(ctx.req, "mobile", 20, false);
  std::string captcha = param_text(ctx.req, "captcha", 10, false);
  PublicCodeResult r = public_code_send(ctx, purpose, mobile, captcha);
  std::string body = std::string("{\"ok\":") + (r.ok ? "true" : "false") + ",\"message\":" + json_string(r.message);
  if (!r.field.empty()) body += ",\"field\":" + json_string(r.field);
  ctx.res.body = body + "}";
  ctx.res.set_header("Content-Type", "application/json; charset=utf-8");
}
