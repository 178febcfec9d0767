// admin/queue.h - 待办审核: one page over every admin review queue (注册审核, 变更审核,
// 多家保险公司审核, 修改审核, 注销审核): each queue's pending count and the oldest waiting
// applications (school, applicant, region, submitted time, days waiting) linking to the
// queue's own detail page, where approve / reject happen. Filters: queue kind and city.
// Scope: the whole province (Role::Admin); read-only.
#pragma once
struct Ctx;

// GET /school/admin/queue?kind=&city=
void admin_queue(Ctx& ctx);
