// deadline.cpp - effective deadlines of a school with extensions applied (see deadline.h).
#include "deadline.h"

#include "context.h"
#include "dates.h"
#include "refdata.h"
#include "school/in_hand.h"

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

DeadlineState deadline_for_school(Ctx& ctx, const AcademicYear& year, int64_t school_id, DeadlineKind kind) {
  DeadlineState state{false, year_deadline(year, kind), false, ""};
  const SchoolFacts school = school_facts(ctx, school_id);
  // Among extensions later than the year's date: the school's own first, then its county's,
  // then its city's; the newest of equals (the cache lists them newest first).
  const Row* best = nullptr;
  int best_rank = 0;
  for (const Row& e : refdata(ctx).extensions) {
    if (e.i64("year_id") != year.id || e.str("deadline") != deadline_kind_name(kind)) continue;
    if (e.str("extended_to") <= state.last_day) continue;
    int rank = e.i64("school_id") == school_id                                   ? 3
               : e.i64("school_id") != 0                                          ? 0
               : school.region_code.empty()                                       ? 0
               : e.str("region_code") == school.region_code                      ? 2
               : e.str("region_code") == school.city_code                        ? 1
                                                                                  : 0;
    if (rank > best_rank) best = &e, best_rank = rank;
  }
  if (best) {
    state.last_day = best->str("extended_to");
    state.extended = true;
    state.reason = best->str("reason");
  }
  state.open = today_cn() <= state.last_day;
  return state;
}
