// department/school_settings_cancel.cpp - 提交注销申请 on a school's 设置 page (see
// department/school_settings.h): only for 合并 (merger) or 撤销 (closure), with a reason of
// 1-200 characters; a center school must first have no subordinate schools. Stores an
// applications row (kind cancellation, payload {"cause": "merger" | "closure"}, the department
// as applicant) for the admin's 注销审核; one pending cancellation per school
// (department/school_changes.h).
#include "context.h"
#include "department/school_changes.h"
#include "department/school_settings.h"
#include "department/school_settings_page.h"
#include "form.h"
#include "scope.h"

void department_school_cancel(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  settings_school(ctx, id, "school settings cancel");
  SettingsForm f;
  if (cancellation_read(ctx, f.cause, f.reason, f.cause_error, f.reason_error)) {
    f.cancel_error = cancellation_submit(ctx, id, f.cause, f.reason, [&] {
      return ctx.db.query_one(
          "SELECT s.status, (SELECT COUNT(*) FROM schools x WHERE x.center_school_id = s.id"
          " AND x.status IN ('pending', 'active')) AS subordinates"
          " FROM schools s WHERE s.id = ? AND s.region_code LIKE ? FOR UPDATE",
          {id, region_pattern(ctx.account())});
    });
    if (f.cancel_error.empty()) {
      settings_done(ctx, id, "cancel");
      return;
    }
  }
  settings_render(ctx, id, f);
}
