// school/enroll_modify.h - 申请修改: a school asks to change a submitted enrollment (参保人数,
// 投保公司, optionally a new 花名册) with a 修改原因; the provincial center decides
// (admin/modifications.h). While the application is pending the enrollment is 'modifying' and
// nothing of it changes. Applying stays open after the enrollment deadline.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "db.h"

namespace ctemplate {
class TemplateDictionary;
}
struct Ctx;

// One enrollment of the school with its product, year and company, or nullopt (unknown id or
// another school's). Columns: id, school_id, year_id, product_id, seq, status, declared_count,
// stored_count, company_id, company (short name), roster_file_id, roster_name, version,
// insured_at, product_name, insured_kind, year_label.
std::optional<Row> enroll_load(Db& db, int64_t enrollment_id, int64_t school_id);

// The 申请修改 form (templates/school/enroll_modify_form.tpl) with what the user typed.
struct ModifyForm {
  int64_t enrollment_id = 0;
  int64_t product_id = 0;
  std::string insured_kind;
  std::string declared;     // 人数 as typed
  int64_t company_id = 0;   // 0 = none chosen
  std::string reason;       // 修改原因 as typed
  std::string roster_url;   // 已上传花名册 下载
};
// Adds include UPLOAD_FORM to dict: the 申请修改 form with the active companies.
void modify_form_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const ModifyForm& form);

// GET /school/s/enroll/modify?id=N: 区域, 学校名称, 投保险种, then either the form (current values
// filled in) or, while an application is pending, what it asks for; below, the enrollment's
// earlier applications with their outcome (驳回原因 shown). Draft or foreign ids → 404 (audited).
void school_enroll_modify(Ctx& ctx);

// POST /school/files/enroll/modify (uploads.fcgi): multipart csrf (first), id, declared_count,
// company_id, reason, roster (optional file). Rules: 修改原因 1–200 characters; 人数 a positive
// whole number; an active company; something must change; without a new roster the count must
// equal the stored rows; a new roster must have no problems and exactly 人数 valid rows. Bad
// input → the result page with the form again (200), nothing written. Else the file is stored
// and ONE transaction adds the application (payload declared_count, company_id,
// roster_file_id|null, roster_rows, previous_status) and marks the enrollment 'modifying' →
// 303 to the modify page. A second pending application (a retried POST) changes nothing.
void uploads_enroll_modify(Ctx& ctx);
