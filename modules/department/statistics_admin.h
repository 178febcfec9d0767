// department/statistics_admin.h - the admin's read-only view of the departments' statistics
// forms (served by admin.fcgi): every department region with the status of its newest form of
// an academic year, and any version read-only.
#pragma once
struct Ctx;

// GET /school/admin/statistics-forms[?year=ID]: department regions (city, then its counties),
// 已提交 (version, time, link) or 未提交.
void admin_statistics_forms(Ctx& ctx);
// GET /school/admin/statistics-form?id=ID: one version (404 when absent).
void admin_statistics_form(Ctx& ctx);
