// t/unit/session_test.cpp - server-side sessions (modules/session) against the demo data of
// the test database: start/load/end, what the database stores, timeouts, disabled accounts
// and the cookie line.
#include <boost/test/unit_test.hpp>

#include "config.h"
#include "context.h"
#include "crypto.h"
#include "db.h"
#include "session.h"
#include "support.h"
#include "year.h"

namespace {

const std::string kSchool = "郑州市金水区文化路第一小学";

int64_t school_account_id(Db& db) {
  auto row = db.query_one("SELECT id FROM accounts WHERE kind = 'school' AND login_name = ?", {kSchool});
  if (!row) throw std::runtime_error("demo account missing: " + kSchool);
  return row->i64("id");
}

// The stored key of a cookie value: SHA-256 of its 32 raw bytes.
std::string stored_key(const std::string& sid) {
  std::string raw;
  if (!from_hex(sid, raw)) throw std::runtime_error("not hex: " + sid);
  return sha256(raw);
}

bool is_hex64(const std::string& s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

Request with_cookie(const std::string& cookie) {
  return fake_request({"REQUEST_METHOD=GET", "REQUEST_URI=/school/s/", "HTTP_COOKIE=" + cookie,
                       "REMOTE_ADDR=10.1.2.3", "HTTP_USER_AGENT=unit-agent"});
}

// Deletes session rows made by a test case; restores statuses it changed.
struct Cleanup {
  Db& db;
  std::vector<std::string> sids;
  std::vector<std::pair<std::string, int64_t>> restore;  // (table, id) set back to 'active'
  ~Cleanup() {
    try {
      for (const auto& sid : sids) db.exec("DELETE FROM sessions WHERE id_hash = ?", {stored_key(sid)});
      for (const auto& [table, id] : restore) {
        if (table == "accounts") db.exec("UPDATE accounts SET status = 'active' WHERE id = ?", {id});
        else db.exec("UPDATE schools SET status = 'active' WHERE id = ?", {id});
      }
    } catch (...) {
    }
  }
};

bool row_exists(Db& db, const std::string& sid) {
  return db.query_one("SELECT account_id FROM sessions WHERE id_hash = ?", {stored_key(sid)}).has_value();
}

// A session row written directly with the given ages (minutes ago).
std::string insert_session(Db& db, int64_t account_id, int64_t created_min_ago, int64_t seen_min_ago) {
  std::string sid = to_hex(random_bytes(32));
  db.exec("INSERT INTO sessions (id_hash, account_id, created_at, last_seen_at)"
          " VALUES (?, ?, UTC_TIMESTAMP() - INTERVAL ? MINUTE, UTC_TIMESTAMP() - INTERVAL ? MINUTE)",
          {stored_key(sid), account_id, created_min_ago, seen_min_ago});
  return sid;
}

Session started(Db& db, Cleanup& cleanup, int64_t account_id) {
  Session s;
  session_start(db, with_cookie(""), s, account_id);
  cleanup.sids.push_back(s.sid);
  return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(session)

BOOST_AUTO_TEST_CASE(start_stores_sha256_of_raw_cookie_bytes) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  int64_t id = school_account_id(db);
  Session s;
  s.sid = to_hex(random_bytes(32));
  std::string anonymous = s.sid;
  session_start(db, with_cookie(""), s, id);
  cleanup.sids.push_back(s.sid);
  BOOST_TEST(is_hex64(s.sid), s.sid);
  BOOST_TEST(s.sid != anonymous);
  BOOST_TEST(s.new_cookie);
  auto row = db.query_one("SELECT account_id, ip, user_agent FROM sessions WHERE id_hash = ?", {stored_key(s.sid)});
  BOOST_TEST_REQUIRE(row.has_value());
  BOOST_TEST(row->i64("account_id") == id);
  BOOST_TEST(row->str("ip") == "10.1.2.3");
  BOOST_TEST(row->str("user_agent") == "unit-agent");
  // Keyed by the hash of the raw bytes, not of the hex text.
  BOOST_TEST(!db.query_one("SELECT 1 AS x FROM sessions WHERE id_hash = ?", {sha256(s.sid)}).has_value());
}

BOOST_AUTO_TEST_CASE(start_again_drops_the_old_session) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  Session s = started(db, cleanup, school_account_id(db));
  std::string first = s.sid;
  BOOST_TEST(row_exists(db, first));
  session_start(db, with_cookie("hnedu=" + first), s, school_account_id(db));
  cleanup.sids.push_back(s.sid);
  BOOST_TEST(s.sid != first);
  BOOST_TEST(!row_exists(db, first));
  BOOST_TEST(row_exists(db, s.sid));
}

BOOST_AUTO_TEST_CASE(load_returns_the_signed_in_account) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  int64_t id = school_account_id(db);
  int64_t school_id = db.query_one("SELECT id FROM schools WHERE name = ?", {kSchool})->i64("id");
  Session s = started(db, cleanup, id);
  Session loaded = session_load(db, c, with_cookie("other=1; hnedu=" + s.sid));
  BOOST_TEST(loaded.sid == s.sid);
  BOOST_TEST(!loaded.new_cookie);
  BOOST_TEST_REQUIRE(loaded.account.has_value());
  BOOST_TEST(loaded.account->id == id);
  BOOST_TEST(loaded.account->kind == "school");
  BOOST_TEST(loaded.account->school_id == school_id);
  BOOST_TEST(loaded.account->login_name == kSchool);
  BOOST_TEST(loaded.account->display_name == kSchool);
  BOOST_TEST(!loaded.account->is_center);
  // What pages need of the school and the reference-data stamp come with the lookup.
  auto school = db.query_one("SELECT school_type, region_code, city_code FROM schools WHERE id = ?", {school_id});
  BOOST_TEST(loaded.account->school.id == school_id);
  BOOST_TEST(loaded.account->school.name == kSchool);
  BOOST_TEST(loaded.account->school.school_type == school->str("school_type"));
  BOOST_TEST(loaded.account->school.region_code == school->str("region_code"));
  BOOST_TEST(loaded.account->school.city_code == school->str("city_code"));
  BOOST_TEST(loaded.ref_version == db.query_one("SELECT version FROM reference_version")->i64("version"));
}

// The session lookup reads the reference stamp, so current_year(ctx) comes from the worker's
// reference data without a query; a request without a signed-in session reads the stamp
// first. Both give what current_year(db) gives, and follow a change of the current year.
BOOST_AUTO_TEST_CASE(load_reads_the_reference_stamp_and_current_year_ctx_answers_from_it) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  Session s = started(db, cleanup, school_account_id(db));
  Request req = with_cookie("hnedu=" + s.sid);
  Session loaded = session_load(db, c, req);
  auto expected = current_year(db);
  BOOST_TEST_REQUIRE(expected.has_value());
  BOOST_TEST(loaded.ref_version > 0);
  Response res;
  Area area{"school", "/school/s/", "/school/", {}};
  Ctx signed_in{c, db, req, res, loaded, area, 0, {}};
  auto got = current_year(signed_in);
  BOOST_TEST_REQUIRE(got.has_value());
  BOOST_TEST(got->id == expected->id);
  BOOST_TEST(got->label == expected->label);
  BOOST_TEST(got->enroll_deadline == expected->enroll_deadline);
  BOOST_TEST(got->stats_deadline == expected->stats_deadline);
  Session anonymous = session_load(db, c, with_cookie("hnedu=" + std::string(64, '0')));
  BOOST_TEST(anonymous.ref_version == 0);
  Ctx visitor{c, db, req, res, anonymous, area, 0, {}};
  BOOST_TEST(current_year(visitor)->label == expected->label);
  BOOST_TEST(anonymous.ref_version == loaded.ref_version);
  // A change of the year's dates raises the stamp; the next request sees the new date.
  db.exec("UPDATE academic_years SET stats_deadline = stats_deadline + INTERVAL 1 DAY WHERE id = ?", {expected->id});
  Session next = session_load(db, c, req);
  Ctx later{c, db, req, res, next, area, 0, {}};
  BOOST_TEST(next.ref_version > loaded.ref_version);
  BOOST_TEST(current_year(later)->stats_deadline == current_year(db)->stats_deadline);
  BOOST_TEST(current_year(later)->stats_deadline != expected->stats_deadline);
  db.exec("UPDATE academic_years SET stats_deadline = stats_deadline - INTERVAL 1 DAY WHERE id = ?", {expected->id});
}

BOOST_AUTO_TEST_CASE(load_sees_a_center_school) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  auto center = db.query_one(
      "SELECT a.id FROM accounts a JOIN schools s ON s.id = a.school_id"
      " WHERE s.is_center = 1 AND s.status = 'active' AND a.status = 'active' ORDER BY a.id LIMIT 1");
  BOOST_TEST_REQUIRE(center.has_value());
  Session s = started(db, cleanup, center->i64("id"));
  Session loaded = session_load(db, c, with_cookie("hnedu=" + s.sid));
  BOOST_TEST_REQUIRE(loaded.account.has_value());
  BOOST_TEST(loaded.account->is_center);
}

BOOST_AUTO_TEST_CASE(no_or_malformed_cookie_gives_new_anonymous_session) {
  Config c = test_config();
  Db db(c);
  for (std::string cookie : {std::string(""), std::string("hnedu=xyz"), "hnedu=" + std::string(64, 'g'),
                             "hnedu=" + std::string(62, 'a'), "hnedu=" + std::string(66, 'a'),
                             "__Host-hnedu=" + std::string(64, 'a')}) {
    Session s = session_load(db, c, with_cookie(cookie));
    BOOST_TEST(!s.account.has_value(), cookie);
    BOOST_TEST(s.new_cookie, cookie);
    BOOST_TEST(is_hex64(s.sid), cookie);
  }
  Session a = session_load(db, c, with_cookie("")), b = session_load(db, c, with_cookie(""));
  BOOST_TEST(a.sid != b.sid);
}

BOOST_AUTO_TEST_CASE(unknown_cookie_is_anonymous) {
  Config c = test_config();
  Db db(c);
  std::string sid = to_hex(random_bytes(32));
  Session s = session_load(db, c, with_cookie("hnedu=" + sid));
  BOOST_TEST(!s.account.has_value());
  BOOST_TEST(is_hex64(s.sid));
}

BOOST_AUTO_TEST_CASE(idle_session_expires) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  int64_t id = school_account_id(db);
  std::string idle = insert_session(db, id, 40, 31), recent = insert_session(db, id, 40, 29);
  cleanup.sids = {idle, recent};
  BOOST_TEST(!session_load(db, c, with_cookie("hnedu=" + idle)).account.has_value());
  BOOST_TEST(session_load(db, c, with_cookie("hnedu=" + recent)).account.has_value());
}

BOOST_AUTO_TEST_CASE(absolute_lifetime_expires) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  int64_t id = school_account_id(db);
  std::string old = insert_session(db, id, 13 * 60, 0), young = insert_session(db, id, 11 * 60, 0);
  cleanup.sids = {old, young};
  BOOST_TEST(!session_load(db, c, with_cookie("hnedu=" + old)).account.has_value());
  BOOST_TEST(session_load(db, c, with_cookie("hnedu=" + young)).account.has_value());
}

BOOST_AUTO_TEST_CASE(load_refreshes_stale_last_seen) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  std::string sid = insert_session(db, school_account_id(db), 10, 5);
  cleanup.sids = {sid};
  BOOST_TEST(session_load(db, c, with_cookie("hnedu=" + sid)).account.has_value());
  auto row = db.query_one("SELECT last_seen_at > UTC_TIMESTAMP() - INTERVAL 2 MINUTE AS fresh FROM sessions WHERE id_hash = ?",
                          {stored_key(sid)});
  BOOST_TEST_REQUIRE(row.has_value());
  BOOST_TEST(row->i64("fresh") == 1);
}

BOOST_AUTO_TEST_CASE(disabled_account_is_anonymous) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  int64_t id = school_account_id(db);
  Session s = started(db, cleanup, id);
  cleanup.restore.emplace_back("accounts", id);
  db.exec("UPDATE accounts SET status = 'disabled' WHERE id = ?", {id});
  BOOST_TEST(!session_load(db, c, with_cookie("hnedu=" + s.sid)).account.has_value());
}

BOOST_AUTO_TEST_CASE(inactive_school_is_anonymous) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  int64_t id = school_account_id(db);
  int64_t school_id = db.query_one("SELECT school_id FROM accounts WHERE id = ?", {id})->i64("school_id");
  Session s = started(db, cleanup, id);
  cleanup.restore.emplace_back("schools", school_id);
  db.exec("UPDATE schools SET status = 'cancelled' WHERE id = ?", {school_id});
  BOOST_TEST(!session_load(db, c, with_cookie("hnedu=" + s.sid)).account.has_value());
}

BOOST_AUTO_TEST_CASE(end_deletes_the_row_and_switches_id) {
  Config c = test_config();
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  Session s = session_load(db, c, with_cookie(""));
  session_start(db, with_cookie(""), s, school_account_id(db));
  cleanup.sids.push_back(s.sid);
  s = session_load(db, c, with_cookie("hnedu=" + s.sid));
  BOOST_TEST_REQUIRE(s.account.has_value());
  std::string before = s.sid;
  session_end(db, s);
  BOOST_TEST(!row_exists(db, before));
  BOOST_TEST(s.sid != before);
  BOOST_TEST(is_hex64(s.sid));
  BOOST_TEST(s.new_cookie);
  BOOST_TEST(!s.account.has_value());
  BOOST_TEST(!session_load(db, c, with_cookie("hnedu=" + before)).account.has_value());
}

BOOST_AUTO_TEST_CASE(cookie_line_format) {
  Config c;
  Session s;
  s.sid = std::string(64, 'a');
  s.new_cookie = true;
  Response res;
  session_write_cookie(c, s, res);
  BOOST_TEST_REQUIRE(res.headers.size() == 1u);
  BOOST_TEST(res.headers[0].first == "Set-Cookie");
  BOOST_TEST(res.headers[0].second == "hnedu=" + s.sid + "; Path=/; HttpOnly; SameSite=Lax");
  BOOST_TEST(session_cookie_name(c) == "hnedu");
}

BOOST_AUTO_TEST_CASE(secure_cookie_line_format) {
  Config c;
  c.secure_cookies = true;
  Session s;
  s.sid = std::string(64, 'b');
  s.new_cookie = true;
  Response res;
  session_write_cookie(c, s, res);
  BOOST_TEST_REQUIRE(res.headers.size() == 1u);
  BOOST_TEST(res.headers[0].second == "__Host-hnedu=" + s.sid + "; Path=/; HttpOnly; SameSite=Lax; Secure");
  BOOST_TEST(session_cookie_name(c) == "__Host-hnedu");
}

BOOST_AUTO_TEST_CASE(secure_config_reads_only_the_host_cookie) {
  Config c = test_config();
  c.secure_cookies = true;
  Db db(c);
  Cleanup cleanup{db, {}, {}};
  Session s = started(db, cleanup, school_account_id(db));
  BOOST_TEST(session_load(db, c, with_cookie("__Host-hnedu=" + s.sid)).account.has_value());
  BOOST_TEST(!session_load(db, c, with_cookie("hnedu=" + s.sid)).account.has_value());
}

BOOST_AUTO_TEST_CASE(no_cookie_written_for_known_id) {
  Config c;
  Session s;
  s.sid = std::string(64, 'c');
  s.new_cookie = false;
  Response res;
  session_write_cookie(c, s, res);
  BOOST_TEST(res.headers.empty());
}

BOOST_AUTO_TEST_SUITE_END()
