// year.cpp - current academic year lookup (see year.h).
#include "year.h"

#include "db.h"
#include "refdata.h"

std::optional<AcademicYear> current_year(Db& db) {
  auto row = db.query_one(
      "SELECT id, label, enroll_deadline, policy_deadline, stats_deadline"
      " FROM academic_years WHERE is_current = 1 ORDER BY starts_on DESC LIMIT 1");
  if (!row) return std::nullopt;
  return AcademicYear{row->i64("id"), row->str("label"), row->str("enroll_deadline"),
                      row->str("policy_deadline"), row->str("stats_deadline")};
}

std::optional<AcademicYear> current_year(Ctx& ctx) { return refdata(ctx).current_year; }
