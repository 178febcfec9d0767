// replica.h - reads that may lag: the one place that decides whether such a read goes to the
// MariaDB replica ([db] replica_socket, or replica_host and replica_port) or to the primary, and
// the read-after-write stamp that keeps a browser on the primary after its own writes.
// docs/scaling.md lists the pages that use it and why their data may lag.
#pragma once
#include <string>

struct Config;
class Db;
struct Ctx;
struct Request;
struct Response;

// The connection for a SELECT whose data may be up to [db] replica_max_lag_seconds old: this
// worker's replica connection when a replica is configured, answers, replicates (both threads
// running) no further behind than that, and has applied the primary's GTID position of this
// browser's last POST (the read-after-write cookie); ctx.db (the primary) otherwise, and always
// inside a transaction. Decided at the first call of a request, kept for its later calls (one
// page reads from one server). An unreachable replica is not asked again for 5 seconds. Only for
// reads listed in docs/scaling.md: never the session lookup, a scope check or a write.
Db& lagging_read_db(Ctx& ctx);

// After a POST: sets the read-after-write cookie to the primary's binlog GTID position
// (@@gtid_binlog_pos, which includes every write the POST committed), so this browser's lagging
// reads go to the primary until the replica has applied that position. Nothing without a
// replica configured or when the primary keeps no binary log; a failing primary is ignored here.
void replica_note_write(const Config& config, Db& primary, Response& res);

// Name of the read-after-write cookie ("__Host-hnedu_rw" under secure_cookies, else "hnedu_rw").
std::string replica_cookie_name(const Config& config);
