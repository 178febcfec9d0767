// admin/years.h - 学年设置: the academic years (label "2026-2027" of two consecutive years,
// policy period 保险期间 default 9月1日 – next 8月31日) with their three deadlines (投保数据
// default 9月30日, 保单上传 and 统计上报 default 10月31日, all inside the period), and which
// year is current (exactly one, switched in one statement). Every change is audited
// (year_created, year_deadlines_changed, year_current_set). Per-school extensions live in
// admin/extensions.h.
#pragma once
struct Ctx;

// GET /school/admin/years: the list and the 添加学年 form (next label and defaults filled in).
void admin_years(Ctx& ctx);
// POST /school/admin/years (label, starts_on, ends_on, enroll_deadline, policy_deadline,
// stats_deadline; an empty date takes its default from the label).
void admin_year_create(Ctx& ctx);
// GET /school/admin/year?id=N: one year and its 修改截止日期 form.
void admin_year(Ctx& ctx);
// POST /school/admin/year/deadlines (id, enroll_deadline, policy_deadline, stats_deadline).
void admin_year_deadlines(Ctx& ctx);
// POST /school/admin/year/current (id): 设为当前学年.
void admin_year_current(Ctx& ctx);
