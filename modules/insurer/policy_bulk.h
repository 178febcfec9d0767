// insurer/policy_bulk.h - 批量上传保单: an .xlsx list (学校名称, 险种, 保单号, 承保人数, 保费, 起保日期,
// 终保日期; headers found by name in the first rows, any order) plus an optional .zip of PDFs
// named <保单号>.pdf. Each row is matched to exactly one enrollment of the insurer's scope in the
// current year (school name + product name; none or several → a row error), checked like the
// single form, and stored on its own (policy_store, one transaction per row): rows with errors
// store nothing, valid rows are stored. Pages: GET /school/insurer/policies/import (form,
// template, the enrollments still waiting for a policy), GET .../import/template (the header
// row as .xlsx), GET .../import/report?id=N (a result .xlsx the same account made), POST
// /school/files/insurer/policies (uploads.fcgi).
#pragma once
#include <string>
#include <vector>

struct Ctx;

// The columns of the list, in template order.
extern const char* const kPolicyBulkColumns[7];

// The result of one list row.
struct PolicyBulkRow {
  size_t row = 0;         // sheet row number as Excel shows it
  std::string policy_no;  // as typed
  bool stored = false;
  std::string result;     // "已保存" / "已保存（批单）" or the reasons (Chinese)
};

// GET /school/insurer/policies/import
void insurer_policy_import(Ctx& ctx);
// GET /school/insurer/policies/import/template
void insurer_policy_import_template(Ctx& ctx);
// GET /school/insurer/policies/import/report?id=N
void insurer_policy_import_report(Ctx& ctx);
// POST /school/files/insurer/policies (multipart: csrf first, list, pdfs).
void uploads_insurer_policies(Ctx& ctx);

// Renders the import page; with results (may be empty) and errors (whole-upload messages)
// after a POST, report_url "" when no report was made.
void insurer_policy_import_render(Ctx& ctx, const std::vector<std::string>& errors,
                                  const std::vector<PolicyBulkRow>* results, const std::string& report_url);
