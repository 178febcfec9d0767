// admin/changes.cpp - review of school name and region changes (see admin/changes.h).
// Scope: the whole province (Role::Admin); only applications of kind name_change / region_change.
#include "admin/changes.h"

#include "admin/review.h"
#include "context.h"
#include "coverage.h"
#include "form.h"
#include "page.h"

namespace {


const char* what_label(const std::string& kind) { return kind == "name_change" ? "学校名称变更" : "区域变更"; }

// The application with the school's current values and the requested ones, or nullopt.
std::optional<Row> load_change(Db& db, int64_t id, bool for_update) {
  const char* sql =
      "SELECT a.id, a.kind, a.status, a.reason, a.decision_reason,"
      " JSON_VALUE(a.payload, '$.name') AS new_name, JSON_VALUE(a.payload, '$.region_code') AS new_region,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " DATE_FORMAT(a.decided_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS decided,"
      " s.id AS school_id, s.name, s.region_code, s.contact_name, s.contact_mobile,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " d.display_name AS decided_by"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " LEFT JOIN accounts d ON d.id = a.decided_by"
      " WHERE a.id = ? AND a.kind IN ('name_change', 'region_change')";
  const char* locked =
      "SELECT a.id, a.kind, a.status, JSON_VALUE(a.payload, '$.name') AS new_name,"
      " JSON_VALUE(a.payload, '$.region_code') AS new_region, s.id AS school_id, s.name, s.region_code,"
      " s.contact_mobile_enc FROM applications a JOIN schools s ON s.id = a.school_id"
      " WHERE a.id = ? AND a.kind IN ('name_change', 'region_change') FOR UPDATE";
  return db.query_one(for_update ? locked : sql, {id});
}

// A requested region: its path ("郑州市 / 金水区", "郑州市 市直") and city, when it is a county or city.
struct Region {
  std::string code, city_code, path;
};
std::optional<Region> find_region(Db& db, const std::string& code) {
  auto r = db.query_one(
      "SELECT r.code, IF(r.level = 'city', r.code, r.parent_code) AS city_code,"
      " IF(r.level = 'city', CONCAT(r.name, ' 市直'), CONCAT(p.name, ' / ', r.name)) AS path"
      " FROM regions r LEFT JOIN regions p ON p.code = r.parent_code WHERE r.code = ? AND r.level IN ('city', 'county')",
      {code});
  if (!r) return std::nullopt;
  return Region{r->str("code"), r->str("city_code"), r->str("path")};
}

std::string requested_text(Db& db, const Row& a) {
  if (a.str("kind") == "name_change") return a.str("new_name");
  auto region = find_region(db, a.str("new_region"));
  return region ? region->path : "（无效的区域代码 " + a.str("new_region") + "）";
}

const ReviewQueue kQueue{"变更审核", "/school/admin/changes", "admin/changes.tpl", "/school/admin/change", "admin/change.tpl",
                         "该申请不存在。",
                         "已通过该申请，学校信息已更新，结果已通过短信告知学校。",
                         "已驳回该申请，驳回原因已通过短信告知学校。"};

void render_detail(Ctx& ctx, int64_t id, const DecisionForm& f) {
  review_detail_page(ctx, kQueue, id, load_change(ctx.db, id, false), f, [&](ctemplate::TemplateDictionary& d, const Row& a) {
    set_value(d, "WHAT", what_label(a.str("kind")));
    set_value(d, "CURRENT", a.str("kind") == "name_change" ? a.str("name") : a.str("region_path"));
    set_value(d, "REQUESTED", requested_text(ctx.db, a));
    set_value(d, "REASON_TEXT", a.str("reason").empty() ? "—" : a.str("reason"));
  });
}

// Applies an approved change inside the transaction; returns "" or why it cannot be applied.
std::string apply_change(Ctx& ctx, const Row& a, std::string& detail) {
  int64_t school_id = a.i64("school_id");
  if (a.str("kind") == "name_change") {
    std::string name = a.str("new_name");
    if (name.empty() || utf8_length(name) > 100 || !check_utf8_text(name)) return "申请的学校名称无效，请驳回该申请。";
    if (name == a.str("name")) return "申请的名称与当前名称相同，请驳回该申请。";
    if (ctx.db.query_one("SELECT id FROM schools WHERE region_code = ? AND name = ? AND id <> ?",
                         {a.str("region_code"), name, school_id}))
      return "本县区已有同名学校“" + name + "”，不能改为此名称。";
    if (ctx.db.query_one("SELECT id FROM accounts WHERE kind = 'school' AND login_name = ?"
                         " AND (school_id IS NULL OR school_id <> ?)", {name, school_id}))
      return "已有其他学校账号使用“" + name + "”登录，不能改为此名称。";
    ctx.db.exec("UPDATE schools SET name = ? WHERE id = ?", {name, school_id});
    ctx.db.exec("UPDATE accounts SET login_name = ?, display_name = ? WHERE kind = 'school' AND school_id = ?",
                {name, name, school_id});
    detail = "name_change school=" + std::to_string(school_id) + " " + a.str("name") + " -> " + name;
    return "";
  }
  auto region = find_region(ctx.db, a.str("new_region"));
  if (!region) return "申请的区域无效，请驳回该申请。";
  if (region->code == a.str("region_code")) return "申请的区域与当前区域相同，请驳回该申请。";
  if (ctx.db.query_one("SELECT id FROM schools WHERE region_code = ? AND name = ? AND id <> ?",
                       {region->code, a.str("name"), school_id}))
    return "目标县区已有同名学校“" + a.str("name") + "”，不能变更到该区域。";
  CoverageChange coverage(ctx.db, school_id);  // the school's figures move with it
  ctx.db.exec("UPDATE schools SET region_code = ?, city_code = ? WHERE id = ?", {region->code, region->city_code, school_id});
  coverage.commit();
  detail = "region_change school=" + std::to_string(school_id) + " " + a.str("region_code") + " -> " + region->code;
  return "";
}

// Approve and reject: the school is told by SMS which change was decided.
SmsReview sms_review(Ctx& ctx, int64_t id) {
  return {[&ctx, id] { return load_change(ctx.db, id, true); },
          [](const Row& a) { return std::string(what_label(a.str("kind"))); },
          [&ctx, id](const DecisionForm& f) { render_detail(ctx, id, f); }};
}

}  // namespace

void admin_changes(Ctx& ctx) {
  review_list_page(
      ctx, kQueue,
      "SELECT COUNT(*) AS n FROM applications WHERE kind IN ('name_change', 'region_change') AND status = 'pending'",
      "SELECT a.id, a.kind, a.reason, JSON_VALUE(a.payload, '$.name') AS new_name,"
      " JSON_VALUE(a.payload, '$.region_code') AS new_region, s.name,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE a.kind IN ('name_change', 'region_change') AND a.status = 'pending'"
      " ORDER BY a.created_at, a.id LIMIT ? OFFSET ?",
      [&](ctemplate::TemplateDictionary& row, const Row& r) {
        set_value(row, "WHAT", what_label(r.str("kind")));
        set_value(row, "REQUESTED", requested_text(ctx.db, r));
        set_value(row, "REASON", r.str("reason").empty() ? "—" : r.str("reason"));
      });
}

void admin_change(Ctx& ctx) {
  render_detail(ctx, param_id(ctx.req, "id"), review_detail_form(ctx, kQueue));
}

void admin_change_approve(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  review_approve(ctx, kQueue, id, sms_review(ctx, id),
                 [&](const Row& a, std::string& detail) { return apply_change(ctx, a, detail); });
}

void admin_change_reject(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  review_reject(ctx, kQueue, id, sms_review(ctx, id),
                [](const Row& a) { return a.str("kind") + " school=" + a.str("school_id"); });
}
