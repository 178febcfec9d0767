// modification.cpp - old → new view of a 申请修改 application (see modification.h).
#include "modification.h"

#include "db.h"
#include "files.h"
#include "sheet.h"

namespace {

std::optional<Row> load(Db& db, int64_t application_id) {
  return db.query_one(
      "SELECT e.declared_count, e.stored_count, oc.short_name AS old_company, nc.short_name AS new_company,"
      " JSON_VALUE(a.payload, '$.declared_count') AS new_declared,"
      " JSON_VALUE(a.payload, '$.roster_rows') AS new_rows, nf.original_name AS new_roster,"
      " ofl.original_name AS old_roster"
      " FROM applications a JOIN enrollments e ON e.id = a.enrollment_id"
      " LEFT JOIN insurance_companies oc ON oc.id = e.company_id"
      " LEFT JOIN insurance_companies nc ON nc.id = JSON_VALUE(a.payload, '$.company_id')"
      " LEFT JOIN files nf ON nf.id = JSON_VALUE(a.payload, '$.roster_file_id')"
      " LEFT JOIN files ofl ON ofl.id = e.roster_file_id"
      " WHERE a.id = ? AND a.kind = 'modification'",
      {application_id});
}

}  // namespace

std::vector<ModificationChange> modification_changes(Db& db, int64_t application_id) {
  auto r = load(db, application_id);
  if (!r) return {};
  std::vector<ModificationChange> out;
  out.push_back({"参保人数", r->str("declared_count") + " 人", r->str("new_declared") + " 人",
                 r->str("declared_count") != r->str("new_declared")});
  out.push_back({"投保公司", r->str("old_company"), r->str("new_company"), r->str("old_company") != r->str("new_company")});
  bool new_roster = !r->is_null("new_roster");
  out.push_back({"花名册", r->str("old_roster") + "（" + r->str("stored_count") + " 人）",
                 new_roster ? r->str("new_roster") + "（" + r->str("new_rows") + " 人）" : std::string("不变"), new_roster});
  return out;
}

std::string modification_summary(Db& db, int64_t application_id) {
  auto r = load(db, application_id);
  if (!r) return "";
  std::string s = "人数 " + r->str("new_declared") + "，投保公司 " + r->str("new_company");
  s += r->is_null("new_roster") ? "，花名册不变" : "，新花名册 " + r->str("new_rows") + " 人";
  return s;
}

std::vector<RosterRow> modification_roster_rows(const Config& config, const std::string& sha256_hex, int64_t product_id) {
  RosterChecker checker(product_id);
  sheet_read_sandboxed(files_path(config, sha256_hex), SheetLimits{},
                       [&](size_t row_number, const SheetRow& cells) { checker.add(row_number, cells); });
  RosterCheck check = checker.finish();
  if (!check.header_found || !check.problems.empty())
    throw std::runtime_error("stored roster " + sha256_hex + " no longer passes the checks");
  return std::move(check.valid);
}
