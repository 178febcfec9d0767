// signin.cpp - password sign-in (see signin.h).
#include "signin.h"

#include "audit.h"
#include "context.h"
#include "password.h"
#include "route.h"
#include "sms.h"

namespace {

constexpr int kMaxFailures = 5;
constexpr int kLockMinutes = 15;
const char* const kGenericFailure = "账号或密码错误，请重新输入。";

std::optional<Row> find_account(Db& db, std::string_view kind, std::string_view login) {
  // A school may sign in with its contact mobile; the exact login name wins if both match.
  Rows rows = db.query(
      "SELECT a.id, a.kind, a.login_name, a.mobile, a.password_hash, a.status, a.failed_logins,"
      " a.locked_until > UTC_TIMESTAMP() AS locked, sc.status AS school_status"
      " FROM accounts a LEFT JOIN schools sc ON sc.id = a.school_id"
      " WHERE a.kind = ? AND (a.login_name = ? OR (a.kind = 'school' AND a.mobile = ?))"
      " ORDER BY a.login_name = ? DESC LIMIT 2",
      {std::string(kind), std::string(login), std::string(login), std::string(login)});
  if (rows.empty()) return std::nullopt;
  // Two schools share this mobile and neither is named so: ambiguous, so no match.
  if (rows.front().str("login_name") != login && rows.size() > 1) return std::nullopt;
  return rows.front();
}

void record_failure(Ctx& ctx, const Row& account, std::string_view login) {
  int64_t account_id = account.i64("id");
  bool lock = account.i64("failed_logins") + 1 >= kMaxFailures;
  ctx.db.exec(
      "UPDATE accounts SET failed_logins = IF(? , 0, failed_logins + 1),"
      " locked_until = IF(?, UTC_TIMESTAMP() + INTERVAL ? MINUTE, locked_until) WHERE id = ?",
      {int64_t{lock}, int64_t{lock}, int64_t{kLockMinutes}, account_id});
  audit_write(ctx.db, {account_id, "", 0, lock ? "account_locked" : "login_failed", "account",
                       std::to_string(account_id), ctx.req.remote_addr, std::string("login=") + std::string(login)});
  if (lock && !account.str("mobile").empty())
    sms_queue(ctx.db, ctx.config, account.str("mobile"), "account_locked", {{"login", account.str("login_name")}},
              "notice:locked", account_id);
}

}  // namespace

LoginOutcome login_attempt(Ctx& ctx, std::string_view kind, std::string_view login, std::string_view password) {
  LoginOutcome out;
  if (login.empty() || password.empty()) {
    out.message = "请输入账号和密码。";
    return out;
  }
  auto row = find_account(ctx.db, kind, login);
  if (!row) {
    password_verify_dummy(password);
    audit_write(ctx.db, {0, "", 0, "login_failed", "account", "", ctx.req.remote_addr,
                         "kind=" + std::string(kind) + " login=" + std::string(login.substr(0, 100))});
    out.message = kGenericFailure;
    return out;
  }
  int64_t id = row->i64("id");
  if (row->i64("locked")) {
    password_verify_dummy(password);
    audit_write(ctx.db, {id, "", 0, "login_locked", "account", std::to_string(id), ctx.req.remote_addr, ""});
    out.message = "登录失败次数过多，账号已暂时锁定，请 15 分钟后再试。";
    return out;
  }
  if (!password_verify(row->str("password_hash"), password)) {
    record_failure(ctx, *row, login);
    out.message = kGenericFailure;
    return out;
  }
  if (row->str("status") != "active" || (kind == "school" && row->str("school_status") != "active")) {
    audit_write(ctx.db, {id, "", 0, "login_refused", "account", std::to_string(id), ctx.req.remote_addr, "inactive"});
    out.message = "该账号已停用或尚未通过审核，请联系主管部门。";
    return out;
  }
  Account a;
  a.kind = row->str("kind");
  bool second_factor = a.needs_second_factor(ctx.config);
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE accounts SET failed_logins = 0, locked_until = NULL, last_login_at = UTC_TIMESTAMP()"
                " WHERE id = ?", {id});
    if (password_needs_rehash(row->str("password_hash")))
      ctx.db.exec("UPDATE accounts SET password_hash = ? WHERE id = ?", {password_hash(password), id});
    session_start(ctx.db, ctx.req, ctx.session, id, !second_factor);
    audit_write(ctx.db, {id, std::string_view(row->str("kind")), 0, "login", "account", std::to_string(id),
                         ctx.req.remote_addr, ""});
  });
  out.ok = true;
  if (second_factor) {
    // The code goes to the account's mobile; the verify page can send another one.
    sms_code_send(ctx.db, ctx.config, row->str("mobile"), "login_mfa", id, ctx.req.remote_addr);
    out.redirect = "/school/verify";
  } else {
    out.redirect = home_for(a);
  }
  return out;
}
