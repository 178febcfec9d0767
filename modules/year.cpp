// year.cpp - current academic year lookup (see year.h).
#include "year.h"

#include "context.h"
#include "db.h"

std::optional<AcademicYear> current_year(Db& db) {
  auto row = db.query_one(
      "SELECT id, label, enroll_deadline, policy_deadline, stats_deadline"
      " FROM academic_years WHERE is_current = 1 ORDER BY starts_on DESC LIMIT 1");
  if (!row) return std::nullopt;
  return AcademicYear{row->i64("id"), row->str("label"), row->str("enroll_deadline"),
                      row->str("policy_deadline"), row->str("stats_deadline")};
}

std::optional<AcademicYear> current_year(Ctx& ctx) {
  if (ctx.session.current_year_read) return ctx.session.current_year;
  return current_year(ctx.db);
}

std::optional<AcademicYear> current_year_from(const Row& row) {
  if (row.is_null("cy_id")) return std::nullopt;
  return AcademicYear{row.i64("cy_id"), row.str("cy_label"), row.str("cy_enroll"), row.str("cy_policy"),
                      row.str("cy_stats")};
}
