// insurer/accounts.cpp - 分支账号管理 / 县区账号管理 (see insurer/accounts.h). Scope: the signed-in
// insurer's company, region pattern and lower levels, written into every query; only the
// allow-listed form fields are read.
#include "insurer/accounts.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"
#include "password.h"
#include "password_policy.h"
#include "insurer/region_select.h"
#include "scope.h"
#include "pii.h"

namespace {

const char* const kListPath = "/school/insurer/accounts";

// What a user typed into 增加账号, and the message per field.
struct AccountForm {
  std::string level = "city";  // city | county (a city account always makes county accounts)
  std::string city, county;    // region codes as chosen ("" = none)
  std::string display_name, login, contact_name, mobile;
  std::vector<std::pair<std::string, std::string>> errors;  // field → message
};

// Only province and city accounts manage accounts; a county account is refused.
const Account& manager(Ctx& ctx) {
  const Account& a = ctx.account();
  if (a.insurer_level != "province" && a.insurer_level != "city")
    throw HttpError(403, "县区账号不能管理其他账号。");
  return a;
}

std::string level_name(const std::string& level) { return level == "city" ? "市级" : "县区级"; }

// The account an action names, if it lies below the signed-in one (same company, inside its
// region, lower level); otherwise 404 with an access_denied audit row.
Row load_target(Ctx& ctx, const Account& me, int64_t id, std::string_view what) {
  auto r = ctx.db.query_one(
      "SELECT a.id, a.login_name, a.mobile_enc, a.status FROM accounts a"
      " WHERE a.id = ? AND a.kind = 'insurer' AND a.company_id = ? AND a.region_code LIKE ? AND a.id <> ?"
      " AND (a.insurer_level = 'county' OR (? = 'province' AND a.insurer_level = 'city'))",
      {id, me.company_id, region_pattern(me), me.id, me.insurer_level});
  if (!r) {
    audit(ctx, "access_denied", "account", std::to_string(id), what);
    throw HttpError(404, "该账号不存在或不在您的管理范围内。");
  }
  return *r;
}

void fill_form(Ctx& ctx, ctemplate::TemplateDictionary& d, const Account& me, const AccountForm& f) {
  auto* form = d.AddSectionDictionary("FORM");
  bool province = me.insurer_level == "province";
  form->ShowSection(province ? "PROVINCE" : "CITY_ACCOUNT");
  if (province) form->ShowSection(f.level == "county" ? "LEVEL_county" : "LEVEL_city");
  region_select_fill(ctx, *form, me, f.city, f.county);
  if (!province) {
    auto own = ctx.db.query_one("SELECT name FROM regions WHERE code = ?", {me.region_code});
    set_value(*form, "OWN_CITY", own ? own->str("name") : "");
  }
  set_value(*form, "DISPLAY_NAME", f.display_name);
  set_value(*form, "LOGIN", f.login);
  set_value(*form, "CONTACT_NAME", f.contact_name);
  set_value(*form, "MOBILE", f.mobile);
  set_value(*form, "PASSWORD_RULE", password_rule_text());
  for (const auto& [field, message] : f.errors) {
    std::string upper = field;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char ch) { return std::toupper(ch); });
    set_value(*form->AddSectionDictionary(upper + "_ERROR"), "MESSAGE", message);
    form->ShowSection(upper + "_ERROR_INVALID");
  }
  if (!f.errors.empty()) form->ShowSection("FORM_ERROR");
}

const char* notice_for(const Request& req) {
  const std::string* done = req.param("done");
  if (!done) return "";
  if (*done == "created") return "账号已添加，初始密码已通过短信发送至联系人手机，首次登录须修改密码。";
  if (*done == "disabled") return "账号已停用，该账号的登录会话已全部结束。";
  if (*done == "enabled") return "账号已启用。";
  if (*done == "reset") return "密码已重置，临时密码已通过短信发送至联系人手机，该账号的登录会话已全部结束。";
  return "";
}

void render(Ctx& ctx, const AccountForm& form, int64_t page_no) {
  const Account& me = manager(ctx);
  Pager pager;
  pager.page = page_no;
  std::string pattern = region_pattern(me);
  auto total = ctx.db.query_one(
      "SELECT COUNT(*) AS n FROM accounts a"
      " WHERE a.kind = 'insurer' AND a.company_id = ? AND a.region_code LIKE ? AND a.id <> ?"
      " AND (a.insurer_level = 'county' OR (? = 'province' AND a.insurer_level = 'city'))",
      {me.company_id, pattern, me.id, me.insurer_level});
  Rows rows = ctx.db.query(
      "SELECT a.id, a.insurer_level, r.name AS region, COALESCE(p.name, '') AS city, a.display_name,"
      " a.login_name, COALESCE(a.contact_name, '') AS contact_name, COALESCE(a.mobile, '') AS mobile,"
      " a.status, a.must_change_password"
      " FROM accounts a JOIN regions r ON r.code = a.region_code"
      " LEFT JOIN regions p ON p.code = r.parent_code AND p.level = 'city'"
      " WHERE a.kind = 'insurer' AND a.company_id = ? AND a.region_code LIKE ? AND a.id <> ?"
      " AND (a.insurer_level = 'county' OR (? = 'province' AND a.insurer_level = 'city'))"
      " ORDER BY a.region_code, a.insurer_level, a.id LIMIT ? OFFSET ?",
      {me.company_id, pattern, me.id, me.insurer_level, pager.limit, pager.offset()});

  const char* title = me.insurer_level == "province" ? "分支账号管理" : "县区账号管理";
  Page page(ctx, title, "insurer/accounts.tpl");
  auto& d = page.body();
  set_value(d, "TITLE", title);
  if (*notice_for(ctx.req)) page.notice(notice_for(ctx.req));
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("ACCOUNT");
    set_value(*row, "ID", r.str("id"));
    set_value(*row, "LEVEL", level_name(r.str("insurer_level")));
    set_value(*row, "REGION", r.str("city").empty() ? r.str("region") : r.str("city") + " " + r.str("region"));
    set_value(*row, "NAME", r.str("display_name"));
    set_value(*row, "LOGIN", r.str("login_name"));
    set_value(*row, "CONTACT", r.str("contact_name").empty() ? "—" : r.str("contact_name"));
    set_value(*row, "MOBILE_MASKED", r.str("mobile").empty() ? "—" : mask_mobile(r.str("mobile")));
    bool active = r.str("status") == "active";
    row->ShowSection(active ? "ACTIVE" : "DISABLED");
    row->ShowSection(active ? "CAN_DISABLE" : "CAN_ENABLE");
    if (r.i64("must_change_password")) row->ShowSection("MUST_CHANGE");
    if (!r.str("mobile").empty()) row->ShowSection("CAN_RESET");
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total->i64("n"), kListPath, {});
  fill_form(ctx, d, me, form);
  page.render();
}

// The region the form asks for, checked against the creator's region and the level; "" and an
// error on the form when it is missing or outside.
std::string checked_region(Ctx& ctx, const Account& me, AccountForm& f) {
  bool want_city = me.insurer_level == "province" && f.level == "city";
  const std::string& code = want_city ? f.city : f.county;
  const char* field = want_city ? "city" : "county";
  if (code.empty()) {
    f.errors.emplace_back(field, want_city ? "请选择负责的市。" : "请选择负责的县区。");
    return "";
  }
  auto r = ctx.db.query_one(
      "SELECT code, level, COALESCE(parent_code, '') AS parent FROM regions WHERE code = ? AND code LIKE ?",
      {code, region_pattern(me)});
  bool ok = r && r->str("level") == (want_city ? "city" : "county");
  if (ok && !want_city && me.insurer_level == "city") ok = r->str("parent") == me.region_code;
  if (!ok) {
    f.errors.emplace_back(field, me.insurer_level == "city" ? "负责区域必须是本市所辖的县区。"
                                                             : "负责区域不在本公司的负责范围内，或与账号级别不符。");
    return "";
  }
  if (!want_city && !f.city.empty() && f.city != r->str("parent")) {
    f.errors.emplace_back("county", "所选县区不属于所选的市，请重新选择。");
    return "";
  }
  return code;
}

void back_to_list(Ctx& ctx, const char* done) {
  ctx.res.redirect(url_with_query(kListPath, {{"done", done}}), true);
}

}  // namespace

void insurer_accounts(Ctx& ctx) {
  manager(ctx);
  render(ctx, AccountForm{}, pager_read(ctx.req).page);
}

void insurer_account_create(Ctx& ctx) {
  const Account& me = manager(ctx);
  AccountForm f;
  if (me.insurer_level == "province") f.level = param_enum(ctx.req, "level", {"city", "county"});
  else f.level = "county";
  f.city = param_text(ctx.req, "city", 6, false);
  f.county = param_text(ctx.req, "county", 6, false);
  f.display_name = param_text(ctx.req, "display_name", 400, false);
  f.login = param_text(ctx.req, "login", 100, false);
  f.contact_name = param_text(ctx.req, "contact_name", 200, false);
  f.mobile = param_text(ctx.req, "mobile", 40, false);
  std::string password = param_text(ctx.req, "password", 200, false);

  std::string region = checked_region(ctx, me, f);
  if (f.display_name.empty()) f.errors.emplace_back("display_name", "请填写公司名称。");
  else if (utf8_length(f.display_name) > 100) f.errors.emplace_back("display_name", "公司名称不能超过 100 个字。");
  if (const char* e = login_name_error(f.login)) f.errors.emplace_back("login", e);
  if (f.contact_name.empty()) f.errors.emplace_back("contact_name", "请填写联系人姓名。");
  else if (utf8_length(f.contact_name) > 50) f.errors.emplace_back("contact_name", "联系人姓名不能超过 50 个字。");
  if (!check_mobile(f.mobile)) f.errors.emplace_back("mobile", "请填写正确的11位手机号码。");
  std::string weak = password_problem(password, f.login, f.mobile);
  if (!weak.empty()) f.errors.emplace_back("password", weak);

  if (f.errors.empty()) {
    OneTimePassword initial{password, password_hash(password)};
    try {
      ctx.db.transaction([&] {
        NewAccount a;
        a.kind = "insurer";
        a.login_name = f.login;
        a.display_name = f.display_name;
        a.mobile = f.mobile;
        a.contact_name = f.contact_name;
        a.region_code = region;
        a.company_id = me.company_id;
        a.insurer_level = f.level;
        int64_t id = account_issue(ctx.db, ctx.config, a, initial);
        ctx.db.exec("UPDATE accounts SET parent_account_id = ? WHERE id = ?", {me.id, id});
        audit(ctx, "insurer_account_created", "account", std::to_string(id),
              "company=" + std::to_string(me.company_id) + " login=" + f.login + " level=" + f.level +
                  " region=" + region);
      });
      back_to_list(ctx, "created");
      return;
    } catch (const std::exception& e) {
      if (!is_duplicate_key(e)) throw;
      f.errors.emplace_back("login", "该登录账号已被使用，请换一个。");
    }
  }
  render(ctx, f, 1);
}

void insurer_account_status(Ctx& ctx) {
  const Account& me = manager(ctx);
  int64_t id = param_id(ctx.req, "id");
  bool disable = param_enum(ctx.req, "action", {"disable", "enable"}) == "disable";
  Row target = load_target(ctx, me, id, disable ? "disable" : "enable");
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE accounts SET status = ? WHERE id = ?", {disable ? "disabled" : "active", id});
    if (disable) session_end_others(ctx.db, id, nullptr);
    audit(ctx, disable ? "account_disabled" : "account_enabled", "account", std::to_string(id),
          "insurer " + target.str("login_name"));
  });
  back_to_list(ctx, disable ? "disabled" : "enabled");
}

void insurer_account_reset(Ctx& ctx) {
  const Account& me = manager(ctx);
  int64_t id = param_id(ctx.req, "id");
  Row target = load_target(ctx, me, id, "password reset");
  if (target.str("mobile_enc").empty()) throw HttpError(409, "该账号未登记联系人手机，无法以短信发送临时密码。");
  OneTimePassword temporary = one_time_password();
  ctx.db.transaction([&] {
    account_reset_password(ctx.db, ctx.config, id, target.str("login_name"),
                           pii_open_mobile(ctx.config, target.str("mobile_enc")), temporary);
    audit(ctx, "password_reset", "account", std::to_string(id), "insurer " + target.str("login_name"));
  });
  back_to_list(ctx, "reset");
}
