// admin/announcement_manage.cpp - 公告管理 (see admin/announcement_manage.h). Scope: the whole province
// (Role::Admin); only allow-listed fields are read; each change is one transaction with its audit row.
#include "admin/announcement_manage.h"

#include <set>
#include <string>

#include "announcements.h"
#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "http_error.h"
#include "insurer/region_select.h"
#include "page.h"
#include "pager.h"
#include "session.h"

namespace {

struct Form {
  int64_t id = 0;  // 0 = new
  std::string title, body, city, county, company, expires_on;
  std::set<std::string> roles;
  std::string title_error, body_error, roles_error, region_error, company_error, expires_error, error;
  bool ok() const {
    return title_error.empty() && body_error.empty() && roles_error.empty() && region_error.empty() &&
           company_error.empty() && expires_error.empty();
  }
};

bool all_digits(const std::string& s) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

Form read_form(Ctx& ctx) {
  const Request& req = ctx.req;
  Form f;
  f.title = param_text(req, "title", 400, false);
  f.body = param_multiline(req, "body", 20000);
  f.city = param_text(req, "city", 6, false);
  f.county = param_text(req, "county", 6, false);
  f.company = param_text(req, "company", 9, false);
  f.expires_on = param_text(req, "expires_on", 10, false);
  for (const auto& r : announcement_roles())
    if (const std::string* v = req.param(std::string("role_") + r.code); v && *v == "1") f.roles.insert(r.code);

  if (f.title.empty()) f.title_error = "请填写公告标题。";
  else if (utf8_length(f.title) > 100) f.title_error = "标题不能超过 100 个字。";
  if (f.body.empty()) f.body_error = "请填写公告正文。";
  else if (utf8_length(f.body) > 5000) f.body_error = "正文不能超过 5000 个字。";
  if (f.roles.empty()) f.roles_error = "请至少选择一类发布对象。";
  if (!f.city.empty() && !ctx.db.query_one("SELECT 1 FROM regions WHERE code = ? AND level = 'city'", {f.city}))
    f.region_error = "请选择正确的市。";
  else if (!f.county.empty() && f.city.empty())
    f.region_error = "选择县区前请先选择所属的市。";
  else if (!f.county.empty() &&
           !ctx.db.query_one("SELECT 1 FROM regions WHERE code = ? AND level = 'county' AND parent_code = ?",
                             {f.county, f.city}))
    f.region_error = "所选县区不属于所选的市。";
  if (!f.company.empty()) {
    bool insurers = f.roles.count("insurer_province") || f.roles.count("insurer_city") || f.roles.count("insurer_county");
    if (!all_digits(f.company) ||
        !ctx.db.query_one("SELECT 1 FROM insurance_companies WHERE id = ?", {std::stoll(f.company)}))
      f.company_error = "请选择正确的保险公司。";
    else if (!insurers)
      f.company_error = "限定保险公司时，请同时勾选承保机构类的发布对象。";
  }
  if (!f.expires_on.empty()) {
    if (!valid_date(f.expires_on)) f.expires_error = "请按 年-月-日 填写正确的截止日期，如 2026-12-31。";
    else if (f.expires_on < today_cn()) f.expires_error = "截止日期不能早于今天。";
  }
  if (!f.ok()) f.error = "请按提示修改后重新提交。";
  return f;
}

std::string audience_of(const Form& f) {
  std::string out;
  for (const auto& r : announcement_roles()) {
    if (!f.roles.count(r.code)) continue;
    if (!out.empty()) out += ",";
    out += r.code;
  }
  return out;
}

std::string region_of(const Form& f) { return !f.county.empty() ? f.county : !f.city.empty() ? f.city : "410000"; }

Param company_of(const Form& f) { return f.company.empty() ? Param{Null{}} : Param{int64_t{std::stoll(f.company)}}; }

Param expires_of(const Form& f) { return f.expires_on.empty() ? Param{Null{}} : Param{f.expires_on}; }

void fill_error(ctemplate::TemplateDictionary& d, const char* name, const std::string& message) {
  if (message.empty()) return;
  std::string section = std::string(name) + "_ERROR";
  set_value(*d.AddSectionDictionary(section), "MESSAGE", message);
  d.ShowSection(section + "_INVALID");
}

void render_form(Ctx& ctx, const Form& f) {
  Page page(ctx, f.id ? "编辑公告" : "新建公告", "admin/announcement_form.tpl");
  auto& d = page.body();
  set_value(d, "HEADING", f.id ? "编辑公告" : "新建公告");
  if (f.id) {
    set_value(d, "ACTION", "/school/admin/announcement/edit");
    set_value(*d.AddSectionDictionary("EDIT"), "ID", std::to_string(f.id));
  } else {
    set_value(d, "ACTION", "/school/admin/announcement/new");
  }
  set_value(d, "TITLE", f.title);
  set_value(d, "BODY", f.body);
  set_value(d, "EXPIRES_ON", f.expires_on);
  for (const auto& r : announcement_roles()) {
    auto* item = d.AddSectionDictionary("ROLE");
    set_value(*item, "CODE", r.code);
    set_value(*item, "LABEL", r.label);
    if (f.roles.count(r.code)) item->ShowSection("CHECKED");
  }
  // The whole province's cities and counties: the selects of a provincial account.
  Account province;
  province.kind = "insurer";
  province.insurer_level = "province";
  province.region_code = "410000";
  region_select_fill(ctx, d, province, f.city, f.county);
  for (const Row& c : ctx.db.query("SELECT id, short_name FROM insurance_companies ORDER BY id")) {
    auto* item = d.AddSectionDictionary("COMPANY");
    set_value(*item, "ID", c.str("id"));
    set_value(*item, "NAME", c.str("short_name"));
    if (c.str("id") == f.company) item->ShowSection("SELECTED");
  }
  fill_error(d, "TITLE", f.title_error);
  fill_error(d, "BODY", f.body_error);
  fill_error(d, "ROLES", f.roles_error);
  fill_error(d, "REGION", f.region_error);
  fill_error(d, "COMPANY", f.company_error);
  fill_error(d, "EXPIRES", f.expires_error);
  if (!f.error.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", f.error);
  page.render();
}

// One announcement with its region, company, times and read count (China time).
#define ANNOUNCEMENT_SELECT \
    "SELECT n.id, n.title, n.body, n.audience, n.status, n.region_code, n.company_id, rg.name AS region_name," \
    " rg.level AS region_level, rg.parent_code, COALESCE(c.short_name, '') AS company_name," \
    " DATE_FORMAT(n.published_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS published," \
    " DATE_FORMAT(n.withdrawn_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS withdrawn," \
    " DATE_FORMAT(n.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS created," \
    " DATE_FORMAT(n.expires_on, '%Y-%m-%d') AS expires_on," \
    " COALESCE(n.expires_on < DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR), 0) AS expired," \
    " (SELECT COUNT(*) FROM announcement_reads r WHERE r.announcement_id = n.id) AS read_count" \
    " FROM announcements n JOIN regions rg ON rg.code = n.region_code" \
    " LEFT JOIN insurance_companies c ON c.id = n.company_id"

Row load(Ctx& ctx, int64_t id) {
  auto r = ctx.db.query_one(ANNOUNCEMENT_SELECT " WHERE n.id = ?", {id});
  if (!r) throw HttpError(404, "该公告不存在。");
  return *r;
}

std::string summary(const Row& n) {
  return announcement_audience_summary(n.str("audience"), n.str("region_name"), n.str("region_level"),
                                       n.str("company_name"));
}

void fill_status(ctemplate::TemplateDictionary& d, const Row& n) {
  const std::string& s = n.str("status");
  std::string label = s == "draft" ? "草稿" : s == "published" ? "已发布" : "已撤回";
  if (s == "published" && n.i64("expired")) label = "已过期";
  set_value(d, "STATUS_LABEL", label);
  set_value(d, "STATUS_BADGE", s == "draft" ? "badge-warn" : s == "published" && !n.i64("expired") ? "badge-ok" : "badge-danger");
}

std::string notice_for(const Request& req) {
  const std::string* done = req.param("done");
  if (!done) return "";
  if (*done == "created") return "公告已保存为草稿，确认无误后请点击“发布”。";
  if (*done == "updated") return "公告已保存。";
  if (*done == "published") return "公告已发布，发布对象登录后将在系统首页看到。";
  if (*done == "withdrawn") return "公告已撤回，发布对象将不再看到。";
  return "";
}

std::string detail_url(int64_t id, const char* done) {
  return "/school/admin/announcement?id=" + std::to_string(id) + "&done=" + done;
}

Row load_draft(Ctx& ctx, int64_t id) {
  Row n = load(ctx, id);
  if (n.str("status") != "draft") throw HttpError(409, "只有草稿可以编辑；已发布的公告请先撤回后重新新建。");
  return n;
}

}  // namespace

void admin_announcements(Ctx& ctx) {
  Pager pager = pager_read(ctx.req);
  auto total = ctx.db.query_one("SELECT COUNT(*) AS n FROM announcements");
  Rows rows = ctx.db.query(ANNOUNCEMENT_SELECT " ORDER BY n.id DESC LIMIT ? OFFSET ?", {pager.limit, pager.offset()});
  Page page(ctx, "公告管理", "admin/announcements.tpl");
  auto& d = page.body();
  for (const Row& n : rows) {
    auto* item = d.AddSectionDictionary("ITEM");
    set_value(*item, "URL", "/school/admin/announcement?id=" + n.str("id"));
    set_value(*item, "READS_URL", "/school/admin/announcement/reads?id=" + n.str("id"));
    set_value(*item, "TITLE", n.str("title"));
    set_value(*item, "AUDIENCE", summary(n));
    fill_status(*item, n);
    set_value(*item, "PUBLISHED", n.str("published").empty() ? "—" : n.str("published"));
    set_value(*item, "READS", n.str("read_count"));
    set_value(*item, "AUDIENCE_SIZE", std::to_string(announcement_audience_size(ctx.db, n.i64("id"))));
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total ? total->i64("n") : 0, "/school/admin/announcements", {});
  page.render();
}

void admin_announcement_new_page(Ctx& ctx) { render_form(ctx, Form{}); }

void admin_announcement_create(Ctx& ctx) {
  Form f = read_form(ctx);
  if (!f.ok()) return render_form(ctx, f);
  int64_t id = 0;
  ctx.db.transaction([&] {
    ctx.db.exec(
        "INSERT INTO announcements (title, body, audience, region_code, company_id, expires_on, status, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, 'draft', ?)",
        {f.title, f.body, audience_of(f), region_of(f), company_of(f), expires_of(f), ctx.account().id});
    id = static_cast<int64_t>(ctx.db.last_insert_id());
    audit(ctx, "announcement_created", "announcement", std::to_string(id),
          audience_of(f) + " region=" + region_of(f) + " " + f.title);
  });
  ctx.res.redirect(detail_url(id, "created"), true);
}

void admin_announcement(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row n = load(ctx, id);
  Page page(ctx, "公告管理", "admin/announcement.tpl");
  auto& d = page.body();
  if (std::string notice = notice_for(ctx.req); !notice.empty()) page.notice(notice);
  set_value(d, "ID", n.str("id"));
  set_value(d, "TITLE", n.str("title"));
  set_value(d, "AUDIENCE", summary(n));
  fill_status(d, n);
  set_value(d, "CREATED", n.str("created"));
  set_value(d, "PUBLISHED", n.str("published").empty() ? "—" : n.str("published"));
  set_value(d, "EXPIRES_ON", n.str("expires_on").empty() ? "撤回前一直显示" : n.str("expires_on"));
  set_value(d, "READS", n.str("read_count"));
  set_value(d, "AUDIENCE_SIZE", std::to_string(announcement_audience_size(ctx.db, id)));
  set_value(d, "READS_URL", "/school/admin/announcement/reads?id=" + n.str("id"));
  if (!n.str("withdrawn").empty()) set_value(*d.AddSectionDictionary("WITHDRAWN"), "AT", n.str("withdrawn"));
  const std::string& body = n.str("body");
  for (size_t start = 0; start <= body.size();) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    set_value(*d.AddSectionDictionary("LINE"), "TEXT", std::string_view(body).substr(start, end - start));
    start = end + 1;
  }
  if (n.str("status") == "draft") {
    set_value(*d.AddSectionDictionary("DRAFT"), "EDIT_URL", "/school/admin/announcement/edit?id=" + n.str("id"));
  } else if (n.str("status") == "published") {
    d.ShowSection("PUBLISHED_ACTIONS");
  }
  page.render();
}

void admin_announcement_edit_page(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row n = load_draft(ctx, id);
  Form f;
  f.id = id;
  f.title = n.str("title");
  f.body = n.str("body");
  f.company = n.str("company_id");
  f.expires_on = n.str("expires_on");
  const std::string& level = n.str("region_level");
  if (level == "city") f.city = n.str("region_code");
  if (level == "county") {
    f.city = n.str("parent_code");
    f.county = n.str("region_code");
  }
  std::string set = "," + n.str("audience") + ",";
  for (const auto& r : announcement_roles())
    if (set.find("," + std::string(r.code) + ",") != std::string::npos) f.roles.insert(r.code);
  render_form(ctx, f);
}

void admin_announcement_update(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row old = load_draft(ctx, id);
  Form f = read_form(ctx);
  f.id = id;
  if (!f.ok()) return render_form(ctx, f);
  ctx.db.transaction([&] {
    uint64_t changed = ctx.db.exec(
        "UPDATE announcements SET title = ?, body = ?, audience = ?, region_code = ?, company_id = ?, expires_on = ?,"
        " updated_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'draft'",
        {f.title, f.body, audience_of(f), region_of(f), company_of(f), expires_of(f), id});
    if (!changed && !ctx.db.query_one("SELECT 1 FROM announcements WHERE id = ? AND status = 'draft'", {id}))
      throw HttpError(409, "该公告已不是草稿，不能再编辑。");
    audit(ctx, "announcement_updated", "announcement", std::to_string(id),
          audience_of(f) + " region=" + region_of(f) + " " + f.title);
  });
  ctx.res.redirect(detail_url(id, "updated"), true);
}

void admin_announcement_publish(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row n = load(ctx, id);
  if (n.str("status") == "draft" && n.i64("expired"))
    throw HttpError(409, "该公告的显示截止日期已过，请先编辑截止日期后再发布。");
  ctx.db.transaction([&] {
    if (!ctx.db.exec("UPDATE announcements SET status = 'published', published_at = UTC_TIMESTAMP(),"
                     " updated_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'draft'",
                     {id}))
      throw HttpError(409, "只有草稿可以发布。");
    audit(ctx, "announcement_published", "announcement", std::to_string(id), n.str("title"));
  });
  ctx.res.redirect(detail_url(id, "published"), true);
}

void admin_announcement_withdraw(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row n = load(ctx, id);
  ctx.db.transaction([&] {
    if (!ctx.db.exec("UPDATE announcements SET status = 'withdrawn', withdrawn_at = UTC_TIMESTAMP(),"
                     " updated_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'published'",
                     {id}))
      throw HttpError(409, "只有已发布的公告可以撤回。");
    audit(ctx, "announcement_withdrawn", "announcement", std::to_string(id), n.str("title"));
  });
  ctx.res.redirect(detail_url(id, "withdrawn"), true);
}
