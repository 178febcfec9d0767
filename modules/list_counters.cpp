// list_counters.cpp - the check of the trigger-kept list counters (see list_counters.h).
#include "list_counters.h"

#include "db.h"

int64_t list_counter_mismatches(Db& db) {
  auto schools = db.query_one(
      "SELECT COUNT(*) AS n FROM ("
      "  SELECT region_code, city_code, SUM(n) AS n FROM ("
      "    SELECT region_code, city_code, schools AS n FROM school_counters"
      "    UNION ALL"
      "    SELECT region_code, city_code, -COUNT(*) FROM schools WHERE status = 'active'"
      "    GROUP BY region_code, city_code) both_sides"
      "  GROUP BY region_code, city_code HAVING n <> 0) differences");
  auto insurers = db.query_one(
      "SELECT COUNT(*) AS n FROM ("
      "  SELECT company_id, year_id, region_code, city_code, SUM(schools) AS schools,"
      "   SUM(enrollments) AS enrollments, SUM(persons) AS persons FROM ("
      "    SELECT company_id, year_id, region_code, city_code, schools, enrollments, persons FROM insurer_counters"
      "    UNION ALL"
      "    SELECT company_id, year_id, region_code, city_code, -COUNT(DISTINCT school_id), -COUNT(*),"
      "     -SUM(declared_count) FROM enrollments WHERE status <> 'draft' AND company_id IS NOT NULL"
      "    GROUP BY company_id, year_id, region_code, city_code) both_sides"
      "  GROUP BY company_id, year_id, region_code, city_code"
      "  HAVING schools <> 0 OR enrollments <> 0 OR persons <> 0) differences");
  auto copies = db.query_one(
      "SELECT COUNT(*) AS n FROM enrollments e JOIN schools s ON s.id = e.school_id"
      " WHERE e.school_name <> s.name COLLATE utf8mb4_bin OR e.region_code <> s.region_code"
      " OR e.city_code <> s.city_code");
  return schools->i64("n") + insurers->i64("n") + copies->i64("n");
}
