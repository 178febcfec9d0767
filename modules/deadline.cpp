// deadline.cpp - effective deadlines of a school with extensions applied (see deadline.h).
#include "deadline.h"

#include "dates.h"
#include "db.h"

const char* deadline_kind_name(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::enroll: return "enroll";
    case DeadlineKind::policy: return "policy";
    case DeadlineKind::stats: return "stats";
  }
  return "enroll";
}

const char* deadline_kind_label(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::enroll: return "投保数据";
    case DeadlineKind::policy: return "保单上传";
    case DeadlineKind::stats: return "统计上报";
  }
  return "投保数据";
}

const std::string& year_deadline(const AcademicYear& year, DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::enroll: return year.enroll_deadline;
    case DeadlineKind::policy: return year.policy_deadline;
    case DeadlineKind::stats: return year.stats_deadline;
  }
  return year.enroll_deadline;
}

DeadlineState deadline_for_school(Db& db, const AcademicYear& year, int64_t school_id, DeadlineKind kind) {
  DeadlineState state{false, year_deadline(year, kind), false, ""};
  // One row at most: among extensions later than the year's date, the school's own first,
  // then its county's, then its city's; the newest of equals.
  auto ext = db.query_one(
      "SELECT DATE_FORMAT(e.extended_to, '%Y-%m-%d') AS extended_to, e.reason"
      " FROM schools s JOIN deadline_extensions e ON e.year_id = ? AND e.deadline = ? AND e.company_id IS NULL"
      "  AND (e.school_id = s.id OR (e.school_id IS NULL AND e.region_code IN (s.region_code, s.city_code)))"
      "  AND e.extended_to > ?"
      " WHERE s.id = ?"
      " ORDER BY e.school_id IS NOT NULL DESC, e.region_code = s.region_code DESC, e.id DESC LIMIT 1",
      {year.id, std::string(deadline_kind_name(kind)), state.last_day, school_id});
  if (ext) {
    state.last_day = ext->str("extended_to");
    state.extended = true;
    state.reason = ext->str("reason");
  }
  state.open = today_cn() <= state.last_day;
  return state;
}
