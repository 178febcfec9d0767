// uploads/enroll_modify.cpp - POST /school/files/enroll/modify, a 申请修改 application with an
// optional new roster (see school/enroll_modify.h for the contract). Order: parse → field
// checks → roster_upload_read when a file came → the result page with the form again, or
// files_store + ONE transaction (file row, application, enrollment 'modifying', audit) → 303.
#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "school/enroll_modify.h"
#include "school/in_hand.h"
#include "uploads/roster_upload.h"

namespace {

const char* const kPending = "该投保数据已有待审核的修改申请，请等待审核结果。";

struct Conflict {
  std::string why;
};

std::string modify_url(const Ctx& ctx, int64_t id) {
  return in_hand_url(ctx, "/school/s/enroll/modify?id=" + std::to_string(id));
}

}  // namespace

void uploads_enroll_modify(Ctx& ctx) {
  const Account& a = ctx.account();
  const int64_t school_id = school_in_hand(ctx).id;
  MultipartForm form = multipart_parse(ctx.req, ctx.config, roster_upload_limits());
  int64_t id = roster_upload_number(form, "id");
  auto e = id > 0 ? enroll_load(ctx.db, id, school_id) : std::nullopt;
  if (!e || e->str("status") == "draft") {
    audit(ctx, "access_denied", "enrollment", std::to_string(id), "modify application");
    throw HttpError(404, "投保数据不存在或尚未提交。");
  }
  if (e->str("status") == "modifying") {  // pending already (also a retried POST)
    ctx.res.redirect(modify_url(ctx, id), true);
    return;
  }

  ModifyForm typed;
  typed.enrollment_id = id;
  typed.product_id = e->i64("product_id");
  typed.insured_kind = e->str("insured_kind");
  typed.roster_url = in_hand_url(ctx, "/school/s/enroll/roster?id=" + std::to_string(id));
  if (const std::string* v = form.field("declared_count")) typed.declared = cut_utf8(trim_text(*v), 7);
  if (const std::string* v = form.field("reason")) typed.reason = cut_utf8(trim_text(*v), 300);
  std::vector<std::string> errors;
  int64_t declared = roster_upload_number(form, "declared_count");
  if (declared <= 0) errors.push_back("请填写人数（正整数）。");
  const int64_t company_id = typed.company_id = roster_upload_company(ctx, form);
  if (company_id == 0) errors.push_back("请选择投保公司。");
  if (typed.reason.empty()) errors.push_back("请填写修改原因。");
  else if (!check_utf8_text(typed.reason)) errors.push_back("修改原因含有无法识别的字符。");
  else if (utf8_length(typed.reason) > 200) errors.push_back("修改原因不能超过 200 个字。");

  UploadedFile* file = form.file("roster");
  RosterUpload upload;
  if (errors.empty() && file) {
    upload = roster_upload_read(ctx, file, typed.product_id, e->i64("year_id"), school_id, typed.insured_kind);
    errors.insert(errors.end(), upload.errors.begin(), upload.errors.end());
    if (errors.empty() && !upload.check.problems.empty())
      errors.push_back("新花名册中有 " + std::to_string(upload.check.problems.size()) +
                       " 处问题，未提交申请。请修改后重新上传。");
    else if (errors.empty() && static_cast<size_t>(declared) != upload.check.valid.size())
      errors.push_back("人数（" + std::to_string(declared) + " 人）与新花名册的人数（" +
                       std::to_string(upload.check.valid.size()) + " 人）不一致，未提交申请。");
  } else if (errors.empty()) {
    if (declared != e->i64("stored_count"))
      errors.push_back("人数与已上传花名册的人数（" + e->str("stored_count") +
                       " 人）不一致：人数有变化时请上传新的花名册。");
    else if (declared == e->i64("declared_count") && company_id == e->i64("company_id"))
      errors.push_back("没有修改任何内容：请修改人数、投保公司或上传新的花名册。");
  }
  if (!errors.empty()) {
    RosterResult r;
    r.title = e->str("product_name") + " 申请修改";
    r.back_url = modify_url(ctx, id);
    r.back_label = "返回申请修改";
    r.errors = errors;
    r.upload = upload.format == SheetFormat::unknown ? nullptr : &upload;
    r.insured_kind = typed.insured_kind;
    r.school_id = school_id;
    roster_upload_render_result(ctx, r, [&](ctemplate::TemplateDictionary& d) { modify_form_fill(ctx, d, typed); });
    return;
  }

  std::optional<FileRow> roster;
  if (file) roster = roster_upload_file_row(ctx, *file, upload.format, school_id, typed.insured_kind);
  const int64_t rows = file ? static_cast<int64_t>(upload.check.valid.size()) : e->i64("stored_count");
  try {
    ctx.db.transaction([&] {
      auto locked = ctx.db.query_one("SELECT status FROM enrollments WHERE id = ? AND school_id = ? FOR UPDATE",
                                     {id, school_id});
      if (!locked || locked->str("status") == "modifying") throw Conflict{kPending};
      if (locked->str("status") == "draft") throw Conflict{"投保数据尚未提交。"};
      Param file_id = Null{};
      if (roster) file_id = files_insert(ctx.db, *roster);
      ctx.db.exec(
          "INSERT INTO applications (kind, school_id, enrollment_id, product_id, applicant_account_id, payload, reason)"
          " VALUES ('modification', ?, ?, ?, ?, JSON_OBJECT('declared_count', ?, 'company_id', ?, 'roster_file_id', ?,"
          " 'roster_rows', ?, 'previous_status', ?), ?)",
          {school_id, id, typed.product_id, a.id, declared, company_id, file_id, rows, locked->str("status"),
           typed.reason});
      int64_t application_id = static_cast<int64_t>(ctx.db.last_insert_id());
      ctx.db.exec("UPDATE enrollments SET status = 'modifying', updated_at = UTC_TIMESTAMP() WHERE id = ?", {id});
      audit(ctx, "modification_requested", "application", std::to_string(application_id),
            "enrollment=" + std::to_string(id) + " count=" + std::to_string(declared) +
                " company=" + std::to_string(company_id) + (roster ? " roster_rows=" + std::to_string(rows) : ""));
    });
  } catch (const Conflict& c) {
    throw HttpError(409, c.why);
  } catch (const DbError& err) {
    if (err.code() != 1062) throw;  // a concurrent identical POST filed it first
  }
  ctx.res.redirect(modify_url(ctx, id) + "&done=applied", true);
}
