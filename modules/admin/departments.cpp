// admin/departments.cpp - department accounts per region (see admin/departments.h).
// Scope: the whole province (Role::Admin). Allow-listed fields: region, contact_name, mobile.
#include "admin/departments.h"

#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"

namespace {

struct CreateForm {
  std::string region, contact_name, mobile;
  std::string region_error, contact_error, mobile_error, error;
};

// Code of a city (6 digits) from a request parameter, "" when absent or empty; else 400.
std::string read_code(const Request& req, std::string_view name) {
  std::string v = param_text(req, name, 6, false);
  if (!v.empty() && (v.size() != 6 || v.find_first_not_of("0123456789") != std::string::npos))
    throw HttpError(400, "参数 " + std::string(name) + " 无效：应为6位区域代码");
  return v;
}

void render(Ctx& ctx, const std::string& city, const CreateForm& form, const std::string& notice) {
  Rows regions = ctx.db.query(
      "SELECT r.code, r.name, r.level, p.name AS city_name, a.id AS account_id, a.login_name, a.contact_name,"
      " a.mobile, a.status, a.must_change_password,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS opened"
      " FROM regions r LEFT JOIN regions p ON p.code = r.parent_code AND r.level = 'county'"
      " LEFT JOIN accounts a ON a.kind = 'department' AND a.region_code = r.code"
      " WHERE r.level IN ('city', 'county') AND (? = '' OR r.code = ? OR r.parent_code = ?)"
      " ORDER BY IF(r.level = 'city', r.code, r.parent_code), r.level = 'county', r.code",
      {city, city, city});
  Rows cities = ctx.db.query("SELECT code, name FROM regions WHERE level = 'city' ORDER BY code");
  Page page(ctx, "教育部门账号", "admin/departments.tpl");
  auto& d = page.body();
  if (!notice.empty()) page.notice(notice);
  int opened = 0;
  for (const Row& c : cities) {
    auto* o = d.AddSectionDictionary("CITY_OPTION");
    set_value(*o, "CODE", c.str("code"));
    set_value(*o, "NAME", c.str("name"));
    if (c.str("code") == city) o->ShowSection("SELECTED");
  }
  for (const Row& r : regions) {
    auto* row = d.AddSectionDictionary("REGION");
    bool county = r.str("level") == "county";
    set_value(*row, "CODE", r.str("code"));
    set_value(*row, "NAME", county ? r.str("city_name") + " / " + r.str("name") : r.str("name"));
    set_value(*row, "LEVEL", county ? "县（区）" : "市");
    if (r.is_null("account_id")) {
      row->ShowSection("NO_ACCOUNT");
      set_value(*row, "OPEN_URL", url_with_query("/school/admin/departments", {{"city", city}, {"region", r.str("code")}}) +
                                      "#create");
      auto* o = d.AddSectionDictionary("FREE_REGION");
      set_value(*o, "CODE", r.str("code"));
      set_value(*o, "NAME", county ? r.str("city_name") + " / " + r.str("name") : r.str("name") + "（市本级）");
      if (r.str("code") == form.region) o->ShowSection("SELECTED");
      continue;
    }
    ++opened;
    auto* acc = row->AddSectionDictionary("HAS_ACCOUNT");
    set_value(*acc, "LOGIN", r.str("login_name"));
    set_value(*acc, "CONTACT", r.str("contact_name").empty() ? "—" : r.str("contact_name"));
    set_value(*acc, "MOBILE_MASKED", r.str("mobile").empty() ? "—" : mask_mobile(r.str("mobile")));
    set_value(*acc, "OPENED", r.str("opened"));
    acc->ShowSection(r.str("status") == "active" ? "ACTIVE" : "DISABLED");
    if (r.i64("must_change_password")) acc->ShowSection("MUST_CHANGE");
  }
  set_value(d, "OPENED_COUNT", std::to_string(opened));
  set_value(d, "REGION_COUNT", std::to_string(regions.size()));
  set_value(d, "CITY", city);
  set_value(d, "CONTACT_NAME", form.contact_name);
  set_value(d, "MOBILE", form.mobile);
  field_error(d, "REGION_ERROR", form.region_error);
  field_error(d, "CONTACT_ERROR", form.contact_error);
  field_error(d, "MOBILE_ERROR", form.mobile_error);
  if (!form.error.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", form.error);
  page.render();
}

}  // namespace

void admin_departments(Ctx& ctx) {
  std::string city = read_code(ctx.req, "city");
  CreateForm form;
  form.region = read_code(ctx.req, "region");
  std::string notice;
  if (const std::string* done = ctx.req.param("done"); done && *done == "created")
    notice = "教育部门账号已开通，初始密码已通过短信发送至联系人手机。";
  render(ctx, city, form, notice);
}

void admin_department_create(Ctx& ctx) {
  std::string city = read_code(ctx.req, "city");
  CreateForm form;
  form.region = read_code(ctx.req, "region");
  form.contact_name = param_text(ctx.req, "contact_name", 200, false);
  form.mobile = param_text(ctx.req, "mobile", 40, false);
  std::optional<Row> region;
  if (form.region.empty()) form.region_error = "请选择区域。";
  else if (!(region = ctx.db.query_one("SELECT code, name FROM regions WHERE code = ? AND level IN ('city', 'county')",
                                        {form.region})))
    form.region_error = "所选区域不存在。";
  if (form.contact_name.empty()) form.contact_error = "请填写联系人姓名。";
  else if (utf8_length(form.contact_name) > 50) form.contact_error = "联系人姓名不能超过 50 个字。";
  if (!check_mobile(form.mobile)) form.mobile_error = "请填写正确的11位手机号码。";
  if (!form.region_error.empty() || !form.contact_error.empty() || !form.mobile_error.empty()) {
    form.error = "请按提示修改后重新提交。";
    render(ctx, city, form, "");
    return;
  }
  OneTimePassword password = one_time_password();
  bool exists = false;
  try {
    ctx.db.transaction([&] {
      exists = false;
      if (ctx.db.query_one("SELECT id FROM accounts WHERE kind = 'department' AND (region_code = ? OR login_name = ?)"
                           " FOR UPDATE", {form.region, region->str("name")})) {
        exists = true;
        return;
      }
      NewAccount a;
      a.kind = "department";
      a.login_name = region->str("name");
      a.display_name = region->str("name");
      a.mobile = form.mobile;
      a.contact_name = form.contact_name;
      a.region_code = form.region;
      int64_t id = account_issue(ctx.db, ctx.config, a, password);
      audit(ctx, "department_account_created", "account", std::to_string(id),
            form.region + " " + region->str("name") + " contact=" + form.contact_name);
    });
  } catch (const std::exception& e) {
    if (!is_duplicate_key(e)) throw;
    exists = true;
  }
  if (exists) {
    form.region_error = "该区域已有教育部门账号，每个区域只能开通一个。";
    form.error = "请按提示修改后重新提交。";
    render(ctx, city, form, "");
    return;
  }
  ctx.res.redirect(url_with_query("/school/admin/departments", {{"city", city}, {"done", "created"}}), true);
}
