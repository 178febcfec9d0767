// department/statistics_data.h - the yearly form "YYYY-YYYY年度校方责任保险投保情况统计表" as data:
// four rows (幼儿园, 小学, 初中, 高中) of five whole numbers, read from a request with per-field
// Chinese messages, stored as the JSON of statistics_forms.data (sql/0001-schema.sql), summed
// over counties, and the system's own figures for the same cells. School types map to the
// rows by school_types.stats_category (sql/0003-reference.sql): 九年一贯制 → 初中,
// 完全中学 → 高中, 教学点 → 小学; 中职, 高职 and 特殊教育 (其他) are in no row.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db.h"
#include "year.h"

class Db;
class Request;

inline constexpr int kStatsRows = 4, kStatsFields = 5;
// Row labels (and JSON keys) in order: 幼儿园, 小学, 初中, 高中.
extern const char* const kStatsRowNames[kStatsRows];
// JSON member names: schools, students, students_insured, staff, staff_insured.
extern const char* const kStatsFieldKeys[kStatsFields];
// Column headings: 学校总数（所）, 在校学生总人数, 学生投保总人数, 在校职工总人数, 职工投保总人数.
extern const char* const kStatsFieldLabels[kStatsFields];

using StatsValues = std::array<std::array<int64_t, kStatsFields>, kStatsRows>;

// What a department typed: the text of every cell and 填表单位, with a message per bad cell.
struct StatsInput {
  std::array<std::array<std::string, kStatsFields>, kStatsRows> text, error;
  std::string unit_name, unit_error;
  bool ok() const;
  StatsValues values() const;  // only when ok()
};

// Reads cells r<row>_<key> (e.g. r0_schools; full-width digits folded, spaces trimmed) and
// unit_name: each a whole number 0–999999999
// ("请填写整数"), the insured not above their total ("不能大于在校学生总人数").
StatsInput stats_read_input(const Request& req);
// The typed form for stored values (to show or edit them).
StatsInput stats_input_of(const StatsValues& values, const std::string& unit_name);

// statistics_forms.data for values.
std::string stats_to_json(const StatsValues& values);
// The values of one statistics_forms row; throws std::runtime_error when its data is malformed.
StatsValues stats_load(Db& db, int64_t form_id);
// Adds b to a cell by cell.
void stats_add(StatsValues& a, const StatsValues& b);

// The system's figures for region LIKE pattern in year: active schools per row (schools), and
// the persons of submitted enrollments from enrollment_counters (product 1 → students_insured,
// product 2 → staff_insured). The system holds no head count of students or staff: those
// cells stay -1 (shown as "—").
StatsValues stats_system_figures(Db& db, int64_t year_id, const std::string& pattern);

// The last day a department of region_code may submit or edit the form of year: the year's
// stats_deadline, moved later by an admin extension (deadline_extensions, deadline 'stats') for
// the region or, for a county, its city. open when today (Asia/Shanghai) is not after it.
struct StatsDeadline { bool open; std::string last_day; };
StatsDeadline stats_deadline(Db& db, const AcademicYear& year, const std::string& region_code);

// The newest version of (region, year): id, version, unit_name, submitted (local time text).
struct StatsFormHead { int64_t id = 0, version = 0; std::string unit_name, submitted; };
std::optional<StatsFormHead> stats_latest(Db& db, const std::string& region_code, int64_t year_id);

// A city's counties (regions whose parent is city_code) with their newest form of year, if any.
struct StatsCounty { std::string code, name; std::optional<StatsFormHead> form; };
std::vector<StatsCounty> stats_counties(Db& db, const std::string& city_code, int64_t year_id);
// The cell-by-cell sum of the newest forms of counties (those that submitted one).
StatsValues stats_sum(Db& db, const std::vector<StatsCounty>& counties);

// One stored version whose region matches pattern (region_pattern of the viewer; "%" for the
// admin): id, region_code, region_name, year_id, year_label, version, unit_name, submitted,
// submitter. nullopt when absent or out of scope.
std::optional<Row> stats_form_in_scope(Db& db, int64_t id, const std::string& pattern);
