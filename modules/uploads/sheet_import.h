// uploads/sheet_import.h - what the spreadsheet import forms (批量导入案件, 学校账号导入, 保单批量上传)
// share: their multipart limits, their one file checked before it is read, the form shown again
// with a refusal, and the result workbook stored for the uploader.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "context.h"
#include "multipart.h"

// Limits of an import form: one file up to the sheet reader's cap, a few small fields.
MultipartLimits sheet_import_limits();

// The "file" part of form when it may be read as a spreadsheet; otherwise nullptr with error set
// to the Chinese reason: none chosen ("请选择要导入的<what>（.xlsx）。"), too large, or not a
// spreadsheet by its first bytes.
UploadedFile* sheet_import_file(MultipartForm& form, std::string_view what, std::string& error);

// The import page (title, template) with its form shown again (section FORM) under the refusal
// message (section ERROR); nothing was stored.
void sheet_import_form_error(Ctx& ctx, const char* title, const char* tpl, const std::string& message);

// Stores the result workbook the caller wrote at path as a generated .xlsx of the uploader named
// original_name (files kind `kind`); returns its file id for the page's download link.
int64_t sheet_import_store_report(Ctx& ctx, const std::string& path, const std::string& original_name,
                                  const char* kind = "other");
