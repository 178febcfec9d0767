// center/register.cpp - the 增加所辖学校 page (see center/register.h); scope: schools whose
// center_school_id is the account's own school.
#include "center/register.h"

#include "application.h"
#include "context.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "portal/register.h"

namespace {

// The registrations this center filed that are not approved yet: pending, or rejected with
// the reason of the newest decision.
void fill_filed(Ctx& ctx, ctemplate::TemplateDictionary& d) {
  Rows rows = ctx.db.query(
      "SELECT s.name, s.contact_name, s.contact_mobile, a.status, a.decision_reason,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM schools s JOIN applications a ON a.id = (SELECT MAX(x.id) FROM applications x"
      "   WHERE x.school_id = s.id AND x.kind = 'registration')"
      " WHERE s.center_school_id = ? AND s.status IN ('pending', 'rejected')"
      " ORDER BY a.created_at DESC, a.id DESC",
      {ctx.account().school_id});
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("FILED");
    set_value(*row, "NAME", r.str("name"));
    set_value(*row, "CONTACT", r.str("contact_name"));
    set_value(*row, "MOBILE_MASKED", mask_mobile(r.str("contact_mobile")));
    set_value(*row, "SUBMITTED", r.str("submitted"));
    set_value(*row, "STATUS_LABEL", application_status_label(r.str("status")));
    set_value(*row, "STATUS_BADGE", application_status_badge(r.str("status")));
    set_value(*row, "REASON", r.str("decision_reason").empty() ? "—" : r.str("decision_reason"));
  }
  if (rows.empty()) d.ShowSection("NO_FILED");
}

}  // namespace

void center_register_render(Ctx& ctx, const RegisterView& view) {
  auto center = ctx.db.query_one(
      "SELECT IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path"
      " FROM schools s JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE s.id = ? AND s.is_center = 1 AND s.status = 'active'",
      {ctx.account().school_id});
  if (!center) throw HttpError(404, "本校已不是中心校。");
  Page page(ctx, "增加所辖学校", "center/register.tpl");
  auto& d = page.body();
  if (!view.notice.empty()) page.notice(view.notice);
  set_value(d, "REGION", center->str("region_path"));
  register_fill_common(ctx, d, view);
  fill_filed(ctx, d);
  page.render();
}

void center_register_page(Ctx& ctx) {
  RegisterView view;
  const std::string* done = ctx.req.param("done");
  if (done && *done == "1")
    view.notice = "注册信息已提交，等待管理中心审核。审核通过后该校即为本校的所辖学校，登录账号和初始密码将以短信发送至其联系人手机。";
  center_register_render(ctx, view);
}
