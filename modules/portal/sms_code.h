// portal/sms_code.h - 发送验证码 of the public forms: a code to the typed mobile for
// registration (purpose register) or password recovery (purpose reset_password, which also
// needs the 图形验证码 of the 找回密码 page so the endpoint cannot be used to pump SMS).
// For reset_password a code goes only to the mobile of an active school account, but the
// answer is the same whether or not there is one (no account enumeration), and the same
// send limits are counted either way; a refused send never reaches the SMS queue.
#pragma once
#include <string>
#include <string_view>

struct Ctx;

struct PublicCodeResult {
  bool ok = false;
  std::string message;  // Chinese, for the visitor, in both cases
  std::string field;    // where an error belongs: "mobile" or "captcha"
};

// The whole decision, shared by the JSON endpoint and the forms' no-JavaScript fallback.
// purpose: register | reset_password. captcha: the answer typed for the forgot_password
// captcha (ignored for register).
PublicCodeResult public_code_send(Ctx& ctx, std::string_view purpose, std::string_view mobile,
                                  std::string_view captcha);

// POST /school/sms/send-code (csrf, purpose, mobile[, captcha]) →
// {"ok":true,"message":"..."} or {"ok":false,"message":"...","field":"mobile|captcha"}.
// An unknown purpose is a 400 page.
void portal_sms_send_code(Ctx& ctx);
