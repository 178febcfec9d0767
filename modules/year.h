// year.h - the academic year (学年) that is current, with its deadlines (dates, Asia/Shanghai).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

class Db;
struct Ctx;
class Row;

struct AcademicYear {
  int64_t id = 0;
  std::string label;  // "2026-2027"
  std::string enroll_deadline, policy_deadline, stats_deadline;  // YYYY-MM-DD
};

// The year marked current by the admin, or nullopt when none is.
std::optional<AcademicYear> current_year(Db& db);

// The same for a request: a signed-in request's session lookup already read it (the columns
// of kCurrentYearJoin), so this costs no query then; otherwise current_year(ctx.db). Pages that
// change academic_years read current_year(ctx.db) after the change.
std::optional<AcademicYear> current_year(Ctx& ctx);

// SQL a query may add to read the current year in the same round trip: a LEFT JOIN giving
// columns cy_id, cy_label, cy_enroll, cy_policy, cy_stats (NULL when no year is current) — the
// current year with the latest start, as current_year picks it — and the year from such a row.
#define CURRENT_YEAR_COLUMNS                                                               \
  " cy.id AS cy_id, cy.label AS cy_label, cy.enroll_deadline AS cy_enroll,"                \
  " cy.policy_deadline AS cy_policy, cy.stats_deadline AS cy_stats"
#define CURRENT_YEAR_JOIN                                                                  \
  " LEFT JOIN academic_years cy ON cy.is_current = 1 AND NOT EXISTS (SELECT 1 FROM"        \
  " academic_years cy2 WHERE cy2.is_current = 1 AND (cy2.starts_on > cy.starts_on"         \
  " OR cy2.starts_on = cy.starts_on AND cy2.id > cy.id))"
std::optional<AcademicYear> current_year_from(const Row& row);
