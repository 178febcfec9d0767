// portal/verify.cpp - the SMS second factor (see portal/verify.h).
#include "portal/verify.h"

#include "audit.h"
#include "context.h"
#include "form.h"
#include "mask.h"
#include "page.h"
#include "sms.h"

namespace {

constexpr const char* kPurpose = "login_mfa";

// Sends an account that needs no (more) second factor on; true when it did.
bool moved_on(Ctx& ctx) {
  const Account& a = ctx.account();
  if (a.needs_second_factor(ctx.config) && !a.mfa_passed) return false;
  std::string gate = account_gate(a, ctx.config);
  ctx.res.redirect(gate.empty() ? home_for(a) : gate, ctx.req.method == "POST");
  return true;
}

void render(Ctx& ctx, std::string_view error, std::string_view notice) {
  const Account& a = ctx.account();
  Page page(ctx, "登录验证", "portal/verify.tpl");
  auto& d = page.body();
  if (!notice.empty()) page.notice(notice);
  set_value(d, "ACCOUNT_NAME", a.display_name);
  set_value(d, "MOBILE_MASKED", a.mobile.empty() ? std::string("（未登记手机号）") : mask_mobile(a.mobile));
  set_value(d, "ACTION", "/school/verify");
  set_value(d, "RESEND_ACTION", "/school/verify/resend");
  set_value(d, "LOGOUT_URL", "/school/logout");
  if (error.empty() && sms_code_tries_left(ctx.db, ctx.config, a.mobile, kPurpose) == 0) d.ShowSection("NO_CODE");
  if (!error.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", error);
  page.render();
}

}  // namespace

void portal_verify_page(Ctx& ctx) {
  if (moved_on(ctx)) return;
  const std::string* sent = ctx.req.param("sent");
  render(ctx, "", sent && *sent == "1" ? "新的验证码已发送至 " + mask_mobile(ctx.account().mobile) + "，5 分钟内有效。"
                                       : std::string());
}

void portal_verify(Ctx& ctx) {
  if (moved_on(ctx)) return;
  const Account& a = ctx.account();
  std::string id = std::to_string(a.id);
  std::string code = param_text(ctx.req, "code", 20, false);
  if (code.empty()) {
    render(ctx, "请输入短信验证码。", "");
    return;
  }
  if (!sms_code_check(ctx.db, ctx.config, a.mobile, kPurpose, code)) {
    int left = sms_code_tries_left(ctx.db, ctx.config, a.mobile, kPurpose);
    audit(ctx, "mfa_failed", "account", id, "tries_left=" + std::to_string(left));
    render(ctx,
           left > 0 ? "验证码不正确，还可再试 " + std::to_string(left) + " 次。"
                    : std::string("验证码已失效（错误次数过多、已过期或已使用），请点击“重新发送”获取新的验证码。"),
           "");
    return;
  }
  // A new session id for the now fully signed-in account (the old one is deleted).
  session_promote(ctx.db, ctx.req, ctx.session);
  audit(ctx, "mfa_passed", "account", id);
  std::string gate = account_gate(*ctx.session.account, ctx.config);
  ctx.res.redirect(gate.empty() ? home_for(*ctx.session.account) : gate, true);
}

void portal_verify_resend(Ctx& ctx) {
  if (moved_on(ctx)) return;
  const Account& a = ctx.account();
  std::string id = std::to_string(a.id);
  if (!check_mobile(a.mobile)) {
    audit(ctx, "mfa_code_refused", "account", id, "no mobile");
    render(ctx, "该账号未登记有效的手机号，无法发送验证码，请联系管理中心。", "");
    return;
  }
  CodeSendResult r = sms_code_send(ctx.db, ctx.config, a.mobile, kPurpose, a.id, ctx.req.remote_addr);
  if (!r.ok) {
    audit(ctx, "mfa_code_refused", "account", id, r.message);
    render(ctx, r.message, "");
    return;
  }
  audit(ctx, "mfa_code_sent", "account", id);
  ctx.res.redirect("/school/verify?sent=1", true);
}
