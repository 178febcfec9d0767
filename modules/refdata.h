// refdata.h - reference data kept in the worker's memory: the current academic year, regions,
// school types, products (with the school types each may insure) and the schools' deadline
// extensions. These change
// rarely (admin pages, installs) and are read by almost every page, so each worker loads them
// once and again only when reference_version (sql/0016) differs from what it loaded. The
// session lookup reads that stamp in the same query (Session::ref_version), so a signed-in
// request checks freshness without a round trip; an anonymous one reads it with one query.
// A request sees the data as of its session lookup: a handler that changes reference data and
// reads it back in the same request must query the tables itself (handlers redirect after a
// POST, and the next request sees the new stamp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "db.h"
#include "year.h"

struct Ctx;

struct RefData {
  int64_t version = 0;
  const Db* db = nullptr;  // the connection it was loaded through (one database per worker)
  std::optional<AcademicYear> current_year;  // as current_year(db) gives it
  // Columns as the tables name them.
  Rows years;         // academic years: id, label, is_current; newest first (starts_on, id)
  Rows regions;       // code, name, level, parent_code ("" for the province); by code
  Rows school_types;  // name, stats_category, vocational; by sort_order, name
  Rows products;      // id, code, name, insured_kind; by sort_order, id
  Rows product_school_types;  // product_id, school_type
  // Extensions for schools and regions (not companies): id, year_id, deadline, school_id
  // (0 = a region's), region_code, extended_to (YYYY-MM-DD), reason; newest first.
  Rows extensions;

  // The region with this code, or nullptr.
  const Row* region(std::string_view code) const;
  // The product with this id, or nullptr.
  const Row* product(int64_t id) const;
  // The school type with this name, or nullptr.
  const Row* school_type(std::string_view name) const;
  // Products (by sort_order) a school of this type may enroll.
  Rows products_for_type(std::string_view school_type) const;
  // Whether product_id admits schools of this type (险种设置).
  bool admits(int64_t product_id, std::string_view school_type) const;
  // Whether some region has this one as its parent (a city with counties).
  bool has_children(std::string_view code) const;
};

// This worker's reference data, fresh as of the request's session lookup (loads or reloads it
// when the stamp differs). The reference stays valid until the next call.
const RefData& refdata(Ctx& ctx);
