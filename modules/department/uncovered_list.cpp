// department/uncovered_list.cpp - the query of 未投保学校 (see uncovered_list.h). Scope: schools
// carry region_code LIKE region_pattern(account); filters are bound parameters.
#include "department/uncovered_list.h"

#include <algorithm>

#include "context.h"
#include "department/schools_areas.h"
#include "form.h"
#include "http_error.h"
#include "scope.h"

QueryParams UncoveredFilters::query() const {
  return {{"product", product == 1 ? "" : std::to_string(product)}, {"county", county}, {"type", type}, {"q", q}};
}

UncoveredFilters uncovered_filters_read(Ctx& ctx) {
  const Request& req = ctx.req;
  UncoveredFilters f;
  const std::string* p = req.param("product");
  if (p && !p->empty()) {
    f.product = param_id(req, "product");
    if (!ctx.db.query_one("SELECT id FROM products WHERE id = ?", {f.product})) throw HttpError(400, "所选险种无效。");
  }
  f.county = department_county_param(ctx, department_areas(ctx, ctx.account()));
  f.type = param_text(req, "type", 20, false);
  if (!f.type.empty() && !ctx.db.query_one("SELECT name FROM school_types WHERE name = ?", {f.type}))
    throw HttpError(400, "所选学校类型无效。");
  f.q = trim_text(param_text(req, "q", 100, false));
  if (req.param("page")) f.page = std::min<int64_t>(param_id(req, "page"), 100000);
  return f;
}

Rows uncovered_rows(Ctx& ctx, const UncoveredFilters& f, int64_t year_id, int64_t limit, int64_t offset) {
  std::string scope = region_pattern(ctx.account());
  return ctx.db.query(
      "SELECT s.id, s.name, s.school_type, s.contact_name, "
      " COALESCE((SELECT a.mobile FROM accounts a WHERE a.kind = 'school' AND a.school_id = s.id ORDER BY a.id LIMIT 1),"
      "   s.contact_mobile) AS mobile,"
      " COALESCE((SELECT a.mobile_enc FROM accounts a WHERE a.kind = 'school' AND a.school_id = s.id ORDER BY a.id"
      "   LIMIT 1), s.contact_mobile_enc) AS mobile_enc,"
      " (SELECT a.id FROM accounts a WHERE a.kind = 'school' AND a.school_id = s.id ORDER BY a.id LIMIT 1) AS account_id,"
      " IF(r.level = 'city' AND EXISTS (SELECT 1 FROM regions c WHERE c.parent_code = r.code), '市直', r.name) AS area,"
      " DATE_FORMAT(lr.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS reminded_at,"
      " lr.reminded_on = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) AS reminded_today, m.status AS sms_status,"
      " COUNT(*) OVER () AS total_rows"
      " FROM schools s JOIN regions r ON r.code = s.region_code JOIN school_types t ON t.name = s.school_type"
      " JOIN products p ON p.id = ?"
      " LEFT JOIN enrollment_reminders lr ON lr.id = (SELECT MAX(x.id) FROM enrollment_reminders x"
      "   WHERE x.school_id = s.id AND x.year_id = ? AND x.product_id = p.id)"
      " LEFT JOIN sms_messages m ON m.id = lr.sms_message_id"
      " WHERE s.status = 'active' AND s.region_code LIKE ?"
      " AND EXISTS (SELECT 1 FROM product_school_types a WHERE a.product_id = p.id AND a.school_type = s.school_type)"
      " AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.school_id = s.id AND e.year_id = ?"
      "   AND e.product_id = p.id AND e.status <> 'draft')"
      " AND (? = '' OR s.region_code = ?) AND (? = '' OR s.school_type = ?) AND (? = '' OR s.name LIKE ?)"
      " AND (? = 0 OR s.id = ?)"
      " ORDER BY s.region_code = s.city_code, s.region_code, s.name, s.id LIMIT ? OFFSET ?",
      {f.product, year_id, scope, year_id, f.county, f.county, f.type, f.type, f.q, like_contains(f.q), f.school_id,
       f.school_id, limit, offset});
}

int64_t uncovered_count(Ctx& ctx, int64_t year_id, int64_t product) {
  UncoveredFilters f;
  f.product = product;
  Rows rows = uncovered_rows(ctx, f, year_id, 1, 0);
  return rows.empty() ? 0 : rows.front().i64("total_rows");
}
