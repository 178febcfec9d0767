// admin/review.cpp - the shared parts of the admin's review queue pages (see admin/review.h).
#include "admin/review.h"

#include <ctemplate/template.h>

#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"
#include "sms.h"
#include "pii.h"

namespace {

// The decision part of a detail page (see review_detail_page).
void decision_fill(ctemplate::TemplateDictionary& d, const Row& app, const DecisionForm& f) {
  const std::string& status = app.str("status");
  set_value(d, "STATUS_LABEL", application_status_label(status));
  set_value(d, "STATUS_BADGE", application_status_badge(status));
  if (status == "pending") {
    auto* forms = d.AddSectionDictionary("PENDING");
    set_value(*forms, "REASON", f.reason);
    if (!f.reason_error.empty()) {
      set_value(*forms->AddSectionDictionary("REASON_ERROR"), "MESSAGE", f.reason_error);
      forms->ShowSection("REASON_INVALID");
    }
  } else {
    auto* done = d.AddSectionDictionary("DECIDED");
    set_value(*done, "DECIDED_AT", app.str("decided"));
    set_value(*done, "DECIDED_BY", app.str("decided_by"));
    if (!app.str("decision_reason").empty())
      set_value(*done->AddSectionDictionary("DECISION_REASON"), "TEXT", app.str("decision_reason"));
  }
  if (!f.error.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", f.error);
}

}  // namespace

void review_list_page(Ctx& ctx, const ReviewQueue& queue, const char* count_sql, const char* rows_sql,
                      const std::function<void(ctemplate::TemplateDictionary&, const Row&)>& fill) {
  Pager pager = pager_read(ctx.req);
  auto total = ctx.db.query_one(count_sql);
  Rows rows = ctx.db.query(rows_sql, {pager.limit, pager.offset()});
  Page page(ctx, queue.title, queue.list_template);
  auto& d = page.body();
  int64_t n = pager.offset();
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("APPLICATION");
    set_value(*row, "INDEX", std::to_string(++n));
    set_value(*row, "URL", std::string(queue.detail_path) + "?id=" + r.str("id"));
    set_value(*row, "NAME", r.str("name"));
    set_value(*row, "REGION", r.str("region_path"));
    set_value(*row, "SUBMITTED", r.str("submitted"));
    fill(*row, r);
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total->i64("n"), queue.list_path, {});
  page.render();
}

DecisionForm review_detail_form(Ctx& ctx, const ReviewQueue& queue) {
  DecisionForm f;
  if (const std::string* done = ctx.req.param("done")) {
    if (*done == "approved") f.notice = queue.approved_notice;
    else if (*done == "rejected") f.notice = queue.rejected_notice;
  }
  return f;
}

void review_detail_page(Ctx& ctx, const ReviewQueue& queue, int64_t id, const std::optional<Row>& app,
                        const DecisionForm& f,
                        const std::function<void(ctemplate::TemplateDictionary&, const Row&)>& fill) {
  if (!app) throw HttpError(404, queue.not_found);
  Page page(ctx, queue.title, queue.detail_template);
  auto& d = page.body();
  if (!f.notice.empty()) page.notice(f.notice);
  set_value(d, "ID", std::to_string(id));
  set_value(d, "NAME", app->str("name"));
  set_value(d, "REGION", app->str("region_path"));
  set_value(d, "CONTACT", app->str("contact_name"));
  set_value(d, "MOBILE_MASKED", mask_mobile(app->str("contact_mobile")));
  set_value(d, "SUBMITTED", app->str("submitted"));
  fill(d, *app);
  decision_fill(d, *app, f);
  ctx.res.status = f.status;
  page.render();
}

bool review_read_rejection(Ctx& ctx, DecisionForm& f) {
  f.reason = param_multiline(ctx.req, "reason", 2000);
  f.reason_error = rejection_reason_error(f.reason);
  return f.reason_error.empty();
}

void review_answer(Ctx& ctx, const ReviewQueue& queue, int64_t id, const DecideOutcome& out, DecisionForm f,
                   bool approved, const std::function<void(const DecisionForm&)>& render) {
  if (!out.found) throw HttpError(404, queue.not_found);
  if (!out.error.empty()) {
    f.error = out.error;
    f.status = 409;
    render(f);
    return;
  }
  ctx.res.redirect(std::string(queue.detail_path) + "?id=" + std::to_string(id) +
                       (approved ? "&done=approved" : "&done=rejected"),
                   true);
}

void review_approve(Ctx& ctx, const ReviewQueue& queue, int64_t id, const SmsReview& review,
                    const std::function<std::string(const Row&, std::string& detail)>& effect) {
  DecideOutcome out = application_decide(ctx.db, review.lock, [&](const Row& a) {
    std::string detail;
    std::string error = effect(a, detail);
    if (!error.empty()) return error;
    application_record_decision(ctx.db, id, ctx.account().id, true);
    sms_queue(ctx.db, ctx.config, pii_open_mobile(ctx.config, a.str("contact_mobile_enc")), "application_approved",
              {{"what", review.what(a)}},
              "notice:application_approved");
    audit(ctx, "application_approved", "application", std::to_string(id), detail);
    return std::string();
  });
  review_answer(ctx, queue, id, out, {}, true, review.render);
}

void review_reject(Ctx& ctx, const ReviewQueue& queue, int64_t id, const SmsReview& review,
                   const std::function<std::string(const Row&)>& effect) {
  DecisionForm f;
  if (!review_read_rejection(ctx, f)) {
    review.render(f);
    return;
  }
  DecideOutcome out = application_decide(ctx.db, review.lock, [&](const Row& a) {
    std::string detail = effect(a);
    application_record_decision(ctx.db, id, ctx.account().id, false, f.reason);
    sms_queue(ctx.db, ctx.config, pii_open_mobile(ctx.config, a.str("contact_mobile_enc")), "application_rejected",
              {{"what", review.what(a)}, {"reason", f.reason}}, "notice:application_rejected");
    audit(ctx, "application_rejected", "application", std::to_string(id), detail + " reason=" + f.reason);
    return std::string();
  });
  review_answer(ctx, queue, id, out, f, false, review.render);
}
