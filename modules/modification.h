// modification.h - a 申请修改 application (applications.kind 'modification') as both the
// school and the provincial center see it: each field's current value beside the requested one.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "roster.h"

class Db;
struct Config;

struct ModificationChange {
  std::string field;      // 参保人数 / 投保公司 / 花名册
  std::string old_value, new_value;
  bool changed = false;
};
// The three fields of the application against the enrollment's current values (meaningful
// while the application is pending: once approved, the enrollment holds the new values).
// Empty when the application is not a modification.
std::vector<ModificationChange> modification_changes(Db& db, int64_t application_id);

// One line saying what an application asked for: "人数 30，投保公司 平安财险，新花名册 30 人".
std::string modification_summary(Db& db, int64_t application_id);

// The valid rows of a stored roster file (files.sha256 hex) read again through the sandboxed
// reader with the product's checks, for the diff and for applying an approved application.
// The file passed the checks when the school applied, so problems here mean it changed:
// throws std::runtime_error then, and SheetError when it cannot be read.
std::vector<RosterRow> modification_roster_rows(const Config& config, const std::string& sha256_hex, int64_t product_id);
