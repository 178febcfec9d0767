// uploads/admin_school_import.cpp - POST /school/files/admin/school-import, 学校账号导入, and the
// download of its report (see admin/school_import.h). Order: parse (file to a temporary file) →
// sandboxed sheet reader (at most 500 rows) → every row through school_import_check and the
// in-file duplicate check (same name and region, or same login) → ONE transaction PER ROW for
// the new schools (a row failing meanwhile does not undo the others) → report file → result
// page. Scope of the report: files.uploaded_by = the signed-in admin.
#include <map>

#include "admin/account_issue.h"
#include "admin/school_import.h"
#include "admin/school_import_rules.h"
#include "audit.h"
#include "context.h"
#include "crypto.h"
#include "files.h"
#include "form.h"
#include "generated.h"
#include "http_error.h"
#include "multipart.h"
#include "page.h"
#include "pager.h"
#include "sheet.h"
#include "uploads/sheet_import.h"
#include "xlsx_writer.h"

namespace {

constexpr size_t kMaxRows = 500;

struct Sheet {
  std::map<std::string, size_t> columns;  // header name → index
  std::vector<SchoolImportRow> rows;
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
      if (!s.columns.count("学校名称")) s.columns.clear();  // not the header yet
      return;
    }
    if (s.rows.size() >= kMaxRows) throw SheetError("一次最多导入 500 所学校，请分批上传。");
    SchoolImportRow r;
    r.row_no = row_no;
    r.name = cell(cells, s, "学校名称");
    r.city = cell(cells, s, "所属市");
    r.county = cell(cells, s, "所属县区");
    r.type = cell(cells, s, "学校类型");
    r.nature = cell(cells, s, "办学性质");
    r.contact_name = cell(cells, s, "联系人");
    r.contact_mobile = cell(cells, s, "联系人手机");
    r.login = cell(cells, s, "登录账号");
    r.center = cell(cells, s, "中心校");
    s.rows.push_back(std::move(r));
  });
}

// A second row of the file for the same school or login is an error naming the first.
void check_duplicates(std::vector<SchoolImportRow>& rows) {
  std::map<std::string, size_t> schools, logins;
  for (SchoolImportRow& r : rows) {
    if (!r.errors.empty()) continue;
    auto s = schools.emplace(r.region_code + "\t" + r.name, r.row_no);
    auto l = logins.emplace(r.login_name, r.row_no);
    if (!s.second) r.errors.push_back("与第 " + std::to_string(s.first->second) + " 行是同一所学校。");
    else if (!l.second) r.errors.push_back("登录账号与第 " + std::to_string(l.first->second) + " 行重复。");
    if (!r.errors.empty()) r.exists = false;
  }
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : "；") + s;
  return out;
}

std::string region_text(const SchoolImportRow& r) { return r.city + (r.county.empty() ? "" : " " + r.county); }

// Creates each new school in its own transaction; counts the outcomes.
void store_rows(Ctx& ctx, std::vector<SchoolImportRow>& rows, size_t& added, size_t& existing, size_t& failed) {
  added = existing = failed = 0;
  for (SchoolImportRow& r : rows) {
    if (r.errors.empty() && r.exists) {
      r.result = "已存在";
      ++existing;
      continue;
    }
    if (r.errors.empty()) {
      OneTimePassword password = one_time_password();
      try {
        ctx.db.transaction([&] {
          int64_t id = school_import_create(ctx.db, ctx.config, r, password);
          audit(ctx, "school_imported", "school", std::to_string(id), "row=" + std::to_string(r.row_no) + " " + r.name);
        });
      } catch (const std::exception& e) {
        if (!is_duplicate_key(e)) throw;
        r.errors.push_back("该学校或登录账号刚被同时开通，本行未导入，请重新上传核对。");
      }
    }
    if (!r.errors.empty()) {
      r.result = "错误";
      ++failed;
      continue;
    }
    r.result = "新增";
    ++added;
  }
  audit(ctx, "schools_imported", "school", "",
        "新增 " + std::to_string(added) + " 已存在 " + std::to_string(existing) + " 错误 " + std::to_string(failed));
}

// The report as an .xlsx file of the uploader; returns its download URL.
std::string store_report(Ctx& ctx, const std::vector<SchoolImportRow>& rows) {
  std::string path = generated_path(ctx.config, ".xlsx");
  {
    XlsxWriter x(path);
    x.add_sheet("导入结果");
    x.column_widths({8, 36, 20, 30, 8, 60});
    x.header({"行号", "学校名称", "所属县区", "登录账号", "结果", "说明"});
    for (const SchoolImportRow& r : rows)
      x.row({std::to_string(r.row_no), r.name, region_text(r), r.login_name, r.result, join(r.errors)});
    x.close();
  }
  return "/school/files/admin/school-import/report?id=" + std::to_string(sheet_import_store_report(ctx, path, "学校账号导入结果.xlsx"));
}

void render_form_error(Ctx& ctx, const std::string& message) {
  sheet_import_form_error(ctx, "学校账号导入", "admin/school_import.tpl", message);
}

}  // namespace

void uploads_admin_school_import(Ctx& ctx) {
  MultipartForm form = multipart_parse(ctx.req, ctx.config, sheet_import_limits());
  std::string error;
  UploadedFile* file = sheet_import_file(form, "学校名单", error);
  if (!file) return render_form_error(ctx, error);
  Sheet sheet;
  try {
    read_sheet(file->path, sheet);
  } catch (const SheetError& e) {
    return render_form_error(ctx, e.what());
  }
  if (sheet.columns.empty()) return render_form_error(ctx, "文件中没有找到表头（须含“学校名称”等列），请使用模板填写。");
  if (sheet.rows.empty()) return render_form_error(ctx, "文件中没有学校数据。");

  for (SchoolImportRow& r : sheet.rows) school_import_check(ctx.db, r);
  check_duplicates(sheet.rows);
  size_t added = 0, existing = 0, failed = 0;
  store_rows(ctx, sheet.rows, added, existing, failed);
  std::string report_url = store_report(ctx, sheet.rows);

  Page page(ctx, "学校账号导入", "admin/school_import.tpl");
  auto& d = *page.body().AddSectionDictionary("RESULT");
  set_value(d, "ADDED", std::to_string(added));
  set_value(d, "EXISTING", std::to_string(existing));
  set_value(d, "FAILED", std::to_string(failed));
  set_value(d, "REPORT_URL", report_url);
  for (const SchoolImportRow& r : sheet.rows) {
    auto* row = d.AddSectionDictionary("ROW");
    set_value(*row, "ROW_NO", std::to_string(r.row_no));
    set_value(*row, "NAME", r.name);
    set_value(*row, "REGION", region_text(r));
    set_value(*row, "LOGIN", r.login_name);
    set_value(*row, "RESULT", r.result);
    set_value(*row, "MESSAGE", join(r.errors));
    if (!r.errors.empty()) row->ShowSection("BAD");
  }
  page.body().ShowSection("FORM");
  page.render();
}

void uploads_admin_school_import_report(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  auto file = ctx.db.query_one(
      "SELECT sha256, original_name FROM files WHERE id = ? AND kind = 'other' AND school_id IS NULL AND uploaded_by = ?",
      {id, ctx.account().id});
  if (!file) {
    audit(ctx, "access_denied", "file", std::to_string(id), "school import report");
    throw HttpError(404, "文件不存在或您无权下载。");
  }
  const std::string& sha = file->str("sha256");
  ctx.res.set_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ctx.res.set_header("Content-Disposition", "attachment; filename*=UTF-8''" + url_encode(file->str("original_name")));
  ctx.res.set_header("X-Accel-Redirect", "/_files/" + sha.substr(0, 2) + "/" + sha);
  ctx.res.set_header("Cache-Control", "private, no-store");
}
