// uploads/enroll.cpp - POST /school/files/enroll, the 投保数据 submission of one product
// (see school/enroll.h for the contract). Order: parse (file to a temporary file) → cheap
// checks → sheet_read_sandboxed → RosterChecker → roster_duplicates_elsewhere → either the
// result page (nothing stored) or files_store + ONE transaction (file row, enrollment,
// roster rows, audit) → 303.
#include <fstream>
#include <iterator>
#include <set>

#include "audit.h"
#include "context.h"
#include "coverage.h"
#include "crypto.h"
#include "deadline.h"
#include "files.h"
#include "form.h"
#include "http_error.h"
#include "multipart.h"
#include "page.h"
#include "roster.h"
#include "school/enroll.h"
#include "sheet.h"
#include "year.h"

namespace {

const char* const kSubmittedAlready = "本险种的投保数据已提交，不能重复提交。如需修改请点击“申请修改”提交申请。";

struct Result {
  std::string product_name;
  std::vector<std::string> errors;
  RosterCheck check;
  bool checked = false;        // the roster was read (totals are meaningful)
  std::string report_url;      // problem report download
};

// A non-negative integer field of at most 7 digits, or -1.
int64_t small_number(const MultipartForm& form, const char* name) {
  const std::string* v = form.field(name);
  if (!v) return -1;
  std::string t = trim_text(*v);
  if (t.empty() || t.size() > 7 || t.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stoll(t);
}

void render_result(Ctx& ctx, const Result& r) {
  Page page(ctx, "投保数据上传结果", "school/enroll_result.tpl");
  auto& d = page.body();
  set_value(d, "PRODUCT_NAME", r.product_name);
  set_value(d, "BACK_URL", "/school/s/enroll");
  for (const std::string& e : r.errors) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", e);
  if (r.checked) {
    auto* t = d.AddSectionDictionary("TOTALS");
    std::set<size_t> bad_rows;
    for (const RosterProblem& p : r.check.problems)
      if (p.row > 0) bad_rows.insert(p.row);
    set_value(*t, "DATA_ROWS", std::to_string(r.check.data_rows));
    set_value(*t, "VALID_ROWS", std::to_string(r.check.valid.size()));
    set_value(*t, "PROBLEM_ROWS", std::to_string(bad_rows.size()));
  }
  if (!r.check.problems.empty()) {
    auto* s = d.AddSectionDictionary("PROBLEMS");
    for (const RosterProblem& p : r.check.problems) {
      auto* row = s->AddSectionDictionary("PROBLEM");
      set_value(*row, "ROW", p.row == 0 ? std::string("全表") : std::to_string(p.row));
      set_value(*row, "COLUMN", p.column);
      set_value(*row, "VALUE", p.value);
      set_value(*row, "REASON", p.reason);
    }
    if (!r.report_url.empty()) set_value(*s->AddSectionDictionary("REPORT"), "REPORT_URL", r.report_url);
  }
  ctx.res.status = 200;
  page.render();
}

// Stores the problem report as a file of kind other owned by the school; returns its URL.
std::string store_report(Ctx& ctx, const std::vector<RosterProblem>& problems, const std::string& product_kind) {
  UploadedFile f;
  f.path = enroll_temp_path(ctx, ".xlsx");
  roster_problems_xlsx(problems, f.path);
  std::ifstream in(f.path, std::ios::binary);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  f.size = content.size();
  f.sha256 = sha256(content);
  FileRow row;
  row.sha256 = files_store(ctx.config, f);
  row.kind = "other";
  row.school_id = ctx.account().school_id;
  row.original_name = product_kind + "花名册问题清单.xlsx";
  row.size_bytes = content.size();
  row.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  row.uploaded_by = ctx.account().id;
  int64_t id = files_insert(ctx.db, row);
  return "/school/files/download?id=" + std::to_string(id);
}

const char* roster_content_type(SheetFormat f) {
  switch (f) {
    case SheetFormat::xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case SheetFormat::xls: return "application/vnd.ms-excel";
    case SheetFormat::csv: return "text/csv";
    default: return "";
  }
}
const char* roster_extension(SheetFormat f) {
  switch (f) {
    case SheetFormat::xlsx: return ".xlsx";
    case SheetFormat::xls: return ".xls";
    default: return ".csv";
  }
}

// The enrollment already carrying this batch key (a retried POST), or 0.
int64_t batch_done(Ctx& ctx, const std::string& batch_key) {
  auto r = ctx.db.query_one("SELECT id FROM enrollments WHERE batch_key = ? AND school_id = ?",
                            {batch_key, ctx.account().school_id});
  return r ? r->i64("id") : 0;
}

struct AlreadySubmitted {};

}  // namespace

void uploads_enroll(Ctx& ctx) {
  const Account& a = ctx.account();
  SheetLimits sheet_limits;
  MultipartLimits limits;
  limits.file_bytes = static_cast<size_t>(sheet_limits.max_file_bytes);
  limits.max_fields = 16;
  limits.field_bytes = 4 << 10;
  MultipartForm form = multipart_parse(ctx.req, ctx.config, limits);

  const std::string* batch = form.field("batch_key");
  if (!batch || batch->size() != 32 || batch->find_first_not_of("0123456789abcdef") != std::string::npos)
    throw HttpError(400, "提交的表单不完整，请刷新投保数据页面后重新提交。");
  const std::string batch_key = *batch;
  if (batch_done(ctx, batch_key)) {  // a retried POST: the first one stored everything
    ctx.res.redirect("/school/s/enroll?done=submitted", true);
    return;
  }
  int64_t product_id = small_number(form, "product");
  auto product = product_id > 0 ? ctx.db.query_one(
                                      "SELECT p.name, p.insured_kind FROM products p WHERE p.id = ? AND (p.vocational_only = 0 OR"
                                      " EXISTS (SELECT 1 FROM schools s JOIN school_types t ON t.name = s.school_type"
                                      "  WHERE s.id = ? AND t.vocational = 1))",
                                      {product_id, a.school_id})
                                : std::nullopt;
  if (!product) throw HttpError(400, "险种无效，请刷新投保数据页面后重新提交。");
  auto year = current_year(ctx.db);
  if (!year) throw HttpError(409, "管理中心尚未设置当前学年，暂不能提交投保数据。");
  DeadlineState deadline = deadline_for_school(ctx.db, *year, a.school_id, DeadlineKind::enroll);
  if (!deadline.open) throw HttpError(409, "本学年投保截止日期已过（" + deadline.last_day + "），如需修改请提交申请。");
  auto existing = ctx.db.query_one(
      "SELECT id, status FROM enrollments WHERE school_id = ? AND year_id = ? AND product_id = ? AND seq = 1",
      {a.school_id, year->id, product_id});
  if (existing && existing->str("status") != "draft") throw HttpError(409, kSubmittedAlready);

  Result r;
  r.product_name = product->str("name");
  const std::string kind = product->str("insured_kind");
  int64_t declared = small_number(form, "declared_count");
  if (declared <= 0) r.errors.push_back("请填写参保人数（正整数）。");
  int64_t company_id = small_number(form, "company_id");
  if (company_id <= 0 ||
      !ctx.db.query_one("SELECT id FROM insurance_companies WHERE id = ? AND status = 'active'", {company_id}))
    r.errors.push_back("请选择投保公司。");
  const std::string* keep = form.field("keep_valid");
  bool keep_valid = keep && *keep == "1";
  UploadedFile* file = form.file("roster");
  SheetFormat format = SheetFormat::unknown;
  if (!file) r.errors.push_back("请选择" + kind + "花名册文件（.xlsx、.xls 或 .csv）。");
  else if (file->too_large) r.errors.push_back("花名册文件不能超过 20 MB。");
  else if ((format = sheet_detect(file->path)) == SheetFormat::unknown)
    r.errors.push_back("无法识别花名册文件的格式，请上传 Excel（.xlsx、.xls）或 CSV 文件。");
  if (!r.errors.empty()) {
    render_result(ctx, r);
    return;
  }

  RosterChecker checker(product_id);
  try {
    sheet_read_sandboxed(file->path, sheet_limits,
                         [&](size_t row_number, const SheetRow& cells) { checker.add(row_number, cells); });
  } catch (const SheetError& e) {
    r.errors.push_back(e.what());
    render_result(ctx, r);
    return;
  }
  r.check = checker.finish();
  r.checked = r.check.header_found;
  if (r.check.header_found && !r.check.valid.empty()) {
    std::vector<RosterProblem> dups =
        roster_duplicates_elsewhere(ctx.db, ctx.config, year->id, product_id, a.school_id, r.check.valid);
    if (!dups.empty()) {
      std::set<size_t> dup_rows;
      for (const RosterProblem& p : dups) dup_rows.insert(p.row);
      std::erase_if(r.check.valid, [&](const RosterRow& row) { return dup_rows.count(row.row_no) > 0; });
      r.check.problems.insert(r.check.problems.end(), dups.begin(), dups.end());
    }
  }
  if (!r.check.header_found) r.errors.push_back("花名册的表头不符合模板，请下载模板核对后重新上传。");
  else if (r.check.data_rows == 0) r.errors.push_back("花名册中没有数据行，请填写人员名单后重新上传。");
  else if (!r.check.problems.empty() && !keep_valid)
    r.errors.push_back("花名册中有 " + std::to_string(r.check.problems.size()) +
                       " 处问题，未保存任何数据。请修改后重新上传，或勾选“只保存正确的行”。");
  else if (r.check.valid.empty()) r.errors.push_back("花名册中没有可以保存的正确行。");
  else if (static_cast<size_t>(declared) != r.check.valid.size())
    r.errors.push_back("参保人数（" + std::to_string(declared) + " 人）与花名册中可保存的人数（" +
                       std::to_string(r.check.valid.size()) + " 人）不一致，未保存任何数据。");
  if (!r.errors.empty()) {
    if (!r.check.problems.empty()) r.report_url = store_report(ctx, r.check.problems, kind);
    render_result(ctx, r);
    return;
  }

  FileRow row;
  row.size_bytes = file->size;
  row.sha256 = files_store(ctx.config, *file);
  row.kind = "roster";
  row.school_id = a.school_id;
  row.original_name = files_safe_name(file->filename, kind + "花名册" + roster_extension(format));
  row.content_type = roster_content_type(format);
  row.uploaded_by = a.id;
  const std::vector<RosterRow>& rows = r.check.valid;
  const int64_t stored = static_cast<int64_t>(rows.size());
  try {
    ctx.db.transaction([&] {
      // A retried POST that raced past the check above: the first one stored everything.
      if (ctx.db.query_one("SELECT id FROM enrollments WHERE batch_key = ?", {batch_key})) return;
      CoverageChange coverage(ctx.db, a.school_id, year->id, product_id);
      auto e = ctx.db.query_one(
          "SELECT id, status FROM enrollments WHERE school_id = ? AND year_id = ? AND product_id = ? AND seq = 1 FOR UPDATE",
          {a.school_id, year->id, product_id});
      if (e && e->str("status") != "draft") throw AlreadySubmitted{};
      int64_t file_id = files_insert(ctx.db, row);
      int64_t enrollment_id = 0;
      if (e) {
        enrollment_id = e->i64("id");
        ctx.db.exec("UPDATE enrollments SET company_id = ?, declared_count = ?, stored_count = ?, status = 'submitted',"
                    " roster_file_id = ?, batch_key = ?, submitted_by = ?, submitted_at = UTC_TIMESTAMP(),"
                    " updated_at = UTC_TIMESTAMP() WHERE id = ?",
                    {company_id, declared, stored, file_id, batch_key, a.id, enrollment_id});
      } else {
        ctx.db.exec("INSERT INTO enrollments (school_id, year_id, product_id, seq, company_id, declared_count, stored_count,"
                    " status, roster_file_id, batch_key, submitted_by, submitted_at, updated_at)"
                    " VALUES (?, ?, ?, 1, ?, ?, ?, 'submitted', ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
                    {a.school_id, year->id, product_id, company_id, declared, stored, file_id, batch_key, a.id});
        enrollment_id = static_cast<int64_t>(ctx.db.last_insert_id());
      }
      size_t n = roster_store(ctx.db, ctx.config, enrollment_id, year->id, product_id, rows);
      if (static_cast<int64_t>(n) != stored) throw std::runtime_error("roster_store stored a different row count");
      coverage.commit();
      audit(ctx, "enrollment_submitted", "enrollment", std::to_string(enrollment_id),
            "product=" + std::to_string(product_id) + " year=" + year->label + " count=" + std::to_string(stored) +
                " file=" + std::to_string(file_id));
    });
  } catch (const AlreadySubmitted&) {
    throw HttpError(409, kSubmittedAlready);
  } catch (const DbError& e) {
    if (e.code() != 1062) throw;
    // A concurrent POST won: the same batch (a double click) is done; another one conflicts.
    if (!batch_done(ctx, batch_key)) throw HttpError(409, kSubmittedAlready);
  }
  ctx.res.redirect("/school/s/enroll?done=submitted", true);
}
