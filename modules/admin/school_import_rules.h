// admin/school_import_rules.h - one row of 学校账号导入 (admin/school_import.h): the typed cells,
// their checks against the database (region of the city, school type, nature, mobile, 中心校 of
// the same county, the login name) and the creation of the school with its account.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "admin/account_issue.h"

struct SchoolImportRow {
  size_t row_no = 0;  // as Excel shows it
  // Cells as typed (trimmed).
  std::string name, city, county, type, nature, contact_name, contact_mobile, login, center;
  // Resolved by school_import_check.
  std::string region_code, city_code, login_name;
  int64_t center_id = 0;
  bool exists = false;                // the school is already active with its account: 已存在
  std::vector<std::string> errors;   // Chinese messages; empty = the row may be created
  std::string result;                 // 新增 / 已存在 / 错误 (after storing)
};

// Checks the row (read-only) and fills region_code, city_code, login_name, center_id, exists
// and errors. 所属市: a city's name (郑州市 or 郑州) or code; 所属县区: a county's name in that
// city, 市直, or a region code (then 所属市 may be empty but must match when given).
void school_import_check(Db& db, SchoolImportRow& row);

// Creates the active school and its account (one-time password SMS) for a checked row without
// errors with password (made before the transaction: hashing is slow); call inside a
// transaction. Returns the school id. A name or login taken meanwhile
// throws DbError 1062 (is_duplicate_key).
int64_t school_import_create(Db& db, const Config& config, const SchoolImportRow& row, const OneTimePassword& password);
