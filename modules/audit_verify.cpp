// audit_verify.cpp - the audit chain verifier (see audit_verify.h).
#include "audit_verify.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "audit.h"
#include "config.h"
#include "crypto.h"
#include "db.h"

namespace {

struct Broken {};  // ends the walk at the first broken link

std::optional<std::string> opt(const Row& r, std::string_view column) {
  if (r.is_null(column)) return std::nullopt;
  return r.str(column);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

AuditVerifyResult audit_verify(Db& db, const std::optional<AuditAnchor>& anchor) {
  AuditVerifyResult out;
  const std::string& secret = db.config().secret;
  db.transaction([&] {
    out = AuditVerifyResult{};
    auto head = db.query_one("SELECT last_seq, LOWER(HEX(last_hmac)) AS last_hmac FROM audit_chain_head WHERE id = 1");
    if (head) {
      out.head_seq = head->i64("last_seq");
      out.head_hmac_hex = head->str("last_hmac");
    }
    auto fail = [&](int64_t id, std::string problem) {
      out.ok = false;
      out.broken_id = id;
      out.problem = std::move(problem);
      throw Broken{};
    };
    bool started = false, anchor_seen = false;
    int64_t expected = 1;
    std::string prev(32, '\0');
    try {
      db.stream(
          "SELECT id, seq, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f') AS at_text, account_id, account_kind, acting_school_id,"
          " action, object_type, object_id, ip, detail, LOWER(HEX(prev_hmac)) AS prev_hmac, LOWER(HEX(row_hmac)) AS row_hmac"
          " FROM audit_log WHERE 1 = 1 AND id > ? ORDER BY id LIMIT ?",
          {}, "id",
          [&](const Row& r) {
            int64_t id = r.i64("id");
            if (r.is_null("seq")) {
              if (started)
                fail(id, "row outside the chain (no seq, no HMAC) after the chain began: inserted or altered outside the application");
              if (!r.is_null("row_hmac")) fail(id, "row has an HMAC but no chain position (seq removed)");
              ++out.rows_before_chain;
              return;
            }
            started = true;
            int64_t seq = r.i64("seq");
            if (seq > expected)
              fail(id, "missing row: seq " + std::to_string(expected) +
                           (seq - 1 > expected ? "-" + std::to_string(seq - 1) : std::string()) +
                           " absent before seq " + std::to_string(seq) + " (deleted)");
            if (seq < expected)
              fail(id, "seq " + std::to_string(seq) + " out of order (expected " + std::to_string(expected) + ")");
            if (r.str("prev_hmac") != to_hex(prev))
              fail(id, "broken link: prev_hmac is not the row_hmac of seq " + std::to_string(seq - 1));
            AuditRowFields f;
            f.seq = seq;
            f.at = r.str("at_text");
            f.account_id = opt(r, "account_id");
            f.account_kind = opt(r, "account_kind");
            f.acting_school_id = opt(r, "acting_school_id");
            f.action = opt(r, "action");
            f.object_type = opt(r, "object_type");
            f.object_id = opt(r, "object_id");
            f.ip = opt(r, "ip");
            f.detail = opt(r, "detail");
            std::string mac = audit_row_hmac(secret, prev, f);
            if (!equal_ct(to_hex(mac), r.str("row_hmac")))
              fail(id, "row changed or forged: its row_hmac does not match its content");
            if (anchor && anchor->seq == seq) {
              if (lower(anchor->hmac_hex) != r.str("row_hmac"))
                fail(id, "anchor seq " + std::to_string(seq) + " has another row_hmac than the one recorded");
              anchor_seen = true;
            }
            prev = mac;
            ++expected;
            ++out.rows_checked;
          });
      int64_t last = expected - 1;
      if (out.head_seq != last)
        fail(0, "head mismatch: audit_chain_head says seq " + std::to_string(out.head_seq) + ", the last chained row is seq " +
                    std::to_string(last) + (out.head_seq > last ? " (newest rows deleted)" : ""));
      if (last > 0 && out.head_hmac_hex != to_hex(prev))
        fail(0, "head mismatch: audit_chain_head.last_hmac is not the row_hmac of seq " + std::to_string(last));
      if (anchor && !anchor_seen)
        fail(0, "anchor seq " + std::to_string(anchor->seq) + " is not in the chain (rows cut, head rewound)");
    } catch (const Broken&) {
    }
  });
  return out;
}
