// signin.h - password sign-in shared by the portal (学校 / 教育部门 / 承保机构 tabs) and the
// admin's own login page. Unknown accounts and wrong passwords get the same message and
// similar timing; five failures lock the account for 15 minutes; every attempt is audited.
#pragma once
#include <string>
#include <string_view>

struct Ctx;

struct LoginOutcome {
  bool ok = false;
  std::string message;   // Chinese, for the form, when !ok
  std::string redirect;  // the account's start page, when ok
};

// kind: school | department | insurer | admin. A school signs in with its full name or its
// contact mobile. On success the session is rotated and the account's start page returned.
LoginOutcome login_attempt(Ctx& ctx, std::string_view kind, std::string_view login, std::string_view password);
