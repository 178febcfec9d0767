// admin/registrations.h - 注册审核: the queue of pending school registrations (oldest first,
// 20 a page), one application in full with its certificate, and the two decisions.
// Approve: the school becomes active, its account (login = school full name) is opened with
// a one-time password sent by SMS. Reject: a required reason (≤ 200 characters) goes to the
// contact by SMS and the school may correct and resubmit. Both are audited; a decided
// application cannot be decided again (409).
#pragma once
struct Ctx;

// GET /school/admin/registrations?page=N
void admin_registrations(Ctx& ctx);
// GET /school/admin/registration?id=N (an application id; unknown → 404)
void admin_registration(Ctx& ctx);
// POST /school/admin/registration/approve (id)
void admin_registration_approve(Ctx& ctx);
// POST /school/admin/registration/reject (id, reason)
void admin_registration_reject(Ctx& ctx);
