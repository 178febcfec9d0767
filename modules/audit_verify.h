// audit_verify.h - checks the HMAC chain of audit_log (design: audit.h) and names the first
// broken link; `manage audit-verify` prints the result.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

class Db;

// A head recorded earlier (seq and the hex of its row_hmac) that must still be in the chain.
struct AuditAnchor {
  int64_t seq = 0;
  std::string hmac_hex;
};

struct AuditVerifyResult {
  int64_t rows_before_chain = 0;  // rows without HMAC before the first chained row (pre-0014)
  int64_t rows_checked = 0;       // chained rows whose content and link were checked
  int64_t head_seq = 0;           // audit_chain_head.last_seq
  std::string head_hmac_hex;      // audit_chain_head.last_hmac, lower-case hex ("" = none)
  bool ok = true;
  int64_t broken_id = 0;          // audit_log.id of the first broken row; 0 = the head or anchor
  std::string problem;            // what is wrong there (English, one line)
};

// Reads audit_log in id order in one consistent snapshot and checks, row by row: a chained
// row's seq follows the one before (else rows were deleted or reordered), its prev_hmac is the
// row_hmac before, its row_hmac matches its content under the key of the database's config;
// a row without HMAC after the first chained row was not written by the application. Then the
// head must name the last chained row, and anchor (when given) must be in the chain. Stops at
// the first broken link. Throws on a database failure or a configuration without secret.
AuditVerifyResult audit_verify(Db& db, const std::optional<AuditAnchor>& anchor = std::nullopt);
