// department/centers.cpp - 中心校管理 (see department/centers.h); scope: schools.region_code LIKE
// region_pattern(account) in every query.
#include "department/centers.h"

#include <functional>

#include "audit.h"
#include "context.h"
#include "department/centers_relation.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"
#include "scope.h"

namespace {

const char* done_notice(const std::string& done) {
  if (done == "moved") return "已将该学校转到所选中心校。";
  if (done == "removed") return "已将该学校移出中心校。";
  return "";
}

// The center school id of the scope (columns id, name, region_code, region_path), else
// audit access_denied and 404.
Row scoped_center(Ctx& ctx, int64_t id, const char* what) {
  auto c = ctx.db.query_one(
      "SELECT s.id, s.name, s.region_code, s.contact_name, s.contact_mobile,"
      " IF(s.region_code = s.city_code, CONCAT(p.name, ' 市直'), CONCAT(p.name, ' / ', r.name)) AS region_path"
      " FROM schools s JOIN regions r ON r.code = s.region_code JOIN regions p ON p.code = s.city_code"
      " WHERE s.id = ? AND s.region_code LIKE ? AND s.is_center = 1",
      {id, region_pattern(ctx.account())});
  if (!c) {
    audit(ctx, "access_denied", "school", std::to_string(id), what);
    throw HttpError(404, "该中心校不存在或不在本辖区内。");
  }
  return *c;
}

void render_center(Ctx& ctx, const Row& c, const std::string& notice, const std::string& error) {
  Rows schools = ctx.db.query(
      "SELECT id, name, school_type, nature, contact_name, contact_mobile, status FROM schools"
      " WHERE center_school_id = ? AND region_code LIKE ? AND status IN ('pending', 'active') ORDER BY name, id",
      {c.i64("id"), region_pattern(ctx.account())});
  Rows others = center_choices(ctx.db, c.str("region_code"), c.i64("id"), c.i64("id"));
  Page page(ctx, "中心校管理", "department/center.tpl");
  auto& d = page.body();
  if (!notice.empty()) page.notice(notice);
  if (!error.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", error);
  set_value(d, "ID", c.str("id"));
  set_value(d, "NAME", c.str("name"));
  set_value(d, "REGION", c.str("region_path"));
  set_value(d, "CONTACT", c.str("contact_name"));
  set_value(d, "MOBILE_MASKED", mask_mobile(c.str("contact_mobile")));
  set_value(d, "COUNT", std::to_string(schools.size()));
  int index = 0;
  for (const Row& s : schools) {
    auto* row = d.AddSectionDictionary("SCHOOL");
    set_value(*row, "INDEX", std::to_string(++index));
    set_value(*row, "SCHOOL_ID", s.str("id"));
    set_value(*row, "SCHOOL_NAME", s.str("name"));
    set_value(*row, "TYPE", s.str("school_type"));
    set_value(*row, "NATURE", s.str("nature"));
    set_value(*row, "SCHOOL_CONTACT", s.str("contact_name"));
    set_value(*row, "SCHOOL_MOBILE", mask_mobile(s.str("contact_mobile")));
    bool pending = s.str("status") == "pending";
    if (pending) row->ShowSection("PENDING");
    if (others.empty() || pending) continue;
    auto* move = row->AddSectionDictionary("MOVE");
    for (const Row& o : others) {
      auto* opt = move->AddSectionDictionary("OPTION");
      set_value(*opt, "TO_ID", o.str("id"));
      set_value(*opt, "TO_NAME", o.str("name"));
    }
  }
  if (schools.empty()) d.ShowSection("EMPTY");
  if (ctx.res.status == 200 && !error.empty()) ctx.res.status = 409;
  page.render();
}

// Runs change for the school of the center page in one transaction with its audit row;
// a refusal shows the center page again (409).
void apply(Ctx& ctx, const char* what, const char* done,
           const std::function<std::string(const std::string& scope, int64_t school_id, std::string& detail)>& change) {
  int64_t id = param_id(ctx.req, "id");
  Row c = scoped_center(ctx, id, what);
  int64_t school_id = param_id(ctx.req, "school_id");
  std::string error;
  ctx.db.transaction([&] {
    std::string scope = region_pattern(ctx.account()), detail;
    auto s = ctx.db.query_one("SELECT center_school_id FROM schools WHERE id = ? AND region_code LIKE ? FOR UPDATE",
                              {school_id, scope});
    if (!s || s->i64("center_school_id") != id) {
      error = "该学校不是此中心校的所辖学校。";
      return;
    }
    error = change(scope, school_id, detail);
    if (error.empty()) audit(ctx, "center_changed", "school", std::to_string(school_id), detail);
  });
  if (error.empty()) {
    ctx.res.redirect("/school/dept/center?id=" + std::to_string(id) + "&done=" + done, true);
    return;
  }
  render_center(ctx, c, "", error);
}

}  // namespace

void department_centers(Ctx& ctx) {
  Pager pager = pager_read(ctx.req);
  std::string scope = region_pattern(ctx.account());
  auto totals = ctx.db.query_one(
      "SELECT COUNT(*) AS centers, COALESCE(SUM((SELECT COUNT(*) FROM schools x WHERE x.center_school_id = s.id"
      " AND x.status IN ('pending', 'active'))), 0) AS managed"
      " FROM schools s WHERE s.region_code LIKE ? AND s.is_center = 1 AND s.status = 'active'",
      {scope});
  Rows rows = ctx.db.query(
      "SELECT s.id, s.name, s.contact_name, s.contact_mobile,"
      " IF(s.region_code = s.city_code, '市直', r.name) AS area,"
      " (SELECT COUNT(*) FROM schools x WHERE x.center_school_id = s.id AND x.status IN ('pending', 'active')) AS managed"
      " FROM schools s JOIN regions r ON r.code = s.region_code"
      " WHERE s.region_code LIKE ? AND s.is_center = 1 AND s.status = 'active'"
      " ORDER BY s.region_code, s.name, s.id LIMIT ? OFFSET ?",
      {scope, pager.limit, pager.offset()});
  Page page(ctx, "中心校管理", "department/centers.tpl");
  auto& d = page.body();
  set_value(d, "CENTERS", totals->str("centers"));
  set_value(d, "MANAGED", totals->str("managed"));
  int64_t n = pager.offset();
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("CENTER");
    set_value(*row, "INDEX", std::to_string(++n));
    set_value(*row, "ID", r.str("id"));
    set_value(*row, "AREA", r.str("area"));
    set_value(*row, "NAME", r.str("name"));
    set_value(*row, "CONTACT", r.str("contact_name"));
    set_value(*row, "MOBILE_MASKED", mask_mobile(r.str("contact_mobile")));
    set_value(*row, "MANAGED", r.str("managed"));
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, totals->i64("centers"), "/school/dept/centers", {});
  page.render();
}

void department_center(Ctx& ctx) {
  Row c = scoped_center(ctx, param_id(ctx.req, "id"), "center page");
  const std::string* done = ctx.req.param("done");
  render_center(ctx, c, done ? done_notice(*done) : "", "");
}

void department_center_move(Ctx& ctx) {
  const std::string* chosen = ctx.req.param("to_id");
  if (!chosen || chosen->empty()) {
    render_center(ctx, scoped_center(ctx, param_id(ctx.req, "id"), "center move"), "", "请选择要转入的中心校。");
    return;
  }
  int64_t to_id = param_id(ctx.req, "to_id");
  apply(ctx, "center move", "moved", [&](const std::string& scope, int64_t school_id, std::string& detail) {
    return center_assign(ctx.db, scope, school_id, to_id, detail);
  });
}

void department_center_remove(Ctx& ctx) {
  apply(ctx, "center remove", "removed", [&](const std::string& scope, int64_t school_id, std::string& detail) {
    return center_detach(ctx.db, scope, school_id, detail);
  });
}
