// department/statistics_data.cpp - the statistics form as data (see department/statistics_data.h).
#include "department/statistics_data.h"

#include <stdexcept>

#include "dates.h"
#include "db.h"
#include "form.h"
#include "halfwidth.h"
#include "http.h"
#include "json.h"

const char* const kStatsRowNames[kStatsRows] = {"幼儿园", "小学", "初中", "高中"};
const char* const kStatsFieldKeys[kStatsFields] = {"schools", "students", "students_insured", "staff",
                                                   "staff_insured"};
const char* const kStatsFieldLabels[kStatsFields] = {"学校总数（所）", "在校学生总人数", "学生投保总人数",
                                                     "在校职工总人数", "职工投保总人数"};

namespace {

bool whole_number(const std::string& s) {
  return !s.empty() && s.size() <= 9 && s.find_first_not_of("0123456789") == std::string::npos;
}

// The row (0-3) of a stats_category, or -1 for 其他.
int row_of(const std::string& category) {
  for (int r = 0; r < kStatsRows; ++r)
    if (category == kStatsRowNames[r]) return r;
  return -1;
}

}  // namespace

bool StatsInput::ok() const {
  if (!unit_error.empty()) return false;
  for (const auto& row : error)
    for (const auto& e : row)
      if (!e.empty()) return false;
  return true;
}

StatsValues StatsInput::values() const {
  StatsValues v{};
  for (int r = 0; r < kStatsRows; ++r)
    for (int f = 0; f < kStatsFields; ++f) v[r][f] = std::stoll(text[r][f]);
  return v;
}

StatsInput stats_read_input(const Request& req) {
  StatsInput in;
  for (int r = 0; r < kStatsRows; ++r) {
    for (int f = 0; f < kStatsFields; ++f) {
      std::string name = "r" + std::to_string(r) + "_" + kStatsFieldKeys[f];
      const std::string* v = req.param(name);
      std::string text = v ? cut_utf8(trim_spaces(to_halfwidth(*v)), 20) : "";
      in.text[r][f] = text;
      if (text.empty()) in.error[r][f] = "请填写" + std::string(kStatsFieldLabels[f]) + "。";
      else if (!whole_number(text)) in.error[r][f] = "请填写 0 或正整数（最多 9 位）。";
    }
    // Insured at most the total: students_insured (2) ≤ students (1), staff_insured (4) ≤ staff (3).
    for (int f : {2, 4}) {
      if (in.error[r][f].empty() && in.error[r][f - 1].empty() &&
          std::stoll(in.text[r][f]) > std::stoll(in.text[r][f - 1]))
        in.error[r][f] = std::string(kStatsFieldLabels[f]) + "不能大于" + kStatsFieldLabels[f - 1] + "。";
    }
  }
  const std::string* unit = req.param("unit_name");
  std::string u = unit ? trim_text(*unit) : "";
  if (u.empty()) in.unit_error = "请填写填表单位。";
  else if (!check_utf8_text(u)) in.unit_error = "填表单位含有无法识别的字符。";
  else if (utf8_length(u) > 100) in.unit_error = "填表单位最多 100 个字。";
  in.unit_name = check_utf8_text(u) ? cut_utf8(u, 120) : "";
  return in;
}

StatsInput stats_input_of(const StatsValues& values, const std::string& unit_name) {
  StatsInput in;
  for (int r = 0; r < kStatsRows; ++r)
    for (int f = 0; f < kStatsFields; ++f) in.text[r][f] = std::to_string(values[r][f]);
  in.unit_name = unit_name;
  return in;
}

std::string stats_to_json(const StatsValues& values) {
  std::string out = "{";
  for (int r = 0; r < kStatsRows; ++r) {
    if (r) out += ", ";
    out += json_string(kStatsRowNames[r]) + ": {";
    for (int f = 0; f < kStatsFields; ++f) {
      if (f) out += ", ";
      out += json_string(kStatsFieldKeys[f]) + ": " + std::to_string(values[r][f]);
    }
    out += "}";
  }
  return out + "}";
}

StatsValues stats_load(Db& db, int64_t form_id) {
  auto row = db.query_one(
      "SELECT JSON_EXTRACT(data, '$.\"幼儿园\"') AS c0, JSON_EXTRACT(data, '$.\"小学\"') AS c1,"
      " JSON_EXTRACT(data, '$.\"初中\"') AS c2, JSON_EXTRACT(data, '$.\"高中\"') AS c3"
      " FROM statistics_forms WHERE id = ?",
      {form_id});
  if (!row) throw std::runtime_error("statistics form " + std::to_string(form_id) + " not found");
  StatsValues v{};
  for (int r = 0; r < kStatsRows; ++r) {
    auto members = json_read_object(row->str("c" + std::to_string(r)));
    if (!members) throw std::runtime_error("statistics form " + std::to_string(form_id) + ": bad row");
    for (int f = 0; f < kStatsFields; ++f) {
      auto it = members->find(kStatsFieldKeys[f]);
      if (it == members->end() || it->second.is_string || !whole_number(it->second.text))
        throw std::runtime_error("statistics form " + std::to_string(form_id) + ": bad cell");
      v[r][f] = std::stoll(it->second.text);
    }
  }
  return v;
}

void stats_add(StatsValues& a, const StatsValues& b) {
  for (int r = 0; r < kStatsRows; ++r)
    for (int f = 0; f < kStatsFields; ++f) a[r][f] += b[r][f];
}

StatsValues stats_system_figures(Db& db, int64_t year_id, const std::string& pattern) {
  StatsValues v{};
  for (auto& row : v) row = {0, -1, 0, -1, 0};
  for (const Row& r : db.query("SELECT t.stats_category AS cat, COUNT(*) AS n FROM schools s"
                               " JOIN school_types t ON t.name = s.school_type"
                               " WHERE s.status = 'active' AND s.region_code LIKE ? GROUP BY t.stats_category",
                               {pattern})) {
    int i = row_of(r.str("cat"));
    if (i >= 0) v[i][0] = r.i64("n");
  }
  for (const Row& r : db.query("SELECT t.stats_category AS cat, c.product_id, SUM(c.persons) AS persons"
                               " FROM enrollment_counters c JOIN school_types t ON t.name = c.school_type"
                               " WHERE c.year_id = ? AND c.region_code LIKE ? AND c.product_id IN (1, 2)"
                               " GROUP BY t.stats_category, c.product_id",
                               {year_id, pattern})) {
    int i = row_of(r.str("cat"));
    if (i >= 0) v[i][r.i64("product_id") == 1 ? 2 : 4] = r.i64("persons");
  }
  return v;
}

StatsDeadline stats_deadline(Db& db, const AcademicYear& year, const std::string& region_code) {
  StatsDeadline d{false, year.stats_deadline};
  auto ext = db.query_one(
      "SELECT DATE_FORMAT(MAX(e.extended_to), '%Y-%m-%d') AS extended_to FROM regions r"
      " JOIN deadline_extensions e ON e.year_id = ? AND e.deadline = 'stats' AND e.school_id IS NULL"
      "  AND e.company_id IS NULL AND e.region_code IN (r.code, r.parent_code) AND e.extended_to > ?"
      " WHERE r.code = ?",
      {year.id, year.stats_deadline, region_code});
  if (ext && !ext->str("extended_to").empty()) d.last_day = ext->str("extended_to");
  d.open = today_cn() <= d.last_day;
  return d;
}

std::optional<StatsFormHead> stats_latest(Db& db, const std::string& region_code, int64_t year_id) {
  auto row = db.query_one(
      "SELECT id, version, unit_name, DATE_FORMAT(submitted_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM statistics_forms WHERE region_code = ? AND year_id = ? ORDER BY version DESC LIMIT 1",
      {region_code, year_id});
  if (!row) return std::nullopt;
  return StatsFormHead{row->i64("id"), row->i64("version"), row->str("unit_name"), row->str("submitted")};
}

std::vector<StatsCounty> stats_counties(Db& db, const std::string& city_code, int64_t year_id) {
  std::vector<StatsCounty> out;
  for (const Row& r : db.query("SELECT code, name FROM regions WHERE parent_code = ? AND level = 'county' ORDER BY code",
                               {city_code}))
    out.push_back({r.str("code"), r.str("name"), stats_latest(db, r.str("code"), year_id)});
  return out;
}

StatsValues stats_sum(Db& db, const std::vector<StatsCounty>& counties) {
  StatsValues sum{};
  for (const StatsCounty& c : counties)
    if (c.form) stats_add(sum, stats_load(db, c.form->id));
  return sum;
}

std::optional<Row> stats_form_in_scope(Db& db, int64_t id, const std::string& pattern) {
  return db.query_one(
      "SELECT f.id, f.region_code, r.name AS region_name, f.year_id, y.label AS year_label, f.version, f.unit_name,"
      " DATE_FORMAT(f.submitted_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted, a.display_name AS submitter"
      " FROM statistics_forms f JOIN regions r ON r.code = f.region_code JOIN academic_years y ON y.id = f.year_id"
      " JOIN accounts a ON a.id = f.submitted_by WHERE f.id = ? AND f.region_code LIKE ?",
      {id, pattern});
}
