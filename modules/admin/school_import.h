// admin/school_import.h - 学校账号导入: bulk import of existing school accounts (the schools that
// already took part in the insurers' service evaluation keep their accounts) from an .xlsx list
// (also .xls / .csv) with the columns of kSchoolImportColumns (headers found by name, in any
// order). Each row is checked (admin/school_import_rules.h); a valid row becomes an active
// school with its school account (login = 登录账号, default the school name as for approved
// registrations) in ITS OWN transaction, and the account's one-time password goes out by SMS
// (account_issue). A row whose school (same name and region) is already active with an account
// is reported 已存在 and changes nothing, so re-uploading the same file is idempotent. The result
// page lists every row; the same report is an .xlsx only its uploader may fetch. Audited per
// school and once per file.
#pragma once
struct Ctx;

// The template's header cells, in order.
extern const char* const kSchoolImportColumns[9];

// GET /school/admin/school-import: the upload form (csrf first) and the template link.
void admin_school_import(Ctx& ctx);
// GET /school/admin/school-import/template: the empty .xlsx template (header row and one
// example row).
void admin_school_import_template(Ctx& ctx);
// POST /school/files/admin/school-import (uploads.fcgi, multipart: csrf, file; at most 500 rows):
// reads, checks and stores as above; answers the result page (200), or the form with the reason
// when the file cannot be read at all.
void uploads_admin_school_import(Ctx& ctx);
// GET /school/files/admin/school-import/report?id=N (uploads.fcgi): the .xlsx report of an
// import by the signed-in admin (sent by nginx); any other id → 404 + access_denied.
void uploads_admin_school_import_report(Ctx& ctx);
