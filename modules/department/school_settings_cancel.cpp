// department/school_settings_cancel.cpp - 提交注销申请 on a school's 设置 page (see
// department/school_settings.h): only for 合并 (merger) or 撤销 (closure), with a reason of
// 1-200 characters; a center school must first have no subordinate schools. Stores an
// applications row (kind cancellation, payload {"cause": "merger" | "closure"}, the department
// as applicant) for the admin's 注销审核; one pending cancellation per school.
#include "audit.h"
#include "context.h"
#include "department/school_settings.h"
#include "department/school_settings_page.h"
#include "form.h"
#include "scope.h"

namespace {

constexpr size_t kReasonChars = 200;

// Reads cause and reason into f with their messages; true when both are usable.
bool read_cancellation(Ctx& ctx, SettingsForm& f) {
  f.cause = param_text(ctx.req, "cause", 20, false);
  f.reason = param_multiline(ctx.req, "reason", 1000);
  if (f.cause != "merger" && f.cause != "closure") {
    f.cause = "";
    f.cause_error = "请选择注销原因：学校合并或撤销。其他原因不能注销学校账号。";
  }
  if (f.reason.empty()) f.reason_error = "请填写注销说明（如合并后的学校名称、撤销批准文件）。";
  else if (utf8_length(f.reason) > kReasonChars) f.reason_error = "注销说明不能超过 200 个字。";
  return f.cause_error.empty() && f.reason_error.empty();
}

}  // namespace

void department_school_cancel(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  settings_school(ctx, id, "school settings cancel");
  SettingsForm f;
  if (read_cancellation(ctx, f)) {
    try {
      ctx.db.transaction([&] {
        auto s = ctx.db.query_one(
            "SELECT s.status, (SELECT COUNT(*) FROM schools x WHERE x.center_school_id = s.id"
            " AND x.status IN ('pending', 'active')) AS subordinates"
            " FROM schools s WHERE s.id = ? AND s.region_code LIKE ? FOR UPDATE",
            {id, region_pattern(ctx.account())});
        if (!s || s->str("status") != "active") {
          f.cancel_error = "该学校账号不是正常使用状态，不能申请注销。";
          return;
        }
        if (s->i64("subordinates") > 0) {
          f.cancel_error = "该学校是中心校，仍有 " + s->str("subordinates") +
                           " 所所辖学校，请先将其转到其他中心校或移出后再申请注销。";
          return;
        }
        ctx.db.exec("INSERT INTO applications (kind, school_id, applicant_account_id, payload, reason, status)"
                    " VALUES ('cancellation', ?, ?, JSON_OBJECT('cause', ?), ?, 'pending')",
                    {id, ctx.account().id, f.cause, f.reason});
        audit(ctx, "cancellation_requested", "application", std::to_string(ctx.db.last_insert_id()),
              "school=" + std::to_string(id) + " cause=" + f.cause);
      });
    } catch (const DbError& e) {
      if (e.code() != 1062) throw;  // duplicate pending_key: another pending cancellation
      f.cancel_error = "该学校已有待审核的注销申请。";
    }
    if (f.cancel_error.empty()) {
      settings_done(ctx, id, "cancel");
      return;
    }
  }
  settings_render(ctx, id, f);
}
