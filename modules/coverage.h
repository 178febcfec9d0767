// coverage.h - the coverage counters (table enrollment_counters): per year, region, school
// type and product, how many schools have a submitted enrollment and how many persons their
// stored rosters hold. Department and admin figures read these counters, never the rosters,
// so every change of a submitted enrollment (submission, approved modification, extra
// enrollment) and of a school's region or type must go through a CoverageChange in the
// transaction that makes it.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <tuple>

class Db;

// One school's contribution to the counters, by (year, product, region, city, school type).
using CoverageKey = std::tuple<int64_t, int64_t, std::string, std::string, std::string>;
struct CoverageFigures {
  int64_t schools = 0, enrollments = 0, persons = 0;
};
using CoverageSnapshot = std::map<CoverageKey, CoverageFigures>;

// Usage, inside Db::transaction, before any other write of the change:
//   CoverageChange coverage(db, school_id, year_id, product_id);  // locks the school row
//   ... update enrollments / the school ...
//   coverage.commit();                                            // adds the difference
// year_id 0 covers every year and product (a school that moves region or changes type).
// The constructor locks the school row (FOR UPDATE) and reads its contribution with locking
// reads, so concurrent changes of one school serialize and never double-count; take it
// before locking the school's enrollments (lock order: school, then enrollments).
class CoverageChange {
 public:
  CoverageChange(Db& db, int64_t school_id, int64_t year_id = 0, int64_t product_id = 0);
  // Re-reads the contribution and applies after − before to enrollment_counters (one upsert per
  // changed key). Call once, as the last write of the transaction.
  void commit();

 private:
  CoverageSnapshot read() const;
  Db& db_;
  int64_t school_id_, year_id_, product_id_;
  CoverageSnapshot before_;
};

// The counters recomputed from the enrollments (for checks and repair): rows of
// (year, region, type, product) whose stored counter differs from the truth; 0 = consistent.
int64_t coverage_mismatches(Db& db);
