// account/change_password.h - changing one's own password, shared by the forced change at
// /school/password (initial or reset password, expired password; portal/password_change.h)
// and 修改密码 under each area's 账户信息. Rules (SECURITY.md "Accounts"): the current
// password, the policy (password_problem: 8-64 characters, three classes, not common, not
// containing the login name or mobile), a matching confirmation, and a new password that is
// not the current one. Only the signed-in account itself is ever changed.
#pragma once
#include <string>
#include <string_view>

namespace ctemplate { class TemplateDictionary; }
struct Ctx;

// Per-field messages of a password form ("" = fine).
struct PasswordErrors {
  std::string current, fresh, confirm;
  bool any() const { return !current.empty() || !fresh.empty() || !confirm.empty(); }
};

// "" when typed is the signed-in account's current password, else the Chinese message. A wrong
// entry is audited ("password_check_failed"); after 5 wrong entries in 15 minutes the check is
// refused without hashing until the window passes (so a left-open session cannot guess).
std::string current_password_problem(Ctx& ctx, std::string_view typed);

// Reads current_password / new_password / confirm_password from the POST and, when all pass,
// stores the new password in one transaction: Argon2id hash, must_change_password = 0,
// password_changed_at = now; every other session of the account ends (this one stays);
// the "password_changed" SMS notice goes to the account's mobile; audit "password_changed"
// with detail why ("forced" or "self"). Returns the messages (none = changed).
PasswordErrors password_change_submit(Ctx& ctx, std::string_view why);

// Adds the include PASSWORD_FIELDS (templates/account/password_fields.tpl: 当前密码, 新密码,
// 确认新密码 with the rule and the messages). Typed passwords are never echoed back.
void password_fields_fill(ctemplate::TemplateDictionary& dict, const PasswordErrors& errors);

// GET <area>/account/password : the 修改密码 form.
void account_password_page(Ctx& ctx);
// POST <area>/account/password → 303 <area>/account?done=password, or the form with messages.
void account_password(Ctx& ctx);
