// uploads/sheet_import.cpp - see uploads/sheet_import.h.
#include "uploads/sheet_import.h"

#include "files.h"
#include "page.h"
#include "sheet.h"

MultipartLimits sheet_import_limits() {
  MultipartLimits limits;
  limits.file_bytes = static_cast<size_t>(SheetLimits{}.max_file_bytes);
  limits.max_fields = 4;
  limits.field_bytes = 1 << 10;
  return limits;
}

UploadedFile* sheet_import_file(MultipartForm& form, std::string_view what, std::string& error) {
  UploadedFile* file = form.file("file");
  if (!file) error = "请选择要导入的" + std::string(what) + "（.xlsx）。";
  else if (file->too_large) error = "文件不能超过 20 MB。";
  else if (sheet_detect(file->path) == SheetFormat::unknown) error = "无法识别文件格式，请上传 Excel（.xlsx）文件，可先下载模板。";
  else return file;
  return nullptr;
}

void sheet_import_form_error(Ctx& ctx, const char* title, const char* tpl, const std::string& message) {
  Page page(ctx, title, tpl);
  set_value(*page.body().AddSectionDictionary("ERROR"), "MESSAGE", message);
  page.body().ShowSection("FORM");
  page.render();
}

int64_t sheet_import_store_report(Ctx& ctx, const std::string& path, const std::string& original_name, const char* kind) {
  FileRow row;
  row.kind = kind;
  row.original_name = original_name;
  row.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  row.uploaded_by = ctx.account().id;
  return files_store_generated(ctx.db, ctx.config, path, row);
}
