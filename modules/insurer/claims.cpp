// insurer/claims.cpp - the 未决案件 / 理赔案件 lists (see insurer/claims.h). Scope: every query
// has "c.company_id = ? AND s.region_code LIKE ?" with the account's company and region pattern;
// the filters only narrow it.
#include "insurer/claims.h"

#include "context.h"
#include "dates.h"
#include "form.h"
#include "insurer/claim_view.h"
#include "page.h"
#include "pager.h"
#include "scope.h"

namespace {

struct Filters {
  std::string view = "pending", year, county, from, to;
  std::string year_error, county_error, date_error;
  bool ok() const { return year_error.empty() && county_error.empty() && date_error.empty(); }
  QueryParams query() const { return {{"view", view}, {"year", year}, {"county", county}, {"from", from}, {"to", to}}; }
};

bool digits(const std::string& s, size_t max) {
  return !s.empty() && s.size() <= max && s.find_first_not_of("0123456789") == std::string::npos;
}

Filters read_filters(const Request& req) {
  Filters f;
  if (const std::string* v = req.param("view"); v && !v->empty()) f.view = param_enum(req, "view", {"pending", "settled"});
  f.year = param_text(req, "year", 20, false);
  f.county = param_text(req, "county", 20, false);
  f.from = param_text(req, "from", 20, false);
  f.to = param_text(req, "to", 20, false);
  if (!f.year.empty() && !digits(f.year, 9)) f.year_error = "请选择列表中的学年。";
  if (!f.county.empty() && !digits(f.county, 6)) f.county_error = "请选择列表中的县区。";
  if ((!f.from.empty() && !valid_date(f.from)) || (!f.to.empty() && !valid_date(f.to)))
    f.date_error = "日期格式应为 YYYY-MM-DD。";
  else if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    f.date_error = "开始日期不能晚于结束日期。";
  return f;
}

void fill_options(Ctx& ctx, ctemplate::TemplateDictionary& d, const Filters& f) {
  for (const Row& y : ctx.db.query("SELECT id, label FROM academic_years ORDER BY starts_on DESC")) {
    auto* o = d.AddSectionDictionary("YEAR_OPTION");
    set_value(*o, "ID", y.str("id"));
    set_value(*o, "LABEL", y.str("label"));
    if (y.str("id") == f.year) o->ShowSection("SELECTED");
  }
  // Counties and cities (for 市直 schools) of the region, grouped under their city.
  Rows regions = ctx.db.query(
      "SELECT r.code, IF(r.level = 'city', CONCAT(r.name, '（市直）'), CONCAT(p.name, r.name)) AS name FROM regions r"
      " LEFT JOIN regions p ON p.code = r.parent_code WHERE r.level IN ('city', 'county') AND r.code LIKE ?"
      " ORDER BY r.code",
      {region_pattern(ctx.account())});
  for (const Row& r : regions) {
    auto* o = d.AddSectionDictionary("COUNTY_OPTION");
    set_value(*o, "CODE", r.str("code"));
    set_value(*o, "NAME", r.str("name"));
    if (r.str("code") == f.county) o->ShowSection("SELECTED");
  }
}

}  // namespace

void insurer_claims(Ctx& ctx) {
  const Account& a = ctx.account();
  Filters f = read_filters(ctx.req);
  Pager pager = pager_read(ctx.req);
  int64_t valid = f.ok() ? 1 : 0;
  int64_t year = valid && !f.year.empty() ? std::stoll(f.year) : 0;
  std::string from = f.from.empty() ? "1900-01-01" : f.from, to = f.to.empty() ? "2200-12-31" : f.to;
  std::string pattern = region_pattern(a);
  Rows counts = ctx.db.query(
      "SELECT c.status, COUNT(*) AS n FROM claims c JOIN schools s ON s.id = c.school_id"
      " WHERE ? = 1 AND c.company_id = ? AND s.region_code LIKE ? AND (? = 0 OR c.year_id = ?)"
      " AND (? = '' OR s.region_code = ?) AND c.accident_on BETWEEN ? AND ? GROUP BY c.status",
      {valid, a.company_id, pattern, year, year, f.county, f.county, from, to});
  int64_t pending = 0, settled = 0;
  for (const Row& r : counts) (r.str("status") == "pending" ? pending : settled) = r.i64("n");
  Rows rows = ctx.db.query(
      "SELECT c.id, s.name AS school, DATE_FORMAT(c.accident_on, '%Y-%m-%d') AS accident_on,"
      " co.short_name AS company, c.injured_name, c.cause, c.handling, c.settlement_note, c.paid_fen,"
      " DATE_FORMAT(c.closed_on, '%Y-%m-%d') AS closed_on"
      " FROM claims c JOIN schools s ON s.id = c.school_id JOIN insurance_companies co ON co.id = c.company_id"
      " WHERE ? = 1 AND c.company_id = ? AND s.region_code LIKE ? AND c.status = ? AND (? = 0 OR c.year_id = ?)"
      " AND (? = '' OR s.region_code = ?) AND c.accident_on BETWEEN ? AND ?"
      " ORDER BY c.accident_on DESC, c.id DESC LIMIT ? OFFSET ?",
      {valid, a.company_id, pattern, f.view, year, year, f.county, f.county, from, to, pager.limit, pager.offset()});

  Page page(ctx, "保险数据上传", "insurer/claims.tpl");
  auto& d = page.body();
  if (const std::string* done = ctx.req.param("done")) {
    if (*done == "created") page.notice("未决案件已保存。");
    else if (*done == "updated") page.notice("案件已修改。");
    else if (*done == "settled") page.notice("案件已结案，已转入理赔案件。");
  }
  set_value(d, "FROM", f.from);
  set_value(d, "TO", f.to);
  set_value(d, "VIEW", f.view);
  set_value(d, "PENDING_COUNT", std::to_string(pending));
  set_value(d, "SETTLED_COUNT", std::to_string(settled));
  QueryParams q = f.ok() ? f.query() : QueryParams{};
  auto tab_url = [&](const char* view) {
    QueryParams t = q;
    if (t.empty()) t.emplace_back("view", view);
    else t.front().second = view;
    return url_with_query("/school/insurer/claims", t);
  };
  set_value(d, "PENDING_URL", tab_url("pending"));
  set_value(d, "SETTLED_URL", tab_url("settled"));
  d.ShowSection(f.view == "pending" ? "PENDING_VIEW" : "SETTLED_VIEW");
  fill_options(ctx, d, f);
  field_error(d, "YEAR_ERROR", f.year_error);
  field_error(d, "COUNTY_ERROR", f.county_error);
  field_error(d, "DATE_ERROR", f.date_error);
  auto* list = d.AddSectionDictionary(f.view == "pending" ? "PENDING" : "SETTLED");
  for (const Row& r : rows) {
    auto* row = list->AddSectionDictionary("CLAIM");
    set_value(*row, "URL", "/school/insurer/claim?id=" + r.str("id"));
    set_value(*row, "SCHOOL", r.str("school"));
    claim_fill_row(*row, r);
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, f.view == "pending" ? pending : settled, "/school/insurer/claims", q);
  page.render();
}
