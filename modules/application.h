// application.h - the shared steps of deciding an application (申请) in a review queue:
// the rejection reason rule, the "already decided" answer, recording the decision and the
// transaction every approve/reject handler runs; the status labels schools and the admin see.
// Each queue page (registrations, name/region changes, enrollment modifications, extra
// insurers) adds its own effect; the pages' shared parts are in admin/review.h.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "db.h"

// Shown when a decided application is approved or rejected again (409).
extern const char* const kApplicationAlreadyDecided;
// Chinese label / badge class of applications.status: pending 待审核 (badge-warn), approved
// 已通过 (badge-ok), rejected 已驳回 (badge-danger), withdrawn 已撤回 (badge-danger).
const char* application_status_label(std::string_view status);
const char* application_status_badge(std::string_view status);
// "" when reason is an acceptable rejection reason (1-200 characters), else the message.
std::string rejection_reason_error(std::string_view reason);
// Marks a pending application approved (reason empty) or rejected (with reason), by the
// deciding account, now. Call inside the transaction that applies its effect.
void application_record_decision(Db& db, int64_t application_id, int64_t decided_by, bool approved,
                                 std::string_view reason = {});

// What application_decide did: found = the application exists (else the handler answers 404);
// error = "" when the decision was applied and committed, else why nothing was written.
struct DecideOutcome {
  bool found = false;
  std::string error;
};
// Runs one decision in one transaction: lock() selects the application row FOR UPDATE (its
// column "status" must be 'pending' for a decision; nullopt = not found); then effect(row)
// writes the decision (application_record_decision, its effect, SMS, audit) and returns "" —
// or returns why it may not, and everything it wrote is rolled back. A rerun transaction
// (deadlock, lost connection) calls both again.
DecideOutcome application_decide(Db& db, const std::function<std::optional<Row>()>& lock,
                                 const std::function<std::string(const Row&)>& effect);

