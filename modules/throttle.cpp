// throttle.cpp - database-backed rate limits (see throttle.h). Old rows are pruned
// opportunistically so the table stays small.
#include "throttle.h"

#include "db.h"
#include "pager.h"

int throttle_count(Db& db, std::string_view key, int window_seconds) {
  auto row = db.query_one(
      "SELECT COUNT(*) AS n FROM auth_throttle WHERE throttle_key = ? AND at > UTC_TIMESTAMP(6) - INTERVAL ? SECOND",
      {std::string(key), int64_t{window_seconds}});
  return static_cast<int>(row->i64("n"));
}

std::vector<std::string> throttle_keys_at_least(Db& db, std::string_view prefix, int count, int window_seconds) {
  std::vector<std::string> keys;
  for (const Row& r : db.query("SELECT throttle_key FROM auth_throttle WHERE throttle_key LIKE ?"
                               " AND at > UTC_TIMESTAMP(6) - INTERVAL ? SECOND GROUP BY throttle_key HAVING COUNT(*) >= ?",
                               {like_prefix(prefix), int64_t{window_seconds}, int64_t{count}}))
    keys.push_back(r.str("throttle_key"));
  return keys;
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
