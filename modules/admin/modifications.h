// admin/modifications.h - 修改审核: the provincial center decides 申请修改 applications
// (applications.kind 'modification'). Scope: the whole province (Role::Admin).
#pragma once

struct Ctx;

// GET /school/admin/modifications: pending applications, oldest first, paged (学校名称,
// 所属区域, 险种, 申请内容, 修改原因, 提交时间, 审核).
void admin_modifications(Ctx& ctx);
// GET /school/admin/modification?id=N: the school, product and year; each field old → new;
// for a new roster the diff (新增 / 减少 / 信息变更 / 不变 with up to 200 people per list, ID
// numbers masked); approve and reject forms while pending, else the decision. Unknown id → 404.
void admin_modification(Ctx& ctx);
// POST /school/admin/modification/approve (id): in one transaction keeps the current values as
// an enrollment_versions row, replaces the roster when a new one was sent (rechecked against
// other schools: a person insured meanwhile elsewhere refuses the approval, 409), applies the
// new count and company, bumps the version, sets the status to 已承保 when a policy exists, else 已提交; updates
// the coverage counters, records the decision, SMS to the school, audit.
void admin_modification_approve(Ctx& ctx);
// POST /school/admin/modification/reject (id, reason 1–200 characters): the enrollment keeps
// everything and leaves 修改中; the school is told the reason by SMS and on its page; audit.
void admin_modification_reject(Ctx& ctx);
