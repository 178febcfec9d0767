// uploads/insurer_claims.cpp - POST /school/files/insurer/claims, the bulk import of claims, and
// the download of its report (see insurer/claim_import.h). Order: parse (file to a temporary
// file) → sandboxed sheet reader → every row through claim_check and the 案件编号 lookup (scoped
// to the insurer's company and region) → ONE transaction for the good rows → report file →
// result page. Scope of the report: files.uploaded_by = the signed-in account.
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "crypto.h"
#include "dates.h"
#include "files.h"
#include "form.h"
#include "generated.h"
#include "http_error.h"
#include "insurer/claim_import.h"
#include "insurer/claim_rules.h"
#include "multipart.h"
#include "page.h"
#include "pager.h"
#include "sheet.h"
#include "uploads/sheet_import.h"
#include "xlsx_writer.h"

namespace {

struct ImportRow {
  size_t row_no = 0;
  ClaimInput in;
  ClaimResolved resolved;
  int64_t existing_id = 0;     // the claim with this 案件编号, 0 = new
  std::string result;          // 新增 / 更新 / 错误
  std::vector<std::string> errors;
};

// An Excel serial day number (1900 date system) → YYYY-MM-DD; "" when out of range.
std::string serial_date(const std::string& text) {
  if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return "";
  long days = std::stol(text) - 25569;  // days from 1970-01-01
  if (days < -25000 || days > 80000) return "";
  // civil_from_days (H. Hinnant)
  long z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
  char out[48];
  snprintf(out, sizeof out, "%04ld-%02ld-%02ld", y + (m <= 2), m, d);
  return out;
}

// A date cell: a number → serial date; "2026/9/5" or "2026-9-5" → "2026-09-05"; else as typed.
std::string date_cell(const SheetCell& c) {
  std::string t = trim_text(c.text);
  if (c.numeric) {
    std::string d = serial_date(t.substr(0, t.find('.')));
    if (!d.empty()) return d;
  }
  int y = 0, m = 0, d = 0;
  char s1 = 0, s2 = 0, rest = 0;
  if (sscanf(t.c_str(), "%4d%c%2d%c%2d%c", &y, &s1, &m, &s2, &d, &rest) == 5 && s1 == s2 && (s1 == '/' || s1 == '-')) {
    char out[48];
    snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
    return out;
  }
  return t;
}

struct Sheet {
  std::map<std::string, size_t> columns;  // header name → index
  std::vector<ImportRow> rows;
};

std::string cell(const SheetRow& cells, const Sheet& s, const char* name) {
  auto it = s.columns.find(name);
  if (it == s.columns.end() || it->second >= cells.size()) return "";
  return trim_text(cells[it->second].text);
}

void read_sheet(const std::string& path, Sheet& s) {
  sheet_read_sandboxed(path, SheetLimits{}, [&](size_t row_no, const SheetRow& cells) {
    if (s.columns.empty()) {
      for (size_t i = 0; i < cells.size(); ++i) s.columns[trim_text(cells[i].text)] = i;
      if (!s.columns.count("出险学校")) s.columns.clear();  // not the header yet
      return;
    }
    if (s.rows.size() >= 5000) throw SheetError("一次最多导入 5000 个案件，请分批上传。");
    ImportRow r;
    r.row_no = row_no;
    r.in.claim_no = cell(cells, s, "案件编号");
    r.in.school = cell(cells, s, "出险学校");
    r.in.injured_name = cell(cells, s, "伤者姓名");
    r.in.cause = cell(cells, s, "事故原因");
    r.in.handling = cell(cells, s, "处理情况");
    r.in.settlement_note = cell(cells, s, "理赔情况");
    r.in.paid = cell(cells, s, "赔偿金额");
    for (const char* name : {"出险时间", "结案时间"}) {
      auto it = s.columns.find(name);
      std::string v = it == s.columns.end() || it->second >= cells.size() ? "" : date_cell(cells[it->second]);
      (std::string(name) == "出险时间" ? r.in.accident_on : r.in.closed_on) = v;
    }
    s.rows.push_back(std::move(r));
  });
}

// Checks one row: the rules, then its 案件编号 (required, once per file, in scope when known).
void check_row(Ctx& ctx, ImportRow& r, std::set<std::string>& seen) {
  const Account& a = ctx.account();
  for (const auto& [field, message] : claim_check(ctx.db, a, r.in, false, r.resolved)) r.errors.push_back(message);
  if (r.in.claim_no.empty()) {
    r.errors.push_back("批量导入须填写案件编号。");
  } else if (!seen.insert(r.in.claim_no).second) {
    r.errors.push_back("案件编号 " + r.in.claim_no + " 在本文件中重复。");
  } else if (auto c = ctx.db.query_one("SELECT id, status FROM claims WHERE company_id = ? AND claim_no = ?",
                                       {a.company_id, r.in.claim_no})) {
    auto own = insurer_claim(ctx.db, a, c->i64("id"));
    if (!own) r.errors.push_back("案件编号 " + r.in.claim_no + " 已被本公司其他区域的案件使用。");
    else if (own->str("status") == "settled" && !r.resolved.settled)
      r.errors.push_back("该案件已结案，不能改回未决案件。");
    else r.existing_id = c->i64("id");
  }
  r.result = !r.errors.empty() ? "错误" : r.existing_id ? "更新" : "新增";
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : "；") + s;
  return out;
}

// The report as an .xlsx file of the uploader; returns its download URL.
std::string store_report(Ctx& ctx, const std::vector<ImportRow>& rows) {
  std::string path = generated_path(ctx.config, ".xlsx");
  {
    XlsxWriter x(path);
    x.add_sheet("导入结果");
    x.column_widths({8, 16, 30, 8, 60});
    x.header({"行号", "案件编号", "出险学校", "结果", "说明"});
    for (const ImportRow& r : rows) x.row({std::to_string(r.row_no), r.in.claim_no, r.in.school, r.result, join(r.errors)});
    x.close();
  }
  return "/school/files/insurer/claims/report?id=" + std::to_string(sheet_import_store_report(ctx, path, "理赔案件导入结果.xlsx"));
}

// Stores the rows without errors in one transaction (audited per claim and once for the file).
void store_rows(Ctx& ctx, std::vector<ImportRow>& rows, size_t& added, size_t& updated, size_t& failed) {
  ctx.db.transaction([&] {
    added = updated = failed = 0;
    for (ImportRow& r : rows) {
      if (!r.errors.empty()) {
        ++failed;
        continue;
      }
      claim_save(ctx, r.existing_id, r.in, r.resolved);
      ++(r.existing_id ? updated : added);
    }
    audit(ctx, "claims_imported", "claim", "",
          "新增 " + std::to_string(added) + " 更新 " + std::to_string(updated) + " 错误 " + std::to_string(failed));
  });
}

void render_form_error(Ctx& ctx, const std::string& message) {
  sheet_import_form_error(ctx, "批量导入案件", "insurer/claim_import.tpl", message);
}

}  // namespace

void uploads_insurer_claims(Ctx& ctx) {
  MultipartForm form = multipart_parse(ctx.req, ctx.config, sheet_import_limits());
  std::string error;
  UploadedFile* file = sheet_import_file(form, "案件文件", error);
  if (!file) return render_form_error(ctx, error);
  Sheet sheet;
  try {
    read_sheet(file->path, sheet);
  } catch (const SheetError& e) {
    return render_form_error(ctx, e.what());
  }
  if (sheet.columns.empty()) return render_form_error(ctx, "文件中没有找到表头（须含“出险学校”等列），请使用模板填写。");
  if (sheet.rows.empty()) return render_form_error(ctx, "文件中没有案件数据。");

  std::set<std::string> seen;
  for (ImportRow& r : sheet.rows) check_row(ctx, r, seen);
  size_t added = 0, updated = 0, failed = 0;
  try {
    store_rows(ctx, sheet.rows, added, updated, failed);
  } catch (const std::exception& e) {
    if (!is_duplicate_key(e)) throw;  // another upload stored the same 案件编号 meanwhile
    return render_form_error(ctx, "导入期间有相同案件编号的案件被同时保存，本次未导入任何案件，请重新上传。");
  }
  std::string report_url = store_report(ctx, sheet.rows);

  Page page(ctx, "批量导入案件", "insurer/claim_import.tpl");
  auto& d = *page.body().AddSectionDictionary("RESULT");
  set_value(d, "ADDED", std::to_string(added));
  set_value(d, "UPDATED", std::to_string(updated));
  set_value(d, "FAILED", std::to_string(failed));
  set_value(d, "REPORT_URL", report_url);
  for (const ImportRow& r : sheet.rows) {
    auto* row = d.AddSectionDictionary("ROW");
    set_value(*row, "ROW_NO", std::to_string(r.row_no));
    set_value(*row, "CLAIM_NO", r.in.claim_no);
    set_value(*row, "SCHOOL", r.in.school);
    set_value(*row, "RESULT", r.result);
    set_value(*row, "MESSAGE", join(r.errors));
    if (!r.errors.empty()) row->ShowSection("BAD");
  }
  page.body().ShowSection("FORM");
  page.render();
}

void uploads_insurer_claims_report(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  auto file = ctx.db.query_one(
      "SELECT sha256, original_name FROM files WHERE id = ? AND kind = 'other' AND school_id IS NULL AND uploaded_by = ?",
      {id, ctx.account().id});
  if (!file) {
    audit(ctx, "access_denied", "file", std::to_string(id), "claim import report");
    throw HttpError(404, "文件不存在或您无权下载。");
  }
  const std::string& sha = file->str("sha256");
  ctx.res.set_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ctx.res.set_header("Content-Disposition", "attachment; filename*=UTF-8''" + url_encode(file->str("original_name")));
  ctx.res.set_header("X-Accel-Redirect", "/_files/" + sha.substr(0, 2) + "/" + sha);
  ctx.res.set_header("Cache-Control", "private, no-store");
}
