// admin/extra_insurers.cpp - review of extra-insurer applications (see admin/extra_insurers.h).
// Scope: the whole province (Role::Admin); only applications of kind extra_insurer.
#include "admin/extra_insurers.h"

#include <algorithm>

#include "admin/review.h"
#include "context.h"
#include "form.h"
#include "page.h"
#include "school/enroll.h"
#include "year.h"

namespace {

const char* const kWhat = "增加保险公司投保数据";
const ReviewQueue kQueue{"多家保险公司审核", "/school/admin/extra-insurers", "admin/extra_insurers.tpl",
                         "/school/admin/extra-insurer", "admin/extra_insurer.tpl", "该申请不存在。",
                         "已通过该申请，学校已增加一条投保数据（待学校在“上传管理”中提交），结果已通过短信告知学校。",
                         "已驳回该申请，驳回原因已通过短信告知学校。"};

// The application with its school and product, or nullopt.
std::optional<Row> load_application(Db& db, int64_t id) {
  return db.query_one(
      "SELECT a.id, a.status, a.reason, a.decision_reason, a.product_id, p.name AS product_name,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " DATE_FORMAT(a.decided_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS decided,"
      " s.id AS school_id, s.name, s.contact_name, s.contact_mobile,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " d.display_name AS decided_by"
      " FROM applications a JOIN schools s ON s.id = a.school_id JOIN products p ON p.id = a.product_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " LEFT JOIN accounts d ON d.id = a.decided_by"
      " WHERE a.id = ? AND a.kind = 'extra_insurer'",
      {id});
}

// The application FOR UPDATE, with its school row locked too (lock order: school, then its
// enrollments), or nullopt.
std::optional<Row> lock_application(Db& db, int64_t id) {
  return db.query_one(
      "SELECT a.id, a.status, a.product_id, s.id AS school_id, s.contact_mobile_enc"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " WHERE a.id = ? AND a.kind = 'extra_insurer' FOR UPDATE",
      {id});
}

// The school's enrollments of the product this year (ENROLLMENTS > ENROLLMENT), or NO_YEAR / NO_ENROLLMENTS.
void fill_enrollments(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& a) {
  auto year = current_year(ctx);
  if (!year) {
    d.ShowSection("NO_YEAR");
    return;
  }
  set_value(d, "YEAR_LABEL", year->label);
  Rows rows = product_enrollments(ctx, a.i64("school_id"), year->id, a.i64("product_id"));
  if (rows.empty()) {
    d.ShowSection("NO_ENROLLMENTS");
    return;
  }
  auto* table = d.AddSectionDictionary("ENROLLMENTS");
  for (const Row& e : rows) {
    auto* row = table->AddSectionDictionary("ENROLLMENT");
    set_value(*row, "SEQ", e.str("seq"));
    set_value(*row, "STATUS_LABEL", enrollment_status_label(e.str("status")));
    set_value(*row, "STATUS_BADGE", enrollment_status_badge(e.str("status")));
    set_value(*row, "COUNT", e.str("status") == "draft" ? "—" : e.str("declared_count"));
    set_value(*row, "COMPANY", e.str("short_name").empty() ? "—" : e.str("short_name"));
  }
}

void render_detail(Ctx& ctx, int64_t id, const DecisionForm& f) {
  review_detail_page(ctx, kQueue, id, load_application(ctx.db, id), f, [&](ctemplate::TemplateDictionary& d, const Row& a) {
    set_value(d, "PRODUCT", a.str("product_name"));
    set_value(d, "REASON_TEXT", a.str("reason"));
    fill_enrollments(ctx, d, a);
  });
}

// Adds the draft enrollment an approval grants; returns "" or why it cannot be added.
std::string add_enrollment(Ctx& ctx, const Row& a, std::string& detail) {
  auto year = current_year(ctx);
  if (!year) return "管理中心尚未设置当前学年，不能增加投保数据。请先在“学年设置”中设置当前学年。";
  int64_t school_id = a.i64("school_id"), product_id = a.i64("product_id");
  auto top = ctx.db.query_one(
      "SELECT COALESCE(MAX(seq), 0) AS seq FROM enrollments WHERE school_id = ? AND year_id = ? AND product_id = ?",
      {school_id, year->id, product_id});
  int64_t seq = std::max<int64_t>(top->i64("seq"), 1) + 1;
  if (seq > kEnrollMaxSeq)
    return "该学校本学年此险种已有 " + std::to_string(kEnrollMaxSeq) + " 条投保数据，不能再增加。";
  ctx.db.exec("INSERT INTO enrollments (school_id, year_id, product_id, seq, status, updated_at)"
              " VALUES (?, ?, ?, ?, 'draft', UTC_TIMESTAMP())",
              {school_id, year->id, product_id, seq});
  detail = "extra_insurer school=" + std::to_string(school_id) + " product=" + std::to_string(product_id) +
           " year=" + year->label + " seq=" + std::to_string(seq) +
           " enrollment=" + std::to_string(ctx.db.last_insert_id());
  return "";
}

// Approve and reject: the school is told by SMS (what = 增加保险公司投保数据).
SmsReview sms_review(Ctx& ctx, int64_t id) {
  return {[&ctx, id] { return lock_application(ctx.db, id); }, [](const Row&) { return std::string(kWhat); },
          [&ctx, id](const DecisionForm& f) { render_detail(ctx, id, f); }};
}

}  // namespace

void admin_extra_insurers(Ctx& ctx) {
  review_list_page(
      ctx, kQueue, "SELECT COUNT(*) AS n FROM applications WHERE kind = 'extra_insurer' AND status = 'pending'",
      "SELECT a.id, a.reason, p.name AS product_name, s.name,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM applications a JOIN schools s ON s.id = a.school_id JOIN products p ON p.id = a.product_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE a.kind = 'extra_insurer' AND a.status = 'pending'"
      " ORDER BY a.created_at, a.id LIMIT ? OFFSET ?",
      [](ctemplate::TemplateDictionary& row, const Row& r) {
        set_value(row, "PRODUCT", r.str("product_name"));
        set_value(row, "REASON", r.str("reason"));
      });
}

void admin_extra_insurer(Ctx& ctx) {
  render_detail(ctx, param_id(ctx.req, "id"), review_detail_form(ctx, kQueue));
}

void admin_extra_insurer_approve(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  review_approve(ctx, kQueue, id, sms_review(ctx, id),
                 [&](const Row& a, std::string& detail) { return add_enrollment(ctx, a, detail); });
}

void admin_extra_insurer_reject(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  review_reject(ctx, kQueue, id, sms_review(ctx, id), [](const Row& a) {
    return "extra_insurer school=" + a.str("school_id") + " product=" + a.str("product_id");
  });
}
