// insurer/claim_import.h - 批量导入 of claims from an .xlsx list (also .xls / .csv) with the columns
// 案件编号, 出险学校, 出险时间, 伤者姓名, 事故原因, 处理情况, 理赔情况, 赔偿金额, 结案时间 (headers found
// by name, in any order, in the first rows). Every row follows insurer/claim_rules.h; a row with
// 赔偿金额 and 结案时间 is settled. 案件编号 is required here and makes re-uploads idempotent: a
// number the company already has updates that claim (in the insurer's scope), never a second
// one. Rows with errors store nothing; the others are stored in one transaction. The result
// page lists every row and offers the same report as .xlsx (a file only its uploader may fetch).
#pragma once
struct Ctx;

// The template's header cells, in order.
extern const char* const kClaimImportColumns[9];

// GET /school/insurer/claims/import: the upload form (csrf first) and the template link.
void insurer_claim_import(Ctx& ctx);
// GET /school/insurer/claims/template: the empty .xlsx template with the header row.
void insurer_claim_template(Ctx& ctx);
// POST /school/files/insurer/claims (uploads.fcgi, multipart: csrf, file): reads, checks and
// stores as above; answers the result page (200), or the form with the reason when the file
// cannot be read at all.
void uploads_insurer_claims(Ctx& ctx);
// GET /school/files/insurer/claims/report?id=N (uploads.fcgi): the .xlsx report of an import by
// the signed-in account (sent by nginx); any other id → 404 + access_denied.
void uploads_insurer_claims_report(Ctx& ctx);
