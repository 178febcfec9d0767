// audit.h - append-only audit records: who (account, and the school acted for), what
// (action, object), from where (address) and when (UTC, microseconds), chained by HMAC.
//
// The chain (migration 0014, SECURITY.md "Audit"):
// - The application's database user may only SELECT and INSERT audit_log (conf/db-grants.sh);
//   nothing in the code updates or deletes a row.
// - Every row the application writes gets the next chain position seq (1, 2, 3 ... no gaps),
//   prev_hmac = the row_hmac of seq - 1 (32 zero bytes for seq 1) and
//   row_hmac = HMAC-SHA256(K, prev_hmac || enc(seq) || enc(at) || enc(account_id) ||
//   enc(account_kind) || enc(acting_school_id) || enc(action) || enc(object_type) ||
//   enc(object_id) || enc(ip) || enc(detail)), where enc(NULL) = 0x00 and enc(text) = 0x01,
//   4-byte big-endian byte length, the UTF-8 bytes (numbers as decimal text, at as
//   "YYYY-MM-DD HH:MM:SS.ffffff" UTC) and K = HMAC-SHA256(config.secret, "audit-chain-v1"), so
//   only a holder of the key file can make a valid row.
// - seq is its own column, not id: id stays AUTO_INCREMENT, so rows inserted by other means
//   (a DB superuser, a test fixture) never collide with the application's and show up in the
//   verifier as rows outside the chain. Because links are made one at a time under the head
//   lock, ids rise with seq; the verifier checks that too.
// - The head (audit_chain_head: last_seq, last_hmac) is locked with SELECT ... FOR UPDATE,
//   the row inserted and the head moved in the same transaction. Inside Db::transaction that
//   happens in a Db::before_commit hook, so the lock is held only for the commit and a rerun
//   body (deadlock, lost connection) writes its rows once; outside a transaction the row gets
//   a short transaction of its own. `at` is taken in C++ when audit_write() is called.
// - Rows from before migration 0014 have no HMAC (no key existed in the database to seal
//   them): the verifier counts them as "before the chain" up to the first chained row; a row
//   without HMAC after that is reported.
// - Limits: a DB superuser who cuts the newest rows and rewinds the head to an earlier state
//   is not detectable from inside the database; `manage audit-verify` prints the head (seq and
//   HMAC) for operators to record elsewhere, and `--anchor SEQ:HEX` checks a recorded head is
//   still in the chain. Changing config.secret starts needing the old key to verify old rows.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

class Db;
struct Ctx;

struct AuditEntry {
  int64_t account_id = 0;            // 0 = anonymous
  std::string_view account_kind;     // "" = anonymous
  int64_t acting_school_id = 0;      // 0 = none (a center school acting for a subordinate)
  std::string_view action;           // "login", "login_failed", "logout", "access_denied", ...
  std::string_view object_type;      // "account", "school", ...
  std::string_view object_id;
  std::string_view ip;
  std::string_view detail;           // short, no secrets; cut at 1000 characters
};

// Appends one chained row: inside a transaction just before its COMMIT (rolled back with it),
// else in a transaction of its own. Text is made valid UTF-8 and cut to its column's size.
void audit_write(Db& db, const AuditEntry& entry);
// Convenience for handlers: the request's account and address.
void audit(Ctx& ctx, std::string_view action, std::string_view object_type = {}, std::string_view object_id = {},
           std::string_view detail = {});

// One audit_log row as stored, for the HMAC: NULL columns are nullopt.
struct AuditRowFields {
  int64_t seq = 0;
  std::string at;  // "YYYY-MM-DD HH:MM:SS.ffffff"
  std::optional<std::string> account_id, account_kind, acting_school_id, action, object_type, object_id, ip, detail;
};
// row_hmac of a row (32 raw bytes) under the chain key derived from secret (see above).
std::string audit_row_hmac(std::string_view secret, std::string_view prev_hmac, const AuditRowFields& row);
