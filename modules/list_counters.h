// list_counters.h - the counters the department and insurer lists read (migration
// 0015-list-keys.sql), kept by triggers in the statement that changes a school or an
// enrollment, so no application code writes them:
//   school_counters    active schools per region (学校数据's 学校总数 and its list count);
//   insurer_counters   per company, year and region: schools with a submitted enrollment of
//                      the company, those enrollments and their declared_count (投保数据 totals);
//   enrollments.school_name, region_code, city_code   copies of the school's (the insurer
//                      list's order).
#pragma once
#include <cstdint>

class Db;

// Rows of those counters (and enrollments whose copies) that differ from what schools and
// enrollments give; 0 = consistent. For checks (manage coverage-check) and tests.
int64_t list_counter_mismatches(Db& db);
