// admin/accounts.cpp - 账号管理 list and actions (see admin/accounts.h). Scope: every account
// (Role::Admin); only the allow-listed filter values and ids are read from requests.
#include "admin/accounts.h"

#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"
#include "pii.h"

namespace {

struct Filters {
  std::string kind;    // "" = all
  std::string q;       // name or login contains, or a whole mobile
  std::string status;  // "" | active | disabled | locked
  int64_t page = 1;

  QueryParams query() const { return {{"kind", kind}, {"q", q}, {"status", status}}; }
};

// The same reader serves the list (GET) and the action forms (their hidden copies).
Filters read_filters(const Request& req) {
  Filters f;
  const std::string* k = req.param("kind");
  if (k && !k->empty()) f.kind = param_enum(req, "kind", {"school", "department", "insurer", "admin"});
  f.q = param_text(req, "q", 100, false);
  const std::string* s = req.param("status");
  if (s && !s->empty()) f.status = param_enum(req, "status", {"active", "disabled", "locked"});
  if (req.param("page")) f.page = std::min<int64_t>(param_id(req, "page"), 100000);
  return f;
}

std::string kind_label(const Row& r) {
  const std::string& k = r.str("kind");
  if (k == "school") return "学校";
  if (k == "department") return "教育部门";
  if (k == "admin") return "管理中心";
  const std::string& level = r.str("insurer_level");
  return level == "province" ? "承保机构（省级）" : level == "city" ? "承保机构（市级）" : "承保机构（县区）";
}

void add_filter_fields(ctemplate::TemplateDictionary& d, const Filters& f) {
  set_value(d, "F_KIND", f.kind);
  set_value(d, "F_Q", f.q);
  set_value(d, "F_STATUS", f.status);
  set_value(d, "F_PAGE", std::to_string(f.page));
}

const char* notice_for(const std::string& done) {
  if (done == "disabled") return "账号已停用，该账号的登录会话已全部结束。";
  if (done == "enabled") return "账号已启用。";
  if (done == "reset") return "密码已重置，临时密码已通过短信发送至该账号的登记手机，其登录会话已全部结束。";
  if (done == "unlocked") return "账号已解锁。";
  return "";
}

// The target of an action: 404 for an unknown id.
Row load_target(Ctx& ctx, int64_t id) {
  auto r = ctx.db.query_one("SELECT id, kind, login_name, mobile_enc, status FROM accounts WHERE id = ?", {id});
  if (!r) throw HttpError(404, "该账号不存在。");
  return *r;
}

void back_to_list(Ctx& ctx, const Filters& f, const char* done) {
  QueryParams q = f.query();
  if (f.page > 1) q.emplace_back("page", std::to_string(f.page));
  q.emplace_back("done", done);
  ctx.res.redirect(url_with_query("/school/admin/accounts", q), true);
}

}  // namespace

void admin_accounts(Ctx& ctx) {
  Filters f = read_filters(ctx.req);
  Pager pager;
  pager.page = f.page;
  std::string like = like_contains(f.q);
  // A mobile is found only whole, by its HMAC (no column holds the digits).
  Param mobile_hmac = check_mobile(f.q) ? Param(pii_mobile_hmac(ctx.config, f.q)) : Param(Null{});
  auto total = ctx.db.query_one(
      "SELECT COUNT(*) AS n FROM accounts a WHERE (? = '' OR a.kind = ?)"
      " AND (? = '' OR a.login_name LIKE ? OR a.display_name LIKE ? OR a.mobile_hmac = ?)"
      " AND (? = '' OR (? = 'active' AND a.status = 'active') OR (? = 'disabled' AND a.status = 'disabled')"
      "  OR (? = 'locked' AND a.locked_until > UTC_TIMESTAMP()))",
      {f.kind, f.kind, f.q, like, like, mobile_hmac, f.status, f.status, f.status, f.status});
  Rows rows = ctx.db.query(
      "SELECT a.id, a.kind, a.login_name, a.display_name, a.mobile, a.status, a.insurer_level,"
      " a.must_change_password, a.failed_logins, COALESCE(a.locked_until > UTC_TIMESTAMP(), 0) AS locked,"
      " DATE_FORMAT(a.last_login_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS last_login"
      " FROM accounts a WHERE (? = '' OR a.kind = ?)"
      " AND (? = '' OR a.login_name LIKE ? OR a.display_name LIKE ? OR a.mobile_hmac = ?)"
      " AND (? = '' OR (? = 'active' AND a.status = 'active') OR (? = 'disabled' AND a.status = 'disabled')"
      "  OR (? = 'locked' AND a.locked_until > UTC_TIMESTAMP()))"
      " ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?",
      {f.kind, f.kind, f.q, like, like, mobile_hmac, f.status, f.status, f.status, f.status, pager.limit,
       pager.offset()});

  Page page(ctx, "账号管理", "admin/accounts.tpl");
  auto& d = page.body();
  if (const std::string* done = ctx.req.param("done"))
    if (*notice_for(*done)) page.notice(notice_for(*done));
  set_value(d, "Q", f.q);
  for (const char* k : {"school", "department", "insurer", "admin"})
    if (f.kind == k) d.ShowSection(std::string("KIND_") + k);
  for (const char* s : {"active", "disabled", "locked"})
    if (f.status == s) d.ShowSection(std::string("STATUS_") + s);
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("ACCOUNT");
    set_value(*row, "ID", r.str("id"));
    set_value(*row, "KIND", kind_label(r));
    set_value(*row, "LOGIN", r.str("login_name"));
    set_value(*row, "NAME", r.str("display_name"));
    set_value(*row, "MOBILE_MASKED", r.str("mobile").empty() ? "—" : mask_mobile(r.str("mobile")));
    set_value(*row, "LAST_LOGIN", r.str("last_login").empty() ? "—" : r.str("last_login"));
    bool active = r.str("status") == "active";
    row->ShowSection(active ? "ACTIVE" : "DISABLED");
    if (r.i64("locked")) row->ShowSection("LOCKED");
    if (r.i64("must_change_password")) row->ShowSection("MUST_CHANGE");
    if (r.i64("id") == ctx.account().id) {
      row->ShowSection("SELF");
      continue;
    }
    auto* actions = row->AddSectionDictionary("ACTIONS");
    add_filter_fields(*actions, f);
    actions->ShowSection(active ? "CAN_DISABLE" : "CAN_ENABLE");
    if (!r.str("mobile").empty()) actions->ShowSection("CAN_RESET");
    if (r.i64("locked") || r.i64("failed_logins") > 0) actions->ShowSection("CAN_UNLOCK");
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total->i64("n"), "/school/admin/accounts", f.query());
  page.render();
}

void admin_account_status(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  std::string action = param_enum(ctx.req, "action", {"disable", "enable"});
  Filters f = read_filters(ctx.req);
  Row target = load_target(ctx, id);
  if (id == ctx.account().id) throw HttpError(409, "不能停用或启用当前登录的账号。");
  bool disable = action == "disable";
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE accounts SET status = ? WHERE id = ?", {disable ? "disabled" : "active", id});
    if (disable) session_end_others(ctx.db, id, nullptr);
    audit(ctx, disable ? "account_disabled" : "account_enabled", "account", std::to_string(id),
          target.str("kind") + " " + target.str("login_name"));
  });
  back_to_list(ctx, f, disable ? "disabled" : "enabled");
}

void admin_account_reset(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Filters f = read_filters(ctx.req);
  Row target = load_target(ctx, id);
  if (id == ctx.account().id) throw HttpError(409, "不能在此重置当前登录账号的密码，请在账户信息中修改密码。");
  if (target.str("mobile_enc").empty()) throw HttpError(409, "该账号未登记手机号，无法以短信发送临时密码。");
  OneTimePassword password = one_time_password();
  ctx.db.transaction([&] {
    account_reset_password(ctx.db, ctx.config, id, target.str("login_name"),
                           pii_open_mobile(ctx.config, target.str("mobile_enc")), password);
    audit(ctx, "password_reset", "account", std::to_string(id), target.str("kind") + " " + target.str("login_name"));
  });
  back_to_list(ctx, f, "reset");
}

void admin_account_unlock(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Filters f = read_filters(ctx.req);
  Row target = load_target(ctx, id);
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?", {id});
    audit(ctx, "account_unlocked", "account", std::to_string(id), target.str("kind") + " " + target.str("login_name"));
  });
  back_to_list(ctx, f, "unlocked");
}
