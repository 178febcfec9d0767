// insurer/enrollments.cpp - 投保数据 / 花名册数据, its export and the roster download (see
// insurer/enrollments.h). Scope: every query carries the predicate of insurer/enrollment_scope.h
// (company, region pattern, no drafts); filters are allow-listed values bound as parameters.
#include "insurer/enrollments.h"

#include <unistd.h>

#include <algorithm>

#include "audit.h"
#include "context.h"
#include "form.h"
#include "generated.h"
#include "http_error.h"
#include "insurer/enrollment_scope.h"
#include "insurer/jobs_pages.h"
#include "insurer/region_select.h"
#include "page.h"
#include "pager.h"
#include "refdata.h"
#include "replica.h"
#include "roster.h"
#include "school/enroll.h"
#include "scope.h"
#include "xlsx_writer.h"
#include "year.h"

namespace {

const char* const kListPath = "/school/insurer/enrollments";

struct Filters {
  int64_t year_id = 0;
  std::string year_label;
  int64_t product = 0;     // 0 = every product
  std::string city;        // province accounts only ("" = all)
  std::string county;      // province and city accounts ("" = all)
  std::string status;      // "" | submitted | insured | modifying
  std::string policy;      // "" | has (a policy) | missing (none) | mismatch (人数不一致) | endorse (需上传批单)
  std::string q;           // school name contains
  int64_t page = 1;

  QueryParams query() const {
    return {{"year", std::to_string(year_id)}, {"product", product ? std::to_string(product) : ""},
            {"city", city}, {"county", county}, {"status", status}, {"policy", policy}, {"q", q}};
  }
};

// A region code parameter: "" or six digits, else 400.
std::string region_param(const Request& req, std::string_view name) {
  std::string v = param_text(req, name, 6, false);
  if (!v.empty() && (v.size() != 6 || v.find_first_not_of("0123456789") != std::string::npos))
    throw HttpError(400, "所选区域无效。");
  return v;
}

Filters read_filters(Ctx& ctx) {
  const Request& req = ctx.req;
  const Account& me = ctx.account();
  Filters f;
  const std::string* y = req.param("year");
  if (y && !y->empty()) {
    auto row = ctx.db.query_one("SELECT id, label FROM academic_years WHERE id = ?", {param_id(req, "year")});
    if (!row) throw HttpError(404, "没有这个学年。");
    f.year_id = row->i64("id");
    f.year_label = row->str("label");
  } else if (auto cur = current_year(ctx)) {
    f.year_id = cur->id;
    f.year_label = cur->label;
  }
  const std::string* p = req.param("product");
  if (p && !p->empty()) f.product = param_id(req, "product");
  if (me.insurer_level == "province") f.city = region_param(req, "city");
  if (me.insurer_level != "county") f.county = region_param(req, "county");
  const std::string* s = req.param("status");
  if (s && !s->empty()) f.status = param_enum(req, "status", {"submitted", "insured", "modifying"});
  const std::string* pol = req.param("policy");
  if (pol && !pol->empty()) f.policy = param_enum(req, "policy", {"has", "missing", "mismatch", "endorse"});
  f.q = param_text(req, "q", 100, false);
  if (req.param("page")) f.page = std::min<int64_t>(param_id(req, "page"), 100000);
  return f;
}

// The predicate of insurer/enrollment_scope.h plus the filters, written out in both queries
// (totals and rows) with the same parameters. The policy filter reads each enrollment's latest
// policy of its company (lp): the rule of the policy page and of insurer/home.cpp (有保单,
// 人数不一致 = its 承保人数 differs, 需上传批单 = an older version); as subqueries under the
// filter's own condition, so they run only when that filter is chosen (a province's list has
// tens of thousands of enrollments).
#define LATEST_POLICY                                                                       \
  "SELECT 1 FROM policies lp WHERE lp.id = (SELECT MAX(p2.id) FROM policies p2"             \
  " WHERE p2.enrollment_id = e.id AND p2.company_id = e.company_id)"
Row enrollments_totals(Ctx& ctx, const Filters& f) {
  const Account& me = ctx.account();
  // Without a filter but the region's, the counters of migration 0015 (insurer_counters, kept
  // by triggers on enrollments) hold the totals: one row per region, not one per enrollment.
  if (!f.product && f.status.empty() && f.q.empty() && f.policy.empty())
    return *lagging_read_db(ctx).query_one(
        "SELECT COALESCE(SUM(c.enrollments), 0) AS n, COALESCE(SUM(c.schools), 0) AS schools,"
        " COALESCE(SUM(c.persons), 0) AS persons FROM insurer_counters c"
        " WHERE c.company_id = ? AND c.region_code LIKE ? AND c.year_id = ?"
        " AND (? = '' OR c.city_code = ?) AND (? = '' OR c.region_code = ?)",
        {me.company_id, region_pattern(me), f.year_id, f.city, f.city, f.county, f.county});
  auto r = lagging_read_db(ctx).query_one(
      "SELECT COUNT(*) AS n, COUNT(DISTINCT e.school_id) AS schools, COALESCE(SUM(e.declared_count), 0) AS persons"
      " FROM enrollments e"
      " WHERE e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' AND e.year_id = ?"
      " AND (? = 0 OR e.product_id = ?) AND (? = '' OR e.city_code = ?) AND (? = '' OR e.region_code = ?)"
      " AND (? = '' OR e.status = ?) AND (? = '' OR e.school_name LIKE ?)"
      " AND (? = '' OR (? = 'has' AND EXISTS (" LATEST_POLICY "))"
      " OR (? = 'missing' AND NOT EXISTS (" LATEST_POLICY "))"
      " OR (? = 'mismatch' AND EXISTS (" LATEST_POLICY " AND lp.insured_count <> e.declared_count))"
      " OR (? = 'endorse' AND EXISTS (" LATEST_POLICY " AND lp.enrollment_version < e.version)))",
      {me.company_id, region_pattern(me), f.year_id, f.product, f.product, f.city, f.city, f.county, f.county,
       f.status, f.status, f.q, like_contains(f.q), f.policy, f.policy, f.policy, f.policy, f.policy});
  return *r;
}

// The page's enrollments are chosen first (x); only those get their names and policy file.
// The order is the index enrollments_company_list (company, year, region, school_name
// (the school's name, trigger-kept), product, seq): a page reads its rows, not a sort. Each
// filter is a range or pattern that matches everything when not chosen, and the policy filter
// picks one of five fixed texts: no `?` switches a condition, so every text stays a cached
// prepared statement (db.cpp, order_may_drift).
#define ENROLLMENT_ROWS(POLICY_FILTER)                                                                   \
  "SELECT x.id, x.school, rc.name AS city, rr.name AS region, x.region_code = x.city_code AS city_direct," \
  " p.name AS product, x.seq, x.declared_count, x.status,"                                               \
  " DATE_FORMAT(x.submitted_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"                        \
  " (SELECT pf.file_id FROM policies pf WHERE pf.enrollment_id = x.id AND pf.company_id = x.company_id"   \
  " AND pf.file_id IS NOT NULL ORDER BY pf.id DESC LIMIT 1) AS policy_file_id"                           \
  " FROM (SELECT e.id, e.school_name AS school, e.region_code, e.city_code, e.product_id, e.seq,"         \
  " e.declared_count, e.status, e.submitted_at, e.company_id"                                            \
  " FROM enrollments e"                                                                                  \
  " WHERE e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' AND e.year_id = ?"            \
  " AND e.product_id BETWEEN ? AND ? AND e.city_code LIKE ? AND e.region_code LIKE ?"                     \
  " AND e.status LIKE ? AND e.school_name LIKE ?" POLICY_FILTER                                            \
  " ORDER BY e.region_code, e.school_name, e.product_id, e.seq LIMIT ? OFFSET ?) x"                       \
  " JOIN products p ON p.id = x.product_id JOIN regions rc ON rc.code = x.city_code"                      \
  " JOIN regions rr ON rr.code = x.region_code"                                                          \
  " ORDER BY x.region_code, x.school, x.product_id, x.seq"

// The filtered enrollments in list order, limit rows from offset.
Rows enrollments_rows(Ctx& ctx, const Filters& f, int64_t limit, int64_t offset) {
  const Account& me = ctx.account();
  const char* sql = f.policy == "has"        ? ENROLLMENT_ROWS(" AND EXISTS (" LATEST_POLICY ")")
                    : f.policy == "missing"  ? ENROLLMENT_ROWS(" AND NOT EXISTS (" LATEST_POLICY ")")
                    : f.policy == "mismatch" ? ENROLLMENT_ROWS(" AND EXISTS (" LATEST_POLICY
                                                               " AND lp.insured_count <> e.declared_count)")
                    : f.policy == "endorse"  ? ENROLLMENT_ROWS(" AND EXISTS (" LATEST_POLICY
                                                              " AND lp.enrollment_version < e.version)")
                                             : ENROLLMENT_ROWS("");
  auto any_or = [](const std::string& v) { return v.empty() ? std::string("%") : v; };
  return lagging_read_db(ctx).query(sql, {me.company_id, region_pattern(me), f.year_id,
                                            f.product ? f.product : int64_t{0},
                                            f.product ? f.product : int64_t{255}, any_or(f.city), any_or(f.county),
                                            any_or(f.status), like_contains(f.q), limit, offset});
}
#undef ENROLLMENT_ROWS
#undef LATEST_POLICY

const char* status_label(const std::string& status) {
  if (status == "insured") return "已承保";
  if (status == "modifying") return "修改中";
  return "未承保";
}

std::string region_text(const Row& r) {
  return r.i64("city_direct") ? r.str("city") + "（市直）" : r.str("city") + " " + r.str("region");
}

std::string product_text(const Row& r) {
  return r.i64("seq") > 1 ? r.str("product") + "（第" + r.str("seq") + "条）" : r.str("product");
}

void fill_filters(Ctx& ctx, ctemplate::TemplateDictionary& d, const Filters& f) {
  const Account& me = ctx.account();
  for (const Row& y : refdata(ctx).years) {
    auto* o = d.AddSectionDictionary("YEAR");
    set_value(*o, "ID", y.str("id"));
    set_value(*o, "LABEL", y.str("label"));
    if (y.i64("id") == f.year_id) o->ShowSection("SELECTED");
  }
  for (const Row& p : refdata(ctx).products) {
    auto* o = d.AddSectionDictionary("PRODUCT");
    set_value(*o, "ID", p.str("id"));
    set_value(*o, "NAME", p.str("name"));
    if (p.i64("id") == f.product) o->ShowSection("SELECTED");
  }
  if (me.insurer_level != "county") {
    auto* regions = d.AddSectionDictionary("REGION_FILTERS");
    region_select_fill(ctx, *regions, me, f.city, f.county);
    if (me.insurer_level == "province") regions->ShowSection("CITY_FILTER");
  }
  for (const char* s : {"submitted", "insured", "modifying"})
    if (f.status == s) d.ShowSection(std::string("STATUS_") + s);
  for (const char* p : {"has", "missing", "mismatch", "endorse"})
    if (f.policy == p) d.ShowSection(std::string("POLICY_") + p);
  set_value(d, "Q", f.q);
}

}  // namespace

void insurer_enrollments(Ctx& ctx) {
  Filters f = read_filters(ctx);
  Pager pager;
  pager.page = f.page;
  bool province = ctx.account().insurer_level == "province";
  Page page(ctx, province ? "投保数据" : "花名册数据", "insurer/enrollments.tpl");
  auto& d = page.body();
  set_value(d, "TITLE", province ? "投保数据" : "花名册数据");
  fill_filters(ctx, d, f);
  if (!f.year_id) {
    d.ShowSection("NO_YEAR");
    page.render();
    return;
  }
  d.ShowSection("HAS_YEAR");
  RosterExportForm export_form;
  export_form.year_id = f.year_id;
  export_form.product_id = f.product;
  export_form.city = f.city;
  export_form.county = f.county;
  roster_export_form_fill(ctx, d, export_form);
  set_value(d, "YEAR_LABEL", f.year_label);
  Row totals = enrollments_totals(ctx, f);
  Rows rows = enrollments_rows(ctx, f, pager.limit, pager.offset());
  set_value(d, "SCHOOLS", totals.str("schools"));
  set_value(d, "PERSONS", totals.str("persons"));
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("ENROLLMENT");
    set_value(*row, "SCHOOL", r.str("school"));
    set_value(*row, "REGION", region_text(r));
    set_value(*row, "PRODUCT", product_text(r));
    set_value(*row, "COUNT", r.str("declared_count"));
    set_value(*row, "STATUS_LABEL", status_label(r.str("status")));
    set_value(*row, "STATUS_BADGE", enrollment_status_badge(r.str("status")));
    set_value(*row, "SUBMITTED", r.str("submitted").empty() ? "—" : r.str("submitted"));
    set_value(*row, "ROSTER_URL", "/school/insurer/enrollment/roster?id=" + r.str("id"));
    set_value(*row, "POLICY_URL", "/school/insurer/policy?enrollment=" + r.str("id"));
    if (!r.is_null("policy_file_id"))
      set_value(*row->AddSectionDictionary("POLICY_FILE"), "URL", "/school/files/download?id=" + r.str("policy_file_id"));
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  else set_value(*d.AddSectionDictionary("EXPORT"), "URL", url_with_query(kListPath + std::string("/export"), f.query()));
  pager_fill(d, pager, totals.i64("n"), kListPath, f.query());
  page.render();
}

void insurer_enrollments_export(Ctx& ctx) {
  Filters f = read_filters(ctx);
  if (!f.year_id) throw HttpError(404, "管理中心尚未设置当前学年。");
  Rows rows = enrollments_rows(ctx, f, 1000000, 0);
  std::string path = generated_path(ctx.config, ".xlsx");
  try {
    XlsxWriter book(path);
    book.add_sheet("投保数据");
    book.column_widths({36, 20, 32, 10, 10, 18}, true);
    book.header({"学校名称", "区域", "险种", "参保人数", "状态", "提交时间"});
    for (const Row& r : rows)
      book.row({r.str("school"), region_text(r), product_text(r), r.str("declared_count"), status_label(r.str("status")),
                r.str("submitted")});
    book.close();
  } catch (...) {
    unlink(path.c_str());
    throw;
  }
  audit(ctx, "export", "enrollments", f.year_label,
        "rows=" + std::to_string(rows.size()) + " product=" + std::to_string(f.product) + " city=" + f.city +
            " county=" + f.county + " status=" + f.status + " policy=" + f.policy + " q=" + f.q);
  send_generated_xlsx(ctx, path, f.year_label + "投保数据.xlsx");
}

void insurer_enrollment_roster(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  auto e = insurer_enrollment(ctx.db, ctx.account(), id);
  if (!e) {
    audit(ctx, "access_denied", "enrollment", std::to_string(id), "insurer roster download");
    throw HttpError(404, "投保数据不存在或不在您的负责范围内。");
  }
  std::vector<RosterRow> rows = roster_load(lagging_read_db(ctx), ctx.config, id);
  std::string path = generated_path(ctx.config, ".xlsx");
  try {
    roster_xlsx(rows, e->i64("product_id"), path);
  } catch (...) {
    unlink(path.c_str());
    throw;
  }
  audit(ctx, "download", "enrollment", std::to_string(id), "insurer roster rows=" + std::to_string(rows.size()));
  std::string seq = e->i64("seq") > 1 ? "（第" + e->str("seq") + "条）" : "";
  send_generated_xlsx(ctx, path, e->str("school_name") + e->str("year_label") + e->str("insured_kind") + "花名册" + seq + ".xlsx");
}
