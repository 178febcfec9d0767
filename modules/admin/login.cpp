// admin/login.cpp - admin sign-in (see admin/login.h). After the password the admin is sent to
// /school/verify for the SMS second factor (signin.cpp); the captcha appears after failures.
#include "admin/login.h"

#include "context.h"
#include "form.h"
#include "signin.h"
#include "page.h"

static void render(Ctx& ctx, std::string_view login, std::string_view message, bool captcha) {
  Page page(ctx, "管理中心登录", "admin/login.tpl");
  set_value(page.body(), "ACTION", "/school/admin/login");
  set_value(page.body(), "LOGIN", login);
  if (captcha) set_value(*page.body().AddSectionDictionary("CAPTCHA"), "CAPTCHA_URL", "/school/captcha?for=login");
  if (!message.empty()) set_value(*page.body().AddSectionDictionary("ERROR"), "MESSAGE", message);
  page.render();
}

void admin_login_page(Ctx& ctx) {
  if (ctx.session.account && ctx.session.account->kind == "admin") {
    ctx.res.redirect("/school/admin/", false);
    return;
  }
  render(ctx, "", "", login_page_captcha(ctx));
}

void admin_login(Ctx& ctx) {
  std::string login = param_text(ctx.req, "login", 100, false);
  const std::string* password = ctx.req.param("password");
  std::string captcha = param_text(ctx.req, "captcha", 20, false);
  LoginOutcome r = login_attempt(ctx, "admin", login, password ? std::string_view(*password).substr(0, 256) : "", captcha);
  if (r.ok) {
    ctx.res.redirect(r.redirect, true);
    return;
  }
  render(ctx, login, r.message, r.captcha);
}
