// insurer/policy.cpp - the 保单上传 page of one enrollment (see insurer/policy.h).
#include "insurer/policy.h"

#include "audit.h"
#include "context.h"
#include "crypto.h"
#include "dates.h"
#include "form.h"
#include "http_error.h"
#include "insurer/enrollment_scope.h"
#include "insurer/policy_deadline.h"
#include "money.h"
#include "page.h"

namespace {

// Sets NAME (the typed value) and, with a message, the section ERR_<NAME> > MESSAGE.
void field(ctemplate::TemplateDictionary& d, const char* value_name, const char* error_section,
           const std::string& value, const std::map<std::string, std::string>& errors, const char* key) {
  set_value(d, value_name, value);
  if (auto it = errors.find(key); it != errors.end())
    set_value(*d.AddSectionDictionary(error_section), "MESSAGE", it->second);
}

}  // namespace

Row insurer_policy_enrollment(Ctx& ctx, int64_t enrollment_id) {
  auto e = insurer_enrollment(ctx.db, ctx.account(), enrollment_id);
  if (!e) {
    audit(ctx, "access_denied", "enrollment", std::to_string(enrollment_id), "insurer policy");
    throw HttpError(404, "该投保数据不存在或不在您的承保范围内。");
  }
  return *e;
}

void insurer_policy_render(Ctx& ctx, const Row& e, const PolicyInput& typed,
                           const std::map<std::string, std::string>& errors) {
  const int64_t id = e.i64("id");
  Rows policies = ctx.db.query(
      "SELECT p.policy_no, p.enrollment_version, p.insured_count, p.premium_fen, p.file_id,"
      " DATE_FORMAT(p.starts_on, '%Y-%m-%d') AS starts_on, DATE_FORMAT(p.ends_on, '%Y-%m-%d') AS ends_on,"
      " DATE_FORMAT(CONVERT_TZ(p.created_at, '+00:00', '+08:00'), '%Y-%m-%d %H:%i') AS uploaded_at"
      " FROM policies p WHERE p.enrollment_id = ? AND p.company_id = ? ORDER BY p.id",
      {id, ctx.account().company_id});
  PolicyDeadline deadline = policy_deadline_for(ctx.db, ctx.account().company_id, id);

  Page page(ctx, "保单上传", "insurer/policy.tpl");
  if (const std::string* done = ctx.req.param("done"); done && *done == "1") page.notice("保单已上传，学校可在“承保数据”中查看和下载。");
  auto& d = page.body();
  set_value(d, "ENROLLMENT_ID", e.str("id"));
  set_value(d, "SCHOOL_NAME", e.str("school_name"));
  set_value(d, "PRODUCT_NAME", e.str("product_name"));
  set_value(d, "YEAR_LABEL", e.str("year_label"));
  set_value(d, "DECLARED_COUNT", e.str("declared_count"));
  set_value(d, "DEADLINE", full_date_cn(deadline.last_day));

  const bool has_policy = !policies.empty();
  const Row* latest = has_policy ? &policies.back() : nullptr;
  const bool modifying = e.str("status") == "modifying";
  const bool outdated = latest && latest->i64("enrollment_version") < e.i64("version");
  if (modifying) d.ShowSection("MODIFYING");
  else if (outdated) d.ShowSection("NEEDS_ENDORSEMENT");
  else if (has_policy) d.ShowSection("INSURED");
  else d.ShowSection("WAITING");
  if (latest && latest->i64("insured_count") != e.i64("declared_count")) d.ShowSection("LATEST_MISMATCH");

  for (size_t i = 0; i < policies.size(); ++i) {
    const Row& p = policies[i];
    auto* r = d.AddSectionDictionary("POLICY");
    set_value(*r, "KIND", i == 0 ? "保单" : "批单");
    set_value(*r, "POLICY_NO", p.str("policy_no"));
    set_value(*r, "INSURED_COUNT", p.str("insured_count"));
    if (p.i64("insured_count") != e.i64("declared_count")) r->ShowSection("MISMATCH");
    set_value(*r, "PREMIUM", yuan_plain(p.i64("premium_fen")));
    set_value(*r, "PERIOD", p.str("starts_on") + " 至 " + p.str("ends_on"));
    set_value(*r, "UPLOADED_AT", p.str("uploaded_at"));
    if (p.is_null("file_id")) r->ShowSection("NO_FILE");
    else set_value(*r->AddSectionDictionary("HAS_FILE"), "FILE_URL", "/school/files/download?id=" + p.str("file_id"));
    if (&p == latest) r->ShowSection("LATEST");
  }
  if (!has_policy) d.ShowSection("NO_POLICY");

  if (!deadline.open) {
    d.ShowSection("CLOSED");
  } else {
    auto& f = *d.AddSectionDictionary("FORM");
    set_value(f, "FORM_TITLE", has_policy ? "上传批单（修改后的保单）" : "上传保单");
    set_value(f, "BATCH_KEY", to_hex(random_bytes(16)));  // a retried POST of this form stores nothing twice
    if (has_policy) f.ShowSection("PDF_OPTIONAL");
    else f.ShowSection("PDF_REQUIRED");
    if (auto it = errors.find("form"); it != errors.end()) set_value(*f.AddSectionDictionary("FORM_ERROR"), "MESSAGE", it->second);
    else if (!errors.empty()) set_value(*f.AddSectionDictionary("FORM_ERROR"), "MESSAGE", "请按提示修改后重新提交，未保存任何数据。");
    PolicyInput shown = typed;
    if (shown.starts_on.empty() && shown.ends_on.empty() && errors.empty())
      policy_default_period(e.str("year_label"), shown.starts_on, shown.ends_on);
    field(f, "POLICY_NO", "ERR_POLICY_NO", shown.policy_no, errors, "policy_no");
    field(f, "INSURED_COUNT", "ERR_INSURED_COUNT", shown.insured_count, errors, "insured_count");
    field(f, "PREMIUM", "ERR_PREMIUM", shown.premium, errors, "premium");
    field(f, "STARTS_ON", "ERR_STARTS_ON", shown.starts_on, errors, "starts_on");
    field(f, "ENDS_ON", "ERR_ENDS_ON", shown.ends_on, errors, "ends_on");
    if (auto it = errors.find("policy_pdf"); it != errors.end())
      set_value(*f.AddSectionDictionary("ERR_PDF"), "MESSAGE", it->second);
  }
  page.render();
}

void insurer_policy(Ctx& ctx) {
  Row e = insurer_policy_enrollment(ctx, param_id(ctx.req, "enrollment"));
  insurer_policy_render(ctx, e, PolicyInput{}, {});
}
