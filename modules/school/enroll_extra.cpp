// school/enroll_extra.cpp - the 多家保险公司 application of a school (see school/enroll_extra.h).
#include "school/enroll_extra.h"

#include <set>

#include "application.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "page.h"
#include "school/enroll.h"
#include "school/in_hand.h"
#include "year.h"

namespace {

constexpr size_t kReasonMin = 5, kReasonMax = 500;

struct ExtraForm {
  int64_t product_id = 0;  // 0 = none chosen
  std::string reason;      // as typed
  std::string product_error, reason_error, error;
};

// The school's extra-insurer applications, newest first; an approved one links to 上传管理
// while the current year has an extra enrollment of its product.
void fill_history(Ctx& ctx, ctemplate::TemplateDictionary& d, const std::optional<AcademicYear>& year) {
  int64_t school_id = in_hand_school_id(ctx);
  std::set<int64_t> managed;
  if (year)
    for (const Row& r : ctx.db.query("SELECT DISTINCT product_id FROM enrollments"
                                     " WHERE school_id = ? AND year_id = ? AND seq > 1",
                                     {school_id, year->id}))
      managed.insert(r.i64("product_id"));
  Rows rows = ctx.db.query(
      "SELECT a.product_id, p.name AS product_name, a.reason, a.status, a.decision_reason,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM applications a JOIN products p ON p.id = a.product_id"
      " WHERE a.kind = 'extra_insurer' AND a.school_id = ? ORDER BY a.created_at DESC, a.id DESC LIMIT 100",
      {school_id});
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("APPLICATION");
    set_value(*row, "PRODUCT", r.str("product_name"));
    set_value(*row, "REASON", r.str("reason"));
    set_value(*row, "SUBMITTED", r.str("submitted"));
    set_value(*row, "STATUS_LABEL", application_status_label(r.str("status")));
    set_value(*row, "STATUS_BADGE", application_status_badge(r.str("status")));
    set_value(*row, "DECISION_REASON", r.str("decision_reason").empty() ? "—" : r.str("decision_reason"));
    if (r.str("status") == "approved" && managed.count(r.i64("product_id")))
      set_value(*row->AddSectionDictionary("MANAGE"), "URL", in_hand_url(ctx, "/school/s/enroll/manage?product=" + r.str("product_id")));
  }
  if (rows.empty()) d.ShowSection("NO_APPLICATIONS");
}

void render(Ctx& ctx, const ExtraForm& f) {
  Page page(ctx, "申请增加保险公司", "school/enroll_extra.tpl");
  auto& d = page.body();
  set_value(d, "ENROLL_URL", in_hand_url(ctx, "/school/s/enroll"));
  set_value(d, "ACTION_URL", in_hand_url(ctx, "/school/s/enroll/extra"));
  if (const std::string* done = ctx.req.param("done"); done && *done == "submitted")
    page.notice("申请已提交，请等待管理中心审核，审核结果将以短信告知学校联系人。");
  auto year = current_year(ctx);
  if (!year) {
    d.ShowSection("NO_YEAR");
  } else {
    set_value(d, "YEAR_LABEL", year->label);
    auto* form = d.AddSectionDictionary("FORM");
    for (const Row& p : school_products(ctx, in_hand_school_id(ctx))) {
      auto* o = form->AddSectionDictionary("PRODUCT");
      set_value(*o, "ID", p.str("id"));
      set_value(*o, "NAME", p.str("name"));
      if (p.i64("id") == f.product_id) o->ShowSection("SELECTED");
    }
    set_value(*form, "REASON", f.reason);
    if (!f.product_error.empty()) form->ShowSection("PRODUCT_INVALID");
    if (!f.reason_error.empty()) form->ShowSection("REASON_INVALID");
    field_error(*form, "PRODUCT_ERROR", f.product_error);
    field_error(*form, "REASON_ERROR", f.reason_error);
    field_error(*form, "ERROR", f.error);
  }
  fill_history(ctx, d, year);
  page.render();
}

// Reads and checks the form; the product only when it is one the school may enroll.
ExtraForm read_form(Ctx& ctx) {
  ExtraForm f;
  const std::string* product = ctx.req.param("product");
  if (product && !product->empty()) {
    int64_t id = param_id(ctx.req, "product");
    if (school_product(ctx, in_hand_school_id(ctx), id)) f.product_id = id;
  }
  if (!f.product_id) f.product_error = "请选择投保险种。";
  f.reason = param_multiline(ctx.req, "reason", 5000);
  size_t chars = utf8_length(f.reason);
  if (chars == 0) f.reason_error = "请填写申请事由。";
  else if (chars < kReasonMin) f.reason_error = "申请事由太简单，请写明申请的详细原因（至少 5 个字）。";
  else if (chars > kReasonMax) f.reason_error = "申请事由不能超过 500 个字（现有 " + std::to_string(chars) + " 个字）。";
  return f;
}

}  // namespace

void school_enroll_extra(Ctx& ctx) {
  school_in_hand(ctx);
  render(ctx, {});
}

void school_enroll_extra_submit(Ctx& ctx) {
  const Account& a = ctx.account();
  const int64_t school_id = school_in_hand(ctx).id;
  ExtraForm f = read_form(ctx);
  if (!current_year(ctx)) {
    ctx.res.status = 409;
    render(ctx, f);
    return;
  }
  if (!f.product_error.empty() || !f.reason_error.empty()) {
    render(ctx, f);
    return;
  }
  try {
    ctx.db.transaction([&] {
      ctx.db.exec("INSERT INTO applications (kind, school_id, product_id, applicant_account_id, payload, reason, status)"
                  " VALUES ('extra_insurer', ?, ?, ?, '{}', ?, 'pending')",
                  {school_id, f.product_id, a.id, f.reason});
      audit(ctx, "extra_insurer_requested", "application", std::to_string(ctx.db.last_insert_id()),
            "school=" + std::to_string(school_id) + " product=" + std::to_string(f.product_id));
    });
  } catch (const DbError& e) {
    if (e.code() != 1062) throw;  // the pending key: one pending application per product
    f.error = "该险种已有一项增加保险公司的申请正在审核中，请等待审核结果后再申请。";
    ctx.res.status = 409;
    render(ctx, f);
    return;
  }
  ctx.res.redirect(in_hand_url(ctx, "/school/s/enroll/extra?done=submitted"), true);
}
