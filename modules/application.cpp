// application.cpp - decision steps shared by the review queues (see application.h).
#include "application.h"

#include "form.h"

const char* const kApplicationAlreadyDecided = "该申请已经处理过，不能再次审核。";

const char* application_status_label(std::string_view status) {
  if (status == "pending") return "待审核";
  if (status == "approved") return "已通过";
  if (status == "rejected") return "已驳回";
  return "已撤回";
}

const char* application_status_badge(std::string_view status) {
  if (status == "pending") return "badge-warn";
  if (status == "approved") return "badge-ok";
  return "badge-danger";
}

std::string rejection_reason_error(std::string_view reason) {
  if (reason.empty()) return "请填写驳回原因，原因将通过短信告知学校。";
  if (utf8_length(reason) > 200) return "驳回原因不能超过 200 个字。";
  return "";
}

void application_record_decision(Db& db, int64_t application_id, int64_t decided_by, bool approved,
                                 std::string_view reason) {
  db.exec("UPDATE applications SET status = ?, decision_reason = ?, decided_by = ?, decided_at = UTC_TIMESTAMP()"
          " WHERE id = ? AND status = 'pending'",
          {approved ? "approved" : "rejected", reason.empty() ? Param(Null{}) : Param(std::string(reason)),
           decided_by, application_id});
}

namespace {
// Thrown out of the transaction body to roll back what a refused effect wrote.
struct Refused {
  std::string why;
};
}  // namespace

DecideOutcome application_decide(Db& db, const std::function<std::optional<Row>()>& lock,
                                 const std::function<std::string(const Row&)>& effect) {
  DecideOutcome out;
  try {
    db.transaction([&] {
      out = DecideOutcome{};
      std::optional<Row> app = lock();
      if (!app) return;
      out.found = true;
      if (app->str("status") != "pending") {
        out.error = kApplicationAlreadyDecided;
        return;
      }
      std::string why = effect(*app);
      if (!why.empty()) throw Refused{why};
    });
  } catch (const Refused& r) {
    out.found = true;
    out.error = r.why;
  }
  return out;
}

