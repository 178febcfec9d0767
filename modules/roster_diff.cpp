// roster_diff.cpp - added / removed / changed people between two rosters (see roster.h).
#include <unordered_map>

#include "roster.h"

namespace {

std::string person_key(const RosterRow& r) {
  if (r.id_number.empty()) return "name\x1f" + r.name + "\x1f" + r.sex;
  return "id\x1f" + r.id_type + "\x1f" + r.id_number;
}

bool same_person_data(const RosterRow& a, const RosterRow& b) {
  return a.name == b.name && a.sex == b.sex && a.grade == b.grade && a.class_name == b.class_name &&
         a.position == b.position && a.major == b.major && a.internship_unit == b.internship_unit && a.note == b.note;
}

}  // namespace

RosterDiff roster_diff(const std::vector<RosterRow>& before, const std::vector<RosterRow>& after) {
  RosterDiff d;
  std::unordered_multimap<std::string, size_t> old_rows;  // key → index in before (unmatched)
  for (size_t i = 0; i < before.size(); ++i) old_rows.emplace(person_key(before[i]), i);
  std::vector<char> matched(before.size(), 0);
  for (const RosterRow& row : after) {
    auto it = old_rows.find(person_key(row));
    if (it == old_rows.end()) {
      d.added.push_back(row);
      continue;
    }
    const RosterRow& old = before[it->second];
    matched[it->second] = 1;
    old_rows.erase(it);
    if (same_person_data(old, row)) ++d.unchanged;
    else d.changed.emplace_back(old, row);
  }
  for (size_t i = 0; i < before.size(); ++i)
    if (!matched[i]) d.removed.push_back(before[i]);
  return d;
}
