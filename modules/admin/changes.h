// admin/changes.h - 申请审核 of a school's 区域 / 学校名称 changes (applications of kind
// name_change {"name": "..."} and region_change {"region_code": "410105"}, filed by the
// school on its 账户信息 page): the pending queue (oldest first, 20 a page), one application,
// approve (the school record changes; a new name also renames the school's account login and
// display name; a name that another school of the same county already has is refused) or
// reject with a required reason (≤ 200 characters). The school's contact is told by SMS;
// every decision is audited; a decided application cannot be decided again (409).
#pragma once
struct Ctx;

// GET /school/admin/changes?page=N
void admin_changes(Ctx& ctx);
// GET /school/admin/change?id=N
void admin_change(Ctx& ctx);
// POST /school/admin/change/approve (id)
void admin_change_approve(Ctx& ctx);
// POST /school/admin/change/reject (id, reason)
void admin_change_reject(Ctx& ctx);
