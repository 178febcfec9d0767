// admin/review.cpp - approve/reject handler steps shared by the review queues (see admin/review.h).
#include "admin/review.h"

#include <ctemplate/template.h>

#include "application.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "page.h"

namespace {

// After application_decide: 404, the detail page with the refusal (409), or back to it.
void answer(Ctx& ctx, const ReviewQueue& q, int64_t id, const DecideOutcome& out, ReviewForm f, const char* done) {
  if (!out.found) throw HttpError(404, q.not_found);
  if (!out.error.empty()) {
    f.error = out.error;
    f.status = 409;
    q.render(ctx, id, f);
    return;
  }
  ctx.res.redirect(q.detail_url + "?id=" + std::to_string(id) + "&done=" + done, true);
}

}  // namespace

ctemplate::TemplateDictionary* review_fill_decision(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& app,
                                                    const ReviewForm& f) {
  ctemplate::TemplateDictionary* forms = nullptr;
  if (app.str("status") == "pending") {
    forms = d.AddSectionDictionary("PENDING");
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
  ctx.res.status = f.status;
  return forms;
}

void review_show(Ctx& ctx, const ReviewQueue& q) {
  int64_t id = param_id(ctx.req, "id");
  ReviewForm f;
  if (const std::string* done = ctx.req.param("done")) {
    if (*done == "approved") f.notice = q.approved_notice;
    else if (*done == "rejected") f.notice = q.rejected_notice;
  }
  q.render(ctx, id, f);
}

void review_approve(Ctx& ctx, const ReviewQueue& q, const std::function<std::string(int64_t, const Row&)>& effect) {
  int64_t id = param_id(ctx.req, "id");
  DecideOutcome out = application_decide(
      ctx.db, [&] { return q.lock(ctx.db, id); }, [&](const Row& row) { return effect(id, row); });
  answer(ctx, q, id, out, {}, "approved");
}

void review_reject(Ctx& ctx, const ReviewQueue& q,
                   const std::function<void(int64_t, const Row&, const std::string&)>& effect) {
  int64_t id = param_id(ctx.req, "id");
  ReviewForm f;
  f.reason = param_text(ctx.req, "reason", 2000, false);
  f.reason_error = rejection_reason_error(f.reason);
  if (!f.reason_error.empty()) {
    q.render(ctx, id, f);
    return;
  }
  DecideOutcome out = application_decide(ctx.db, [&] { return q.lock(ctx.db, id); },
                                         [&](const Row& row) {
                                           effect(id, row, f.reason);
                                           return std::string();
                                         });
  answer(ctx, q, id, out, f, "rejected");
}
