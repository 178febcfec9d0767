// portal/login.cpp - login page, sign-in, sign-out (see portal/login.h).
#include "portal/login.h"

#include "audit.h"
#include "context.h"
#include "form.h"
#include "signin.h"
#include "nav.h"
#include "page.h"

namespace {

void render_login(Ctx& ctx, std::string_view kind, std::string_view login, std::string_view message, bool captcha) {
  Page page(ctx, "账户登录", "portal/login.tpl");
  auto& d = page.body();
  set_value(d, "ACTION", "/school/login");
  set_value(d, "LOGIN", login);
  if (captcha) set_value(*d.AddSectionDictionary("CAPTCHA"), "CAPTCHA_URL", "/school/captcha?for=login");
  d.ShowSection(kind == "department" ? "KIND_DEPARTMENT" : kind == "insurer" ? "KIND_INSURER" : "KIND_SCHOOL");
  if (!message.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", message);
  link_fill(*d.AddSectionDictionary("LINK"), "学校注册", "/school/register", "");
  link_fill(*d.AddSectionDictionary("LINK"), "忘记密码?", "/school/forgot-password", "");
  link_fill(*d.AddSectionDictionary("LINK"), "忘记登录账号?", "/school/forgot-account", "");
  // After 忘记密码 (portal/forgot_password.cpp redirects here with done=password_reset).
  const std::string* done = ctx.req.param("done");
  if (done && *done == "password_reset") page.notice("密码已重设，请使用新密码登录。");
  page.render();
}

}  // namespace

void portal_login_page(Ctx& ctx) {
  if (ctx.session.account) {
    ctx.res.redirect(home_for(*ctx.session.account), false);
    return;
  }
  render_login(ctx, "school", "", "", login_page_captcha(ctx));
}

void portal_login(Ctx& ctx) {
  std::string kind = param_enum(ctx.req, "kind", {"school", "department", "insurer"});
  std::string login = param_text(ctx.req, "login", 100, false);
  const std::string* password = ctx.req.param("password");
  std::string captcha = param_text(ctx.req, "captcha", 20, false);
  LoginOutcome r = login_attempt(ctx, kind, login, password ? std::string_view(*password).substr(0, 256) : "", captcha);
  if (r.ok) {
    ctx.res.redirect(r.redirect, true);
    return;
  }
  ctx.res.status = 200;
  render_login(ctx, kind, login, r.message, r.captcha);
}

void portal_logout(Ctx& ctx) {
  bool admin = ctx.session.account && ctx.session.account->kind == "admin";
  if (ctx.session.account) audit(ctx, "logout", "account", std::to_string(ctx.session.account->id));
  session_end(ctx.db, ctx.session);
  ctx.res.redirect(admin ? "/school/admin/login" : "/school/", true);
}
