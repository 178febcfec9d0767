// portal/captcha_image.cpp - GET /school/captcha (see portal/captcha_image.h). The file is not
// called captcha.cpp so that "captcha.h" always names the core module.
#include "portal/captcha_image.h"

#include "captcha.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "throttle.h"

void portal_captcha(Ctx& ctx) {
  std::string purpose = param_enum(ctx.req, "for", {"register", "forgot_account", "forgot_password", "login"});
  if (!throttle_take(ctx.db, "captcha:ip:" + ctx.req.remote_addr, 60, 300))
    throw HttpError(429, "获取验证码过于频繁，请稍后再试。");
  ctx.res.body = captcha_issue(ctx, purpose);
  ctx.res.set_header("Content-Type", "image/png");
  ctx.res.set_header("Cache-Control", "no-store, max-age=0");
}
