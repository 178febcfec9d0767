// replica.cpp - routing of reads that may lag (see replica.h). One replica connection per worker
// process, opened on the first lagging read; every lagging read first asks the replica for its
// replication state (one statement) and, with a read-after-write stamp, whether it has applied
// that position (MASTER_GTID_WAIT with no wait), so a replica that stops or falls behind is left
// at the next request, and one that comes back is used again.
#include "replica.h"

#include <time.h>

#include <memory>

#include "config.h"
#include "context.h"
#include "db.h"
#include "http.h"
#include "log.h"

namespace {

constexpr double kDownSeconds = 5;  // an unreachable replica is left alone this long

double now_seconds() {
  struct timespec ts {};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

bool configured(const Config& c) { return !c.replica_socket.empty() || !c.replica_host.empty(); }

struct Replica {
  Config config;  // the application's settings with the replica as the server
  Db db;
  double down_until = 0;
  std::string last_why;  // the last reason logged, so a stopped replica logs once, not per request
  explicit Replica(const Config& c) : config(c), db(config) {}
};

Replica& replica(const Config& app) {
  static std::unique_ptr<Replica> r;
  if (!r) {
    Config c = app;
    c.db_socket = app.replica_socket;
    c.db_host = app.replica_host;
    c.db_port = app.replica_port;
    r = std::make_unique<Replica>(c);
  }
  return *r;
}

// A GTID list as @@gtid_binlog_pos prints it: "domain-server-seq" items separated by commas
// (in the cookie by dots: a comma is no cookie character).
bool valid_stamp(const std::string& s) {
  return !s.empty() && s.size() <= 1024 && s.find_first_not_of("0123456789-,.") == std::string::npos;
}

std::string replace_all(std::string s, char from, char to) {
  for (char& ch : s)
    if (ch == from) ch = to;
  return s;
}

// Why the replica may not serve now ("" = it may), from its SHOW SLAVE STATUS row.
std::string unusable(const Replica& r, const std::optional<Row>& st) {
  if (!st) return "not a replica";
  if (st->str("Slave_IO_Running") != "Yes" || st->str("Slave_SQL_Running") != "Yes") return "replication stopped";
  if (st->is_null("Seconds_Behind_Master")) return "lag unknown";
  if (st->i64("Seconds_Behind_Master") > r.config.replica_max_lag_seconds)
    return "lags " + st->str("Seconds_Behind_Master") + "s";
  return "";
}

}  // namespace

std::string replica_cookie_name(const Config& config) {
  return config.secure_cookies ? "__Host-hnedu_rw" : "hnedu_rw";
}

// Decides for one request (lagging_read_db keeps the answer in ctx, so every lagging read of a
// page comes from the same server).
static Db& choose(Ctx& ctx) {
  Replica& r = replica(ctx.config);
  double now = now_seconds();
  if (now < r.down_until) return ctx.db;
  try {
    std::string why = unusable(r, r.db.query_one("SHOW SLAVE STATUS"));
    if (why != r.last_why) log_line(why.empty() ? "info" : "warn", why.empty() ? "replica used again" : "replica not used: " + why);
    r.last_why = why;
    if (!why.empty()) return ctx.db;
    const std::string* stamp = ctx.req.cookie(replica_cookie_name(ctx.config));
    if (stamp && valid_stamp(*stamp)) {
      auto reached = r.db.query_one("SELECT MASTER_GTID_WAIT(?, 0) AS rc", {replace_all(*stamp, '.', ',')});
      if (!reached || reached->i64("rc") != 0) return ctx.db;  // this browser's write is not there yet
    }
    return r.db;
  } catch (const DbUnavailable& e) {
    log_line("warn", std::string("replica unreachable, reading from the primary: ") + e.what());
  } catch (const DbError& e) {
    log_line("warn", std::string("replica failed, reading from the primary: ") + e.what());
    r.db.disconnect();
  }
  r.down_until = now + kDownSeconds;
  return ctx.db;
}

Db& lagging_read_db(Ctx& ctx) {
  if (!configured(ctx.config) || ctx.db.in_transaction()) return ctx.db;
  if (!ctx.lagging_db) ctx.lagging_db = &choose(ctx);
  return *ctx.lagging_db;
}

void replica_note_write(const Config& config, Db& primary, Response& res) {
  if (!configured(config) || primary.in_transaction()) return;
  std::string pos;
  try {
    auto row = primary.query_one("SELECT @@gtid_binlog_pos AS pos");
    if (row) pos = row->str("pos");
  } catch (const std::exception& e) {
    log_line("warn", std::string("read-after-write stamp not set: ") + e.what());
    return;
  }
  if (!valid_stamp(pos)) return;
  std::string c = replica_cookie_name(config) + "=" + replace_all(pos, ',', '.') + "; Path=/; HttpOnly; SameSite=Lax";
  if (config.secure_cookies) c += "; Secure";
  res.add_header("Set-Cookie", c);
}
