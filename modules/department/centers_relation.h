// department/centers_relation.h - the rules of the 中心校 relation (schools.is_center and
// schools.center_school_id) as a city or county department changes it, shared by a school's
// 设置 page and 中心校管理. Every function runs inside the caller's transaction, locks the rows
// it reads (school first, then the center), finds them only within scope (a region_pattern
// LIKE pattern) and either writes the change and returns "" (detail set for the audit row) or
// returns why not in Chinese and writes nothing. The rules:
//   - only active schools take part; a center school belongs to no other center;
//   - a school joins (or moves to) an active center school of its own region_code (the same
//     county, or the same city's 市直), never itself;
//   - a center school with subordinate schools (pending or active) stays a center until they
//     are moved to another center or removed from it (nothing is detached silently).
#pragma once
#include <cstdint>
#include <string>

#include "db.h"

// Makes school_id a center school (make = true) or ends it (make = false).
std::string center_mark(Db& db, const std::string& scope, int64_t school_id, bool make, std::string& detail);
// school_id joins center_id, or moves to it from its current center.
std::string center_assign(Db& db, const std::string& scope, int64_t school_id, int64_t center_id,
                          std::string& detail);
// school_id leaves its center.
std::string center_detach(Db& db, const std::string& scope, int64_t school_id, std::string& detail);
// The centers school_id may join (active centers of region_code other than it and its current
// center): columns id, name; by name.
Rows center_choices(Db& db, const std::string& region_code, int64_t school_id, int64_t current_center_id);
