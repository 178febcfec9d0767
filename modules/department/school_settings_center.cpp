// department/school_settings_center.cpp - 设置为中心校 / 取消中心校, 加入中心校 and 移出中心校 on
// a school's 设置 page (see department/school_settings.h); the rules are in
// department/centers_relation.h, the scope is region_pattern(account).
#include <functional>

#include "audit.h"
#include "context.h"
#include "department/centers_relation.h"
#include "department/school_settings.h"
#include "department/school_settings_page.h"
#include "form.h"
#include "scope.h"

namespace {

// Runs change in one transaction with its audit row; a refusal shows the page again (409).
void apply(Ctx& ctx, int64_t id, const char* done,
           const std::function<std::string(const std::string& scope, std::string& detail)>& change) {
  std::string error;
  ctx.db.transaction([&] {
    std::string detail;
    error = change(region_pattern(ctx.account()), detail);
    if (error.empty()) audit(ctx, "center_changed", "school", std::to_string(id), detail);
  });
  if (error.empty()) {
    settings_done(ctx, id, done);
    return;
  }
  SettingsForm f;
  f.center_error = error;
  f.status = 409;
  settings_render(ctx, id, f);
}

}  // namespace

void department_school_center(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  bool make = param_enum(ctx.req, "action", {"set", "unset"}) == "set";
  settings_school(ctx, id, "school settings center");
  apply(ctx, id, make ? "center_set" : "center_unset", [&](const std::string& scope, std::string& detail) {
    return center_mark(ctx.db, scope, id, make, detail);
  });
}

void department_school_join(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  settings_school(ctx, id, "school settings join");
  const std::string* chosen = ctx.req.param("center_id");
  if (!chosen || chosen->empty()) {
    SettingsForm f;
    f.center_error = "请选择要加入的中心校。";
    settings_render(ctx, id, f);
    return;
  }
  int64_t center_id = param_id(ctx.req, "center_id");
  apply(ctx, id, "joined", [&](const std::string& scope, std::string& detail) {
    return center_assign(ctx.db, scope, id, center_id, detail);
  });
}

void department_school_leave(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  settings_school(ctx, id, "school settings leave");
  apply(ctx, id, "left", [&](const std::string& scope, std::string& detail) {
    return center_detach(ctx.db, scope, id, detail);
  });
}
