// roster_store.cpp - roster rows in the database (see roster.h): the cross-school duplicate
// check, the replacement of an enrollment's rows in multi-row batches, and reading them back.
// ID numbers are stored only as AES-256-GCM ciphertext, HMAC and masked copy (modules/pii).
#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "db.h"
#include "pii.h"
#include "roster.h"

namespace {

constexpr size_t kStoreBatch = 500;   // rows per INSERT statement
constexpr size_t kLookupBatch = 1000;  // HMACs per duplicate lookup

Param opt(const std::string& s) { return s.empty() ? Param(Null{}) : Param(s); }

// The stored 证件类型 of a row (empty = 居民身份证, as the column's default).
std::string id_type_of(const RosterRow& r) { return r.id_type.empty() ? std::string(kIdTypeResident) : r.id_type; }

}  // namespace

std::vector<RosterProblem> roster_duplicates_elsewhere(Db& db, const Config& config, int64_t year_id,
                                                       int64_t product_id, int64_t school_id,
                                                       const std::vector<RosterRow>& rows) {
  std::unordered_map<std::string, std::vector<size_t>> by_hmac;
  std::vector<Param> list;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].id_number.empty()) continue;
    std::string h = pii_hmac(config, id_type_of(rows[i]), rows[i].id_number);
    auto& idx = by_hmac[h];
    if (idx.empty()) list.emplace_back(h);
    idx.push_back(i);
  }
  if (list.empty()) return {};
  Rows found = db.query_in(
      "SELECT r.id_hmac AS h, s.name AS school FROM roster_rows r"
      " JOIN enrollments e ON e.id = r.enrollment_id JOIN schools s ON s.id = e.school_id"
      " WHERE r.year_id = ? AND r.product_id = ? AND e.school_id <> ? AND r.id_hmac",
      "", {year_id, product_id, school_id}, list, kLookupBatch);
  std::vector<std::pair<size_t, std::string>> hits;  // row index, school name
  for (const Row& f : found) {
    auto it = by_hmac.find(f.str("h"));
    if (it == by_hmac.end()) continue;
    for (size_t i : it->second) hits.emplace_back(i, f.str("school"));
    by_hmac.erase(it);  // one school named per ID is enough
  }
  std::sort(hits.begin(), hits.end());
  std::vector<RosterProblem> problems;
  for (const auto& [i, school] : hits)
    problems.push_back({rows[i].row_no, "证件号码", rows[i].id_number,
                        "本学年该险种已由其他学校（" + roster_mask_school(school) + "）为此人投保"});
  return problems;
}

size_t roster_store(Db& db, const Config& config, int64_t enrollment_id, int64_t year_id, int64_t product_id,
                    const std::vector<RosterRow>& rows) {
  if (!db.in_transaction()) throw std::logic_error("roster_store outside a transaction");
  // Only an enrollment that has rows gets the DELETE: a DELETE that finds nothing takes a
  // next-key lock on the gap where the rows would go (for a new enrollment the end of the
  // index, shared by every first submission), and concurrent submissions then deadlock on
  // their INSERTs (t/drills/db-kill.sh: 2 of 16 concurrent uploads failed after 3 reruns).
  // The plain read suffices: every writer of an enrollment's rows holds its school's row lock
  // (CoverageChange), and the primary key refuses a row stored twice.
  if (db.query_one("SELECT row_no FROM roster_rows WHERE enrollment_id = ? LIMIT 1", {enrollment_id}))
    db.exec("DELETE FROM roster_rows WHERE enrollment_id = ?", {enrollment_id});
  static const char insert[] =
      "INSERT INTO roster_rows (enrollment_id, row_no, year_id, product_id, name, sex, id_type, id_hmac,"
      " id_enc, id_masked, grade, class_name, position, major, internship_unit, note) VALUES";
  constexpr size_t kColumns = 16;
  std::vector<Param> values;
  values.reserve(kStoreBatch * kColumns);
  size_t stored = 0;
  for (size_t first = 0; first < rows.size(); first += kStoreBatch) {
    values.clear();
    size_t end = std::min(rows.size(), first + kStoreBatch);
    for (size_t i = first; i < end; ++i) {
      const RosterRow& r = rows[i];
      bool has_id = !r.id_number.empty();
      values.emplace_back(enrollment_id);
      values.emplace_back(static_cast<int64_t>(i + 1));
      values.emplace_back(year_id);
      values.emplace_back(product_id);
      values.emplace_back(r.name);
      values.emplace_back(r.sex);
      std::string type = id_type_of(r);
      values.emplace_back(type);
      values.push_back(has_id ? Param(pii_hmac(config, type, r.id_number)) : Param(Null{}));
      values.push_back(has_id ? Param(pii_encrypt(config, r.id_number)) : Param(Null{}));
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
