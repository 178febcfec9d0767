// uploads/sheet_import.h - the first steps shared by the spreadsheet import forms (批量导入案件,
// 学校账号导入): their multipart limits and their one file, checked before it is read.
#pragma once
#include <string>
#include <string_view>

#include "multipart.h"

// Limits of an import form: one file up to the sheet reader's cap, a few small fields.
MultipartLimits sheet_import_limits();

// The "file" part of form when it may be read as a spreadsheet; otherwise nullptr with error set
// to the Chinese reason: none chosen ("请选择要导入的<what>（.xlsx）。"), too large, or not a
// spreadsheet by its first bytes.
UploadedFile* sheet_import_file(MultipartForm& form, std::string_view what, std::string& error);
