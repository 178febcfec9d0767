// uploads/roster_upload.cpp - steps shared by roster uploads (see uploads/roster_upload.h).
#include "uploads/roster_upload.h"

#include <ctemplate/template.h>

#include <fstream>
#include <iterator>
#include <set>

#include "context.h"
#include "crypto.h"
#include "form.h"
#include "generated.h"
#include "page.h"
#include "school/in_hand.h"

namespace {

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

// Stores the problem report as a file of kind other owned by the school; returns its URL.
std::string store_report(Ctx& ctx, const std::vector<RosterProblem>& problems, const std::string& insured_kind,
                         int64_t school_id) {
  std::string path = generated_path(ctx.config, ".xlsx");
  roster_problems_xlsx(problems, path);
  FileRow row;
  row.kind = "other";
  row.school_id = school_id;
  row.original_name = insured_kind + "花名册问题清单.xlsx";
  row.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  row.uploaded_by = ctx.account().id;
  return in_hand_url(ctx, "/school/files/download?id=" + std::to_string(files_store_generated(ctx.db, ctx.config, path, row)));
}

}  // namespace

MultipartLimits roster_upload_limits() {
  MultipartLimits limits;
  limits.file_bytes = static_cast<size_t>(SheetLimits{}.max_file_bytes);
  limits.max_fields = 16;
  limits.field_bytes = 4 << 10;
  return limits;
}

int64_t roster_upload_number(const MultipartForm& form, const char* name) {
  const std::string* v = form.field(name);
  if (!v) return -1;
  std::string t = trim_text(*v);
  if (t.empty() || t.size() > 7 || t.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stoll(t);
}

int64_t roster_upload_company(Ctx& ctx, const MultipartForm& form) {
  int64_t id = roster_upload_number(form, "company_id");
  if (id <= 0 || !ctx.db.query_one("SELECT id FROM insurance_companies WHERE id = ? AND status = 'active'", {id}))
    return 0;
  return id;
}

RosterUpload roster_upload_read(Ctx& ctx, UploadedFile* file, int64_t product_id, int64_t year_id, int64_t school_id,
                                const std::string& insured_kind, const RosterTarget* target) {
  RosterUpload u;
  // A rerun transaction finds the file where its first attempt moved it (released: stored).
  std::string path = file ? file->path : std::string();
  if (file && path.empty() && !file->too_large && file->sha256.size() == 32)
    path = files_path(ctx.config, to_hex(file->sha256));
  if (!file) u.errors.push_back("请选择" + insured_kind + "花名册文件（.xlsx、.xls 或 .csv）。");
  else if (file->too_large) u.errors.push_back("花名册文件不能超过 20 MB。");
  else if ((u.format = sheet_detect(path)) == SheetFormat::unknown)
    u.errors.push_back("无法识别花名册文件的格式，请上传 Excel（.xlsx、.xls）或 CSV 文件。");
  if (!u.errors.empty()) return u;

  RosterIntake intake(ctx.db, ctx.config, product_id, year_id, school_id);
  if (target) intake.store_into(target->enrollment_id, target->limit, target->keep_valid);
  try {
    intake.read(path, SheetLimits{});
  } catch (const SheetError& e) {
    u.errors.push_back(e.what());
    return u;
  }
  u.check = intake.finish();
  u.checked = u.check.header_found;
  if (!u.check.header_found) u.errors.push_back("花名册的表头不符合模板，请下载模板核对后重新上传。");
  else if (u.check.data_rows == 0) u.errors.push_back("花名册中没有数据行，请填写人员名单后重新上传。");
  return u;
}

FileRow roster_upload_file_row(Ctx& ctx, UploadedFile& file, SheetFormat format, int64_t school_id,
                               const std::string& insured_kind) {
  FileRow row;
  row.size_bytes = file.size;
  row.sha256 = files_store(ctx.config, file);
  row.kind = "roster";
  row.school_id = school_id;
  row.original_name = files_safe_name(file.filename, insured_kind + "花名册" + roster_extension(format));
  row.content_type = roster_content_type(format);
  row.uploaded_by = ctx.account().id;
  return row;
}

void roster_upload_render_result(Ctx& ctx, const RosterResult& r,
                                 const std::function<void(ctemplate::TemplateDictionary&)>& refill) {
  Page page(ctx, "花名册检查结果", "school/enroll_result.tpl");
  auto& d = page.body();
  set_value(d, "TITLE", r.title);
  set_value(d, "BACK_URL", r.back_url);
  set_value(d, "BACK_LABEL", r.back_label);
  for (const std::string& e : r.errors) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", e);
  if (r.upload && r.upload->checked) {
    auto* t = d.AddSectionDictionary("TOTALS");
    std::set<size_t> bad_rows;
    for (const RosterProblem& p : r.upload->check.problems)
      if (p.row > 0) bad_rows.insert(p.row);
    set_value(*t, "DATA_ROWS", std::to_string(r.upload->check.data_rows));
    set_value(*t, "VALID_ROWS", std::to_string(r.upload->check.valid.size()));
    set_value(*t, "PROBLEM_ROWS", std::to_string(bad_rows.size()));
  }
  if (r.upload && !r.upload->check.problems.empty()) {
    const auto& problems = r.upload->check.problems;
    auto* s = d.AddSectionDictionary("PROBLEMS");
    for (const RosterProblem& p : problems) {
      auto* row = s->AddSectionDictionary("PROBLEM");
      set_value(*row, "ROW", p.row == 0 ? std::string("全表") : std::to_string(p.row));
      set_value(*row, "COLUMN", p.column);
      set_value(*row, "VALUE", p.value);
      set_value(*row, "REASON", p.reason);
    }
    set_value(*s->AddSectionDictionary("REPORT"), "REPORT_URL",
              store_report(ctx, problems, r.insured_kind, r.school_id));
  }
  if (refill) refill(d);
  ctx.res.status = 200;
  page.render();
}
