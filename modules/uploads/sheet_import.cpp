// uploads/sheet_import.cpp - see uploads/sheet_import.h.
#include "uploads/sheet_import.h"

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
