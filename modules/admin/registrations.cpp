// admin/registrations.cpp - 注册审核 queue, detail and decisions (see admin/registrations.h).
// Scope: the whole province (Role::Admin). Only application rows of kind registration.
#include "admin/registrations.h"

#include "admin/review.h"

#include "admin/account_issue.h"
#include "application.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"
#include "sms.h"

namespace {


std::optional<Row> load_application(Db& db, int64_t id) {
  return db.query_one(
      "SELECT a.id, a.status, a.decision_reason, JSON_VALUE(a.payload, '$.certificate_file_id') AS cert_id,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " DATE_FORMAT(a.decided_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS decided,"
      " s.id AS school_id, s.name, s.school_type, s.nature, s.contact_name, s.contact_mobile, s.status AS school_status,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " d.display_name AS decided_by"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " LEFT JOIN accounts d ON d.id = a.decided_by"
      " WHERE a.id = ? AND a.kind = 'registration'",
      {id});
}

const char* status_label(const std::string& s) {
  if (s == "pending") return "待审核";
  if (s == "approved") return "已通过";
  if (s == "rejected") return "已驳回";
  return "已撤回";
}

const char* status_badge(const std::string& s) {
  if (s == "pending") return "badge-warn";
  if (s == "approved") return "badge-ok";
  return "badge-danger";
}

struct DetailForm {
  std::string error;         // form-level message (e.g. already decided)
  std::string reason;        // typed rejection reason, kept on errors
  std::string reason_error;  // message under the reason field
  std::string notice;
  int status = 200;
};

void render_detail(Ctx& ctx, int64_t id, const ReviewForm& f) {
  auto app = load_application(ctx.db, id);
  if (!app) throw HttpError(404, "该注册申请不存在。");
  Page page(ctx, "注册审核", "admin/registration.tpl");
  auto& d = page.body();
  if (!f.notice.empty()) page.notice(f.notice);
  set_value(d, "ID", std::to_string(id));
  set_value(d, "NAME", app->str("name"));
  set_value(d, "REGION", app->str("region_path"));
  set_value(d, "TYPE", app->str("school_type"));
  set_value(d, "NATURE", app->str("nature"));
  set_value(d, "CONTACT", app->str("contact_name"));
  set_value(d, "MOBILE_MASKED", mask_mobile(app->str("contact_mobile")));
  set_value(d, "SUBMITTED", app->str("submitted"));
  set_value(d, "STATUS_LABEL", status_label(app->str("status")));
  set_value(d, "STATUS_BADGE", status_badge(app->str("status")));
  std::optional<Row> file;
  const std::string& cert = app->str("cert_id");
  if (!cert.empty() && cert.find_first_not_of("0123456789") == std::string::npos && cert.size() < 19)
    file = ctx.db.query_one(
        "SELECT id, original_name, content_type, size_bytes FROM files"
        " WHERE id = ? AND kind = 'certificate' AND (school_id = ? OR school_id IS NULL)",
        {std::stoll(cert), app->i64("school_id")});
  if (file) {
    auto* c = d.AddSectionDictionary("CERTIFICATE");
    set_value(*c, "URL", "/school/files/download?id=" + file->str("id"));
    set_value(*c, "FILE_NAME", file->str("original_name"));
    set_value(*c, "SIZE_KB", std::to_string((file->i64("size_bytes") + 1023) / 1024));
  } else {
    d.ShowSection("NO_CERTIFICATE");
  }
  review_fill_decision(ctx, d, *app, f);
  page.render();
}


// The registration FOR UPDATE, with the school; status reads 'approved' once the school is
// active (the application_decide contract), or nullopt.
std::optional<Row> lock_registration(Db& db, int64_t id) {
  return db.query_one(
      "SELECT IF(s.status = 'active', 'approved', a.status) AS status, s.id AS school_id, s.name, s.contact_mobile"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " WHERE a.id = ? AND a.kind = 'registration' FOR UPDATE",
      {id});
}

const ReviewQueue& queue() {
  static const ReviewQueue q{"/school/admin/registration", "该注册申请不存在。",
                             "已通过审核，学校账号已开通，初始密码已通过短信发送至联系人手机。",
                             "已驳回该注册申请，驳回原因已通过短信告知联系人。", render_detail, lock_registration};
  return q;
}

}  // namespace

void admin_registrations(Ctx& ctx) {
  Pager pager = pager_read(ctx.req);
  auto total = ctx.db.query_one(
      "SELECT COUNT(*) AS n FROM applications WHERE kind = 'registration' AND status = 'pending'");
  Rows rows = ctx.db.query(
      "SELECT a.id, s.name, s.school_type, s.nature, s.contact_name, s.contact_mobile,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " JSON_VALUE(a.payload, '$.certificate_file_id') IS NOT NULL AS has_cert"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE a.kind = 'registration' AND a.status = 'pending'"
      " ORDER BY a.created_at, a.id LIMIT ? OFFSET ?",
      {pager.limit, pager.offset()});
  Page page(ctx, "注册审核", "admin/registrations.tpl");
  auto& d = page.body();
  int64_t n = pager.offset();
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("APPLICATION");
    set_value(*row, "INDEX", std::to_string(++n));
    set_value(*row, "URL", "/school/admin/registration?id=" + r.str("id"));
    set_value(*row, "NAME", r.str("name"));
    set_value(*row, "REGION", r.str("region_path"));
    set_value(*row, "TYPE", r.str("school_type"));
    set_value(*row, "NATURE", r.str("nature"));
    set_value(*row, "CONTACT", r.str("contact_name"));
    set_value(*row, "MOBILE_MASKED", mask_mobile(r.str("contact_mobile")));
    set_value(*row, "SUBMITTED", r.str("submitted"));
    row->ShowSection(r.i64("has_cert") ? "HAS_CERT" : "NO_CERT");
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total->i64("n"), "/school/admin/registrations", {});
  page.render();
}

void admin_registration(Ctx& ctx) { review_show(ctx, queue()); }

void admin_registration_approve(Ctx& ctx) {
  OneTimePassword password = one_time_password();
  review_approve(ctx, queue(), [&](int64_t id, const Row& app) {
    std::string school_name = app.str("name");
    if (ctx.db.query_one("SELECT id FROM accounts WHERE kind = 'school' AND login_name = ?", {school_name}))
      return std::string("已有学校账号使用该学校名称登录，无法开通。请核实是否重复注册，或驳回并请学校使用能区分的全称。");
    int64_t school_id = app.i64("school_id");
    ctx.db.exec("UPDATE schools SET status = 'active', approved_at = UTC_TIMESTAMP() WHERE id = ?", {school_id});
    application_record_decision(ctx.db, id, ctx.account().id, true);
    NewAccount a;
    a.kind = "school";
    a.login_name = school_name;
    a.display_name = school_name;
    a.mobile = app.str("contact_mobile");
    a.school_id = school_id;
    int64_t account_id = account_issue(ctx.db, ctx.config, a, password);
    audit(ctx, "registration_approved", "school", std::to_string(school_id),
          "application=" + std::to_string(id) + " account=" + std::to_string(account_id) + " " + school_name);
    return std::string();
  });
}

void admin_registration_reject(Ctx& ctx) {
  review_reject(ctx, queue(), [&](int64_t id, const Row& app, const std::string& reason) {
    int64_t school_id = app.i64("school_id");
    ctx.db.exec("UPDATE schools SET status = 'rejected' WHERE id = ?", {school_id});
    application_record_decision(ctx.db, id, ctx.account().id, false, reason);
    sms_queue(ctx.db, ctx.config, app.str("contact_mobile"), "registration_rejected",
              {{"school", app.str("name")}, {"reason", reason}}, "notice:registration_rejected");
    audit(ctx, "registration_rejected", "school", std::to_string(school_id),
          "application=" + std::to_string(id) + " reason=" + reason);
  });
}
