// audit.cpp - chained audit rows (see audit.h for the design and the HMAC encoding).
#include "audit.h"

#include <chrono>
#include <ctime>
#include <stdexcept>
#include <string>

#include "config.h"
#include "context.h"
#include "crypto.h"
#include "db.h"

namespace {

// Column sizes of audit_log (characters).
constexpr size_t kKind = 16, kAction = 64, kObjectType = 32, kObjectId = 64, kIp = 45, kDetail = 1000;

// s as valid UTF-8 (each invalid byte becomes U+FFFD, as MariaDB's utf8mb4 accepts nothing
// else), at most max code points: what is stored is what the HMAC covered.
std::string clean_utf8(std::string_view s, size_t max) {
  std::string out;
  size_t count = 0, i = 0;
  while (i < s.size() && count < max) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok && len >= 3) {
      unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
        ok = false;  // overlong, surrogate or above U+10FFFF
    }
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
    ++count;
  }
  return out;
}

std::optional<std::string> opt_text(std::string_view s, size_t max) {
  if (s.empty()) return std::nullopt;
  return clean_utf8(s, max);
}
std::optional<std::string> opt_id(int64_t id) { return id ? std::optional<std::string>(std::to_string(id)) : std::nullopt; }
Param param(const std::optional<std::string>& v) { return v ? Param(*v) : Param(Null{}); }

// Now, UTC, "YYYY-MM-DD HH:MM:SS.ffffff" (the text of a DATETIME(6)).
std::string utc_now_micro() {
  auto now = std::chrono::system_clock::now();
  auto us = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
  time_t secs = static_cast<time_t>(us / 1000000);
  struct tm tm {};
  gmtime_r(&secs, &tm);
  char buf[32];
  size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  std::string micro = std::to_string(us % 1000000);
  return std::string(buf, n) + "." + std::string(6 - micro.size(), '0') + micro;
}

void enc(std::string& out, const std::optional<std::string>& v) {
  if (!v) {
    out += '\0';
    return;
  }
  uint32_t n = static_cast<uint32_t>(v->size());
  out += '\1';
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((n >> shift) & 0xFF);
  out += *v;
}

const std::string& chain_key(std::string_view secret) {
  thread_local std::string for_secret, key;
  if (key.empty() || for_secret != secret) {
    if (secret.empty()) throw std::runtime_error("audit: no secret configured");
    for_secret = std::string(secret);
    key = hmac_sha256(secret, "audit-chain-v1");
  }
  return key;
}

// Links row to the chain: locks the head, inserts the row as seq + 1, moves the head. Runs
// inside a transaction (the caller's before_commit hook or one of its own).
void chain_insert(Db& db, AuditRowFields row) {
  auto head = db.query_one("SELECT last_seq, HEX(last_hmac) AS last_hmac FROM audit_chain_head WHERE id = 1 FOR UPDATE");
  if (!head) throw std::runtime_error("audit: audit_chain_head has no row (migration 0014)");
  std::string prev(32, '\0');
  if (!head->str("last_hmac").empty() && !from_hex(head->str("last_hmac"), prev))
    throw std::runtime_error("audit: audit_chain_head.last_hmac is not hex");
  row.seq = head->i64("last_seq") + 1;
  std::string mac = audit_row_hmac(db.config().secret, prev, row);
  db.exec("INSERT INTO audit_log (seq, at, account_id, account_kind, acting_school_id, action, object_type, object_id, ip,"
          " detail, prev_hmac, row_hmac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UNHEX(?), UNHEX(?))",
          {row.seq, row.at, param(row.account_id), param(row.account_kind), param(row.acting_school_id), param(row.action),
           param(row.object_type), param(row.object_id), param(row.ip), param(row.detail), to_hex(prev), to_hex(mac)});
  db.exec("UPDATE audit_chain_head SET last_seq = ?, last_hmac = UNHEX(?) WHERE id = 1", {row.seq, to_hex(mac)});
}

}  // namespace

std::string audit_row_hmac(std::string_view secret, std::string_view prev_hmac, const AuditRowFields& r) {
  std::string msg(prev_hmac);
  enc(msg, std::to_string(r.seq));
  enc(msg, r.at);
  enc(msg, r.account_id);
  enc(msg, r.account_kind);
  enc(msg, r.acting_school_id);
  enc(msg, r.action);
  enc(msg, r.object_type);
  enc(msg, r.object_id);
  enc(msg, r.ip);
  enc(msg, r.detail);
  return hmac_sha256(chain_key(secret), msg);
}

void audit_write(Db& db, const AuditEntry& e) {
  AuditRowFields row;
  row.at = utc_now_micro();
  row.account_id = opt_id(e.account_id);
  row.account_kind = opt_text(e.account_kind, kKind);
  row.acting_school_id = opt_id(e.acting_school_id);
  row.action = clean_utf8(e.action, kAction);  // NOT NULL column: "" stays ""
  row.object_type = opt_text(e.object_type, kObjectType);
  row.object_id = opt_text(e.object_id, kObjectId);
  row.ip = opt_text(e.ip, kIp);
  row.detail = opt_text(e.detail, kDetail);
  if (db.in_transaction())
    db.before_commit([&db, row] { chain_insert(db, row); });
  else
    db.transaction([&] { chain_insert(db, row); });
}

void audit(Ctx& ctx, std::string_view action, std::string_view object_type, std::string_view object_id,
           std::string_view detail) {
  const Account* a = ctx.session.account ? &*ctx.session.account : nullptr;
  audit_write(ctx.db, AuditEntry{a ? a->id : 0, a ? std::string_view(a->kind) : std::string_view(), ctx.acting_school_id, action,
                                 object_type, object_id, ctx.req.remote_addr, detail});
}
