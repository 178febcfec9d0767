// portal/forgot_password.h - 忘记密码 (the manual's 找回密码, schools only): the registered
// contact mobile, the 图形验证码 that guards 发送验证码, the SMS code (purpose
// reset_password: 6 digits, 5 minutes, single use, 5 tries) and a new password under the
// policy of SECURITY.md (password_rule_text(), not the manual's "6-16 letters and digits").
// Success: new Argon2id hash, must_change_password = 0, password_changed_at = now,
// failed_logins = 0, no lock; every session of the account ends; notice SMS
// "password_changed"; audit "password_reset_self"; then 303 to the login page with a notice.
// A mobile shared by several school accounts is refused (they must ask their department).
// Without JavaScript the 发送验证码 button submits the form (send_code) and the page returns
// with the outcome; with it, sms-code.js calls /school/sms/send-code.
#pragma once
struct Ctx;

// GET /school/forgot-password
void portal_forgot_password_page(Ctx& ctx);
// POST /school/forgot-password (csrf, mobile, captcha, sms_code, new_password,
// confirm_password[, send_code])
void portal_forgot_password(Ctx& ctx);
