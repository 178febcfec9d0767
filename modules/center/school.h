// center/school.h - 查看 of one subordinate school on a center school's 所辖学校 (manual 二(四)):
// the school's details, 修改明白人手机号 (also the school account's login mobile; SMS notice to
// the old and the new number) and 申请注销 (only for 合并 or 撤销, with a reason; an applications
// row of kind cancellation with the center's account as applicant, for the admin's 注销审核,
// whose state the page shows). Scope in SQL on every request: the account's school is still an
// active center and the school is its active subordinate; anything else → 404 + access_denied
// audit. Both changes are CSRF POSTs written in one transaction with their audit row (which
// names the school acted for); success → 303 back with ?done=, else the page with the message
// and the typed values. The changes themselves are department/school_changes.h.
#pragma once
struct Ctx;

// GET /school/center/school?id=N
void center_school_page(Ctx& ctx);
// POST /school/center/school/mobile (id, mobile)
void center_school_mobile(Ctx& ctx);
// POST /school/center/school/cancel (id, cause = merger | closure, reason)
void center_school_cancel(Ctx& ctx);
