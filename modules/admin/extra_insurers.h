// admin/extra_insurers.h - 多家保险公司审核: schools' applications for one more enrollment of
// a product (kind extra_insurer, filed on school/enroll_extra.h's page). The pending queue
// (oldest first, 20 a page), one application with the school's enrollments of that product in
// the current year, approve or reject with a required reason (≤ 200 characters).
// Approve: in the decision's transaction the school gets the next enrollment row of the
// product in the current year (seq = the highest + 1, at least 2: seq 1 always stays the
// normal 投保数据 form), status draft, which it submits under 上传管理; without a current year,
// or with kEnrollMaxSeq rows already, the approval is refused (409) and nothing is written.
// A draft changes no coverage counter. The contact is told by SMS (application_approved /
// application_rejected, what = 增加保险公司投保数据); every decision is audited; a decided
// application cannot be decided again (409). Scope: the whole province (Role::Admin).
#pragma once
struct Ctx;

// GET /school/admin/extra-insurers?page=N
void admin_extra_insurers(Ctx& ctx);
// GET /school/admin/extra-insurer?id=N (an application id; unknown → 404)
void admin_extra_insurer(Ctx& ctx);
// POST /school/admin/extra-insurer/approve (id)
void admin_extra_insurer_approve(Ctx& ctx);
// POST /school/admin/extra-insurer/reject (id, reason)
void admin_extra_insurer_reject(Ctx& ctx);
