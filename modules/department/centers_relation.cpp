// department/centers_relation.cpp - 中心校 relation rules (see department/centers_relation.h).
// Scope: every school and center is looked up with "region_code LIKE scope".
#include "department/centers_relation.h"

#include <optional>

namespace {

// The school row in scope, locked; nullopt when unknown or out of scope.
std::optional<Row> lock_school(Db& db, const std::string& scope, int64_t id) {
  return db.query_one(
      "SELECT s.id, s.name, s.region_code, s.status, s.is_center, s.center_school_id, c.name AS center_name"
      " FROM schools s LEFT JOIN schools c ON c.id = s.center_school_id"
      " WHERE s.id = ? AND s.region_code LIKE ? FOR UPDATE",
      {id, scope});
}

// Subordinates that keep a center a center (pending or active schools).
int64_t live_subordinates(Db& db, int64_t center_id) {
  return db
      .query_one("SELECT COUNT(*) AS n FROM schools WHERE center_school_id = ? AND status IN ('pending', 'active')",
                 {center_id})
      ->i64("n");
}

}  // namespace

std::string center_mark(Db& db, const std::string& scope, int64_t school_id, bool make, std::string& detail) {
  auto s = lock_school(db, scope, school_id);
  if (!s) return "该学校不存在或不在本辖区内。";
  if (s->str("status") != "active") return "该学校账号不是正常使用状态，不能设置中心校。";
  if (make) {
    if (s->i64("is_center")) return "该学校已是中心校。";
    if (!s->is_null("center_school_id"))
      return "该学校隶属于中心校“" + s->str("center_name") + "”，请先移出中心校后再设置为中心校。";
    db.exec("UPDATE schools SET is_center = 1 WHERE id = ?", {school_id});
    detail = "center_set school=" + std::to_string(school_id) + " " + s->str("name");
    return "";
  }
  if (!s->i64("is_center")) return "该学校不是中心校。";
  if (int64_t n = live_subordinates(db, school_id); n > 0)
    return "该中心校仍有 " + std::to_string(n) +
           " 所所辖学校，请先在“中心校管理”中将其转到其他中心校或移出后，再取消中心校。";
  // Rejected registrations and cancelled schools keep no tie to a school that is no center.
  db.exec("UPDATE schools SET center_school_id = NULL WHERE center_school_id = ?", {school_id});
  db.exec("UPDATE schools SET is_center = 0 WHERE id = ?", {school_id});
  detail = "center_unset school=" + std::to_string(school_id) + " " + s->str("name");
  return "";
}

std::string center_assign(Db& db, const std::string& scope, int64_t school_id, int64_t center_id,
                          std::string& detail) {
  auto s = lock_school(db, scope, school_id);
  if (!s) return "该学校不存在或不在本辖区内。";
  if (s->str("status") != "active") return "该学校账号不是正常使用状态，不能加入中心校。";
  if (s->i64("is_center")) return "该学校是中心校，中心校不能加入其他中心校。";
  if (center_id == school_id) return "学校不能加入自身。";
  auto c = db.query_one(
      "SELECT id, name FROM schools WHERE id = ? AND region_code LIKE ? AND region_code = ?"
      " AND is_center = 1 AND status = 'active' FOR UPDATE",
      {center_id, scope, s->str("region_code")});
  if (!c) return "请选择本县区（本市直）的中心校。";
  if (s->i64("center_school_id") == center_id) return "该学校已属于中心校“" + c->str("name") + "”。";
  db.exec("UPDATE schools SET center_school_id = ? WHERE id = ?", {center_id, school_id});
  detail = "center_assign school=" + std::to_string(school_id) + " center=" +
           (s->is_null("center_school_id") ? std::string("none") : s->str("center_school_id")) + " -> " +
           std::to_string(center_id) + " " + c->str("name");
  return "";
}

std::string center_detach(Db& db, const std::string& scope, int64_t school_id, std::string& detail) {
  auto s = lock_school(db, scope, school_id);
  if (!s) return "该学校不存在或不在本辖区内。";
  if (s->is_null("center_school_id")) return "该学校未加入中心校。";
  db.exec("UPDATE schools SET center_school_id = NULL WHERE id = ?", {school_id});
  detail = "center_detach school=" + std::to_string(school_id) + " center=" + s->str("center_school_id") + " " +
           s->str("center_name");
  return "";
}

Rows center_choices(Db& db, const std::string& region_code, int64_t school_id, int64_t current_center_id) {
  return db.query(
      "SELECT id, name FROM schools WHERE region_code = ? AND is_center = 1 AND status = 'active'"
      " AND id <> ? AND id <> ? ORDER BY name, id",
      {region_code, school_id, current_center_id});
}
