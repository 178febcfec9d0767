// uploads/insurer_policies.cpp - POST /school/files/insurer/policies, 批量上传保单 (see
// insurer/policy_bulk.h). Order: parse (list and zip to temporary files) → the list read in the
// sandbox (header by name) → the zip's directory checked → row by row: fields, the one matching
// enrollment, deadline, duplicate 保单号 (in the file and the company), the PDF from the zip by
// magic bytes → each valid row stored in its own transaction (policy_store) → the result page
// with every row and a result .xlsx (stored as an export of this account, audited).
#include <fstream>
#include <memory>
#include <set>

#include "audit.h"
#include "context.h"
#include "crypto.h"
#include "files.h"
#include "form.h"
#include "generated.h"
#include "insurer/policy_bulk.h"
#include "insurer/policy_deadline.h"
#include "insurer/policy_store.h"
#include "insurer/policy_zip.h"
#include "multipart.h"
#include "scope.h"
#include "sheet.h"
#include "uploads/sheet_import.h"
#include "xlsx_writer.h"
#include "year.h"

namespace {

constexpr size_t kHeaderRows = 10;     // the header is looked for in the first rows
constexpr size_t kMaxListRows = 5000;  // data rows of one list

// A list row as read: its sheet row number and the seven cells in kPolicyBulkColumns order.
struct ListRow {
  size_t row;
  std::vector<std::string> cells;
};

// An Excel date serial (days since 1899-12-30) as YYYY-MM-DD, else the text unchanged;
// 2026/9/1 → 2026-09-01.
std::string date_text(const std::string& s) {
  if (!s.empty() && s.size() <= 5 && s.find_first_not_of("0123456789") == std::string::npos) {
    // civil_from_days (H. Hinnant), day 0 = 1970-01-01; serial 25569 = 1970-01-01.
    long z = std::stol(s) - 25569 + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    long dd = doy - (153 * mp + 2) / 5 + 1, mm = mp < 10 ? mp + 3 : mp - 9;
    if (mm <= 2) ++y;
    char buf[64];
    snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, mm, dd);
    return buf;
  }
  size_t a = s.find('/'), b = a == std::string::npos ? a : s.find('/', a + 1);
  if (b == std::string::npos) return s;
  std::string m = s.substr(a + 1, b - a - 1), d = s.substr(b + 1);
  return s.substr(0, a) + "-" + (m.size() == 1 ? "0" : "") + m + "-" + (d.size() == 1 ? "0" : "") + d;
}

// Reads the list: the header row (all seven names, any order) within the first rows, then the
// data rows. Throws SheetError with a Chinese message.
std::vector<ListRow> read_list(const std::string& path) {
  SheetLimits limits;
  limits.max_rows = kMaxListRows + kHeaderRows;
  std::vector<int> index;  // column of each kPolicyBulkColumns entry
  std::vector<ListRow> rows;
  sheet_read_sandboxed(path, limits, [&](size_t n, const SheetRow& cells) {
    if (index.empty()) {
      if (n > kHeaderRows) throw SheetError("没有找到表头行：前 10 行中应有“学校名称、险种、保单号、承保人数、保费、起保日期、终保日期”。请使用模板。");
      std::vector<int> found(7, -1);
      for (size_t c = 0; c < cells.size(); ++c)
        for (int k = 0; k < 7; ++k)
          if (trim_text(cells[c].text) == kPolicyBulkColumns[k] && found[k] < 0) found[k] = static_cast<int>(c);
      for (int k = 0; k < 7; ++k)
        if (found[k] < 0) return;
      index = found;
      return;
    }
    ListRow r{n, {}};
    for (int c : index) r.cells.push_back(static_cast<size_t>(c) < cells.size() ? trim_text(cells[c].text) : "");
    rows.push_back(std::move(r));
  });
  if (index.empty()) throw SheetError("没有找到表头行：前 10 行中应有“学校名称、险种、保单号、承保人数、保费、起保日期、终保日期”。请使用模板。");
  if (rows.empty()) throw SheetError("保单清单中没有数据行。");
  return rows;
}

// The only enrollment of the insurer's scope in year_id for school and product name: its id,
// else 0 with why set.
int64_t match(Ctx& ctx, int64_t year_id, const std::string& school, const std::string& product, std::string& why) {
  const Account& a = ctx.account();
  Rows m = ctx.db.query(
      "SELECT e.id FROM enrollments e JOIN schools s ON s.id = e.school_id JOIN products p ON p.id = e.product_id"
      " WHERE s.name = ? AND p.name = ? AND e.year_id = ?"
      " AND e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' LIMIT 2",
      {school, product, year_id, a.company_id, region_pattern(a)});
  if (m.size() == 1) return m[0].i64("id");
  why = m.empty() ? "在您的承保范围内没有该学校该险种本学年的投保数据（请核对学校名称和险种全称）"
                  : "该学校该险种有多条投保数据，无法确定对应哪一条，请在保单上传页面逐条上传";
  return 0;
}

// Writes the result .xlsx, stores it as an export of this account; returns its URL.
std::string store_report(Ctx& ctx, const std::vector<PolicyBulkRow>& results) {
  std::string path = generated_path(ctx.config, ".xlsx");
  {
    XlsxWriter w(path);
    w.add_sheet("上传结果");
    w.column_widths({8, 26, 60});
    w.header({"行号", "保单号", "结果"});
    for (const PolicyBulkRow& r : results) w.row({std::to_string(r.row), r.policy_no, r.result});
    w.close();
  }
  return "/school/insurer/policies/import/report?id=" + std::to_string(sheet_import_store_report(ctx, path, "保单上传结果.xlsx", "export"));
}

}  // namespace

void uploads_insurer_policies(Ctx& ctx) {
  MultipartLimits limits;
  limits.file_bytes = 0;  // [limits] upload_bytes: list and zip together stay under it (413 otherwise)
  limits.max_files = 2;
  limits.max_fields = 8;
  limits.field_bytes = 1 << 10;
  MultipartForm form = multipart_parse(ctx.req, ctx.config, limits);
  const Account& a = ctx.account();

  auto year = current_year(ctx);
  if (!year) return insurer_policy_import_render(ctx, {"管理中心尚未设置当前学年，暂不能上传保单。"}, nullptr, "");
  UploadedFile* list = form.file("list");
  UploadedFile* pdfs = form.file("pdfs");
  std::vector<std::string> errors;
  if (!list) errors.push_back("请选择保单清单（.xlsx）。");
  else if (list->too_large || list->size > SheetLimits{}.max_file_bytes) errors.push_back("保单清单不能超过 20 MB。");
  else if (sheet_detect(list->path) != SheetFormat::xlsx) errors.push_back("保单清单只能是 .xlsx 文件（请使用模板）。");
  if (pdfs && pdfs->too_large) errors.push_back("保单压缩包超过上传大小上限，请分批上传。");
  std::vector<ListRow> rows;
  std::unique_ptr<PolicyZip> zip;
  if (errors.empty()) {
    try {
      rows = read_list(list->path);
    } catch (const SheetError& e) {
      errors.push_back(e.what());
    }
    try {
      if (pdfs) zip = std::make_unique<PolicyZip>(pdfs->path);
    } catch (const PolicyZipError& e) {
      errors.push_back(e.what());
    }
  }
  if (!errors.empty()) return insurer_policy_import_render(ctx, errors, nullptr, "");

  std::vector<PolicyBulkRow> results;
  std::set<std::string> seen;
  for (const ListRow& r : rows) {
    PolicyBulkRow out;
    out.row = r.row;
    out.policy_no = r.cells[2];
    std::vector<std::string> why;
    PolicyInput in{r.cells[2], r.cells[3], r.cells[4], date_text(r.cells[5]), date_text(r.cells[6])};
    PolicyValues v;
    for (const auto& [key, message] : policy_check(in, v)) why.push_back(message);
    std::string reason;
    int64_t enrollment_id = 0;
    if (r.cells[0].empty() || r.cells[1].empty()) why.push_back("请填写学校名称和险种。");
    else if (!(enrollment_id = match(ctx, year->id, r.cells[0], r.cells[1], reason))) why.push_back(reason + "。");
    if (!in.policy_no.empty() && !seen.insert(in.policy_no).second) why.push_back("保单号在本清单中重复。");
    if (why.empty() && ctx.db.query_one("SELECT id FROM policies WHERE company_id = ? AND policy_no = ?", {a.company_id, v.policy_no}))
      why.push_back(policy_duplicate_message(v.policy_no));
    if (why.empty()) {
      PolicyDeadline d = policy_deadline_for(ctx.db, a.company_id, enrollment_id);
      if (!d.open) why.push_back("保单上传已于 " + d.last_day + " 截止。");
    }
    std::optional<UploadedFile> pdf;
    if (why.empty()) {
      const bool first = !ctx.db.query_one("SELECT id FROM policies WHERE enrollment_id = ? LIMIT 1", {enrollment_id});
      int64_t idx = zip ? zip->find(v.policy_no) : -1;
      if (idx == -2) why.push_back("压缩包中有多个 " + v.policy_no + ".pdf。");
      else if (idx == -1 && first) why.push_back("缺少保单 PDF：压缩包中应有 " + v.policy_no + ".pdf。");
      else if (idx >= 0) {
        try {
          pdf = zip->extract(idx, generated_path(ctx.config, ".pdf"));
          if (pdf->too_large) why.push_back(v.policy_no + ".pdf 超过 10 MB。");
          else if (files_detect_type(pdf->head, kPdf).empty()) why.push_back(v.policy_no + ".pdf 不是 PDF 文件（按文件内容识别）。");
        } catch (const PolicyZipError& e) {
          why.push_back(e.what());
        }
      }
    }
    if (why.empty()) {
      FileRow file;
      if (pdf) {
        file.sha256 = files_store(ctx.config, *pdf);
        file.original_name = v.policy_no + ".pdf";
        file.size_bytes = pdf->size;
        file.content_type = "application/pdf";
      }
      const bool first = !ctx.db.query_one("SELECT id FROM policies WHERE enrollment_id = ? LIMIT 1", {enrollment_id});
      int64_t policy_id = 0;
      switch (policy_store(ctx, enrollment_id, v, pdf ? &file : nullptr, "bulk", policy_id)) {
        case PolicyStoreResult::stored:
        case PolicyStoreResult::already_stored: out.stored = true; break;  // no batch key here: only stored
        case PolicyStoreResult::duplicate_no: why.push_back(policy_duplicate_message(v.policy_no)); break;
        case PolicyStoreResult::out_of_scope: why.push_back("该投保数据已不在您的承保范围内。"); break;
      }
      if (out.stored) out.result = first ? "已保存" : "已保存（批单）";
    }
    if (!out.stored) {
      for (const std::string& w : why) out.result += (out.result.empty() ? "" : " ") + w;
    }
    results.push_back(std::move(out));
  }
  size_t stored = 0;
  for (const PolicyBulkRow& r : results) stored += r.stored ? 1 : 0;
  audit(ctx, "policy_bulk_upload", "company", std::to_string(a.company_id),
        "rows=" + std::to_string(results.size()) + " stored=" + std::to_string(stored) + " zip=" + (zip ? "yes" : "no"));
  std::string url = store_report(ctx, results);
  insurer_policy_import_render(ctx, {}, &results, url);
}
