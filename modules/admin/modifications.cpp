// admin/modifications.cpp - review of 申请修改 applications (see admin/modifications.h).
#include "admin/modifications.h"

#include "admin/review.h"

#include <ctemplate/template.h>

#include "application.h"
#include "audit.h"
#include "context.h"
#include "coverage.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "modification.h"
#include "page.h"
#include "roster.h"
#include "sms.h"

namespace {

const char* const kWhat = "投保数据修改";
constexpr size_t kListedPeople = 200;
const ReviewQueue kQueue{"修改审核", "/school/admin/modifications", "admin/modifications.tpl",
                         "/school/admin/modification", "admin/modification.tpl", "该申请不存在。",
                         "已通过该申请，投保数据已更新，原数据已存入历史版本，结果已通过短信告知学校。",
                         "已驳回该申请，投保数据保持不变，驳回原因已通过短信告知学校。"};

// The application with its school, enrollment, product and new roster file, or nullopt.
std::optional<Row> load_modification(Db& db, int64_t id, bool for_update) {
  std::string sql =
      "SELECT a.id, a.status, a.reason, a.decision_reason, a.school_id, a.enrollment_id,"
      " JSON_VALUE(a.payload, '$.declared_count') AS new_declared, JSON_VALUE(a.payload, '$.company_id') AS new_company_id,"
      " JSON_VALUE(a.payload, '$.roster_file_id') AS new_file_id, JSON_VALUE(a.payload, '$.roster_rows') AS new_rows,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " DATE_FORMAT(a.decided_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS decided, d.display_name AS decided_by,"
      " s.name, s.contact_name, s.contact_mobile, s.contact_mobile_enc,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " e.year_id, e.product_id, e.seq, y.label AS year_label, p.name AS product_name, nf.sha256 AS new_sha256"
      " FROM applications a JOIN schools s ON s.id = a.school_id JOIN enrollments e ON e.id = a.enrollment_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " JOIN academic_years y ON y.id = e.year_id JOIN products p ON p.id = e.product_id"
      " LEFT JOIN files nf ON nf.id = JSON_VALUE(a.payload, '$.roster_file_id')"
      " LEFT JOIN accounts d ON d.id = a.decided_by"
      " WHERE a.id = ? AND a.kind = 'modification'";
  if (for_update) sql += " FOR UPDATE";
  return db.query_one(sql, {id});
}

// "三年级 1班" / "教师" / "护理 · 某医院": what else a roster row says about the person.
std::string person_details(const RosterRow& r) {
  std::string out;
  for (const std::string* v : {&r.grade, &r.class_name, &r.position, &r.major, &r.internship_unit, &r.note})
    if (!v->empty()) out += (out.empty() ? "" : " ") + *v;
  return out;
}

void fill_people(ctemplate::TemplateDictionary& d, const char* section, const std::vector<RosterRow>& people) {
  auto* s = d.AddSectionDictionary(section);
  set_value(*s, "COUNT", std::to_string(people.size()));
  auto* list = people.empty() ? nullptr : s->AddSectionDictionary("LIST");
  for (size_t i = 0; i < people.size() && i < kListedPeople; ++i) {
    auto* row = list->AddSectionDictionary("PERSON");
    set_value(*row, "NAME", people[i].name);
    set_value(*row, "SEX", people[i].sex);
    set_value(*row, "ID_TYPE", people[i].id_type);
    set_value(*row, "ID_MASKED", people[i].id_number.empty() ? std::string("—") : roster_mask_id(people[i].id_number));
    set_value(*row, "DETAILS", person_details(people[i]));
  }
  if (people.size() > kListedPeople)
    set_value(*s->AddSectionDictionary("MORE"), "N", std::to_string(people.size() - kListedPeople));
}

void fill_diff(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& a) {
  auto* diff = d.AddSectionDictionary("DIFF");
  std::vector<RosterRow> after;
  try {
    after = modification_roster_rows(ctx.config, a.str("new_sha256"), a.i64("product_id"));
  } catch (const std::exception& e) {
    set_value(*diff->AddSectionDictionary("DIFF_ERROR"), "MESSAGE", "新花名册无法读取，请驳回该申请。");
    return;
  }
  RosterDiff rd = roster_diff(roster_load(ctx.db, ctx.config, a.i64("enrollment_id")), after);
  set_value(*diff, "UNCHANGED", std::to_string(rd.unchanged));
  fill_people(*diff, "ADDED", rd.added);
  fill_people(*diff, "REMOVED", rd.removed);
  auto* changed = diff->AddSectionDictionary("CHANGED");
  set_value(*changed, "COUNT", std::to_string(rd.changed.size()));
  auto* list = rd.changed.empty() ? nullptr : changed->AddSectionDictionary("LIST");
  for (size_t i = 0; i < rd.changed.size() && i < kListedPeople; ++i) {
    const auto& [before, now] = rd.changed[i];
    auto* row = list->AddSectionDictionary("PERSON");
    set_value(*row, "ID_MASKED", now.id_number.empty() ? std::string("—") : roster_mask_id(now.id_number));
    set_value(*row, "OLD", before.name + " " + before.sex + " " + person_details(before));
    set_value(*row, "NEW", now.name + " " + now.sex + " " + person_details(now));
  }
  if (rd.changed.size() > kListedPeople)
    set_value(*changed->AddSectionDictionary("MORE"), "N", std::to_string(rd.changed.size() - kListedPeople));
}

void render_detail(Ctx& ctx, int64_t id, const DecisionForm& f) {
  review_detail_page(ctx, kQueue, id, load_modification(ctx.db, id, false), f,
                     [&](ctemplate::TemplateDictionary& d, const Row& a) {
                       set_value(d, "YEAR_LABEL", a.str("year_label"));
                       set_value(d, "PRODUCT_NAME",
                                 a.str("product_name") + (a.i64("seq") > 1 ? "（第" + a.str("seq") + "条）" : ""));
                       set_value(d, "REASON_TEXT", a.str("reason"));
                       if (a.str("status") != "pending") {
                         set_value(d, "SUMMARY", modification_summary(ctx.db, id));
                         return;
                       }
                       auto* changes = d.AddSectionDictionary("CHANGES");
                       for (const ModificationChange& c : modification_changes(ctx.db, id)) {
                         auto* row = changes->AddSectionDictionary("CHANGE");
                         set_value(*row, "FIELD", c.field);
                         set_value(*row, "OLD", c.old_value);
                         set_value(*row, "NEW", c.changed ? c.new_value : "不变");
                         if (c.changed) row->ShowSection("CHANGED");
                       }
                       if (!a.is_null("new_sha256")) fill_diff(ctx, d, a);
                     });
}

// Approve and reject: the school is told by SMS (what = 投保数据修改).
SmsReview sms_review(Ctx& ctx, int64_t id) {
  return {[&ctx, id] { return load_modification(ctx.db, id, true); }, [](const Row&) { return std::string(kWhat); },
          [&ctx, id](const DecisionForm& f) { render_detail(ctx, id, f); }};
}

// Applies an approved modification inside the transaction; returns "" or why it cannot be.
std::string apply_modification(Ctx& ctx, const Row& a, const std::vector<RosterRow>* rows, std::string& detail) {
  const int64_t eid = a.i64("enrollment_id"), year_id = a.i64("year_id"), product_id = a.i64("product_id");
  CoverageChange coverage(ctx.db, a.i64("school_id"), year_id, product_id);
  auto e = ctx.db.query_one(
      "SELECT status, company_id, declared_count, stored_count, roster_file_id, version FROM enrollments"
      " WHERE id = ? FOR UPDATE",
      {eid});
  if (!e || e->str("status") != "modifying") return "该投保数据当前不在修改中，无法应用此申请，请驳回。";
  const int64_t company_id = std::stoll(a.str("new_company_id"));
  if (!ctx.db.query_one("SELECT id FROM insurance_companies WHERE id = ? AND status = 'active'", {company_id}))
    return "申请的投保公司已停用，无法通过，请驳回并请学校重新选择。";
  int64_t stored = e->i64("stored_count");
  if (rows) {
    std::vector<RosterProblem> dups =
        roster_duplicates_elsewhere(ctx.db, ctx.config, year_id, product_id, a.i64("school_id"), *rows);
    if (!dups.empty())
      return "新花名册中有 " + std::to_string(dups.size()) + " 人在学校提交申请后已由其他学校投保（第 " +
             std::to_string(dups.front().row) + " 行：" + dups.front().reason + "），无法通过，请驳回并请学校核实。";
    stored = static_cast<int64_t>(roster_store(ctx.db, ctx.config, eid, year_id, product_id, *rows));
  }
  const int64_t declared = std::stoll(a.str("new_declared"));
  if (declared != stored) return "申请的人数与花名册人数不一致，无法通过，请驳回。";
  ctx.db.exec(
      "INSERT INTO enrollment_versions (enrollment_id, version, company_id, declared_count, stored_count, roster_file_id,"
      " submitted_at, application_id)"
      " SELECT id, version, company_id, declared_count, stored_count, roster_file_id, submitted_at, ? FROM enrollments"
      " WHERE id = ?",
      {a.i64("id"), eid});
  // Back to 已承保 when the enrollment has a policy (also a 批单 uploaded while pending), else 已提交.
  ctx.db.exec(
      "UPDATE enrollments SET company_id = ?, declared_count = ?, stored_count = ?,"
      " roster_file_id = COALESCE(?, roster_file_id), version = version + 1,"
      " status = IF(EXISTS (SELECT 1 FROM policies p WHERE p.enrollment_id = enrollments.id), 'insured', 'submitted'),"
      " updated_at = UTC_TIMESTAMP() WHERE id = ?",
      {company_id, declared, stored, rows ? Param(std::stoll(a.str("new_file_id"))) : Param(Null{}), eid});
  coverage.commit();
  detail = "enrollment=" + std::to_string(eid) + " version=" + e->str("version") + "->" +
           std::to_string(e->i64("version") + 1) + " count=" + e->str("declared_count") + "->" +
           std::to_string(declared) + " company=" + e->str("company_id") + "->" + std::to_string(company_id) +
           (rows ? " roster_file=" + a.str("new_file_id") : "");
  return "";
}

}  // namespace

void admin_modifications(Ctx& ctx) {
  review_list_page(
      ctx, kQueue, "SELECT COUNT(*) AS n FROM applications WHERE kind = 'modification' AND status = 'pending'",
      "SELECT a.id, a.reason, s.name, p.name AS product_name, e.seq,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted"
      " FROM applications a JOIN schools s ON s.id = a.school_id JOIN enrollments e ON e.id = a.enrollment_id"
      " JOIN products p ON p.id = e.product_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE a.kind = 'modification' AND a.status = 'pending'"
      " ORDER BY a.created_at, a.id LIMIT ? OFFSET ?",
      [&](ctemplate::TemplateDictionary& row, const Row& r) {
        set_value(row, "PRODUCT", r.str("product_name") + (r.i64("seq") > 1 ? "（第" + r.str("seq") + "条）" : ""));
        set_value(row, "SUMMARY", modification_summary(ctx.db, r.i64("id")));
        set_value(row, "REASON", r.str("reason"));
      });
}

void admin_modification(Ctx& ctx) {
  render_detail(ctx, param_id(ctx.req, "id"), review_detail_form(ctx, kQueue));
}

void admin_modification_approve(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  // The new roster is read before the transaction (no lock held while parsing); the
  // transaction checks it is still the application's file.
  auto before = load_modification(ctx.db, id, false);
  std::optional<std::vector<RosterRow>> rows;
  std::string read_error;
  if (before && before->str("status") == "pending" && !before->is_null("new_sha256")) {
    try {
      rows = modification_roster_rows(ctx.config, before->str("new_sha256"), before->i64("product_id"));
    } catch (const std::exception& e) {
      read_error = "新花名册无法读取，请驳回该申请。";
    }
  }
  review_approve(ctx, kQueue, id, sms_review(ctx, id), [&](const Row& a, std::string& detail) {
    if (!read_error.empty()) return read_error;
    if (!before || a.str("new_file_id") != before->str("new_file_id")) return std::string(kApplicationAlreadyDecided);
    std::string error = apply_modification(ctx, a, rows ? &*rows : nullptr, detail);
    if (error.empty()) detail = "modification " + detail;
    return error;
  });
}

void admin_modification_reject(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  review_reject(ctx, kQueue, id, sms_review(ctx, id), [&](const Row& a) {
    ctx.db.exec("UPDATE enrollments SET"
                " status = IF(EXISTS (SELECT 1 FROM policies p WHERE p.enrollment_id = enrollments.id), 'insured', 'submitted'),"
                " updated_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'modifying'",
                {a.i64("enrollment_id")});
    return "modification enrollment=" + a.str("enrollment_id");
  });
}
