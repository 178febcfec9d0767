// admin/login.cpp - admin sign-in (see admin/login.h). The second factor comes with issue #3.
#include "admin/login.h"

#include "context.h"
#include "form.h"
#include "signin.h"
#include "page.h"

static void render(Ctx& ctx, std::string_view login, std::string_view message) {
  Page page(ctx, "管理中心登录", "admin/login.tpl");
  set_value(page.body(), "ACTION", "/school/admin/login");
  set_value(page.body(), "LOGIN", login);
  if (!message.empty()) set_value(*page.body().AddSectionDictionary("ERROR"), "MESSAGE", message);
  page.render();
}

void admin_login_page(Ctx& ctx) {
  if (ctx.session.account && ctx.session.account->kind == "admin") {
    ctx.res.redirect("/school/admin/", false);
    return;
  }
  render(ctx, "", "");
}

void admin_login(Ctx& ctx) {
  std::string login = param_text(ctx.req, "login", 100, false);
  const std::string* password = ctx.req.param("password");
  LoginOutcome r = login_attempt(ctx, "admin", login, password ? std::string_view(*password).substr(0, 256) : "");
  if (r.ok) {
    ctx.res.redirect(r.redirect, true);
    return;
  }
  render(ctx, login, r.message);
}
