// center/school.cpp - 查看 of a subordinate school (see center/school.h); scope: the school's
// center_school_id is the account's own school, an active center, and the school is active.
#include "center/school.h"

#include <functional>

#include "audit.h"
#include "context.h"
#include "department/school_changes.h"
#include "department/school_settings_page.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"

namespace {

// The subordinate school id with its details; a compile-time literal, locked or not.
#define SUBORDINATE_SQL                                                                                      \
  "SELECT s.id, s.name, s.status, s.nature, s.school_type, s.contact_name, s.contact_mobile,"              \
  " s.contact_mobile_enc, s.contact_mobile_hmac,"                                                           \
  " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path," \
  " a.id AS account_id, a.login_name,"                                                                       \
  " (SELECT COUNT(*) FROM schools x WHERE x.center_school_id = s.id"                                        \
  "  AND x.status IN ('pending', 'active')) AS subordinates"                                                \
  " FROM schools s JOIN schools m ON m.id = s.center_school_id"                                             \
  " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"                        \
  " LEFT JOIN accounts a ON a.kind = 'school' AND a.school_id = s.id"                                       \
  " WHERE s.id = ? AND m.id = ? AND m.is_center = 1 AND m.status = 'active' AND s.status = 'active'"

// The subordinate school id (FOR UPDATE with lock, inside the caller's transaction), or nullopt.
std::optional<Row> subordinate(Ctx& ctx, int64_t id, bool lock) {
  return ctx.db.query_one(lock ? SUBORDINATE_SQL " FOR UPDATE" : SUBORDINATE_SQL, {id, ctx.account().school_id});
}

// The subordinate school of the request (before any change), else access_denied + 404.
Row subordinate_or_404(Ctx& ctx, int64_t id, const char* what) {
  auto s = subordinate(ctx, id, false);
  if (!s) {
    audit(ctx, "access_denied", "school", std::to_string(id), what);
    throw HttpError(404, "该学校不存在或不是本校的所辖学校。");
  }
  return *s;
}

const char* done_notice(const std::string& done) {
  if (done == "mobile") return "明白人手机号已修改，新旧手机号均已收到短信通知。";
  if (done == "cancel") return "注销申请已提交，等待管理中心审核。";
  return "";
}

void render(Ctx& ctx, int64_t id, const SettingsForm& f) {
  Row s = subordinate_or_404(ctx, id, "center school view");
  Page page(ctx, "查看所辖学校", "center/school.tpl");
  auto& d = page.body();
  if (!f.notice.empty()) page.notice(f.notice);
  set_value(d, "ID", s.str("id"));
  set_value(d, "NAME", s.str("name"));
  set_value(d, "REGION", s.str("region_path"));
  set_value(d, "NATURE", s.str("nature"));
  set_value(d, "TYPE", s.str("school_type"));
  set_value(d, "CONTACT", s.str("contact_name"));
  set_value(d, "MOBILE_MASKED", mask_mobile(s.str("contact_mobile")));
  set_value(d, "LOGIN", s.str("login_name").empty() ? "（尚无登录账号）" : s.str("login_name"));
  set_value(d, "NEW_MOBILE", f.mobile);
  if (!f.mobile_error.empty()) set_value(*d.AddSectionDictionary("MOBILE_ERROR"), "MESSAGE", f.mobile_error);
  settings_fill_cancellation(ctx, d, s, f);
  ctx.res.status = f.status;
  page.render();
}

// Runs a change whose audit row names the school acted for (not the page: no 投保数据 banner).
std::string acting_for(Ctx& ctx, int64_t id, const std::function<std::string()>& change) {
  struct Reset {
    Ctx& ctx;
    ~Reset() { ctx.acting_school_id = 0; }
  } reset{ctx};
  ctx.acting_school_id = id;
  return change();
}

void done(Ctx& ctx, int64_t id, const char* what) {
  ctx.res.redirect("/school/center/school?id=" + std::to_string(id) + "&done=" + what, true);
}

}  // namespace

void center_school_page(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  SettingsForm f;
  if (const std::string* d = ctx.req.param("done")) f.notice = done_notice(*d);
  render(ctx, id, f);
}

void center_school_mobile(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row school = subordinate_or_404(ctx, id, "center school mobile");
  SettingsForm f;
  f.mobile = param_text(ctx.req, "mobile", 20, false);
  f.mobile_error = contact_mobile_problem(ctx.db, ctx.config, id, f.mobile, school.str("contact_mobile_hmac"));
  if (f.mobile_error.empty())
    f.mobile_error = acting_for(ctx, id, [&] {
      return contact_mobile_change(ctx, id, f.mobile, "center", [&] { return subordinate(ctx, id, true); });
    });
  if (f.mobile_error.empty()) {
    done(ctx, id, "mobile");
    return;
  }
  render(ctx, id, f);
}

void center_school_cancel(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  subordinate_or_404(ctx, id, "center school cancel");
  SettingsForm f;
  if (cancellation_read(ctx, f.cause, f.reason, f.cause_error, f.reason_error)) {
    f.cancel_error = acting_for(ctx, id, [&] {
      return cancellation_submit(ctx, id, f.cause, f.reason, [&] { return subordinate(ctx, id, true); });
    });
    if (f.cancel_error.empty()) {
      done(ctx, id, "cancel");
      return;
    }
  }
  render(ctx, id, f);
}
