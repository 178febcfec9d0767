// admin/audit_log.h - 审计日志: the audit_log table newest first, 20 a page, filtered by who
// (login name or account id), account kind, action, object type and id, time range (China
// dates) and IP address prefix, with the school a center school acted for shown when set;
// and the filtered rows as an .xlsx (at most kAuditExportMax rows, else a message and no
// file). Viewing and exporting are themselves audited. Read-only: nothing here edits or
// deletes a row. Scope: the whole province (Role::Admin).
#pragma once
#include <cstdint>
struct Ctx;

// The most rows one export writes.
constexpr int64_t kAuditExportMax = 20000;

// GET /school/admin/audit?who=&kind=&action=&object_type=&object_id=&from=&to=&ip=&page=
void admin_audit(Ctx& ctx);
// GET /school/admin/audit/export with the same filters.
void admin_audit_export(Ctx& ctx);
