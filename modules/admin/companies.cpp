// admin/companies.cpp - insurance companies and their provincial branch accounts (see
// admin/companies.h). Scope: the whole province (Role::Admin); only allow-listed fields are read.
#include "admin/companies.h"

#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"

namespace {

struct Field {
  std::string value, error;
};

struct CompanyForm {
  Field name, short_name;
  std::string error;
};

struct BranchForm {
  Field login, display_name, contact_name, mobile;
  std::string error;
};

void fill_field(ctemplate::TemplateDictionary& d, const char* name, const Field& f) {
  set_value(d, name, f.value);
  if (f.error.empty()) return;
  std::string section = std::string(name) + "_ERROR";
  set_value(*d.AddSectionDictionary(section), "MESSAGE", f.error);
  d.ShowSection(section + "_INVALID");
}

CompanyForm read_company_form(const Request& req) {
  CompanyForm f;
  f.name.value = param_text(req, "name", 400, false);
  f.short_name.value = param_text(req, "short_name", 200, false);
  if (f.name.value.empty()) f.name.error = "请填写保险公司全称。";
  else if (utf8_length(f.name.value) > 100) f.name.error = "全称不能超过 100 个字。";
  if (f.short_name.value.empty()) f.short_name.error = "请填写简称。";
  else if (utf8_length(f.short_name.value) > 32) f.short_name.error = "简称不能超过 32 个字。";
  return f;
}

bool has_errors(const CompanyForm& f) { return !f.name.error.empty() || !f.short_name.error.empty(); }

void render_list(Ctx& ctx, const CompanyForm& form, const std::string& notice) {
  Rows rows = ctx.db.query(
      "SELECT c.id, c.name, c.short_name, c.status,"
      " (SELECT COUNT(*) FROM accounts a WHERE a.kind = 'insurer' AND a.company_id = c.id"
      "   AND a.insurer_level = 'province') AS branches"
      " FROM insurance_companies c ORDER BY c.status = 'disabled', c.id");
  Page page(ctx, "保险公司", "admin/companies.tpl");
  auto& d = page.body();
  if (!notice.empty()) page.notice(notice);
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("COMPANY");
    set_value(*row, "URL", "/school/admin/company?id=" + r.str("id"));
    set_value(*row, "NAME", r.str("name"));
    set_value(*row, "SHORT_NAME", r.str("short_name"));
    set_value(*row, "BRANCHES", r.str("branches"));
    row->ShowSection(r.str("status") == "active" ? "ACTIVE" : "DISABLED");
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  fill_field(d, "NAME", form.name);
  fill_field(d, "SHORT_NAME", form.short_name);
  if (!form.error.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", form.error);
  page.render();
}

Row load_company(Ctx& ctx, int64_t id) {
  auto c = ctx.db.query_one("SELECT id, name, short_name, status FROM insurance_companies WHERE id = ?", {id});
  if (!c) throw HttpError(404, "该保险公司不存在。");
  return *c;
}

void render_detail(Ctx& ctx, int64_t id, const CompanyForm* rename, const BranchForm& branch, const std::string& notice) {
  Row c = load_company(ctx, id);
  Rows accounts = ctx.db.query(
      "SELECT id, login_name, display_name, contact_name, mobile, status, must_change_password,"
      " DATE_FORMAT(created_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS opened"
      " FROM accounts WHERE kind = 'insurer' AND company_id = ? AND insurer_level = 'province' ORDER BY id",
      {id});
  Page page(ctx, "保险公司", "admin/company.tpl");
  auto& d = page.body();
  if (!notice.empty()) page.notice(notice);
  set_value(d, "ID", std::to_string(id));
  set_value(d, "COMPANY_NAME", c.str("name"));
  set_value(d, "COMPANY_SHORT_NAME", c.str("short_name"));
  bool active = c.str("status") == "active";
  d.ShowSection(active ? "ACTIVE" : "DISABLED");
  CompanyForm current;
  current.name.value = c.str("name");
  current.short_name.value = c.str("short_name");
  const CompanyForm& r = rename ? *rename : current;
  fill_field(d, "NAME", r.name);
  fill_field(d, "SHORT_NAME", r.short_name);
  if (!r.error.empty()) set_value(*d.AddSectionDictionary("RENAME_ERROR"), "MESSAGE", r.error);
  for (const Row& a : accounts) {
    auto* row = d.AddSectionDictionary("BRANCH");
    set_value(*row, "LOGIN", a.str("login_name"));
    set_value(*row, "NAME", a.str("display_name"));
    set_value(*row, "CONTACT", a.str("contact_name").empty() ? "—" : a.str("contact_name"));
    set_value(*row, "MOBILE_MASKED", a.str("mobile").empty() ? "—" : mask_mobile(a.str("mobile")));
    set_value(*row, "OPENED", a.str("opened"));
    row->ShowSection(a.str("status") == "active" ? "ACCOUNT_ACTIVE" : "ACCOUNT_DISABLED");
    if (a.i64("must_change_password")) row->ShowSection("MUST_CHANGE");
  }
  if (accounts.empty()) d.ShowSection("NO_BRANCH");
  if (active) {
    auto* f = d.AddSectionDictionary("BRANCH_FORM");
    BranchForm b = branch;
    if (b.display_name.value.empty() && b.display_name.error.empty()) b.display_name.value = c.str("name") + "河南分公司";
    fill_field(*f, "LOGIN", b.login);
    fill_field(*f, "DISPLAY_NAME", b.display_name);
    fill_field(*f, "CONTACT_NAME", b.contact_name);
    fill_field(*f, "MOBILE", b.mobile);
    if (!b.error.empty()) set_value(*f->AddSectionDictionary("BRANCH_ERROR"), "MESSAGE", b.error);
  } else {
    d.ShowSection("BRANCH_CLOSED");
  }
  page.render();
}

std::string notice_for(const Request& req) {
  const std::string* done = req.param("done");
  if (!done) return "";
  if (*done == "created") return "保险公司已添加。";
  if (*done == "renamed") return "保险公司名称已修改。";
  if (*done == "disabled") return "保险公司已停用，学校将不能再选择该公司。";
  if (*done == "enabled") return "保险公司已启用。";
  if (*done == "branch") return "省级分公司账号已开通，初始密码已通过短信发送至联系人手机。";
  return "";
}

const char* const kFixErrors = "请按提示修改后重新提交。";

}  // namespace

void admin_companies(Ctx& ctx) { render_list(ctx, CompanyForm{}, notice_for(ctx.req)); }

void admin_company_create(Ctx& ctx) {
  CompanyForm f = read_company_form(ctx.req);
  if (!has_errors(f)) {
    try {
      ctx.db.transaction([&] {
        ctx.db.exec("INSERT INTO insurance_companies (name, short_name, status) VALUES (?, ?, 'active')",
                    {f.name.value, f.short_name.value});
        int64_t id = static_cast<int64_t>(ctx.db.last_insert_id());
        audit(ctx, "company_created", "company", std::to_string(id), f.name.value + " (" + f.short_name.value + ")");
      });
      ctx.res.redirect("/school/admin/companies?done=created", true);
      return;
    } catch (const std::exception& e) {
      if (!is_duplicate_key(e)) throw;
      f.name.error = "已有同名的保险公司。";
    }
  }
  f.error = kFixErrors;
  render_list(ctx, f, "");
}

void admin_company(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  render_detail(ctx, id, nullptr, BranchForm{}, notice_for(ctx.req));
}

void admin_company_rename(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row old = load_company(ctx, id);
  CompanyForm f = read_company_form(ctx.req);
  if (!has_errors(f)) {
    try {
      ctx.db.transaction([&] {
        ctx.db.exec("UPDATE insurance_companies SET name = ?, short_name = ? WHERE id = ?",
                    {f.name.value, f.short_name.value, id});
        audit(ctx, "company_renamed", "company", std::to_string(id),
              old.str("name") + " (" + old.str("short_name") + ") -> " + f.name.value + " (" + f.short_name.value + ")");
      });
      ctx.res.redirect("/school/admin/company?id=" + std::to_string(id) + "&done=renamed", true);
      return;
    } catch (const std::exception& e) {
      if (!is_duplicate_key(e)) throw;
      f.name.error = "已有同名的保险公司。";
    }
  }
  f.error = kFixErrors;
  render_detail(ctx, id, &f, BranchForm{}, "");
}

void admin_company_status(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  bool disable = param_enum(ctx.req, "action", {"disable", "enable"}) == "disable";
  Row c = load_company(ctx, id);
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE insurance_companies SET status = ? WHERE id = ?", {disable ? "disabled" : "active", id});
    audit(ctx, disable ? "company_disabled" : "company_enabled", "company", std::to_string(id), c.str("name"));
  });
  ctx.res.redirect("/school/admin/company?id=" + std::to_string(id) + (disable ? "&done=disabled" : "&done=enabled"),
                   true);
}

void admin_company_branch(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row c = load_company(ctx, id);
  BranchForm b;
  b.login.value = param_text(ctx.req, "login", 100, false);
  b.display_name.value = param_text(ctx.req, "display_name", 400, false);
  b.contact_name.value = param_text(ctx.req, "contact_name", 200, false);
  b.mobile.value = param_text(ctx.req, "mobile", 40, false);
  if (const char* e = login_name_error(b.login.value)) b.login.error = e;
  if (b.display_name.value.empty()) b.display_name.error = "请填写机构名称。";
  else if (utf8_length(b.display_name.value) > 100) b.display_name.error = "机构名称不能超过 100 个字。";
  if (b.contact_name.value.empty()) b.contact_name.error = "请填写联系人姓名。";
  else if (utf8_length(b.contact_name.value) > 50) b.contact_name.error = "联系人姓名不能超过 50 个字。";
  if (!check_mobile(b.mobile.value)) b.mobile.error = "请填写正确的11位手机号码。";
  bool ok = b.login.error.empty() && b.display_name.error.empty() && b.contact_name.error.empty() && b.mobile.error.empty();
  if (c.str("status") != "active") throw HttpError(409, "该保险公司已停用，不能开通新账号。");
  if (ok) {
    OneTimePassword password = one_time_password();
    try {
      ctx.db.transaction([&] {
        NewAccount a;
        a.kind = "insurer";
        a.login_name = b.login.value;
        a.display_name = b.display_name.value;
        a.mobile = b.mobile.value;
        a.contact_name = b.contact_name.value;
        a.region_code = "410000";
        a.company_id = id;
        a.insurer_level = "province";
        int64_t account_id = account_issue(ctx.db, ctx.config, a, password);
        audit(ctx, "insurer_account_created", "account", std::to_string(account_id),
              "company=" + std::to_string(id) + " login=" + b.login.value + " level=province");
      });
      ctx.res.redirect("/school/admin/company?id=" + std::to_string(id) + "&done=branch", true);
      return;
    } catch (const std::exception& e) {
      if (!is_duplicate_key(e)) throw;
      b.login.error = "该登录账号已被使用，请换一个。";
    }
  }
  b.error = kFixErrors;
  render_detail(ctx, id, nullptr, b, "");
}
