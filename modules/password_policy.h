// password_policy.h - the password rules of SECURITY.md "Accounts": 8-64 characters, at least
// three of lower / upper / digit / symbol, not on the bundled list of common passwords
// (modules/common_passwords.txt), not containing the login name or the mobile.
#pragma once
#include <string>
#include <string_view>

// "" when the password is acceptable, else the Chinese reason to show under the field.
std::string password_problem(std::string_view password, std::string_view login_name, std::string_view mobile);
// A random one-time password that satisfies the policy (initial and reset passwords).
std::string password_generate();
// The rule as one sentence for form hints.
const char* password_rule_text();
