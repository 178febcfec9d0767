// department/school_settings.h - 设置 of one school in a department's region (manual 三(三)/(四)):
// the school's details, 设置为中心校 / 取消中心校, 加入中心校 (a center of its own county) and
// 移出中心校, 修改账号密码 (a one-time password by SMS), 修改联系人手机 (SMS notice to the old and
// new number) and 提交注销申请 (only for 合并 or 撤销; an applications row of kind cancellation
// for the admin's 注销审核, whose state the page shows). Scope: region_pattern(account) in SQL;
// another region's or an unknown id → 404 + access_denied audit. Every action is a CSRF POST,
// audited and written in one transaction; on success 303 back to the page with ?done=, else
// the page again with the message (and the typed values).
#pragma once
struct Ctx;

// GET /school/dept/schools/settings?id=N (&show=mobile reveals the full contact mobile, audited)
void department_school_settings(Ctx& ctx);
// POST /school/dept/schools/settings/center (id, action = set | unset)
void department_school_center(Ctx& ctx);
// POST /school/dept/schools/settings/join (id, center_id)
void department_school_join(Ctx& ctx);
// POST /school/dept/schools/settings/leave (id)
void department_school_leave(Ctx& ctx);
// POST /school/dept/schools/settings/password (id)
void department_school_password(Ctx& ctx);
// POST /school/dept/schools/settings/mobile (id, mobile)
void department_school_mobile(Ctx& ctx);
// POST /school/dept/schools/settings/cancel (id, cause = merger | closure, reason)
void department_school_cancel(Ctx& ctx);
