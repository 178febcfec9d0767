// coverage.cpp - coverage counters kept in step with enrollments (see coverage.h).
#include "coverage.h"

#include "db.h"

CoverageChange::CoverageChange(Db& db, int64_t school_id, int64_t year_id, int64_t product_id)
    : db_(db), school_id_(school_id), year_id_(year_id), product_id_(product_id) {
  if (!db_.query_one("SELECT id FROM schools WHERE id = ? FOR UPDATE", {school_id_}))
    throw std::runtime_error("coverage: no school " + std::to_string(school_id_));
  before_ = read();
}

CoverageSnapshot CoverageChange::read() const {
  Rows rows = db_.query(
      "SELECT e.year_id, e.product_id, s.region_code, s.city_code, s.school_type,"
      " COUNT(*) AS enrollments, SUM(e.stored_count) AS persons"
      " FROM enrollments e JOIN schools s ON s.id = e.school_id"
      " WHERE e.school_id = ? AND e.status <> 'draft' AND (? = 0 OR (e.year_id = ? AND e.product_id = ?))"
      " GROUP BY e.year_id, e.product_id, s.region_code, s.city_code, s.school_type"
      " LOCK IN SHARE MODE",
      {school_id_, year_id_, year_id_, product_id_});
  CoverageSnapshot snap;
  for (const Row& r : rows)
    snap[{r.i64("year_id"), r.i64("product_id"), r.str("region_code"), r.str("city_code"), r.str("school_type")}] =
        CoverageFigures{1, r.i64("enrollments"), r.i64("persons")};
  return snap;
}

void CoverageChange::commit() {
  CoverageSnapshot after = read();
  CoverageSnapshot delta;
  for (const auto& [key, f] : after) delta[key] = f;
  for (const auto& [key, f] : before_) {
    CoverageFigures& d = delta[key];
    d.schools -= f.schools;
    d.enrollments -= f.enrollments;
    d.persons -= f.persons;
  }
  for (const auto& [key, d] : delta) {
    if (d.schools == 0 && d.enrollments == 0 && d.persons == 0) continue;
    const auto& [year_id, product_id, region, city, type] = key;
    db_.exec("INSERT INTO enrollment_counters (year_id, region_code, school_type, product_id, city_code, schools,"
             " enrollments, persons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
             " ON DUPLICATE KEY UPDATE schools = schools + VALUES(schools),"
             " enrollments = enrollments + VALUES(enrollments), persons = persons + VALUES(persons)",
             {year_id, region, type, product_id, city, d.schools, d.enrollments, d.persons});
  }
  before_ = std::move(after);
}

int64_t coverage_mismatches(Db& db) {
  auto r = db.query_one(
      "SELECT COUNT(*) AS n FROM ("
      "  SELECT year_id, region_code, school_type, product_id, SUM(schools) AS schools,"
      "   SUM(enrollments) AS enrollments, SUM(persons) AS persons FROM ("
      "    SELECT year_id, region_code, school_type, product_id, schools, enrollments, persons FROM enrollment_counters"
      "    UNION ALL"
      "    SELECT e.year_id, s.region_code, s.school_type, e.product_id, -COUNT(DISTINCT e.school_id), -COUNT(*),"
      "     -SUM(e.stored_count) FROM enrollments e JOIN schools s ON s.id = e.school_id WHERE e.status <> 'draft'"
      "    GROUP BY e.year_id, s.region_code, s.school_type, e.product_id) both_sides"
      "  GROUP BY year_id, region_code, school_type, product_id"
      "  HAVING schools <> 0 OR enrollments <> 0 OR persons <> 0) differences");
  return r->i64("n");
}
