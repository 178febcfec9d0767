// admin/account_issue.h - how the admin opens an account for someone else (an approved
// school, a department, an insurer's provincial branch): a one-time password from
// password_generate(), stored only as its Argon2id hash with must_change_password = 1, and
// sent to the account's mobile by SMS ("initial_password"). Never an SMS with a long-term
// password: the holder must replace it at first login.
#pragma once
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

class Db;
struct Config;

struct NewAccount {
  std::string kind;          // school | department | insurer
  std::string login_name;
  std::string display_name;
  std::string mobile;        // where the initial password goes
  std::string contact_name;  // department and insurer accounts ("" = NULL)
  int64_t school_id = 0;     // kind school
  std::string region_code;   // department: its region; insurer: 410000 for a provincial branch
  int64_t company_id = 0;    // kind insurer
  std::string insurer_level; // kind insurer: province
};

// The rule for login names chosen by whoever opens the account (insurer, department):
// 3–32 lowercase letters, digits or '_'. nullptr when name follows it, else the Chinese message.
const char* login_name_error(std::string_view name);

// A fresh one-time password and its hash; made before the transaction (hashing is slow).
struct OneTimePassword {
  std::string plain;
  std::string hash;
};
OneTimePassword one_time_password();

// Inserts the account and queues the initial-password SMS; call inside the caller's
// transaction. Returns the new account id. A duplicate login name throws DbError 1062.
int64_t account_issue(Db& db, const Config& config, const NewAccount& account, const OneTimePassword& password);

// Resets the password of an existing account to password (one-time: must be changed at the next
// sign-in; failures and lock cleared), ends every session of the account and queues the
// password_reset SMS to mobile; call inside the caller's transaction.
void account_reset_password(Db& db, const Config& config, int64_t account_id, const std::string& login_name,
                            const std::string& mobile, const OneTimePassword& password);

// True for MariaDB's duplicate-key error (a login name or name taken meanwhile).
bool is_duplicate_key(const std::exception& e);
