// year.h - the academic year (学年) that is current, with its deadlines (dates, Asia/Shanghai).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

class Db;

struct AcademicYear {
  int64_t id = 0;
  std::string label;  // "2026-2027"
  std::string enroll_deadline, policy_deadline, stats_deadline;  // YYYY-MM-DD
};

// The year marked current by the admin, or nullopt when none is.
std::optional<AcademicYear> current_year(Db& db);
