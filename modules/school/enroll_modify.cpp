// school/enroll_modify.cpp - the 申请修改 page of a school (see school/enroll_modify.h).
#include "school/enroll_modify.h"

#include <ctemplate/template.h>

#include "application.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "modification.h"
#include "page.h"
#include "school/enroll.h"
#include "school/in_hand.h"

std::optional<Row> enroll_load(Db& db, int64_t enrollment_id, int64_t school_id) {
  return db.query_one(
      "SELECT e.id, e.school_id, e.year_id, e.product_id, e.seq, e.status, e.declared_count, e.stored_count,"
      " e.company_id, c.short_name AS company, e.roster_file_id, f.original_name AS roster_name, e.version,"
      " e.insured_at, p.name AS product_name, p.insured_kind, y.label AS year_label"
      " FROM enrollments e JOIN products p ON p.id = e.product_id JOIN academic_years y ON y.id = e.year_id"
      " LEFT JOIN insurance_companies c ON c.id = e.company_id LEFT JOIN files f ON f.id = e.roster_file_id"
      " WHERE e.id = ? AND e.school_id = ?",
      {enrollment_id, school_id});
}

void modify_form_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const ModifyForm& form) {
  auto* f = dict.AddIncludeDictionary("UPLOAD_FORM");
  f->SetFilename("school/enroll_modify_form.tpl");
  set_value(*f, "ID", std::to_string(form.enrollment_id));
  set_value(*f, "PRODUCT_ID", std::to_string(form.product_id));
  set_value(*f, "INSURED_KIND", form.insured_kind);
  set_value(*f, "DECLARED", form.declared);
  set_value(*f, "REASON", form.reason);
  set_value(*f, "ROSTER_URL", form.roster_url);
  set_value(*f, "TEMPLATE_URL", "/school/s/enroll/template?product=" + std::to_string(form.product_id));
  set_value(*f, "ACTION_URL", in_hand_url(ctx, "/school/files/enroll/modify"));
  for (const Row& c : ctx.db.query("SELECT id, short_name FROM insurance_companies WHERE status = 'active' ORDER BY id")) {
    auto* o = f->AddSectionDictionary("COMPANY");
    set_value(*o, "ID", c.str("id"));
    set_value(*o, "NAME", c.str("short_name"));
    if (c.i64("id") == form.company_id) o->ShowSection("SELECTED");
  }
}

void school_enroll_modify(Ctx& ctx) {
  const int64_t school_id = school_in_hand(ctx).id;
  int64_t id = param_id(ctx.req, "id");
  auto e = enroll_load(ctx.db, id, school_id);
  if (!e || e->str("status") == "draft") {
    audit(ctx, "access_denied", "enrollment", std::to_string(id), "modify page");
    throw HttpError(404, "投保数据不存在或尚未提交。");
  }
  Page page(ctx, "申请修改投保数据", "school/enroll_modify.tpl");
  auto& d = page.body();
  if (const std::string* done = ctx.req.param("done"); done && *done == "applied")
    page.notice("修改申请已提交，请等待管理中心审核，结果将通过短信通知。");
  enroll_school_facts(ctx, d);
  set_value(d, "PRODUCT_NAME", e->str("product_name"));
  set_value(d, "YEAR_LABEL", e->str("year_label"));
  if (e->i64("seq") > 1) set_value(d, "SEQ_LABEL", "（第" + e->str("seq") + "条投保数据）");
  set_value(d, "BACK_URL", in_hand_url(ctx, e->i64("seq") > 1 ? "/school/s/enroll/manage?product=" + e->str("product_id")
                                                              : std::string("/school/s/enroll")));

  Rows apps = ctx.db.query(
      "SELECT id, status, reason, decision_reason, DATE_FORMAT(created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS at_cn"
      " FROM applications WHERE kind = 'modification' AND enrollment_id = ? AND school_id = ?"
      " ORDER BY created_at DESC, id DESC LIMIT 50",
      {id, school_id});
  bool pending = false;
  ctemplate::TemplateDictionary* history = nullptr;
  for (const Row& r : apps) {
    if (r.str("status") == "pending") {
      pending = true;
      auto* p = d.AddSectionDictionary("PENDING");
      set_value(*p, "SUBMITTED_AT", r.str("at_cn"));
      set_value(*p, "REASON", r.str("reason"));
      for (const ModificationChange& c : modification_changes(ctx.db, r.i64("id"))) {
        auto* row = p->AddSectionDictionary("CHANGES");
        set_value(*row, "FIELD", c.field);
        set_value(*row, "OLD", c.old_value);
        set_value(*row, "NEW", c.changed ? c.new_value : "不变");
      }
      continue;
    }
    if (!history) history = d.AddSectionDictionary("HISTORY");
    auto* row = history->AddSectionDictionary("APPLICATION");
    set_value(*row, "SUBMITTED_AT", r.str("at_cn"));
    set_value(*row, "SUMMARY", modification_summary(ctx.db, r.i64("id")));
    set_value(*row, "REASON", r.str("reason"));
    set_value(*row, "STATUS_LABEL", application_status_label(r.str("status")));
    set_value(*row, "STATUS_BADGE", application_status_badge(r.str("status")));
    if (!r.str("decision_reason").empty())
      set_value(*row->AddSectionDictionary("DECISION_REASON"), "TEXT", r.str("decision_reason"));
  }
  if (!pending) {
    ModifyForm form;
    form.enrollment_id = id;
    form.product_id = e->i64("product_id");
    form.insured_kind = e->str("insured_kind");
    form.declared = e->str("declared_count");
    form.company_id = e->i64("company_id");
    form.roster_url = in_hand_url(ctx, "/school/s/enroll/roster?id=" + std::to_string(id));
    modify_form_fill(ctx, d, form);
  }
  page.render();
}
