// throttle.cpp - database-backed rate limits (see throttle.h). Old rows are pruned
// opportunistically so the table stays small.
#include "throttle.h"

#include "db.h"

int throttle_count(Db& db, std::string_view key, int window_seconds) {
  auto row = db.query_one(
      "SELECT COUNT(*) AS n FROM auth_throttle WHERE throttle_key = ? AND at > UTC_TIMESTAMP(6) - INTERVAL ? SECOND",
      {std::string(key), int64_t{window_seconds}});
  return static_cast<int>(row->i64("n"));
}

bool throttle_take(Db& db, std::string_view key, int limit, int window_seconds) {
  if (throttle_count(db, key, window_seconds) >= limit) return false;
  db.exec("INSERT INTO auth_throttle (throttle_key, at) VALUES (?, UTC_TIMESTAMP(6))", {std::string(key)});
  // Prune about one call in a hundred: rows older than a day serve no window we use.
  if (db.last_insert_id() % 100 == 0)
    db.exec("DELETE FROM auth_throttle WHERE at < UTC_TIMESTAMP() - INTERVAL 1 DAY LIMIT 1000");
  return true;
}

void throttle_clear(Db& db, std::string_view key) {
  db.exec("DELETE FROM auth_throttle WHERE throttle_key = ?", {std::string(key)});
}
