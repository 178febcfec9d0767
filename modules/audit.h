// audit.h - append-only audit records: who (account, and the school acted for), what
// (action, object), from where (address) and when (UTC, microseconds).
#pragma once
#include <cstdint>
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

// Inserts one row (inside the caller's transaction if there is one).
void audit_write(Db& db, const AuditEntry& entry);
// Convenience for handlers: the request's account and address.
void audit(Ctx& ctx, std::string_view action, std::string_view object_type = {}, std::string_view object_id = {},
           std::string_view detail = {});
