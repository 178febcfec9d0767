// admin/registrations.cpp - 注册审核 queue, detail and decisions (see admin/registrations.h).
// Scope: the whole province (Role::Admin). Only application rows of kind registration.
#include "admin/registrations.h"

#include "admin/account_issue.h"
#include "admin/review.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "mask.h"
#include "page.h"
#include "sms.h"
#include "pii.h"

namespace {


std::optional<Row> load_application(Db& db, int64_t id) {
  return db.query_one(
      "SELECT a.id, a.status, a.decision_reason, JSON_VALUE(a.payload, '$.certificate_file_id') AS cert_id,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " DATE_FORMAT(a.decided_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS decided,"
      " s.id AS school_id, s.name, s.school_type, s.nature, s.contact_name, s.contact_mobile, s.status AS school_status,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " d.display_name AS decided_by, ap.display_name AS filed_by"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " LEFT JOIN accounts d ON d.id = a.decided_by"
      " LEFT JOIN accounts ap ON ap.id = a.applicant_account_id"
      " WHERE a.id = ? AND a.kind = 'registration'",
      {id});
}

const ReviewQueue kQueue{"注册审核", "/school/admin/registrations", "admin/registrations.tpl", "/school/admin/registration",
                         "admin/registration.tpl", "该注册申请不存在。",
                         "已通过审核，学校账号已开通，初始密码已通过短信发送至联系人手机。",
                         "已驳回该注册申请，驳回原因已通过短信告知联系人。"};

void render_detail(Ctx& ctx, int64_t id, const DecisionForm& f) {
  review_detail_page(ctx, kQueue, id, load_application(ctx.db, id), f, [&](ctemplate::TemplateDictionary& d, const Row& app) {
    set_value(d, "TYPE", app.str("school_type"));
    set_value(d, "NATURE", app.str("nature"));
    // A center school's 增加所辖学校: the school joins that center when approved.
    if (!app.str("filed_by").empty()) set_value(*d.AddSectionDictionary("FILED_BY"), "CENTER", app.str("filed_by"));
    std::optional<Row> file;
    const std::string& cert = app.str("cert_id");
    if (!cert.empty() && cert.find_first_not_of("0123456789") == std::string::npos && cert.size() < 19)
      file = ctx.db.query_one(
          "SELECT id, original_name, content_type, size_bytes FROM files"
          " WHERE id = ? AND kind = 'certificate' AND (school_id = ? OR school_id IS NULL)",
          {std::stoll(cert), app.i64("school_id")});
    if (file) {
      auto* c = d.AddSectionDictionary("CERTIFICATE");
      set_value(*c, "URL", "/school/files/download?id=" + file->str("id"));
      set_value(*c, "FILE_NAME", file->str("original_name"));
      set_value(*c, "SIZE_KB", std::to_string((file->i64("size_bytes") + 1023) / 1024));
    } else {
      d.ShowSection("NO_CERTIFICATE");
    }
  });
}


// The registration FOR UPDATE, with the school; status reads 'approved' once the school is
// active (the application_decide contract), or nullopt.
std::optional<Row> lock_registration(Db& db, int64_t id) {
  return db.query_one(
      "SELECT IF(s.status = 'active', 'approved', a.status) AS status, s.id AS school_id, s.name, s.contact_mobile_enc"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " WHERE a.id = ? AND a.kind = 'registration' FOR UPDATE",
      {id});
}

}  // namespace

void admin_registrations(Ctx& ctx) {
  review_list_page(
      ctx, kQueue, "SELECT COUNT(*) AS n FROM applications WHERE kind = 'registration' AND status = 'pending'",
      "SELECT a.id, s.name, s.school_type, s.nature, s.contact_name, s.contact_mobile,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " JSON_VALUE(a.payload, '$.certificate_file_id') IS NOT NULL AS has_cert"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE a.kind = 'registration' AND a.status = 'pending'"
      " ORDER BY a.created_at, a.id LIMIT ? OFFSET ?",
      [](ctemplate::TemplateDictionary& row, const Row& r) {
        set_value(row, "TYPE", r.str("school_type"));
        set_value(row, "NATURE", r.str("nature"));
        set_value(row, "CONTACT", r.str("contact_name"));
        set_value(row, "MOBILE_MASKED", mask_mobile(r.str("contact_mobile")));
        row.ShowSection(r.i64("has_cert") ? "HAS_CERT" : "NO_CERT");
      });
}

void admin_registration(Ctx& ctx) {
  render_detail(ctx, param_id(ctx.req, "id"), review_detail_form(ctx, kQueue));
}

void admin_registration_approve(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  OneTimePassword password = one_time_password();
  DecideOutcome out = application_decide(
      ctx.db, [&] { return lock_registration(ctx.db, id); },
      [&](const Row& app) {
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
        a.mobile = pii_open_mobile(ctx.config, app.str("contact_mobile_enc"));
        a.school_id = school_id;
        int64_t account_id = account_issue(ctx.db, ctx.config, a, password);
        audit(ctx, "registration_approved", "school", std::to_string(school_id),
              "application=" + std::to_string(id) + " account=" + std::to_string(account_id) + " " + school_name);
        return std::string();
      });
  review_answer(ctx, kQueue, id, out, {}, true, [&](const DecisionForm& f) { render_detail(ctx, id, f); });
}

void admin_registration_reject(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  DecisionForm f;
  if (!review_read_rejection(ctx, f)) {
    render_detail(ctx, id, f);
    return;
  }
  DecideOutcome out = application_decide(
      ctx.db, [&] { return lock_registration(ctx.db, id); },
      [&](const Row& app) {
        int64_t school_id = app.i64("school_id");
        ctx.db.exec("UPDATE schools SET status = 'rejected' WHERE id = ?", {school_id});
        application_record_decision(ctx.db, id, ctx.account().id, false, f.reason);
        sms_queue(ctx.db, ctx.config, pii_open_mobile(ctx.config, app.str("contact_mobile_enc")),
                  "registration_rejected",
                  {{"school", app.str("name")}, {"reason", f.reason}}, "notice:registration_rejected");
        audit(ctx, "registration_rejected", "school", std::to_string(school_id),
              "application=" + std::to_string(id) + " reason=" + f.reason);
        return std::string();
      });
  review_answer(ctx, kQueue, id, out, f, false, [&](const DecisionForm& g) { render_detail(ctx, id, g); });
}
