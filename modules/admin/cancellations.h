// admin/cancellations.h - 注销审核: applications to cancel a school account (kind cancellation,
// payload {"cause": "merger" | "closure"}, filed by a department on a school's 设置 page, see
// department/school_settings.h). The pending queue (oldest first, 20 a page), one application
// (cause, reason, applicant, the school's 中心校 ties), approve or reject with a required
// reason (≤ 200 characters).
// Approve, in the decision's transaction: the school becomes cancelled (no longer a center nor
// subordinate; schools it managed are detached), its account is disabled and its sessions end,
// its other pending applications are withdrawn; a school that is no longer active is refused
// (409, nothing written). Enrollments, policies and claims stay as history (coverage counters
// unchanged). The applicant (else the school's contact) is told by SMS (application_approved /
// application_rejected, what = 学校账号注销); every decision is audited; a decided application
// cannot be decided again (409). Scope: the whole province (Role::Admin).
#pragma once
struct Ctx;

// GET /school/admin/cancellations?page=N
void admin_cancellations(Ctx& ctx);
// GET /school/admin/cancellation?id=N (an application id; unknown → 404)
void admin_cancellation(Ctx& ctx);
// POST /school/admin/cancellation/approve (id)
void admin_cancellation_approve(Ctx& ctx);
// POST /school/admin/cancellation/reject (id, reason)
void admin_cancellation_reject(Ctx& ctx);
