// application.h - the shared steps of deciding an application (申请) in a review queue:
// the rejection reason rule, the "already decided" answer and recording the decision.
// Each queue page (registrations, name/region changes, ...) adds its own effect.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

class Db;

// Shown when a decided application is approved or rejected again (409).
extern const char* const kApplicationAlreadyDecided;
// "" when reason is an acceptable rejection reason (1-200 characters), else the message.
std::string rejection_reason_error(std::string_view reason);
// Marks a pending application approved (reason empty) or rejected (with reason), by the
// deciding account, now. Call inside the transaction that applies its effect.
void application_record_decision(Db& db, int64_t application_id, int64_t decided_by, bool approved,
                                 std::string_view reason = {});
