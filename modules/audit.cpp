// audit.cpp - audit rows (see audit.h).
#include "audit.h"

#include <string>

#include "context.h"
#include "db.h"

static Param opt_text(std::string_view s) { return s.empty() ? Param(Null{}) : Param(std::string(s)); }
static Param opt_id(int64_t id) { return id ? Param(id) : Param(Null{}); }

void audit_write(Db& db, const AuditEntry& e) {
  db.exec("INSERT INTO audit_log (at, account_id, account_kind, acting_school_id, action, object_type, object_id, ip, detail)"
          " VALUES (UTC_TIMESTAMP(6), ?, ?, ?, ?, ?, ?, ?, LEFT(?, 1000))",
          {opt_id(e.account_id), opt_text(e.account_kind), opt_id(e.acting_school_id), std::string(e.action),
           opt_text(e.object_type), opt_text(e.object_id), opt_text(e.ip), opt_text(e.detail)});
}

void audit(Ctx& ctx, std::string_view action, std::string_view object_type, std::string_view object_id,
           std::string_view detail) {
  const Account* a = ctx.session.account ? &*ctx.session.account : nullptr;
  audit_write(ctx.db, AuditEntry{a ? a->id : 0, a ? std::string_view(a->kind) : std::string_view(), ctx.acting_school_id, action,
                                 object_type, object_id, ctx.req.remote_addr, detail});
}
