// insurer/policy_deadline.h - the last day an insurance company may upload policies (保单上传)
// for one enrollment: the enrollment year's policy_deadline, moved later by a deadline_extensions
// row of deadline 'policy' aimed at that company (company_id), either for all its regions
// (region_code NULL) or for the enrollment's county or city. The region-specific extension wins
// over the company-wide one; the newest of equals; one on or before the year's date is ignored.
#pragma once
#include <cstdint>
#include <string>

class Db;

struct PolicyDeadline {
  bool open = false;      // today (Asia/Shanghai) <= last_day
  std::string last_day;   // YYYY-MM-DD
  bool extended = false;  // last_day comes from an extension
};

// The policy deadline of enrollment_id for company_id (the enrollment must exist).
PolicyDeadline policy_deadline_for(Db& db, int64_t company_id, int64_t enrollment_id);
