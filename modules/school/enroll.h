// school/enroll.h - a school's 投保数据 (issue #4) for the current academic year, first
// enrollment (seq 1) of each product: the page with one form per product, the template and
// roster downloads, and the multipart submission (served by uploads.fcgi); and the pieces the
// other enrollment pages share (the products a school may enroll, the upload form, the
// read-only block of a submitted enrollment, status labels).
// Modification applications and extra insurers are other pages (not here).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "db.h"

namespace ctemplate {
class TemplateDictionary;
}
struct Ctx;
class Page;

// Highest seq of an enrollment: the first one and up to 19 approved extra insurers.
constexpr int64_t kEnrollMaxSeq = 20;

// The products the school may enroll, in display order (columns id, name, insured_kind):
// the products whose 险种设置 (product_school_types) includes the school's type.
Rows school_products(Ctx& ctx, int64_t school_id);
// The one product of school_products with this id, or nullopt (unknown, or not for this school).
std::optional<Row> school_product(Ctx& ctx, int64_t school_id, int64_t product_id);

// The school's enrollments of one product in one year, by seq (columns id, product_id, seq,
// status, declared_count, stored_count, short_name = 投保公司 or "" while draft).
Rows product_enrollments(Ctx& ctx, int64_t school_id, int64_t year_id, int64_t product_id);
// The same for every product of the year, by product_id, then seq.
Rows year_enrollments(Ctx& ctx, int64_t school_id, int64_t year_id);

// Chinese label / badge class of enrollments.status ("" = no enrollment): none or draft 未提交
// (badge-warn), submitted 已提交 (badge-info), insured 已承保 (badge-ok), modifying 修改中
// (badge-warn).
const char* enrollment_status_label(std::string_view status);
const char* enrollment_status_badge(std::string_view status);

// Adds include SUBMITTED (templates/school/enroll_submitted.tpl) to dict: the read-only values
// of a submitted enrollment e (columns id, declared_count, short_name): 参保人数, 投保公司, the
// roster 下载 link and 申请修改 (/school/s/enroll/modify?id=…: a link once the area has that
// route, until then marked 未开放).
void enroll_submitted_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const Row& e,
                           const std::string& insured_kind);
// Shows the notice of a finished upload when the request carries ?done=submitted.
void enroll_submitted_notice(Ctx& ctx, Page& page);

// The upload form of one enrollment (templates/school/enroll_form.tpl): product, seq (1, or 2…
// after an approved 多家保险公司 application) and what the user typed before a refused upload.
struct EnrollForm {
  int64_t product_id = 0;
  int64_t seq = 1;
  std::string insured_kind;  // products.insured_kind: 学生 / 教职工 / 实习生
  std::string declared;      // 参保人数 as typed ("" = empty field)
  int64_t company_id = 0;    // 0 = none chosen
  bool keep_valid = false;
};
// Adds include UPLOAD_FORM to dict: the form with a fresh batch key and the active companies.
void enroll_form_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const EnrollForm& form);

// Sets REGION ("郑州市 金水区", or the city for 市直) and SCHOOL_NAME of the signed-in school.
void enroll_school_facts(Ctx& ctx, ctemplate::TemplateDictionary& dict);

// GET /school/s/enroll: 区域, 学校名称, then per product the school may enroll (intern only for
// vocational school types) either the upload form (参保人数, 投保公司, 花名册, 模板下载, 提交上传)
// or, once submitted, the read-only values with the roster download and 申请修改 (查看修改申请 with
// a 修改中 badge while one is pending).
// After the school's enroll deadline the form is replaced by a closed message. A product with
// an extra enrollment (seq > 1) this year links to its 上传管理; below the products the link
// to the 多家保险公司 application.
void school_enroll(Ctx& ctx);
// GET /school/s/enroll/template?product=N: the product's template .xlsx as an attachment.
void school_enroll_template(Ctx& ctx);
// GET /school/s/enroll/roster?id=<enrollment id>: the stored roster as .xlsx; scoped to the
// school (another school's id → 404 + audit access_denied); audited as download.
void school_enroll_roster(Ctx& ctx);
// POST /school/files/enroll (uploads.fcgi): multipart csrf (first), product, batch_key, seq
// (optional, default 1; 2… only for an enrollment an approved 多家保险公司 application created),
// declared_count, company_id, keep_valid (optional "1"), roster (file). Checks the roster;
// problems (unless keep_valid) or a count mismatch → result page (200) storing nothing, with
// the form again holding what was typed; else one transaction stores the file row, the
// enrollment (submitted), its rows and the coverage counters → 303 to the page it came from.
// A batch_key seen before → 303 without doing anything; an already submitted enrollment → 409;
// a seq without its approved enrollment → 404.
void uploads_enroll(Ctx& ctx);

