// insurer/enrollment_scope.cpp - one enrollment within an insurer's scope (see insurer/enrollment_scope.h).
#include "insurer/enrollment_scope.h"

#include "scope.h"
#include "session.h"

std::optional<Row> insurer_enrollment(Db& db, const Account& insurer, int64_t enrollment_id) {
  if (insurer.kind != "insurer" || insurer.company_id == 0) return std::nullopt;
  return db.query_one(
      "SELECT e.id, e.school_id, s.name AS school_name, e.region_code, e.city_code, e.year_id, y.label AS year_label,"
      " e.product_id, p.name AS product_name, p.insured_kind, e.seq, e.status, e.declared_count, e.stored_count,"
      " e.roster_file_id, e.version, e.insured_at"
      " FROM enrollments e JOIN schools s ON s.id = e.school_id JOIN academic_years y ON y.id = e.year_id"
      " JOIN products p ON p.id = e.product_id"
      " WHERE e.id = ? AND e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft'",
      {enrollment_id, insurer.company_id, region_pattern(insurer)});
}
