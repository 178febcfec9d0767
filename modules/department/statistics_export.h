// department/statistics_export.h - a statistics form as .xlsx: one stored version in scope, or
// (for a city) the sum of its counties' newest forms of the current year.
#pragma once
struct Ctx;

// GET /school/dept/statistics-form/export?id=ID | ?sum=1: 404 (audited) for a version out of
// scope; sum=1 only for a city account.
void department_statistics_export(Ctx& ctx);
// GET /school/admin/statistics-forms/export?id=ID: any version, for the admin.
void admin_statistics_export(Ctx& ctx);
