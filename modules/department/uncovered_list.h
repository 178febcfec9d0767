// department/uncovered_list.h - the schools of a department's region that have not submitted
// one product for one academic year (no enrollment of it other than a draft), among the active
// schools the product admits (险种设置: product_school_types), with each school's
// 明白人 and its latest enrollment reminder (department/uncovered_remind.h). Shared by the
// 未投保学校 page, its reminders and the 系统首页 figures.
#pragma once
#include <cstdint>
#include <string>

#include "db.h"
#include "pager.h"

struct Ctx;

struct UncoveredFilters {
  int64_t product = 1;  // products.id (default the first product)
  std::string county;   // "" or a code of department_areas
  std::string type;     // "" or a school_types.name
  std::string q;        // school name contains
  int64_t school_id = 0;  // 0 = every school; else only this one (a reminder's check)
  int64_t page = 1;

  QueryParams query() const;
};

// Reads product (default 1), county (404 + access_denied outside the region), type, q, page;
// bad values answer 400.
UncoveredFilters uncovered_filters_read(Ctx& ctx);

// The matching schools of year_id by county (市直 last) and name, limit rows from offset. Columns: id, name,
// area, school_type, contact_name, mobile (masked) and mobile_enc (the school account's mobile, else the contact
// mobile), reminded_at (latest reminder of this year and product, China time, NULL = never),
// reminded_today (1 when that was today, China time), sms_status (its sms_messages.status),
// account_id (the school account, NULL when none), total_rows (the whole filtered count).
Rows uncovered_rows(Ctx& ctx, const UncoveredFilters& f, int64_t year_id, int64_t limit, int64_t offset);

// How many schools of the region have not submitted product in year_id (no other filter).
int64_t uncovered_count(Ctx& ctx, int64_t year_id, int64_t product);
