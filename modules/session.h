// session.h - server-side sessions. The browser holds 32 random bytes (hex) in an HttpOnly,
// SameSite=Lax cookie; the database holds only their SHA-256. Anonymous visitors get a cookie
// too (it keys their CSRF token) but no database row. Idle and absolute timeouts are
// enforced by the lookup query itself.
#pragma once
#include <cstdint>
#include <optional>
#include <string>


struct Config;
class Db;
class Request;
struct Response;

// What pages need to know of a school: a school account's own, read with the session.
struct SchoolFacts {
  int64_t id = 0;
  std::string name, school_type;
  std::string region_code, city_code;  // county (or city for 市直) and its city
};

struct Account {
  int64_t id = 0;
  std::string kind;  // school | department | insurer | admin
  std::string login_name;
  std::string display_name;
  int64_t school_id = 0;  // school accounts
  bool is_center = false;
  std::string region_code;    // department: its region; insurer: its region (410000 = province)
  int64_t company_id = 0;     // insurer accounts
  std::string insurer_level;  // province | city | county
  bool must_change_password = false;  // initial or reset password not yet replaced
  bool password_expired = false;      // older than [security] password_max_age_days
  bool mfa_passed = false;            // the session passed the SMS second factor
  std::string mobile;  // plain, decrypted from accounts.mobile_enc ("" = none)
  SchoolFacts school;  // school accounts: their school (id == school_id)
  // This account needs the second factor (admins always; departments/insurers by config).
  bool needs_second_factor(const Config& config) const;
};

struct Session {
  std::string sid;          // the cookie value: 64 hex characters
  bool new_cookie = false;  // sid was made for this response and must be sent
  std::optional<Account> account;
  // reference_version as the session lookup read it (0 = not read: anonymous); refdata.h
  // keeps the current year and other reference data behind it.
  int64_t ref_version = 0;
};

// Cookie name: "__Host-hnedu" under HTTPS (secure_cookies), else "hnedu".
std::string session_cookie_name(const Config& config);
// Reads the cookie and, if it names a live session, its account. Bad or stale cookies give a
// fresh anonymous session. Refreshes last_seen_at at most once a minute.
Session session_load(Db& db, const Config& config, const Request& req);
// Signs the account in: a new id (the old one is dropped), a row with address and agent.
// mfa_passed marks a session that passed (or needs no) second factor.
void session_start(Db& db, const Request& req, Session& session, int64_t account_id, bool mfa_passed = false);
// After the second factor: a new id for the same account, marked as passed.
void session_promote(Db& db, const Request& req, Session& session);
// Ends every session of the account except (optionally) the current one.
void session_end_others(Db& db, int64_t account_id, const Session* keep);
// Signs out: deletes the row and switches to a new anonymous id.
void session_end(Db& db, Session& session);
// Adds Set-Cookie when the id is new.
void session_write_cookie(const Config& config, const Session& session, Response& res);
