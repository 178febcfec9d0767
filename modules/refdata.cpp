// refdata.cpp - the worker's cache of reference data (see refdata.h).
#include "refdata.h"

#include "context.h"

namespace {

RefData load(Db& db, int64_t version) {
  RefData r;
  r.version = version;
  r.db = &db;
  r.current_year = current_year(db);
  r.years = db.query("SELECT id, label, is_current FROM academic_years ORDER BY starts_on DESC, id DESC");
  r.regions = db.query("SELECT code, name, level, COALESCE(parent_code, '') AS parent_code FROM regions ORDER BY code");
  r.school_types = db.query("SELECT name, stats_category, vocational FROM school_types ORDER BY sort_order, name");
  r.products = db.query("SELECT id, code, name, insured_kind FROM products ORDER BY sort_order, id");
  r.product_school_types = db.query("SELECT product_id, school_type FROM product_school_types");
  r.extensions = db.query(
      "SELECT id, year_id, deadline, COALESCE(school_id, 0) AS school_id, COALESCE(region_code, '') AS region_code,"
      " DATE_FORMAT(extended_to, '%Y-%m-%d') AS extended_to, reason"
      " FROM deadline_extensions WHERE company_id IS NULL ORDER BY id DESC");
  return r;
}

}  // namespace

const Row* RefData::region(std::string_view code) const {
  for (const Row& r : regions)
    if (r.str("code") == code) return &r;
  return nullptr;
}

const Row* RefData::product(int64_t id) const {
  for (const Row& p : products)
    if (p.i64("id") == id) return &p;
  return nullptr;
}

const Row* RefData::school_type(std::string_view name) const {
  for (const Row& t : school_types)
    if (t.str("name") == name) return &t;
  return nullptr;
}

Rows RefData::products_for_type(std::string_view type) const {
  Rows out;
  for (const Row& p : products)
    if (admits(p.i64("id"), type)) out.push_back(p);
  return out;
}

bool RefData::admits(int64_t product_id, std::string_view school_type) const {
  for (const Row& pt : product_school_types)
    if (pt.i64("product_id") == product_id && pt.str("school_type") == school_type) return true;
  return false;
}

bool RefData::has_children(std::string_view code) const {
  for (const Row& r : regions)
    if (r.str("parent_code") == code) return true;
  return false;
}

const RefData& refdata(Ctx& ctx) {
  static RefData cache;
  if (ctx.session.ref_version == 0)
    ctx.session.ref_version = ctx.db.query_one("SELECT version FROM reference_version WHERE id = 1")->i64("version");
  if (cache.version != ctx.session.ref_version || cache.db != &ctx.db) cache = load(ctx.db, ctx.session.ref_version);
  return cache;
}
