// department/schools_list.cpp - filters and query of the 学校数据 list (see schools_list.h).
// Scope: schools and enrollments carry region_code LIKE scope.pattern; every filter
// and the sort key are allow-listed values bound as parameters (ORDER BY picks by CASE).
#include "department/schools_list.h"

#include <algorithm>

#include "context.h"
#include "department/schools_areas.h"
#include "form.h"
#include "http_error.h"
#include "refdata.h"
#include "replica.h"

QueryParams SchoolFilters::query() const {
  return {{"q", q},
          {"county", county},
          {"type", type},
          {"nature", nature},
          {"product", product ? std::to_string(product) : ""},
          {"status", status},
          {"sort", sort == "region" ? "" : sort},
          {"dir", dir == "asc" ? "" : dir}};
}

namespace {

// An optional enum parameter: "" when absent or empty.
std::string optional_enum(const Request& req, std::string_view name, std::initializer_list<std::string_view> allowed) {
  const std::string* v = req.param(name);
  if (!v || v->empty()) return "";
  return param_enum(req, name, allowed);
}

}  // namespace

SchoolFilters school_filters_read(Ctx& ctx, const RegionScope& scope, const std::vector<DepartmentArea>& areas) {
  const Request& req = ctx.req;
  SchoolFilters f;
  f.q = trim_text(param_text(req, "q", 100, false));
  if (!scope.province()) f.county = department_county_param(ctx, areas);
  f.type = param_text(req, "type", 20, false);
  if (!f.type.empty() && !refdata(ctx).school_type(f.type)) throw HttpError(400, "所选学校类型无效。");
  f.nature = optional_enum(req, "nature", {"公办", "民办"});
  f.status = optional_enum(req, "status", {"none", "enrolled", "submitted", "insured", "modifying"});
  const std::string* p = req.param("product");
  if (p && !p->empty()) {
    f.product = param_id(req, "product");
    if (!refdata(ctx).product(f.product)) throw HttpError(400, "所选险种无效。");
  }
  if (!f.status.empty() && !f.product) f.product = 1;
  std::string sort = optional_enum(req, "sort", {"region", "name", "type", "persons"});
  if (!sort.empty()) f.sort = sort;
  std::string dir = optional_enum(req, "dir", {"asc", "desc"});
  if (!dir.empty()) f.dir = dir;
  if (req.param("page")) f.page = std::min<int64_t>(param_id(req, "page"), 100000);
  return f;
}

bool school_filters_default(const SchoolFilters& f) {
  return f.q.empty() && f.type.empty() && f.nature.empty() && f.status.empty() && f.sort == "region" && f.dir == "asc";
}

namespace {

// The default view (school_filters_default): region order is (市直 last) region_code, name, id,
// and (region_code, name) is unique, so the county schools and the 市直 schools are each a range
// of index schools_region_list (region_code, name, status, city_code) in order, read index-only.
// Page 1 takes up to limit rows of each part; a later page splits offset and limit between the
// parts by the number of county schools (school_counters), so no page sorts the region. Only
// the page's rows then read their school, enrollments and policies.
Rows default_rows(Ctx& ctx, const std::string& scope, const SchoolFilters& f, int64_t year_id, int64_t limit,
                  int64_t offset, int64_t known_total) {
  // A county filter (checked to lie in the scope) narrows the pattern to that one code: no
  // parameter switches a condition, so the statements stay prepared (db.h order_may_drift).
  const std::string& pattern = f.county.empty() ? scope : f.county;
  if (known_total < 0)
    known_total = lagging_read_db(ctx).query_one("SELECT COUNT(*) AS n FROM schools s WHERE s.status = 'active' AND s.region_code LIKE ?",
                                   {pattern})
                      ->i64("n");
  if (offset >= known_total) return {};  // past the last page
  int64_t county_limit = limit, county_offset = 0, direct_limit = limit, direct_offset = 0;
  if (offset > 0) {
    int64_t counties = lagging_read_db(ctx).query_one("SELECT COALESCE(SUM(schools), 0) AS n FROM school_counters"
                                        " WHERE region_code LIKE ? AND region_code <> city_code",
                                        {pattern})
                           ->i64("n");
    county_offset = std::min(offset, counties);
    county_limit = std::min(limit, counties - county_offset);
    direct_offset = offset - county_offset;
    direct_limit = limit - county_limit;
  }
  // One grouped join over the page's schools and their enrollments of the year (unique key
  // school, year, product, seq), each with its latest policy.
  return lagging_read_db(ctx).query(
      "SELECT x.id, s.name, s.region_code, s.city_code, s.school_type, s.nature, s.contact_name, s.contact_mobile,"
      " MAX(IF(e.product_id = 1 AND e.seq = 1, e.status, NULL)) AS st1,"
      " MAX(IF(e.product_id = 2 AND e.seq = 1, e.status, NULL)) AS st2,"
      " MAX(IF(e.product_id = 3 AND e.seq = 1, e.status, NULL)) AS st3,"
      " SUM(IF(e.product_id = 1 AND e.status <> 'draft', e.stored_count, 0)) AS n1,"
      " SUM(IF(e.product_id = 2 AND e.status <> 'draft', e.stored_count, 0)) AS n2,"
      " SUM(IF(e.product_id = 3 AND e.status <> 'draft', e.stored_count, 0)) AS n3,"
      " GROUP_CONCAT(p.policy_no ORDER BY e.product_id, e.seq SEPARATOR '、') AS policies,"
      " ? AS total_rows"
      " FROM ((SELECT k.id, k.region_code, k.name, 0 AS direct FROM schools k"
      "   WHERE k.status = 'active' AND k.region_code LIKE ? AND k.region_code <> k.city_code"
      "   ORDER BY k.region_code, k.name LIMIT ? OFFSET ?)"
      " UNION ALL (SELECT k.id, k.region_code, k.name, 1 AS direct FROM schools k"
      "   WHERE k.status = 'active' AND k.region_code LIKE ? AND k.region_code = k.city_code"
      "   ORDER BY k.region_code, k.name LIMIT ? OFFSET ?)"
      " ORDER BY direct, region_code, name, id LIMIT ?) x"
      " JOIN schools s ON s.id = x.id"
      " LEFT JOIN enrollments e ON e.school_id = x.id AND e.year_id = ?"
      " LEFT JOIN policies p ON p.enrollment_id = e.id"
      "   AND p.id = (SELECT MAX(p2.id) FROM policies p2 WHERE p2.enrollment_id = e.id)"
      " GROUP BY x.direct, x.region_code, x.name, x.id"
      " ORDER BY x.direct, x.region_code, x.name, x.id",
      {known_total, pattern, county_limit, county_offset, pattern, direct_limit, direct_offset, limit, year_id});
}

}  // namespace

Rows school_list_rows(Ctx& ctx, const RegionScope& region, const SchoolFilters& f, int64_t year_id, int64_t limit,
                      int64_t offset, int64_t known_total) {
  const std::string& scope = region.pattern;
  if (school_filters_default(f)) return default_rows(ctx, scope, f, year_id, limit, offset, known_total);
  // Statuses of the chosen product that match the status filter.
  std::string wanted = f.status == "none"       ? "none"
                       : f.status == "enrolled" ? "submitted,insured,modifying"
                                                : f.status;
  std::string order = f.sort + "_" + f.dir;
  // The page's schools are chosen and numbered first (x: filters, sort, COUNT(*) OVER for the
  // whole filtered count); only those rows then get their area names and 保险单 numbers, so a
  // city of thousands of schools does not look up every school's policies for 20 rows.
  return lagging_read_db(ctx).query(
      "SELECT x.id, x.name, x.region_code, x.city_code, x.school_type, x.nature, x.contact_name, x.contact_mobile,"
      " x.st1, x.st2, x.st3, x.n1, x.n2, x.n3,"
      " (SELECT GROUP_CONCAT(p.policy_no ORDER BY pe.product_id, pe.seq SEPARATOR '、') FROM policies p"
      "   JOIN enrollments pe ON pe.id = p.enrollment_id WHERE pe.school_id = x.id AND pe.year_id = ?"
      "   AND p.id = (SELECT MAX(p2.id) FROM policies p2 WHERE p2.enrollment_id = p.enrollment_id)) AS policies,"
      " x.total_rows"
      " FROM (SELECT s.id, s.name, s.region_code, s.city_code, s.school_type, s.nature, s.contact_name, s.contact_mobile,"
      " e.st1, e.st2, e.st3, COALESCE(e.n1, 0) AS n1, COALESCE(e.n2, 0) AS n2, COALESCE(e.n3, 0) AS n3,"
      " COUNT(*) OVER () AS total_rows,"
      " ROW_NUMBER() OVER (ORDER BY CASE WHEN ? = 'name_asc' THEN s.name END ASC, CASE WHEN ? = 'name_desc' THEN s.name END DESC,"
      " CASE WHEN ? = 'type_asc' THEN t.sort_order END ASC, CASE WHEN ? = 'type_desc' THEN t.sort_order END DESC,"
      " CASE WHEN ? = 'persons_asc' THEN COALESCE(e.n1, 0) END ASC, CASE WHEN ? = 'persons_desc' THEN COALESCE(e.n1, 0) END DESC,"
      " CASE WHEN ? = 'region_desc' THEN s.region_code END DESC, s.region_code = s.city_code, s.region_code, s.name, s.id) AS rn"
      " FROM schools s JOIN school_types t ON t.name = s.school_type"
      " LEFT JOIN products pf ON pf.id = ?"
      " LEFT JOIN (SELECT school_id,"
      "   MAX(IF(product_id = 1 AND seq = 1, status, NULL)) AS st1, SUM(IF(product_id = 1 AND status <> 'draft', stored_count, 0)) AS n1,"
      "   MAX(IF(product_id = 2 AND seq = 1, status, NULL)) AS st2, SUM(IF(product_id = 2 AND status <> 'draft', stored_count, 0)) AS n2,"
      "   MAX(IF(product_id = 3 AND seq = 1, status, NULL)) AS st3, SUM(IF(product_id = 3 AND status <> 'draft', stored_count, 0)) AS n3"
      "   FROM enrollments WHERE year_id = ? AND region_code LIKE ? GROUP BY school_id) e ON e.school_id = s.id"
      " WHERE s.status = 'active' AND s.region_code LIKE ?"
      " AND (? = '' OR s.region_code = ?) AND (? = '' OR s.school_type = ?) AND (? = '' OR s.nature = ?)"
      " AND (? = '' OR s.name LIKE ?)"
      " AND (? = '' OR (FIND_IN_SET(COALESCE(NULLIF(CASE pf.id WHEN 1 THEN e.st1 WHEN 2 THEN e.st2 WHEN 3 THEN e.st3 END,"
      "   'draft'), 'none'), ?) > 0"
      "   AND EXISTS (SELECT 1 FROM product_school_types a WHERE a.product_id = pf.id AND a.school_type = s.school_type)))"
      " ORDER BY rn LIMIT ? OFFSET ?) x"
      " ORDER BY x.rn",
      {year_id, order, order, order, order, order, order, order, f.product, year_id, scope, scope, f.county,
       f.county, f.type, f.type, f.nature, f.nature, f.q, like_contains(f.q), f.status, wanted, limit, offset});
}
