// uploads/insurer_policy.cpp - POST /school/files/insurer/policy, one policy (保单 or 批单) of an
// enrollment in the insurer's scope (see insurer/policy.h). Order: parse (the PDF to a temporary
// file, 10 MB cap) → scope (404 + audit) → batch key already stored (a retried POST, a double
// click: 303 to the page's success, nothing stored again) → deadline (409) → field checks and the
// PDF by magic bytes → either the page again with the typed values and messages (nothing stored)
// or files_store + ONE transaction (policy_store, keyed by the batch key) → 303 back to the page.
#include "context.h"
#include "files.h"
#include "form.h"
#include "http_error.h"
#include "insurer/policy.h"
#include "insurer/policy_deadline.h"
#include "insurer/policy_store.h"
#include "multipart.h"

namespace {

constexpr size_t kPolicyPdfBytes = 10 << 20;

// The trimmed text field name (at most max characters), "" when absent.
std::string text_field(const MultipartForm& form, const char* name, size_t max) {
  const std::string* v = form.field(name);
  return v ? cut_utf8(trim_text(*v), max) : std::string();
}

// The enrollment id field, or 400.
int64_t enrollment_field(const MultipartForm& form) {
  const std::string* v = form.field("enrollment");
  if (!v || v->empty() || v->size() > 18 || v->find_first_not_of("0123456789") != std::string::npos || (*v)[0] == '0')
    throw HttpError(400, "提交的表单不完整，请刷新保单上传页面后重新提交。");
  return std::stoll(*v);
}

// The form's batch_key field (32 lower-case hex digits, insurer_policy_render), or 400.
std::string batch_key_field(const MultipartForm& form) {
  const std::string* v = form.field("batch_key");
  if (!v || v->size() != 32 || v->find_first_not_of("0123456789abcdef") != std::string::npos)
    throw HttpError(400, "提交的表单不完整，请刷新保单上传页面后重新提交。");
  return *v;
}

}  // namespace

void uploads_insurer_policy(Ctx& ctx) {
  MultipartLimits limits;
  limits.file_bytes = kPolicyPdfBytes;
  limits.max_fields = 16;
  limits.field_bytes = 4 << 10;
  MultipartForm form = multipart_parse(ctx.req, ctx.config, limits);

  const int64_t enrollment_id = enrollment_field(form);
  Row e = insurer_policy_enrollment(ctx, enrollment_id);
  const std::string batch_key = batch_key_field(form);
  const std::string done_url = "/school/insurer/policy?enrollment=" + std::to_string(enrollment_id) + "&done=1";
  if (policy_batch_seen(ctx.db, ctx.account().company_id, enrollment_id, batch_key)) {
    ctx.res.redirect(done_url, true);  // a retried POST: the first one stored everything
    return;
  }
  PolicyDeadline deadline = policy_deadline_for(ctx.db, ctx.account().company_id, enrollment_id);
  if (!deadline.open)
    throw HttpError(409, "保单上传已于 " + deadline.last_day + " 截止，不能再上传。如需延期请联系管理中心。");

  PolicyInput typed;
  typed.policy_no = text_field(form, "policy_no", 80);
  typed.insured_count = text_field(form, "insured_count", 20);
  typed.premium = text_field(form, "premium", 20);
  typed.starts_on = text_field(form, "starts_on", 20);
  typed.ends_on = text_field(form, "ends_on", 20);
  PolicyValues values;
  std::map<std::string, std::string> errors = policy_check(typed, values);

  const bool first = !ctx.db.query_one("SELECT id FROM policies WHERE enrollment_id = ? AND company_id = ? LIMIT 1",
                                       {enrollment_id, ctx.account().company_id});
  UploadedFile* pdf = form.file("policy_pdf");
  if (!pdf) {
    if (first) errors.emplace("policy_pdf", "请选择保单 PDF 文件。");
  } else if (pdf->too_large) {
    errors.emplace("policy_pdf", "保单文件不能超过 10 MB。");
  } else if (files_detect_type(pdf->head, kPdf).empty()) {
    errors.emplace("policy_pdf", "保单文件只能是 PDF（按文件内容识别，改扩展名无效）。");
  }
  if (errors.empty() && ctx.db.query_one("SELECT id FROM policies WHERE company_id = ? AND policy_no = ?",
                                         {ctx.account().company_id, values.policy_no})) {
    if (policy_batch_seen(ctx.db, ctx.account().company_id, enrollment_id, batch_key)) {
      ctx.res.redirect(done_url, true);  // the first POST of a double click committed meanwhile
      return;
    }
    errors.emplace("policy_no", policy_duplicate_message(values.policy_no));
  }
  if (!errors.empty()) {
    insurer_policy_render(ctx, e, typed, errors);
    return;
  }

  FileRow file;
  if (pdf) {
    file.sha256 = files_store(ctx.config, *pdf);
    file.original_name = files_safe_name(pdf->filename, "保单" + values.policy_no + ".pdf");
    file.size_bytes = pdf->size;
    file.content_type = "application/pdf";
  }
  int64_t policy_id = 0;
  switch (policy_store(ctx, enrollment_id, values, pdf ? &file : nullptr, "single", policy_id, batch_key)) {
    case PolicyStoreResult::stored:
    case PolicyStoreResult::already_stored: break;
    case PolicyStoreResult::duplicate_no:
      insurer_policy_render(ctx, e, typed, {{"policy_no", policy_duplicate_message(values.policy_no)}});
      return;
    case PolicyStoreResult::out_of_scope: throw HttpError(404, "该投保数据不存在或不在您的承保范围内。");
  }
  ctx.res.redirect(done_url, true);
}
