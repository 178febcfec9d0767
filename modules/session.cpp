// session.cpp - session lookup, rotation and cookies (see session.h).
#include "session.h"

#include <stdexcept>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "http.h"
#include "pii.h"

namespace {

std::string new_sid() { return to_hex(random_bytes(32)); }

// The stored key: SHA-256 of the raw 32 bytes, or "" for a malformed cookie value.
std::string sid_hash(const std::string& sid) {
  std::string raw;
  if (sid.size() != 64 || !from_hex(sid, raw)) return "";
  return sha256(raw);
}

Account account_from(const Config& config, const Row& r) {
  Account a;
  a.id = r.i64("id");
  a.kind = r.str("kind");
  a.login_name = r.str("login_name");
  a.display_name = r.str("display_name");
  a.school_id = r.i64("school_id");
  a.is_center = r.i64("is_center") != 0;
  a.region_code = r.str("region_code");
  a.company_id = r.i64("company_id");
  a.insurer_level = r.str("insurer_level");
  a.must_change_password = r.i64("must_change_password") != 0;
  a.password_expired = r.i64("password_expired") != 0;
  a.mfa_passed = r.i64("mfa_passed") != 0;
  a.school = SchoolFacts{a.school_id, r.str("school_name"), r.str("school_type"), r.str("school_region"),
                         r.str("school_city")};
  try {
    a.mobile = pii_open_mobile(config, r.str("mobile_enc"));
  } catch (const std::runtime_error&) {
    a.mobile.clear();  // damaged or under another key: treated as not registered
  }
  return a;
}

}  // namespace

std::string session_cookie_name(const Config& config) {
  return config.secure_cookies ? "__Host-hnedu" : "hnedu";
}

Session session_load(Db& db, const Config& config, const Request& req) {
  Session s;
  const std::string* cookie = req.cookie(session_cookie_name(config));
  std::string hash = cookie ? sid_hash(*cookie) : "";
  if (hash.empty()) {
    s.sid = new_sid();
    s.new_cookie = true;
    return s;
  }
  s.sid = *cookie;
  auto row = db.query_one(
      "SELECT a.id, a.kind, a.login_name, a.display_name, a.school_id, COALESCE(sc.is_center, 0) AS is_center,"
      " a.region_code, a.company_id, a.insurer_level, a.must_change_password, a.mobile_enc, s.mfa_passed,"
      " (a.kind <> 'school' AND ? > 0 AND COALESCE(a.password_changed_at, a.created_at)"
      "   < UTC_TIMESTAMP() - INTERVAL ? DAY) AS password_expired,"
      " s.last_seen_at < UTC_TIMESTAMP() - INTERVAL 60 SECOND AS stale,"
      " sc.name AS school_name, sc.school_type, sc.region_code AS school_region, sc.city_code AS school_city,"
      " (SELECT version FROM reference_version WHERE id = 1) AS ref_version"
      " FROM sessions s JOIN accounts a ON a.id = s.account_id"
      " LEFT JOIN schools sc ON sc.id = a.school_id"
      " WHERE s.id_hash = ? AND a.status = 'active'"
      " AND (a.kind <> 'school' OR sc.status = 'active')"
      " AND s.last_seen_at > UTC_TIMESTAMP() - INTERVAL ? MINUTE"
      " AND s.created_at > UTC_TIMESTAMP() - INTERVAL ? HOUR",
      {int64_t{config.password_max_age_days}, int64_t{config.password_max_age_days}, hash,
       int64_t{config.idle_minutes}, int64_t{config.absolute_hours}});
  if (!row) return s;  // anonymous (expired or unknown): keep the id for the CSRF token
  s.account = account_from(config, *row);
  s.ref_version = row->i64("ref_version");
  if (row->i64("stale")) db.exec("UPDATE sessions SET last_seen_at = UTC_TIMESTAMP() WHERE id_hash = ?", {hash});
  return s;
}

bool Account::needs_second_factor(const Config& config) const {
  return kind == "admin" || (kind == "department" && config.mfa_department) ||
         (kind == "insurer" && config.mfa_insurer);
}

void session_start(Db& db, const Request& req, Session& session, int64_t account_id, bool mfa_passed) {
  std::string old = sid_hash(session.sid);
  if (!old.empty()) db.exec("DELETE FROM sessions WHERE id_hash = ?", {old});
  session.sid = new_sid();
  session.new_cookie = true;
  std::string agent = req.header("User-Agent").substr(0, 255);
  db.exec("INSERT INTO sessions (id_hash, account_id, created_at, last_seen_at, ip, user_agent, mfa_passed)"
          " VALUES (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP(), ?, ?, ?)",
          {sid_hash(session.sid), account_id, req.remote_addr, agent, int64_t{mfa_passed}});
}

void session_promote(Db& db, const Request& req, Session& session) {
  int64_t id = session.account->id;
  session_start(db, req, session, id, true);
  session.account->mfa_passed = true;
}

void session_end_others(Db& db, int64_t account_id, const Session* keep) {
  std::string kept = keep ? sid_hash(keep->sid) : std::string(32, '\0');
  db.exec("DELETE FROM sessions WHERE account_id = ? AND id_hash <> ?", {account_id, kept});
}

void session_end(Db& db, Session& session) {
  std::string hash = sid_hash(session.sid);
  if (!hash.empty()) db.exec("DELETE FROM sessions WHERE id_hash = ?", {hash});
  session.sid = new_sid();
  session.new_cookie = true;
  session.account.reset();
}

void session_write_cookie(const Config& config, const Session& session, Response& res) {
  if (!session.new_cookie) return;
  std::string c = session_cookie_name(config) + "=" + session.sid + "; Path=/; HttpOnly; SameSite=Lax";
  if (config.secure_cookies) c += "; Secure";
  res.add_header("Set-Cookie", c);
}
