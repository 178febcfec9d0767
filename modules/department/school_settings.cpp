// department/school_settings.cpp - the 设置 page of one school (see department/school_settings.h);
// scope: schools.region_code LIKE region_pattern(account).
#include "department/school_settings.h"

#include "application.h"
#include "audit.h"
#include "context.h"
#include "department/centers_relation.h"
#include "department/school_settings_page.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "scope.h"
#include "pii.h"

namespace {

const char* school_status_label(const std::string& s) {
  if (s == "active") return "正常";
  if (s == "pending") return "注册待审核";
  if (s == "rejected") return "注册未通过";
  return "已注销";
}

const char* done_notice(const std::string& done) {
  if (done == "center_set") return "已设置为中心校。可在“中心校管理”中查看其所辖学校。";
  if (done == "center_unset") return "已取消中心校。";
  if (done == "joined") return "已加入中心校。";
  if (done == "left") return "已移出中心校。";
  if (done == "password") return "账号密码已重置，临时密码已通过短信发送至学校联系人手机，学校登录后须立即修改。";
  if (done == "mobile") return "联系人手机已修改，新旧手机号均已收到短信通知。";
  if (done == "cancel") return "注销申请已提交，等待管理中心审核。";
  return "";
}

void message(ctemplate::TemplateDictionary& d, const char* section, const std::string& text) {
  if (!text.empty()) set_value(*d.AddSectionDictionary(section), "MESSAGE", text);
}

// 中心校状态 and 所属中心校.
void fill_center(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& s, const SettingsForm& f) {
  bool active = s.str("status") == "active";
  if (s.i64("is_center")) {
    auto* c = d.AddSectionDictionary("IS_CENTER");
    set_value(*c, "SUBORDINATES", s.str("subordinates"));
    if (active) c->ShowSection("CAN_UNSET");
  } else {
    auto* c = d.AddSectionDictionary("NOT_CENTER");
    if (active && s.is_null("center_school_id")) c->ShowSection("CAN_SET");
  }
  if (!s.is_null("center_school_id")) {
    auto* m = d.AddSectionDictionary("HAS_CENTER");
    set_value(*m, "CENTER_NAME", s.str("center_name"));
  } else {
    d.ShowSection("NO_CENTER");
  }
  if (active && !s.i64("is_center")) {
    auto* join = d.AddSectionDictionary("JOIN");
    Rows centers = center_choices(ctx.db, s.str("region_code"), s.i64("id"), s.i64("center_school_id"));
    for (const Row& c : centers) {
      auto* o = join->AddSectionDictionary("CENTER_OPTION");
      set_value(*o, "ID", c.str("id"));
      set_value(*o, "NAME", c.str("name"));
    }
    if (centers.empty()) join->ShowSection("NO_CHOICES");
  }
  message(d, "CENTER_ERROR", f.center_error);
}

}  // namespace

void settings_fill_cancellation(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& s, const SettingsForm& f) {
  auto app = ctx.db.query_one(
      "SELECT a.status, a.reason, a.decision_reason, JSON_VALUE(a.payload, '$.cause') AS cause,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " DATE_FORMAT(a.decided_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS decided"
      " FROM applications a WHERE a.school_id = ? AND a.kind = 'cancellation' ORDER BY a.created_at DESC, a.id DESC LIMIT 1",
      {s.i64("id")});
  bool pending = app && app->str("status") == "pending";
  if (app) {
    auto* a = d.AddSectionDictionary("CANCEL_APP");
    set_value(*a, "STATUS_LABEL", application_status_label(app->str("status")));
    set_value(*a, "STATUS_BADGE", application_status_badge(app->str("status")));
    set_value(*a, "CAUSE", app->str("cause") == "merger" ? "合并" : "撤销");
    set_value(*a, "REASON", app->str("reason"));
    set_value(*a, "SUBMITTED", app->str("submitted"));
    if (!app->str("decided").empty()) set_value(*a->AddSectionDictionary("DECIDED"), "AT", app->str("decided"));
    if (!app->str("decision_reason").empty())
      set_value(*a->AddSectionDictionary("DECISION_REASON"), "TEXT", app->str("decision_reason"));
  }
  message(d, "CANCEL_ERROR", f.cancel_error);
  if (pending || s.str("status") != "active") return;
  auto* form = d.AddSectionDictionary("CANCEL_FORM");
  if (f.cause == "merger") form->ShowSection("MERGER_CHECKED");
  if (f.cause == "closure") form->ShowSection("CLOSURE_CHECKED");
  set_value(*form, "REASON", f.reason);
  message(*form, "CAUSE_ERROR", f.cause_error);
  message(*form, "REASON_ERROR", f.reason_error);
}

Row settings_school(Ctx& ctx, int64_t id, const char* what) {
  auto s = ctx.db.query_one(
      "SELECT id, name, region_code, status, contact_mobile, contact_mobile_hmac FROM schools"
      " WHERE id = ? AND region_code LIKE ?",
      {id, region_pattern(ctx.account())});
  if (!s) {
    audit(ctx, "access_denied", "school", std::to_string(id), what);
    throw HttpError(404, "该学校不存在或不在本辖区内。");
  }
  return *s;
}

void settings_done(Ctx& ctx, int64_t id, const char* done) {
  ctx.res.redirect("/school/dept/schools/settings?id=" + std::to_string(id) + "&done=" + done, true);
}

void settings_render(Ctx& ctx, int64_t id, const SettingsForm& f) {
  auto s = ctx.db.query_one(
      "SELECT s.id, s.name, s.region_code, s.nature, s.school_type, s.contact_name, s.contact_mobile,"
      " s.contact_mobile_enc, s.status,"
      " s.is_center, s.center_school_id, m.name AS center_name,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " (SELECT COUNT(*) FROM schools x WHERE x.center_school_id = s.id AND x.status IN ('pending', 'active')) AS subordinates,"
      " a.login_name, a.status AS account_status, a.must_change_password"
      " FROM schools s JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " LEFT JOIN schools m ON m.id = s.center_school_id"
      " LEFT JOIN accounts a ON a.kind = 'school' AND a.school_id = s.id"
      " WHERE s.id = ? AND s.region_code LIKE ?",
      {id, region_pattern(ctx.account())});
  if (!s) {
    audit(ctx, "access_denied", "school", std::to_string(id), "school settings");
    throw HttpError(404, "该学校不存在或不在本辖区内。");
  }
  Page page(ctx, "学校设置", "department/school_settings.tpl");
  auto& d = page.body();
  if (!f.notice.empty()) page.notice(f.notice);
  set_value(d, "ID", s->str("id"));
  set_value(d, "NAME", s->str("name"));
  set_value(d, "REGION", s->str("region_path"));
  set_value(d, "NATURE", s->str("nature"));
  set_value(d, "TYPE", s->str("school_type"));
  set_value(d, "CONTACT", s->str("contact_name"));
  set_value(d, "STATUS_LABEL", school_status_label(s->str("status")));
  const std::string* show = ctx.req.param("show");
  if (show && *show == "mobile" && ctx.req.method == "GET") {
    audit(ctx, "mobile_revealed", "school", s->str("id"), "contact mobile");
    set_value(d, "MOBILE", pii_open_mobile(ctx.config, s->str("contact_mobile_enc")));
  } else {
    set_value(d, "MOBILE", mask_mobile(s->str("contact_mobile")));
    d.ShowSection("CAN_REVEAL");
  }
  if (s->str("login_name").empty()) d.ShowSection("NO_ACCOUNT");
  else {
    auto* acc = d.AddSectionDictionary("ACCOUNT");
    set_value(*acc, "LOGIN", s->str("login_name"));
    if (s->str("account_status") != "active") acc->ShowSection("DISABLED");
    if (s->i64("must_change_password")) acc->ShowSection("MUST_CHANGE");
  }
  fill_center(ctx, d, *s, f);
  if (s->str("status") == "active") {
    auto* manage = d.AddSectionDictionary("MANAGE");
    if (!s->str("login_name").empty()) manage->ShowSection("CAN_RESET");
    set_value(*manage, "MOBILE_MASKED", mask_mobile(s->str("contact_mobile")));
    set_value(*manage, "NEW_MOBILE", f.mobile);
    message(*manage, "ACCOUNT_ERROR", f.account_error);
    message(*manage, "MOBILE_ERROR", f.mobile_error);
  } else {
    d.ShowSection("INACTIVE");
  }
  settings_fill_cancellation(ctx, d, *s, f);
  ctx.res.status = f.status;
  page.render();
}

void department_school_settings(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  SettingsForm f;
  if (const std::string* done = ctx.req.param("done")) f.notice = done_notice(*done);
  settings_render(ctx, id, f);
}
