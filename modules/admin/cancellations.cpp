// admin/cancellations.cpp - review of school account cancellations (see admin/cancellations.h).
// Scope: the whole province (Role::Admin); only applications of kind cancellation.
#include "admin/cancellations.h"

#include "admin/review.h"
#include "context.h"
#include "form.h"
#include "page.h"
#include "session.h"

namespace {

const char* const kWhat = "学校账号注销";
const ReviewQueue kQueue{"注销审核", "/school/admin/cancellations", "admin/cancellations.tpl",
                         "/school/admin/cancellation", "admin/cancellation.tpl", "该申请不存在。",
                         "已通过该申请，学校账号已注销并停用，结果已通过短信告知申请人。",
                         "已驳回该申请，驳回原因已通过短信告知申请人。"};

const char* cause_label(const std::string& cause) { return cause == "merger" ? "学校合并" : "学校撤销"; }

// The application with its school, applicant and the school's center ties, or nullopt.
std::optional<Row> load_application(Db& db, int64_t id) {
  return db.query_one(
      "SELECT a.id, a.status, a.reason, a.decision_reason, JSON_VALUE(a.payload, '$.cause') AS cause,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " DATE_FORMAT(a.decided_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS decided,"
      " s.id AS school_id, s.name, s.contact_name, s.contact_mobile, s.school_type, s.status AS school_status,"
      " s.is_center, m.name AS center_name,"
      " (SELECT COUNT(*) FROM schools x WHERE x.center_school_id = s.id AND x.status IN ('pending', 'active')) AS subordinates,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " ap.display_name AS applicant, d.display_name AS decided_by"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " LEFT JOIN schools m ON m.id = s.center_school_id"
      " LEFT JOIN accounts ap ON ap.id = a.applicant_account_id"
      " LEFT JOIN accounts d ON d.id = a.decided_by"
      " WHERE a.id = ? AND a.kind = 'cancellation'",
      {id});
}

// The application FOR UPDATE with its school row locked (lock order: school, then its
// account); contact_mobile_enc is who hears the decision: the applicant, else the school's contact.
std::optional<Row> lock_application(Db& db, int64_t id) {
  return db.query_one(
      "SELECT a.id, a.status, JSON_VALUE(a.payload, '$.cause') AS cause, s.id AS school_id, s.name,"
      " s.status AS school_status, COALESCE(ap.mobile_enc, s.contact_mobile_enc) AS contact_mobile_enc"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " LEFT JOIN accounts ap ON ap.id = a.applicant_account_id"
      " WHERE a.id = ? AND a.kind = 'cancellation' FOR UPDATE",
      {id});
}

const char* school_status_label(const std::string& s) {
  if (s == "active") return "正常";
  if (s == "pending") return "注册待审核";
  if (s == "rejected") return "注册未通过";
  return "已注销";
}

void render_detail(Ctx& ctx, int64_t id, const DecisionForm& f) {
  review_detail_page(ctx, kQueue, id, load_application(ctx.db, id), f, [](ctemplate::TemplateDictionary& d, const Row& a) {
    set_value(d, "CAUSE", cause_label(a.str("cause")));
    set_value(d, "REASON_TEXT", a.str("reason"));
    set_value(d, "APPLICANT", a.str("applicant").empty() ? "—" : a.str("applicant"));
    set_value(d, "TYPE", a.str("school_type"));
    set_value(d, "SCHOOL_STATUS", school_status_label(a.str("school_status")));
    if (a.i64("is_center")) set_value(*d.AddSectionDictionary("IS_CENTER"), "SUBORDINATES", a.str("subordinates"));
    if (!a.str("center_name").empty()) set_value(*d.AddSectionDictionary("HAS_CENTER"), "CENTER_NAME", a.str("center_name"));
  });
}

// Cancels the school inside the decision's transaction; returns "" or why it may not.
std::string cancel_school(Ctx& ctx, int64_t id, const Row& a, std::string& detail) {
  if (a.str("school_status") != "active") return "该学校已不是正常使用状态（可能已注销），请驳回该申请。";
  int64_t school_id = a.i64("school_id");
  uint64_t detached = ctx.db.exec("UPDATE schools SET center_school_id = NULL WHERE center_school_id = ?", {school_id});
  ctx.db.exec("UPDATE schools SET status = 'cancelled', is_center = 0, center_school_id = NULL WHERE id = ?", {school_id});
  for (const Row& acc : ctx.db.query("SELECT id FROM accounts WHERE kind = 'school' AND school_id = ? FOR UPDATE", {school_id})) {
    ctx.db.exec("UPDATE accounts SET status = 'disabled' WHERE id = ?", {acc.i64("id")});
    session_end_others(ctx.db, acc.i64("id"), nullptr);
  }
  uint64_t withdrawn = ctx.db.exec(
      "UPDATE applications SET status = 'withdrawn', decided_by = ?, decided_at = UTC_TIMESTAMP(),"
      " decision_reason = '学校账号已注销，申请自动撤回' WHERE school_id = ? AND status = 'pending' AND id <> ?",
      {ctx.account().id, school_id, id});
  detail = "cancellation school=" + std::to_string(school_id) + " " + a.str("name") + " cause=" + a.str("cause") +
           " detached=" + std::to_string(detached) + " withdrawn=" + std::to_string(withdrawn);
  return "";
}

// Approve and reject: the applicant is told by SMS (what = 学校账号注销).
SmsReview sms_review(Ctx& ctx, int64_t id) {
  return {[&ctx, id] { return lock_application(ctx.db, id); }, [](const Row&) { return std::string(kWhat); },
          [&ctx, id](const DecisionForm& f) { render_detail(ctx, id, f); }};
}

}  // namespace

void admin_cancellations(Ctx& ctx) {
  review_list_page(
      ctx, kQueue, "SELECT COUNT(*) AS n FROM applications WHERE kind = 'cancellation' AND status = 'pending'",
      "SELECT a.id, a.reason, JSON_VALUE(a.payload, '$.cause') AS cause, s.name, ap.display_name AS applicant,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " LEFT JOIN accounts ap ON ap.id = a.applicant_account_id"
      " WHERE a.kind = 'cancellation' AND a.status = 'pending'"
      " ORDER BY a.created_at, a.id LIMIT ? OFFSET ?",
      [](ctemplate::TemplateDictionary& row, const Row& r) {
        set_value(row, "CAUSE", cause_label(r.str("cause")));
        set_value(row, "REASON", r.str("reason"));
        set_value(row, "APPLICANT", r.str("applicant").empty() ? "—" : r.str("applicant"));
      });
}

void admin_cancellation(Ctx& ctx) {
  render_detail(ctx, param_id(ctx.req, "id"), review_detail_form(ctx, kQueue));
}

void admin_cancellation_approve(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  review_approve(ctx, kQueue, id, sms_review(ctx, id),
                 [&](const Row& a, std::string& detail) { return cancel_school(ctx, id, a, detail); });
}

void admin_cancellation_reject(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  review_reject(ctx, kQueue, id, sms_review(ctx, id), [](const Row& a) {
    return "cancellation school=" + a.str("school_id") + " cause=" + a.str("cause");
  });
}
