// insurer/policy_deadline.cpp - policy upload deadline with company extensions (see
// insurer/policy_deadline.h).
#include "insurer/policy_deadline.h"

#include <stdexcept>

#include "dates.h"
#include "db.h"

PolicyDeadline policy_deadline_for(Db& db, int64_t company_id, int64_t enrollment_id) {
  auto r = db.query_one(
      "SELECT DATE_FORMAT(y.policy_deadline, '%Y-%m-%d') AS year_day,"
      " (SELECT DATE_FORMAT(x.extended_to, '%Y-%m-%d') FROM deadline_extensions x"
      "   WHERE x.year_id = e.year_id AND x.deadline = 'policy' AND x.company_id = ? AND x.school_id IS NULL"
      "   AND (x.region_code IS NULL OR x.region_code IN (e.region_code, e.city_code))"
      "   AND x.extended_to > y.policy_deadline"
      "   ORDER BY x.region_code IS NOT NULL DESC, x.region_code = e.region_code DESC, x.id DESC LIMIT 1) AS ext_day"
      " FROM enrollments e JOIN academic_years y ON y.id = e.year_id WHERE e.id = ?",
      {company_id, enrollment_id});
  if (!r) throw std::runtime_error("policy_deadline_for: unknown enrollment");
  PolicyDeadline d;
  d.extended = !r->is_null("ext_day");
  d.last_day = d.extended ? r->str("ext_day") : r->str("year_day");
  d.open = today_cn() <= d.last_day;
  return d;
}
