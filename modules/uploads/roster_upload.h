// uploads/roster_upload.h - the steps every roster upload shares (the 投保数据 submission and
// the 申请修改 application): multipart limits, reading and checking the file (sandboxed
// reader, RosterChecker, the same ID at another school), storing the file and the problem
// report, and the result page of a refused upload with its form filled again.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "files.h"
#include "multipart.h"
#include "roster.h"
#include "sheet.h"

namespace ctemplate {
class TemplateDictionary;
}
struct Ctx;

// The multipart limits of a roster form: one file up to the sheet limit, 16 small fields.
MultipartLimits roster_upload_limits();

// A non-negative whole number field of at most 7 digits (surrounding spaces allowed), or -1.
int64_t roster_upload_number(const MultipartForm& form, const char* name);

// The field company_id when it names an active insurance company, else 0.
int64_t roster_upload_company(Ctx& ctx, const MultipartForm& form);

// The roster part of a form read and checked for a product and year on behalf of a school.
struct RosterUpload {
  std::vector<std::string> errors;  // why the file cannot be used at all (Chinese)
  RosterCheck check;                // valid rows (duplicates elsewhere removed) and problems
  bool checked = false;             // the header was found: the totals mean something
  SheetFormat format = SheetFormat::unknown;
};
// Where a checked roster goes while it is read (RosterIntake::store_into): the enrollment,
// the most rows it may get (the declared count) and the user's 只保存正确的行.
struct RosterTarget {
  int64_t enrollment_id = 0;
  size_t limit = 0;
  bool keep_valid = false;
};
// Reads the file (nullptr = none chosen: errors says so), its format, then the rows with the
// product's checks and against other schools' rosters of the year (RosterIntake). Writes
// nothing without a target; with one (inside the caller's transaction) the rows are stored
// into it as they are checked, and when the upload is refused (errors, or problems without
// keep_valid, or more valid rows than the limit) the caller must roll back. A file that an
// earlier attempt of the same transaction moved into the storage (files_store) is read there.
// problems non-empty or errors non-empty → the caller must not store unless it keeps only
// check.valid by the user's choice.
RosterUpload roster_upload_read(Ctx& ctx, UploadedFile* file, int64_t product_id, int64_t year_id, int64_t school_id,
                                const std::string& insured_kind, const RosterTarget* target = nullptr);

// Moves the uploaded file into the storage and returns its files row (kind roster, owned by
// the school, uploaded by the signed-in account) for files_insert inside the transaction.
FileRow roster_upload_file_row(Ctx& ctx, UploadedFile& file, SheetFormat format, int64_t school_id,
                               const std::string& insured_kind);

// The result page of an upload that stored nothing: the errors, totals, every problem with an
// .xlsx report to download (stored now as a file of the school), and below them the form again
// (refill adds include UPLOAD_FORM to the dictionary it gets, or nothing). Status 200.
struct RosterResult {
  std::string title;         // page heading context, e.g. the product name
  std::string back_url, back_label;
  std::vector<std::string> errors;
  const RosterUpload* upload = nullptr;  // nullptr: the file was never read
  std::string insured_kind;
  int64_t school_id = 0;
};
void roster_upload_render_result(Ctx& ctx, const RosterResult& r,
                                 const std::function<void(ctemplate::TemplateDictionary&)>& refill);
