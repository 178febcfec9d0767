// signin.h - password sign-in shared by the portal (学校 / 教育部门 / 承保机构 tabs) and the
// admin's own login page. Unknown accounts and wrong passwords get the same message and
// similar timing; five failures lock the account for 15 minutes; every attempt is audited.
// Hardening (SECURITY.md "Accounts"): at most 30 attempts per address in 15 minutes (then
// HttpError 429 操作过于频繁); after 3 failed logins from the address or for the login name
// within 15 minutes the form shows the image captcha (purpose "login") and requires it.
#pragma once
#include <string>
#include <string_view>

struct Ctx;

struct LoginOutcome {
  bool ok = false;
  std::string message;   // Chinese, for the form, when !ok
  std::string redirect;  // when ok: /school/verify (second factor) or the account's start page
  bool captcha = false;  // when !ok: the form must show (and the next POST answer) the captcha
};

// True when a login from this request's address (and, given a login name, for that name)
// must answer the captcha: 3 or more failed logins in the last 15 minutes.
bool login_captcha_required(Ctx& ctx, std::string_view kind = {}, std::string_view login = {});

// What the login page shows on a GET: login_captcha_required for the address as of at most a
// second ago (each worker keeps the addresses over the limit and reloads them once a second).
// A sign-in POST always asks the database (login_attempt), so the captcha is required on time.
bool login_page_captcha(Ctx& ctx);

// kind: school | department | insurer | admin. A school signs in with its full name or its
// contact mobile. captcha: the typed captcha answer ("" when the form had none). On success
// the session is rotated; accounts that need the second factor get an SMS code (purpose
// login_mfa) and are sent to /school/verify. Throws HttpError(429) past the address limit
// and HttpError(503) when every password-hashing slot is busy.
LoginOutcome login_attempt(Ctx& ctx, std::string_view kind, std::string_view login, std::string_view password,
                           std::string_view captcha = {});
