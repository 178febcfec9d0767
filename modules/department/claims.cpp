// department/claims.cpp - the region's claims (see department/claims.h). Scope: every query has
// "s.region_code LIKE ?" with the RegionScope's pattern; the filters only narrow it.
#include "department/claims.h"

#include <unistd.h>

#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "generated.h"
#include "http_error.h"
#include "insurer/claim_view.h"
#include "money.h"
#include "page.h"
#include "pager.h"
#include "xlsx_writer.h"

// The joined tables and the scope + filter predicate shared by the list, count and export queries.
// Parameters: valid, pattern, status, company, company, county, county, from, to.
#define CLAIMS_FROM                                                                                           \
  " FROM claims c JOIN schools s ON s.id = c.school_id JOIN regions r ON r.code = s.region_code"             \
  " JOIN insurance_companies co ON co.id = c.company_id"                                                     \
  " WHERE ? = 1 AND s.region_code LIKE ? AND c.status = ? AND (? = 0 OR c.company_id = ?)"                    \
  " AND (? = '' OR s.region_code = ?) AND c.accident_on BETWEEN ? AND ?"
#define CLAIMS_COLUMNS                                                                                        \
  "SELECT c.id, s.name AS school, IF(r.level = 'city', CONCAT(r.name, '（市直）'), r.name) AS county,"       \
  " DATE_FORMAT(c.accident_on, '%Y-%m-%d') AS accident_on, co.short_name AS company, c.injured_name, c.cause," \
  " c.handling, c.settlement_note, c.paid_fen, DATE_FORMAT(c.closed_on, '%Y-%m-%d') AS closed_on,"          \
  " DATEDIFF(?, c.accident_on) AS days_open, DATEDIFF(c.closed_on, c.accident_on) AS days_to_settle"

namespace {

struct Filters {
  std::string status, company, county, from, to;
  std::string company_error, county_error, date_error;
  bool ok() const { return company_error.empty() && county_error.empty() && date_error.empty(); }
  QueryParams query() const { return {{"company", company}, {"county", county}, {"from", from}, {"to", to}}; }
  bool pending() const { return status == "pending"; }
  const char* path() const { return pending() ? "/claims-pending" : "/claims-settled"; }
  const char* title() const { return pending() ? "未决案件" : "理赔案件"; }
};

bool digits(const std::string& s, size_t max) {
  return !s.empty() && s.size() <= max && s.find_first_not_of("0123456789") == std::string::npos;
}

Filters read_filters(const Request& req, const char* status) {
  Filters f;
  f.status = status;
  f.company = param_text(req, "company", 20, false);
  f.county = param_text(req, "county", 20, false);
  f.from = param_text(req, "from", 20, false);
  f.to = param_text(req, "to", 20, false);
  if (!f.company.empty() && !digits(f.company, 9)) f.company_error = "请选择列表中的保险公司。";
  if (!f.county.empty() && !digits(f.county, 6)) f.county_error = "请选择列表中的县区。";
  if ((!f.from.empty() && !valid_date(f.from)) || (!f.to.empty() && !valid_date(f.to)))
    f.date_error = "日期格式应为 YYYY-MM-DD。";
  else if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    f.date_error = "开始日期不能晚于结束日期。";
  return f;
}

// The scope and filter parameters in CLAIMS_FROM order.
struct Where {
  int64_t valid, company;
  std::string pattern, from, to;
};
Where where_of(const RegionScope& scope, const Filters& f) {
  return {f.ok() ? 1 : 0, f.ok() && !f.company.empty() ? std::stoll(f.company) : 0, scope.pattern,
          f.from.empty() ? "1900-01-01" : f.from, f.to.empty() ? "2200-12-31" : f.to};
}

Rows claim_rows(Ctx& ctx, const RegionScope& scope, const Filters& f, int64_t limit, int64_t offset) {
  Where w = where_of(scope, f);
  std::string today = today_cn();
  if (f.pending())
    return ctx.db.query(CLAIMS_COLUMNS CLAIMS_FROM " ORDER BY c.accident_on, c.id LIMIT ? OFFSET ?",
                        {today, w.valid, w.pattern, f.status, w.company, w.company, f.county, f.county, w.from, w.to,
                         limit, offset});
  return ctx.db.query(CLAIMS_COLUMNS CLAIMS_FROM " ORDER BY c.closed_on DESC, c.id DESC LIMIT ? OFFSET ?",
                      {today, w.valid, w.pattern, f.status, w.company, w.company, f.county, f.county, w.from, w.to,
                       limit, offset});
}

// n, the average of days open (pending) or days to settle (settled), and the sum paid.
Row claim_summary(Ctx& ctx, const RegionScope& scope, const Filters& f) {
  Where w = where_of(scope, f);
  return *ctx.db.query_one(
      "SELECT COUNT(*) AS n, COALESCE(ROUND(AVG(IF(c.status = 'pending', DATEDIFF(?, c.accident_on),"
      " DATEDIFF(c.closed_on, c.accident_on)))), 0) AS avg_days, COALESCE(SUM(c.paid_fen), 0) AS paid" CLAIMS_FROM,
      {today_cn(), w.valid, w.pattern, f.status, w.company, w.company, f.county, f.county, w.from, w.to});
}

void fill_options(Ctx& ctx, ctemplate::TemplateDictionary& d, const RegionScope& scope, const Filters& f) {
  for (const Row& c : ctx.db.query("SELECT id, short_name FROM insurance_companies ORDER BY id")) {
    auto* o = d.AddSectionDictionary("COMPANY_OPTION");
    set_value(*o, "ID", c.str("id"));
    set_value(*o, "NAME", c.str("short_name"));
    if (c.str("id") == f.company) o->ShowSection("SELECTED");
  }
  // The admin chooses a city (which narrows the scope); a city's view also has its counties.
  if (scope.base != "/school/dept") {
    auto* cities = d.AddSectionDictionary("CITY_FILTER");
    for (const Row& r : ctx.db.query("SELECT code, name FROM regions WHERE parent_code = '410000' AND level = 'city'"
                                     " ORDER BY code")) {
      auto* o = cities->AddSectionDictionary("CITY_OPTION");
      set_value(*o, "CODE", r.str("code"));
      set_value(*o, "NAME", r.str("name"));
      if (r.str("code") == scope.code) o->ShowSection("SELECTED");
    }
  }
  if (scope.province() && f.county_error.empty() && f.county.empty()) return;  // the admin picks a city first
  d.ShowSection("COUNTY_FILTER");
  // The region's counties and, for 市直 schools, the city itself.
  Rows regions = ctx.db.query(
      "SELECT code, IF(level = 'city', CONCAT(name, '（市直）'), name) AS name FROM regions"
      " WHERE level IN ('city', 'county') AND code LIKE ? ORDER BY code",
      {scope.pattern});
  for (const Row& r : regions) {
    auto* o = d.AddSectionDictionary("COUNTY_OPTION");
    set_value(*o, "CODE", r.str("code"));
    set_value(*o, "NAME", r.str("name"));
    if (r.str("code") == f.county) o->ShowSection("SELECTED");
  }
}

void render_list(Ctx& ctx, const RegionScope& scope, const char* status) {
  Filters f = read_filters(ctx.req, status);
  Pager pager = pager_read(ctx.req);
  Row summary = claim_summary(ctx, scope, f);
  Rows rows = claim_rows(ctx, scope, f, pager.limit, pager.offset());
  Page page(ctx, f.title(), "department/claims.tpl");
  auto& d = page.body();
  std::string path = scope.base + f.path();
  set_value(d, "TITLE", f.title());
  set_value(d, "PATH", path);
  set_value(d, "FROM", f.from);
  set_value(d, "TO", f.to);
  if (!scope.carry.empty()) set_value(*d.AddSectionDictionary("SCOPE"), "NAME", scope.name);
  fill_options(ctx, d, scope, f);
  field_error(d, "COMPANY_ERROR", f.company_error);
  field_error(d, "COUNTY_ERROR", f.county_error);
  field_error(d, "DATE_ERROR", f.date_error);
  QueryParams q = scope.carry;
  if (f.ok())
    for (const auto& p : f.query()) q.push_back(p);
  auto* list = d.AddSectionDictionary(f.pending() ? "PENDING" : "SETTLED");
  for (const Row& r : rows) {
    auto* row = list->AddSectionDictionary("CLAIM");
    set_value(*row, "URL", scope.base + "/claim?id=" + r.str("id"));
    set_value(*row, "SCHOOL", r.str("school"));
    set_value(*row, "COUNTY", r.str("county"));
    set_value(*row, "DAYS", f.pending() ? r.str("days_open") : r.str("days_to_settle"));
    claim_fill_row(*row, r);
  }
  set_value(d, "COUNT", summary.str("n"));
  set_value(d, "AVG_DAYS", summary.str("avg_days"));
  set_value(d, "PAID_TOTAL", yuan_text(summary.i64("paid")));
  if (rows.empty()) d.ShowSection("EMPTY");
  else set_value(*d.AddSectionDictionary("EXPORT"), "URL", url_with_query(path + "/export", q));
  pager_fill(d, pager, summary.i64("n"), path, q);
  page.render();
}

void export_list(Ctx& ctx, const RegionScope& scope, const char* status) {
  Filters f = read_filters(ctx.req, status);
  if (!f.ok()) throw HttpError(400, "筛选条件有误，请返回列表修改后再导出。");
  Rows rows = claim_rows(ctx, scope, f, 1000000, 0);
  std::string path = generated_path(ctx.config, ".xlsx");
  try {
    XlsxWriter book(path);
    book.add_sheet(f.title());
    if (f.pending()) {
      book.column_widths({32, 14, 12, 12, 10, 30, 30, 24, 10});
      book.header({"出险学校", "县区", "出险时间", "保险公司", "伤者姓名", "事故原因", "保险公司处理情况", "理赔情况",
                   "出险至今（天）"});
      for (const Row& r : rows)
        book.row({r.str("school"), r.str("county"), r.str("accident_on"), r.str("company"), r.str("injured_name"),
                  r.str("cause"), r.str("handling"), r.str("settlement_note"), r.str("days_open")});
    } else {
      book.column_widths({32, 14, 12, 30, 14, 12, 12, 10});
      book.header({"出险学校", "县区", "保险公司", "事故原因", "赔偿金额（元）", "出险时间", "结案时间", "结案用时（天）"});
      for (const Row& r : rows)
        book.row({r.str("school"), r.str("county"), r.str("company"), r.str("cause"), yuan_text(r.i64("paid_fen")),
                  r.str("accident_on"), r.str("closed_on"), r.str("days_to_settle")});
    }
    book.close();
  } catch (...) {
    unlink(path.c_str());
    throw;
  }
  audit(ctx, "export", "claims", f.status,
        "rows=" + std::to_string(rows.size()) + scope_note(scope) + " company=" + f.company + " county=" + f.county + " from=" + f.from +
            " to=" + f.to);
  send_generated_xlsx(ctx, path, std::string(f.title()) + ".xlsx");
}

}  // namespace

void claims_list(Ctx& ctx, const RegionScope& scope, bool pending) {
  render_list(ctx, scope, pending ? "pending" : "settled");
}
void claims_export(Ctx& ctx, const RegionScope& scope, bool pending) {
  export_list(ctx, scope, pending ? "pending" : "settled");
}

void department_claims_pending(Ctx& ctx) { render_list(ctx, department_scope(ctx), "pending"); }
void department_claims_settled(Ctx& ctx) { render_list(ctx, department_scope(ctx), "settled"); }
void department_claims_pending_export(Ctx& ctx) { export_list(ctx, department_scope(ctx), "pending"); }
void department_claims_settled_export(Ctx& ctx) { export_list(ctx, department_scope(ctx), "settled"); }
void department_claim(Ctx& ctx) { claim_page(ctx, department_scope(ctx)); }

void claim_page(Ctx& ctx, const RegionScope& scope) {
  int64_t id = param_id(ctx.req, "id");
  auto c = ctx.db.query_one(
      "SELECT c.id, c.status, c.claim_no, s.name AS school, IF(r.level = 'city', CONCAT(r.name, '（市直）'), r.name) AS county,"
      " y.label AS year_label, p.name AS product, DATE_FORMAT(c.accident_on, '%Y-%m-%d') AS accident_on,"
      " co.short_name AS company, c.injured_name, c.cause, c.handling, c.settlement_note, c.paid_fen,"
      " DATE_FORMAT(c.closed_on, '%Y-%m-%d') AS closed_on, DATEDIFF(?, c.accident_on) AS days_open,"
      " DATEDIFF(c.closed_on, c.accident_on) AS days_to_settle"
      " FROM claims c JOIN schools s ON s.id = c.school_id JOIN regions r ON r.code = s.region_code"
      " JOIN insurance_companies co ON co.id = c.company_id JOIN academic_years y ON y.id = c.year_id"
      " LEFT JOIN products p ON p.id = c.product_id WHERE c.id = ? AND s.region_code LIKE ?",
      {today_cn(), id, scope.pattern});
  if (!c) {
    audit(ctx, "access_denied", "claim", std::to_string(id), "region claim view");
    throw HttpError(404, "案件不存在或不在您的管辖范围内。");
  }
  bool pending = c->str("status") == "pending";
  Page page(ctx, pending ? "未决案件" : "理赔案件", "department/claim.tpl");
  auto& d = page.body();
  set_value(d, "TITLE", pending ? "未决案件" : "理赔案件");
  set_value(d, "BACK_URL", scope.base + (pending ? "/claims-pending" : "/claims-settled"));
  set_value(d, "SCHOOL", c->str("school"));
  set_value(d, "COUNTY", c->str("county"));
  set_value(d, "YEAR_LABEL", c->str("year_label"));
  set_value(d, "PRODUCT", c->str("product").empty() ? "—" : c->str("product"));
  set_value(d, "CLAIM_NO", c->str("claim_no").empty() ? "—" : c->str("claim_no"));
  claim_fill_row(d, *c);
  if (pending) set_value(*d.AddSectionDictionary("OPEN"), "DAYS", c->str("days_open"));
  else set_value(*d.AddSectionDictionary("CLOSED"), "DAYS", c->str("days_to_settle"));
  page.render();
}
