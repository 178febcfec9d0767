// year.h - the academic year (学年) that is current, with its deadlines (dates, Asia/Shanghai).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

class Db;
struct Ctx;

struct AcademicYear {
  int64_t id = 0;
  std::string label;  // "2026-2027"
  std::string enroll_deadline, policy_deadline, stats_deadline;  // YYYY-MM-DD
};

// The year marked current by the admin, or nullopt when none is.
std::optional<AcademicYear> current_year(Db& db);

// The same for a request, from the worker's reference data (refdata.h: no query when the
// request's session lookup read the reference stamp). Pages that change academic_years and
// read the year in the same request call current_year(ctx.db) after the change.
std::optional<AcademicYear> current_year(Ctx& ctx);
