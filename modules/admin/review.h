// admin/review.h - the parts every review queue page of the admin shares (注册审核, 变更审核,
// 多家保险公司审核 …): the list page of pending applications (oldest first, 20 a page), the
// decision part of the detail page (status, approve / reject forms or the outcome), reading the
// rejection reason, and the answer after a decision (404, the page again with the refusal and
// 409, or 303 back to the detail page with ?done=). For queues whose applicant hears the
// outcome by the application_approved / application_rejected SMS, also the whole approve and
// reject handlers around the queue's own effect. Each queue keeps its own SQL and facts.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "application.h"
#include "db.h"

namespace ctemplate {
class TemplateDictionary;
}
struct Ctx;

// One review queue: its pages, templates and texts.
struct ReviewQueue {
  const char* title;            // page title of both pages ("变更审核")
  const char* list_path;        // "/school/admin/changes" (?page=N)
  const char* list_template;    // "admin/changes.tpl"
  const char* detail_path;      // "/school/admin/change" (?id=N)
  const char* detail_template;  // "admin/change.tpl"
  const char* not_found;        // the 404 message of an unknown id
  const char* approved_notice;  // shown after ?done=approved
  const char* rejected_notice;  // shown after ?done=rejected
};

// What the detail page shows around the decision forms: a refusal (error, with status 409
// when a decision was refused), the typed rejection reason and its message, a notice.
struct DecisionForm {
  std::string error, reason, reason_error, notice;
  int status = 200;
};

// GET of the list page: count_sql counts the pending applications (column n); rows_sql selects
// one page of them oldest first, ending in "LIMIT ? OFFSET ?" (columns id, name = the school,
// region_path, submitted, and the queue's own). Fills TOTAL, APPLICATION rows (INDEX, URL to the
// detail page, NAME, REGION, SUBMITTED, and what fill adds), EMPTY and PAGER; renders.
void review_list_page(Ctx& ctx, const ReviewQueue& queue, const char* count_sql, const char* rows_sql,
                      const std::function<void(ctemplate::TemplateDictionary&, const Row&)>& fill);
// The form of a GET of the detail page: the notice of ?done=approved / ?done=rejected.
DecisionForm review_detail_form(Ctx& ctx, const ReviewQueue& queue);
// Reads the reject form's reason (a textarea, line breaks kept) into f; false (f.reason_error
// set) when rejection_reason_error refuses it: the handler shows the page again, writes nothing.
bool review_read_rejection(Ctx& ctx, DecisionForm& f);
// Renders the detail page of application id, app as loaded (nullopt → 404 queue.not_found;
// columns name = the school, region_path, contact_name, contact_mobile (the masked copy), submitted, status,
// decided = decision time, decided_by = the deciding account's name, decision_reason): the
// notice, ID, NAME, REGION, CONTACT, MOBILE_MASKED (masked), SUBMITTED, what fill adds, and
// the decision part: STATUS_LABEL, STATUS_BADGE; PENDING (REASON, REASON_INVALID,
// REASON_ERROR > MESSAGE) while pending, else DECIDED (DECIDED_AT, DECIDED_BY,
// DECISION_REASON > TEXT); ERROR (MESSAGE). The status is f.status.
void review_detail_page(Ctx& ctx, const ReviewQueue& queue, int64_t id, const std::optional<Row>& app,
                        const DecisionForm& f,
                        const std::function<void(ctemplate::TemplateDictionary&, const Row&)>& fill);
// After application_decide: an unknown id → 404 (queue.not_found); a refusal → render(f) with
// f.error and 409; else 303 to the detail page with done=approved / done=rejected.
void review_answer(Ctx& ctx, const ReviewQueue& queue, int64_t id, const DecideOutcome& out, DecisionForm f,
                   bool approved, const std::function<void(const DecisionForm&)>& render);

// A queue whose applicant hears the outcome by SMS (application_approved / _rejected): lock
// selects the application FOR UPDATE (columns status, contact_mobile_enc, and what the effect
// needs); what names it in the SMS ({what}); render shows the detail page.
struct SmsReview {
  std::function<std::optional<Row>()> lock;
  std::function<std::string(const Row&)> what;
  std::function<void(const DecisionForm&)> render;
};
// POST …/approve of application id: in application_decide, effect(app, detail) applies the
// approval and returns "" (with the audit detail set) or why it may not (nothing is written);
// then the decision is recorded, the SMS queued, the approval audited (application_approved);
// then review_answer.
void review_approve(Ctx& ctx, const ReviewQueue& queue, int64_t id, const SmsReview& review,
                    const std::function<std::string(const Row&, std::string& detail)>& effect);
// POST …/reject of application id: the reason (review_read_rejection; refused → the page again);
// in application_decide effect(app) undoes what the pending application holds (if anything)
// and returns the audit detail, the decision and its reason are recorded, the SMS queued and
// the rejection audited (application_rejected, detail + " reason=…"); then review_answer.
void review_reject(Ctx& ctx, const ReviewQueue& queue, int64_t id, const SmsReview& review,
                   const std::function<std::string(const Row&)>& effect);
