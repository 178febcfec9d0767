// roster_store.cpp - roster rows in the database (see roster.h, roster_rows.h): the
// cross-school duplicate check, the replacement of an enrollment's rows in multi-row batches,
// and reading them back.
// ID numbers are stored only as AES-256-GCM ciphertext, HMAC and masked copy (modules/pii).
#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "db.h"
#include "pii.h"
#include "roster.h"
#include "roster_rows.h"

namespace {

constexpr size_t kStoreBatch = 500;  // rows per INSERT statement

Param opt(const std::string& s) { return s.empty() ? Param(Null{}) : Param(s); }

// The stored 证件类型 of a row (empty = 居民身份证, as the column's default).
std::string id_type_of(const RosterRow& r) { return r.id_type.empty() ? std::string(kIdTypeResident) : r.id_type; }

}  // namespace

RosterRowSealed roster_seal(const Config& config, RosterRow row) {
  RosterRowSealed s;
  if (!row.id_number.empty()) {
    s.hmac = pii_hmac(config, id_type_of(row), row.id_number);
    s.enc = pii_encrypt(config, row.id_number);
  }
  s.row = std::move(row);
  return s;
}

std::unordered_map<std::string, std::string> roster_holders_elsewhere(Db& db, int64_t year_id, int64_t product_id,
                                                                      int64_t school_id, const std::vector<Param>& list) {
  std::unordered_map<std::string, std::string> holders;
  if (list.empty()) return holders;
  Rows found = db.query_in(
      "SELECT r.id_hmac AS h, s.name AS school FROM roster_rows r"
      " JOIN enrollments e ON e.id = r.enrollment_id JOIN schools s ON s.id = e.school_id"
      " WHERE r.year_id = ? AND r.product_id = ? AND e.school_id <> ? AND r.id_hmac",
      "", {year_id, product_id, school_id}, list, kRosterLookupBatch);
  for (const Row& f : found) holders.emplace(f.str("h"), f.str("school"));
  return holders;
}

RosterProblem roster_elsewhere_problem(const RosterRow& r, const std::string& school) {
  return {r.row_no, "证件号码", r.id_number, "本学年该险种已由其他学校（" + roster_mask_school(school) + "）为此人投保"};
}

// Only an enrollment that has rows gets the DELETE: a DELETE that finds nothing takes a
// next-key lock on the gap where the rows would go (for a new enrollment the end of the index,
// shared by every first submission), and concurrent submissions then deadlock on their INSERTs
// (t/drills/db-kill.sh: 2 of 16 concurrent uploads failed after 3 reruns). The plain read
// suffices: every writer of an enrollment's rows holds its school's row lock (CoverageChange),
// and the primary key refuses a row stored twice.
void roster_clear(Db& db, int64_t enrollment_id) {
  if (db.query_one("SELECT row_no FROM roster_rows WHERE enrollment_id = ? LIMIT 1", {enrollment_id}))
    db.exec("DELETE FROM roster_rows WHERE enrollment_id = ?", {enrollment_id});
}

size_t roster_insert(Db& db, int64_t enrollment_id, int64_t year_id, int64_t product_id,
                     const std::vector<RosterRowSealed>& rows, size_t first_row_no) {
  static const char insert[] =
      "INSERT INTO roster_rows (enrollment_id, row_no, year_id, product_id, name, sex, id_type, id_hmac,"
      " id_enc, id_masked, grade, class_name, position, major, internship_unit, note) VALUES";
  constexpr size_t kColumns = 16;
  std::vector<Param> values;
  values.reserve(std::min(rows.size(), kStoreBatch) * kColumns);
  size_t stored = 0;
  for (size_t first = 0; first < rows.size(); first += kStoreBatch) {
    values.clear();
    size_t end = std::min(rows.size(), first + kStoreBatch);
    for (size_t i = first; i < end; ++i) {
      const RosterRow& r = rows[i].row;
      bool has_id = !r.id_number.empty();
      values.emplace_back(enrollment_id);
      values.emplace_back(static_cast<int64_t>(first_row_no + i));
      values.emplace_back(year_id);
      values.emplace_back(product_id);
      values.emplace_back(r.name);
      values.emplace_back(r.sex);
      values.emplace_back(id_type_of(r));
      values.push_back(has_id ? Param(rows[i].hmac) : Param(Null{}));
      values.push_back(has_id ? Param(rows[i].enc) : Param(Null{}));
      values.push_back(has_id ? Param(roster_mask_id(r.id_number)) : Param(Null{}));
      values.push_back(opt(r.grade));
      values.push_back(opt(r.class_name));
      values.push_back(opt(r.position));
      values.push_back(opt(r.major));
      values.push_back(opt(r.internship_unit));
      values.push_back(opt(r.note));
    }
    stored += db.exec_batch(insert, kColumns, values, kStoreBatch);
  }
  return stored;
}

std::vector<RosterProblem> roster_duplicates_elsewhere(Db& db, const Config& config, int64_t year_id,
                                                       int64_t product_id, int64_t school_id,
                                                       const std::vector<RosterRow>& rows) {
  std::vector<std::string> hmacs;
  std::vector<Param> list;
  std::unordered_set<std::string> listed;
  for (const RosterRow& r : rows) {
    hmacs.push_back(r.id_number.empty() ? std::string() : pii_hmac(config, id_type_of(r), r.id_number));
    if (!hmacs.back().empty() && listed.insert(hmacs.back()).second) list.emplace_back(hmacs.back());
  }
  auto holders = roster_holders_elsewhere(db, year_id, product_id, school_id, list);
  std::vector<RosterProblem> problems;
  for (size_t i = 0; i < rows.size() && !holders.empty(); ++i) {
    auto it = hmacs[i].empty() ? holders.end() : holders.find(hmacs[i]);
    if (it != holders.end()) problems.push_back(roster_elsewhere_problem(rows[i], it->second));
  }
  return problems;
}

size_t roster_store(Db& db, const Config& config, int64_t enrollment_id, int64_t year_id, int64_t product_id,
                    const std::vector<RosterRow>& rows) {
  if (!db.in_transaction()) throw std::logic_error("roster_store outside a transaction");
  roster_clear(db, enrollment_id);
  std::vector<RosterRowSealed> sealed;
  sealed.reserve(rows.size());
  for (const RosterRow& r : rows) sealed.push_back(roster_seal(config, r));
  return roster_insert(db, enrollment_id, year_id, product_id, sealed, 1);
}

std::vector<RosterRow> roster_load(Db& db, const Config& config, int64_t enrollment_id) {
  std::vector<RosterRow> rows;
  roster_each(db, config, enrollment_id, [&](const RosterRow& r) { rows.push_back(r); });
  return rows;
}

void roster_each(Db& db, const Config& config, int64_t enrollment_id, const std::function<void(const RosterRow&)>& each) {
  db.stream(
      "SELECT row_no, name, sex, id_type, id_enc, grade, class_name, position, major, internship_unit, note"
      " FROM roster_rows WHERE enrollment_id = ? AND row_no > ? ORDER BY row_no LIMIT ?",
      {enrollment_id}, "row_no",
      [&](const Row& r) {
        RosterRow x;
        x.row_no = static_cast<size_t>(r.i64("row_no"));
        x.name = r.str("name");
        x.sex = r.str("sex");
        x.id_type = r.str("id_type");
        if (!r.is_null("id_enc")) x.id_number = pii_decrypt(config, r.str("id_enc"));
        x.grade = r.str("grade");
        x.class_name = r.str("class_name");
        x.position = r.str("position");
        x.major = r.str("major");
        x.internship_unit = r.str("internship_unit");
        x.note = r.str("note");
        each(x);
      });
}
