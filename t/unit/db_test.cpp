// t/unit/db_test.cpp - the database door (modules/db) against the test database ($HNEDU_CONF):
// parameters and NULLs, unicode, ORDER BY across executions, transactions and their reruns,
// streaming, reconnects.
// The app user may not CREATE TEMPORARY TABLES, so writes go to auth_throttle rows with a
// unique key that each case deletes again.
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "http_error.h"
#include "support.h"

namespace {

std::string unique_key() { return "unit:db:" + to_hex(random_bytes(8)); }

int64_t count_key(Db& db, const std::string& key) {
  return db.query_one("SELECT COUNT(*) AS n FROM auth_throttle WHERE throttle_key = ?", {key})->i64("n");
}

// Deletes the auth_throttle rows of a key when the test case ends.
struct KeyCleanup {
  Db& db;
  std::string key;
  ~KeyCleanup() {
    try {
      db.exec("DELETE FROM auth_throttle WHERE throttle_key = ?", {key});
    } catch (...) {
    }
  }
};

int64_t connection_id(Db& db) { return db.query_one("SELECT CONNECTION_ID() AS id")->i64("id"); }

// Kills connection id from another connection (KILL accepts the id as a placeholder) and
// waits until the server has dropped it.
void kill_connection(Db& killer, int64_t id) {
  killer.exec("KILL CONNECTION ?", {id});
  for (int i = 0; i < 100; ++i) {
    auto row = killer.query_one("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE ID = ?", {id});
    if (row->i64("n") == 0) return;
    usleep(50 * 1000);
  }
  BOOST_FAIL("connection " << id << " still listed after KILL");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(db)

BOOST_AUTO_TEST_CASE(query_binds_int_string_and_null) {
  Config c = test_config();
  Db db(c);
  Rows rows = db.query("SELECT ? AS i, ? AS s, ? AS n, NULL AS z, 42 AS k, 'x7' AS t",
                       {int64_t{-9000000000}, std::string("a'b\"c"), Null{}});
  BOOST_TEST_REQUIRE(rows.size() == 1u);
  const Row& r = rows[0];
  BOOST_TEST(r.i64("i") == -9000000000LL);
  BOOST_TEST(r.str("s") == "a'b\"c");
  BOOST_TEST(r.is_null("n"));
  BOOST_TEST(r.str("n") == "");
  BOOST_TEST(r.i64("n") == 0);
  BOOST_TEST(r.is_null("z"));
  BOOST_TEST(!r.is_null("k"));
  BOOST_TEST(r.i64("k") == 42);
  BOOST_TEST(r.str("k") == "42");
  BOOST_CHECK_THROW(r.i64("t"), std::runtime_error);
  BOOST_CHECK_THROW(r.i64("s"), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(string_params_are_data_not_sql) {
  Config c = test_config();
  Db db(c);
  auto row = db.query_one("SELECT COUNT(*) AS n FROM regions WHERE code = ?", {std::string("410000' OR '1'='1")});
  BOOST_TEST(row->i64("n") == 0);
}

BOOST_AUTO_TEST_CASE(unicode_round_trip_utf8mb4) {
  Config c = test_config();
  Db db(c);
  const std::string text = "河南省教育😀𠀀";
  auto row = db.query_one("SELECT ? AS s, CHAR_LENGTH(?) AS chars", {text, text});
  BOOST_TEST(row->str("s") == text);
  BOOST_TEST(row->i64("chars") == 7);
  // Through a table column as well.
  std::string key = unique_key() + text;
  KeyCleanup cleanup{db, key};
  BOOST_TEST(db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key}) == 1u);
  auto back = db.query_one("SELECT throttle_key FROM auth_throttle WHERE id = ?", {int64_t(db.last_insert_id())});
  BOOST_TEST_REQUIRE(back.has_value());
  BOOST_TEST(back->str("throttle_key") == key);
}

BOOST_AUTO_TEST_CASE(query_one_empty_is_nullopt) {
  Config c = test_config();
  Db db(c);
  BOOST_TEST(!db.query_one("SELECT code FROM regions WHERE code = ?", {std::string("999999")}).has_value());
  auto row = db.query_one("SELECT code, name FROM regions WHERE code = ?", {std::string("410000")});
  BOOST_TEST_REQUIRE(row.has_value());
  BOOST_TEST(row->str("name") == "河南省");
  BOOST_TEST(db.query("SELECT code FROM regions WHERE code = ?", {std::string("999999")}).empty());
}

BOOST_AUTO_TEST_CASE(unknown_column_throws_out_of_range) {
  Config c = test_config();
  Db db(c);
  auto row = db.query_one("SELECT 1 AS one");
  BOOST_TEST_REQUIRE(row.has_value());
  BOOST_CHECK_THROW(row->str("two"), std::out_of_range);
  BOOST_CHECK_THROW(row->i64("ONE"), std::out_of_range);  // labels match exactly
  BOOST_CHECK_THROW(row->is_null(""), std::out_of_range);
}

BOOST_AUTO_TEST_CASE(sql_error_is_db_error_with_code) {
  Config c = test_config();
  Db db(c);
  try {
    db.query("SELECT no_such_column FROM regions");
    BOOST_FAIL("no exception");
  } catch (const DbError& e) {
    BOOST_TEST(e.code() == 1054);
    BOOST_TEST(!e.connection_lost());
    BOOST_TEST(!e.retryable());
  }
  BOOST_TEST(db.query_one("SELECT 1 AS one")->i64("one") == 1);  // the connection stays usable
}

BOOST_AUTO_TEST_CASE(exec_counts_rows_and_last_insert_id) {
  Config c = test_config();
  Db db(c);
  std::string key = unique_key();
  KeyCleanup cleanup{db, key};
  BOOST_TEST(db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key}) == 1u);
  uint64_t id1 = db.last_insert_id();
  BOOST_TEST(id1 > 0u);
  BOOST_TEST(db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key}) == 1u);
  uint64_t id2 = db.last_insert_id();
  BOOST_TEST(id2 > id1);
  auto row = db.query_one("SELECT throttle_key FROM auth_throttle WHERE id = ?", {int64_t(id2)});
  BOOST_TEST_REQUIRE(row.has_value());
  BOOST_TEST(row->str("throttle_key") == key);
  BOOST_TEST(db.exec("UPDATE auth_throttle SET at = at WHERE throttle_key = ? AND id = ?", {key, int64_t(id1)}) == 0u);
  BOOST_TEST(db.exec("DELETE FROM auth_throttle WHERE throttle_key = ?", {key}) == 2u);
  BOOST_TEST(db.exec("DELETE FROM auth_throttle WHERE throttle_key = ?", {key}) == 0u);
}

BOOST_AUTO_TEST_CASE(transaction_commits) {
  Config c = test_config();
  Db db(c), other(c);
  std::string key = unique_key();
  KeyCleanup cleanup{db, key};
  bool inside = false;
  db.transaction([&] {
    inside = db.in_transaction();
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
  });
  BOOST_TEST(inside);
  BOOST_TEST(!db.in_transaction());
  BOOST_TEST(count_key(other, key) == 2);  // visible to another connection: committed
}

BOOST_AUTO_TEST_CASE(exception_in_transaction_rolls_back_and_rethrows) {
  Config c = test_config();
  Db db(c), other(c);
  std::string key = unique_key();
  KeyCleanup cleanup{db, key};
  int runs = 0;
  BOOST_CHECK_THROW(db.transaction([&] {
    ++runs;
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
    throw std::runtime_error("boom");
  }),
                    std::runtime_error);
  BOOST_TEST(runs == 1);
  BOOST_TEST(!db.in_transaction());
  BOOST_TEST(count_key(db, key) == 0);
  BOOST_TEST(count_key(other, key) == 0);
  // The thrown type is kept (serve() needs HttpError as HttpError).
  try {
    db.transaction([&] {
      db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
      throw HttpError(409, "冲突");
    });
    BOOST_FAIL("no exception");
  } catch (const HttpError& e) {
    BOOST_TEST(e.status() == 409);
  }
  BOOST_TEST(count_key(other, key) == 0);
}

BOOST_AUTO_TEST_CASE(before_commit_hooks_run_after_the_body_inside_the_transaction) {
  Config c = test_config();
  Db db(c), other(c);
  std::string key = unique_key();
  KeyCleanup cleanup{db, key};
  BOOST_CHECK_THROW(db.before_commit([] {}), std::logic_error);
  std::vector<std::string> events;
  db.transaction([&] {
    db.before_commit([&] {
      events.push_back(db.in_transaction() ? "hook1 in tx" : "hook1 outside");
      db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
      db.before_commit([&] { events.push_back("hook3 registered by hook1"); });
    });
    db.before_commit([&] { events.push_back("hook2"); });
    events.push_back("body end");
  });
  std::vector<std::string> want{"body end", "hook1 in tx", "hook2", "hook3 registered by hook1"};
  BOOST_TEST(events == want, boost::test_tools::per_element());
  BOOST_TEST(count_key(other, key) == 1);
  // A failing body drops its hooks: nothing of them runs, then or in the next transaction.
  events.clear();
  BOOST_CHECK_THROW(db.transaction([&] {
    db.before_commit([&] { events.push_back("dropped"); });
    throw std::runtime_error("boom");
  }),
                    std::runtime_error);
  db.transaction([&] { events.push_back("next"); });
  BOOST_TEST(events == std::vector<std::string>{"next"}, boost::test_tools::per_element());
  // A hook that throws rolls the whole transaction back.
  BOOST_CHECK_THROW(db.transaction([&] {
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
    db.before_commit([] { throw std::runtime_error("hook failed"); });
  }),
                    std::runtime_error);
  BOOST_TEST(count_key(other, key) == 1);
}

BOOST_AUTO_TEST_CASE(sql_error_in_transaction_rolls_back_without_rerun) {
  Config c = test_config();
  Db db(c);
  std::string key = unique_key();
  KeyCleanup cleanup{db, key};
  int runs = 0;
  BOOST_CHECK_THROW(db.transaction([&] {
    ++runs;
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
    db.exec("INSERT INTO no_such_table (x) VALUES (?)", {key});
  }),
                    DbError);
  BOOST_TEST(runs == 1);
  BOOST_TEST(count_key(db, key) == 0);
}

BOOST_AUTO_TEST_CASE(nested_transaction_throws_logic_error) {
  Config c = test_config();
  Db db(c);
  std::string key = unique_key();
  KeyCleanup cleanup{db, key};
  BOOST_CHECK_THROW(db.transaction([&] {
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
    db.transaction([] {});
  }),
                    std::logic_error);
  BOOST_TEST(!db.in_transaction());
  BOOST_TEST(count_key(db, key) == 0);
  db.transaction([&] { db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key}); });
  BOOST_TEST(count_key(db, key) == 1);
}

BOOST_AUTO_TEST_CASE(stream_visits_every_row) {
  Config c = test_config();
  Db db(c);
  int64_t expected = db.query_one("SELECT COUNT(*) AS n FROM regions")->i64("n");
  BOOST_TEST(expected == 175);
  int64_t n = 0;
  std::string first, last, prev;
  bool ordered = true;
  // Pages of 40 rows: the last page is partial, so paging and its end are both exercised.
  db.stream("SELECT CAST(code AS UNSIGNED) AS k, code, name FROM regions WHERE code >= ? AND CAST(code AS UNSIGNED) > ?"
            " ORDER BY k LIMIT ?",
            {std::string("0")}, "k", [&](const Row& r) {
    if (n == 0) first = r.str("code");
    if (!prev.empty() && !(prev < r.str("code"))) ordered = false;
    prev = last = r.str("code");
    ++n;
  }, 40);
  BOOST_TEST(n == expected);
  BOOST_TEST(ordered);
  BOOST_TEST(first == "410000");
  BOOST_TEST(last == db.query_one("SELECT MAX(code) AS m FROM regions")->str("m"));
  // The connection is free again afterwards.
  BOOST_TEST(db.query_one("SELECT 1 AS one")->i64("one") == 1);
}

// MariaDB 10.11 keeps in a prepared statement the ORDER BY items that one execution's
// parameters made constant (here parent_code = '410100') dropped for every later execution;
// db.cpp prepares such statements (a parameter that switches a filter) afresh, so the order
// stays the same as at first.
BOOST_AUTO_TEST_CASE(order_by_survives_an_execution_that_made_it_constant) {
  Config c = test_config();
  Db db(c);
  const char* sql = "SELECT code FROM regions WHERE (? = '' OR parent_code = ?)"
                    " ORDER BY parent_code = code, parent_code DESC, code LIMIT 3";
  auto codes = [&](const std::string& parent) {
    std::string out;
    for (const Row& r : db.query(sql, {parent, parent})) out += r.str("code") + " ";
    return out;
  };
  std::string first = codes("");
  BOOST_TEST(codes("410100") == "410102 410103 410104 ");
  BOOST_TEST(codes("") == first);
  BOOST_TEST(first == "410000 411702 411721 ");
}

// Statements whose parameters cannot switch a filter stay cached even with ORDER BY (a page
// runs several: preparing each again cost 40% of a page's CPU); those that can are prepared
// for each execution. Counted by the server's Com_stmt_prepare of this connection.
BOOST_AUTO_TEST_CASE(order_by_statements_are_cached_unless_a_parameter_switches_a_filter) {
  Config c = test_config();
  Db db(c);
  auto prepares = [&] {
    return db.query_one("SELECT VARIABLE_VALUE AS n FROM information_schema.SESSION_STATUS"
                        " WHERE VARIABLE_NAME = 'COM_STMT_PREPARE'")->i64("n");
  };
  const char* fixed = "SELECT code FROM regions WHERE parent_code = ? ORDER BY code DESC LIMIT 2";
  const char* switched = "SELECT code FROM regions WHERE (? = '' OR parent_code = ?) ORDER BY code DESC LIMIT 2";
  db.query(fixed, {std::string("410100")});
  db.query(switched, {std::string(""), std::string("")});
  prepares();  // the counting statement itself is cached from here on
  int64_t before = prepares();
  BOOST_TEST(db.query(fixed, {std::string("410200")}).size() == 2u);
  BOOST_TEST(db.query(fixed, {std::string("410100")})[0].str("code") == "410185");
  BOOST_TEST(prepares() - before == 0);
  before = prepares();
  db.query(switched, {std::string("x"), std::string("410100")});
  db.query(switched, {std::string(""), std::string("")});
  BOOST_TEST(prepares() - before == 2);
}

BOOST_AUTO_TEST_CASE(query_works_after_disconnect) {
  Config c = test_config();
  Db db(c);
  int64_t before = connection_id(db);
  db.disconnect();
  int64_t after = connection_id(db);
  BOOST_TEST(after != before);
  BOOST_TEST(db.query_one("SELECT code FROM regions WHERE code = ?", {std::string("410000")}).has_value());
}

BOOST_AUTO_TEST_CASE(killed_connection_reconnects_outside_transaction) {
  Config c = test_config();
  Db db(c), killer(c);
  // Prepare the statement on the old connection first: the cached statement must not survive.
  auto row = db.query_one("SELECT name FROM regions WHERE code = ?", {std::string("410000")});
  BOOST_TEST_REQUIRE(row.has_value());
  int64_t before = connection_id(db);
  kill_connection(killer, before);
  row = db.query_one("SELECT name FROM regions WHERE code = ?", {std::string("410000")});
  BOOST_TEST_REQUIRE(row.has_value());
  BOOST_TEST(row->str("name") == "河南省");
  BOOST_TEST(connection_id(db) != before);
}

BOOST_AUTO_TEST_CASE(transaction_rerun_after_lost_connection_commits_once) {
  Config c = test_config();
  Db db(c), killer(c), other(c);
  std::string key = unique_key();
  KeyCleanup cleanup{other, key};
  int runs = 0;
  db.transaction([&] {
    ++runs;
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
    if (runs == 1) kill_connection(killer, connection_id(db));
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key + ":2"});
  });
  other.exec("DELETE FROM auth_throttle WHERE throttle_key = ?", {key + ":2"});
  BOOST_TEST(runs == 2);
  BOOST_TEST(count_key(other, key) == 1);  // the first attempt's insert was rolled back
  BOOST_TEST(!db.in_transaction());
}

BOOST_AUTO_TEST_CASE(transaction_on_a_dropped_idle_connection_runs_body_once) {
  // The server dropped the connection between requests: START TRANSACTION fails, the
  // transaction reconnects before the body ever ran.
  Config c = test_config();
  Db db(c), killer(c);
  std::string key = unique_key();
  KeyCleanup cleanup{killer, key};
  kill_connection(killer, connection_id(db));
  int runs = 0;
  db.transaction([&] {
    ++runs;
    db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
  });
  BOOST_TEST(runs == 1);
  BOOST_TEST(count_key(killer, key) == 1);
}

BOOST_AUTO_TEST_CASE(lock_wait_timeout_reruns_transaction) {
  Config c = test_config();
  Db db(c), holder(c);
  std::string key = unique_key();
  KeyCleanup cleanup{holder, key};
  holder.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key + ":locked"});
  int64_t locked = int64_t(holder.last_insert_id());
  db.exec("SET SESSION innodb_lock_wait_timeout = 1");
  int runs = 0;
  // holder keeps the row locked for as long as db's transaction runs.
  holder.transaction([&] {
    holder.exec("UPDATE auth_throttle SET throttle_key = throttle_key WHERE id = ?", {locked});
    db.transaction([&] {
      ++runs;
      db.exec("INSERT INTO auth_throttle (throttle_key) VALUES (?)", {key});
      if (runs == 1) db.exec("UPDATE auth_throttle SET throttle_key = throttle_key WHERE id = ?", {locked});
    });
  });
  holder.exec("DELETE FROM auth_throttle WHERE id = ?", {locked});
  BOOST_TEST(runs == 2);
  BOOST_TEST(count_key(holder, key) == 1);
}

BOOST_AUTO_TEST_CASE(missing_socket_throws_db_unavailable) {
  Config c = test_config();
  c.db_socket = "/nonexistent-hnedu/mysqld.sock";
  Db db(c);
  BOOST_CHECK_THROW(db.query("SELECT 1"), DbUnavailable);
  BOOST_CHECK_THROW(db.exec("DELETE FROM auth_throttle WHERE id = 0"), DbUnavailable);
  int runs = 0;
  BOOST_CHECK_THROW(db.transaction([&] { ++runs; }), DbUnavailable);
  BOOST_TEST(runs == 0);
  BOOST_TEST(!db.in_transaction());
}

BOOST_AUTO_TEST_SUITE_END()
