// department/statistics_form.h - 数据提交: a department's yearly form
// "YYYY-YYYY年度校方责任保险投保情况统计表" of the current academic year, the system's figures of
// its region beside each cell, submission and edits (each one a new version in
// statistics_forms) until the stats deadline; a city also sees its counties' forms (submitted
// or not) and their sum.
#pragma once
struct Ctx;

// GET /school/dept/statistics-form[?done=1]
void department_statistics_form(Ctx& ctx);
// POST /school/dept/statistics-form (csrf, r<row>_<field> ×20, unit_name): bad values show the
// form again with the typed values and a message per cell, nothing stored; after the deadline
// 403; else one new version in one transaction, audited, 303 to the page.
void department_statistics_form_submit(Ctx& ctx);
