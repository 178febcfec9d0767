// admin/account_issue.cpp - opening accounts with a one-time password (see admin/account_issue.h).
#include "admin/account_issue.h"

#include "db.h"
#include "password.h"
#include "password_policy.h"
#include "pii.h"
#include "session.h"
#include "sms.h"

OneTimePassword one_time_password() {
  OneTimePassword p;
  p.plain = password_generate();
  p.hash = password_hash(p.plain);
  return p;
}

static Param opt_text(const std::string& s) { return s.empty() ? Param(Null{}) : Param(s); }
static Param opt_id(int64_t id) { return id ? Param(id) : Param(Null{}); }

int64_t account_issue(Db& db, const Config& config, const NewAccount& a, const OneTimePassword& password) {
  SealedMobile m = pii_seal_mobile(config, a.mobile);
  db.exec("INSERT INTO accounts (kind, login_name, mobile, mobile_enc, mobile_hmac, password_hash, display_name,"
          " contact_name, school_id, region_code, company_id, insurer_level, status, must_change_password,"
          " password_changed_at, created_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 1, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
          {a.kind, a.login_name, opt_text(m.masked), opt_text(m.enc), opt_text(m.hmac), password.hash, a.display_name,
           opt_text(a.contact_name),
           opt_id(a.school_id), opt_text(a.region_code), opt_id(a.company_id), opt_text(a.insurer_level)});
  auto id = static_cast<int64_t>(db.last_insert_id());
  sms_queue(db, config, a.mobile, "initial_password", {{"login", a.login_name}, {"password", password.plain}},
            "notice:initial_password", id);
  return id;
}

void account_reset_password(Db& db, const Config& config, int64_t account_id, const std::string& login_name,
                            const std::string& mobile, const OneTimePassword& password) {
  db.exec("UPDATE accounts SET password_hash = ?, must_change_password = 1, failed_logins = 0,"
          " locked_until = NULL, password_changed_at = UTC_TIMESTAMP() WHERE id = ?",
          {password.hash, account_id});
  session_end_others(db, account_id, nullptr);
  sms_queue(db, config, mobile, "password_reset", {{"login", login_name}, {"password", password.plain}},
            "notice:password_reset", account_id);
}

bool is_duplicate_key(const std::exception& e) {
  const auto* err = dynamic_cast<const DbError*>(&e);
  return err && err->code() == 1062;
}

const char* login_name_error(std::string_view name) {
  bool ok = name.size() >= 3 && name.size() <= 32;
  for (char ch : name)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) ok = false;
  return ok ? nullptr : "登录账号为 3–32 位小写字母、数字或下划线。";
}
