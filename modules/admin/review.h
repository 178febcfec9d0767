// admin/review.h - the handler steps every admin review queue shares (registrations, name and
// region changes, enrollment modifications, extra insurers): the detail page's notice after a
// decision, the approve and reject handlers around application_decide, and the answer (404,
// the detail again with the refusal as 409, or 303 back to the detail). Each queue supplies
// its detail renderer, its lock query and the effect of each decision.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "db.h"

namespace ctemplate {
class TemplateDictionary;
}
struct Ctx;

// What the detail page shows besides the application: an error of a refused decision, the
// rejection reason typed (kept after an error), the notice after a decision, the status.
struct ReviewForm {
  std::string error, reason, reason_error, notice;
  int status = 200;
};

struct ReviewQueue {
  std::string detail_url;  // the detail page, e.g. "/school/admin/change" (?id=N is appended)
  std::string not_found;   // the 404 message
  std::string approved_notice, rejected_notice;
  std::function<void(Ctx&, int64_t id, const ReviewForm&)> render;  // the detail page (throws 404)
  std::function<std::optional<Row>(Db&, int64_t id)> lock;          // the application FOR UPDATE,
                                                                     // with column status
};

// The decision part of a detail page: PENDING (REASON, REASON_INVALID, REASON_ERROR > MESSAGE)
// while app's status is pending, else DECIDED (DECIDED_AT, DECIDED_BY, DECISION_REASON > TEXT)
// from app's columns decided, decided_by, decision_reason; ERROR (MESSAGE) for f.error. Sets
// the answer's status to f.status. Returns the PENDING dictionary (nullptr when decided).
ctemplate::TemplateDictionary* review_fill_decision(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& app,
                                                    const ReviewForm& f);

// GET <detail_url>?id=N[&done=approved|rejected]: the detail, with the notice after a decision.
void review_show(Ctx& ctx, const ReviewQueue& q);
// POST <detail_url>/approve (id): effect(id, locked row) applies the approval (record, SMS,
// audit) and returns "" — or why not, and nothing is written (409 on the detail page).
void review_approve(Ctx& ctx, const ReviewQueue& q, const std::function<std::string(int64_t, const Row&)>& effect);
// POST <detail_url>/reject (id, reason): an invalid reason shows the detail with the message
// and the typed reason; else effect(id, locked row, reason) records the rejection (SMS, audit).
void review_reject(Ctx& ctx, const ReviewQueue& q,
                   const std::function<void(int64_t, const Row&, const std::string&)>& effect);
