// signin.cpp - password sign-in (see signin.h).
#include "signin.h"

#include <chrono>
#include <unordered_set>

#include "audit.h"
#include "captcha.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "password.h"
#include "pii.h"
#include "route.h"
#include "sms.h"
#include "throttle.h"

namespace {

constexpr int kMaxFailures = 5;
constexpr int kLockMinutes = 15;
constexpr int kWindowSeconds = 15 * 60;     // the window of the address limit and the captcha rule
constexpr int kAddressAttempts = 30;        // login POSTs per address and window
constexpr int kCaptchaAfterFailures = 3;    // failed logins (address or login name) before the captcha
constexpr int kUnlimited = 1 << 30;
const char* const kGenericFailure = "账号或密码错误，请重新输入。";

std::string attempts_key(Ctx& ctx) { return "login:ip:" + ctx.req.remote_addr; }
std::string address_failures_key(Ctx& ctx) { return "login:fail:ip:" + ctx.req.remote_addr; }
// A login typed as a mobile is keyed by its HMAC, so no plain mobile is stored.
std::string name_failures_key(Ctx& ctx, std::string_view kind, std::string_view login) {
  std::string who = check_mobile(login) ? "mobile:" + pii_mobile_hmac_hex(ctx.config, login) : std::string(login);
  return "login:fail:name:" + std::string(kind) + ":" + who;
}
// The typed login for an audit row: a mobile only masked.
std::string login_for_audit(std::string_view login) {
  return check_mobile(login) ? mask_mobile(login) : std::string(login.substr(0, 100));
}

// Counts one failed login for the captcha rule, whatever the reason (unknown account, wrong
// password, locked account), so the rule itself reveals nothing about the account.
void note_failure(Ctx& ctx, std::string_view kind, std::string_view login) {
  throttle_take(ctx.db, address_failures_key(ctx), kUnlimited, kWindowSeconds);
  throttle_take(ctx.db, name_failures_key(ctx, kind, login), kUnlimited, kWindowSeconds);
}

std::optional<Row> find_account(Ctx& ctx, std::string_view kind, std::string_view login) {
  // A school may sign in with its contact mobile (found by its HMAC); the exact login name
  // wins if both match.
  std::string login_hmac = check_mobile(login) ? pii_mobile_hmac(ctx.config, login) : std::string();
  Rows rows = ctx.db.query(
      "SELECT a.id, a.kind, a.login_name, a.mobile_enc, a.password_hash, a.status, a.failed_logins,"
      " a.locked_until > UTC_TIMESTAMP() AS locked, sc.status AS school_status"
      " FROM accounts a LEFT JOIN schools sc ON sc.id = a.school_id"
      " WHERE a.kind = ? AND (a.login_name = ? OR (a.kind = 'school' AND a.mobile_hmac = ?))"
      " ORDER BY a.login_name = ? DESC LIMIT 2",
      {std::string(kind), std::string(login), login_hmac, std::string(login)});
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
                       std::to_string(account_id), ctx.req.remote_addr, "login=" + login_for_audit(login)});
  if (lock && !account.str("mobile_enc").empty())
    sms_queue(ctx.db, ctx.config, pii_open_mobile(ctx.config, account.str("mobile_enc")), "account_locked",
              {{"login", account.str("login_name")}},
              "notice:locked", account_id);
}

}  // namespace

bool login_page_captcha(Ctx& ctx) {
  // The addresses over the limit, loaded at most once a second per worker (and again for
  // another connection): a login page view costs no statement.
  using Clock = std::chrono::steady_clock;
  static std::unordered_set<std::string> flagged;
  static Clock::time_point loaded;
  static const Db* loaded_from = nullptr;
  const Clock::time_point now = Clock::now();
  if (loaded_from != &ctx.db || now - loaded >= std::chrono::seconds(1)) {
    std::vector<std::string> keys =
        throttle_keys_at_least(ctx.db, "login:fail:ip:", kCaptchaAfterFailures, kWindowSeconds);
    flagged = std::unordered_set<std::string>(keys.begin(), keys.end());
    loaded = now;
    loaded_from = &ctx.db;
  }
  return flagged.contains(address_failures_key(ctx));
}

bool login_captcha_required(Ctx& ctx, std::string_view kind, std::string_view login) {
  if (throttle_count(ctx.db, address_failures_key(ctx), kWindowSeconds) >= kCaptchaAfterFailures) return true;
  return !login.empty() &&
         throttle_count(ctx.db, name_failures_key(ctx, kind, login), kWindowSeconds) >= kCaptchaAfterFailures;
}

LoginOutcome login_attempt(Ctx& ctx, std::string_view kind, std::string_view login, std::string_view password,
                           std::string_view captcha) {
  LoginOutcome out;
  std::string what = "kind=" + std::string(kind) + " login=" + login_for_audit(login);
  if (!throttle_take(ctx.db, attempts_key(ctx), kAddressAttempts, kWindowSeconds)) {
    audit_write(ctx.db, {0, "", 0, "login_throttled", "account", "", ctx.req.remote_addr, what});
    throw HttpError(429, "登录尝试过于频繁，请 15 分钟后再试。");
  }
  out.captcha = login_captcha_required(ctx, kind, login);
  if (login.empty() || password.empty()) {
    out.message = "请输入账号和密码。";
    return out;
  }
  if (out.captcha) {
    if (captcha.empty()) {
      out.message = "请输入图片中的验证码。";
      return out;
    }
    if (!captcha_check(ctx, "login", captcha)) {
      audit_write(ctx.db, {0, "", 0, "login_captcha_failed", "account", "", ctx.req.remote_addr, what});
      out.message = "验证码错误，请重新输入。";
      return out;
    }
  }
  auto row = find_account(ctx, kind, login);
  if (!row) {
    password_verify_dummy(password);
    audit_write(ctx.db, {0, "", 0, "login_failed", "account", "", ctx.req.remote_addr, what});
    note_failure(ctx, kind, login);
    out.message = kGenericFailure;
    out.captcha = login_captcha_required(ctx, kind, login);
    return out;
  }
  int64_t id = row->i64("id");
  if (row->i64("locked")) {
    password_verify_dummy(password);
    audit_write(ctx.db, {id, "", 0, "login_locked", "account", std::to_string(id), ctx.req.remote_addr, ""});
    note_failure(ctx, kind, login);
    out.message = "登录失败次数过多，账号已暂时锁定，请 15 分钟后再试。";
    out.captcha = login_captcha_required(ctx, kind, login);
    return out;
  }
  if (!password_verify(row->str("password_hash"), password)) {
    record_failure(ctx, *row, login);
    note_failure(ctx, kind, login);
    out.message = kGenericFailure;
    out.captcha = login_captcha_required(ctx, kind, login);
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
  // Rehash outside the transaction (a rerun must not hash twice). It is best effort: when
  // every hashing slot is busy the old hash stays until a later login.
  std::string rehashed;
  if (password_needs_rehash(row->str("password_hash"))) {
    try {
      rehashed = password_hash(password);
    } catch (const HttpError&) {
      rehashed.clear();
    }
  }
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE accounts SET failed_logins = 0, locked_until = NULL, last_login_at = UTC_TIMESTAMP()"
                " WHERE id = ?", {id});
    if (!rehashed.empty()) ctx.db.exec("UPDATE accounts SET password_hash = ? WHERE id = ?", {rehashed, id});
    session_start(ctx.db, ctx.req, ctx.session, id, !second_factor);
    audit_write(ctx.db, {id, std::string_view(row->str("kind")), 0, "login", "account", std::to_string(id),
                         ctx.req.remote_addr, ""});
  });
  // The owner proved the password: failures typed for this name no longer ask for a captcha.
  throttle_clear(ctx.db, name_failures_key(ctx, kind, login));
  out.ok = true;
  if (second_factor) {
    // The code goes to the account's mobile. A refused send (limits) is not an error here:
    // an earlier code may still be live, and the verify page offers 重新发送.
    sms_code_send(ctx.db, ctx.config, pii_open_mobile(ctx.config, row->str("mobile_enc")), "login_mfa", id,
                  ctx.req.remote_addr);
    out.redirect = "/school/verify";
  } else {
    out.redirect = home_for(a);
  }
  return out;
}
