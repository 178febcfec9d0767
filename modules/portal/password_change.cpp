// portal/password_change.cpp - the forced password change (see portal/password_change.h).
#include "portal/password_change.h"

#include "account/change_password.h"
#include "config.h"
#include "context.h"
#include "page.h"

namespace {

// Sends an account that owes the second factor (or owes no change) elsewhere; true when it did.
bool moved_on(Ctx& ctx) {
  const Account& a = ctx.account();
  std::string gate = account_gate(a, ctx.config);
  if (gate == "/school/password") return false;
  ctx.res.redirect(gate.empty() ? home_for(a) + "account/password" : gate, ctx.req.method == "POST");
  return true;
}

void render(Ctx& ctx, const PasswordErrors& errors) {
  const Account& a = ctx.account();
  Page page(ctx, "修改密码", "portal/password_change.tpl");
  auto& d = page.body();
  set_value(d, "ACCOUNT_NAME", a.display_name);
  if (a.must_change_password) d.ShowSection("REASON_ONE_TIME");
  else set_value(*d.AddSectionDictionary("REASON_EXPIRED"), "MAX_AGE_DAYS", std::to_string(ctx.config.password_max_age_days));
  set_value(d, "ACTION", "/school/password");
  set_value(d, "LOGOUT_URL", "/school/logout");
  password_fields_fill(d, errors);
  page.render();
}

}  // namespace

void portal_password_change_page(Ctx& ctx) {
  if (moved_on(ctx)) return;
  render(ctx, {});
}

void portal_password_change(Ctx& ctx) {
  if (moved_on(ctx)) return;
  PasswordErrors e = password_change_submit(ctx, "forced");
  if (e.any()) {
    render(ctx, e);
    return;
  }
  ctx.res.redirect(home_for(ctx.account()), true);
}
