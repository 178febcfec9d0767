// captcha.h - the image captcha (图形验证码) of the public forms: 4 digits drawn by libgd with
// noise lines and dots, one live answer per visitor and purpose.
//
// Storage (table captchas, sql/0004-accounts.sql): one row per (sid_hash, purpose), where
//   sid_hash  = SHA-256 of the raw 32 bytes of the visitor's session cookie (the cookie holds
//               them as 64 hex characters; anonymous visitors have one too), as session.cpp;
//   code_hmac = HMAC-SHA256(secret, "captcha|" + purpose + "|" + answer), the key being the
//               raw bytes of [site] secret_file and answer the 4 ASCII digits, e.g.
//               "captcha|register|0427";
//   expires_at = 5 minutes after the image was drawn (UTC).
// Drawing a new image replaces the row; every check deletes it (right or wrong: single use).
// Tests that cannot read the image write the row themselves with that formula
// (t/test-lib.sh set_captcha).
#pragma once
#include <string>
#include <string_view>

struct Ctx;

// The purposes a captcha may be drawn for: register, forgot_account, forgot_password, login.
bool captcha_purpose_known(std::string_view purpose);
// Draws a fresh captcha for the visitor of ctx and purpose, stores its answer and returns
// the PNG bytes. Throws std::invalid_argument for an unknown purpose.
std::string captcha_issue(Ctx& ctx, std::string_view purpose);
// True when answer (ASCII or full-width digits, surrounding spaces ignored) is the live
// answer of this visitor and purpose. The stored answer is deleted whatever the outcome.
bool captcha_check(Ctx& ctx, std::string_view purpose, std::string_view answer);
// The 4-digit PNG for a given answer (exposed for unit tests; random noise each call).
std::string captcha_png(std::string_view digits);
