// admin/school_import_rules.cpp - checks and creation of one imported school (see
// admin/school_import_rules.h). Prepared statements only; the region must be the city itself
// (市直) or one of its counties.
#include "admin/school_import_rules.h"

#include "db.h"
#include "form.h"
#include "pii.h"

namespace {

bool six_digits(const std::string& s) { return s.size() == 6 && s.find_first_not_of("0123456789") == std::string::npos; }

// The city of the 所属市 cell: name, name without 市, or code; "" when unknown.
std::string city_code_of(Db& db, const std::string& city) {
  auto r = db.query_one("SELECT code FROM regions WHERE level = 'city' AND (code = ? OR name = ? OR name = CONCAT(?, '市'))",
                        {city, city, city});
  return r ? r->str("code") : "";
}

std::string status_label(const std::string& status) {
  if (status == "pending") return "待审核";
  if (status == "rejected") return "已驳回";
  if (status == "cancelled") return "已注销";
  return "未开通账号";
}

void resolve_region(Db& db, SchoolImportRow& r) {
  if (six_digits(r.county)) {
    auto reg = db.query_one("SELECT code, level, parent_code FROM regions WHERE code = ? AND level IN ('city', 'county')",
                            {r.county});
    if (!reg) {
      r.errors.push_back("县区代码 " + r.county + " 不存在。");
      return;
    }
    std::string city = reg->str("level") == "city" ? reg->str("code") : reg->str("parent_code");
    if (!r.city.empty() && city_code_of(db, r.city) != city) {
      r.errors.push_back("县区代码 " + r.county + " 不属于" + r.city + "。");
      return;
    }
    r.region_code = reg->str("code");
    r.city_code = city;
    return;
  }
  if (r.city.empty()) {
    r.errors.push_back("请填写所属市。");
    return;
  }
  r.city_code = city_code_of(db, r.city);
  if (r.city_code.empty()) {
    r.errors.push_back("所属市“" + r.city + "”不是河南省的市。");
    return;
  }
  if (r.county.empty()) {
    r.errors.push_back("请填写所属县区（市直学校填“市直”）。");
  } else if (r.county == "市直") {
    r.region_code = r.city_code;
  } else if (auto c = db.query_one("SELECT code FROM regions WHERE parent_code = ? AND level = 'county' AND name = ?",
                                   {r.city_code, r.county})) {
    r.region_code = c->str("code");
  } else {
    r.errors.push_back("所属县区“" + r.county + "”不在" + r.city + "。");
  }
}

}  // namespace

void school_import_check(Db& db, SchoolImportRow& r) {
  if (r.name.empty()) r.errors.push_back("请填写学校名称。");
  else if (utf8_length(r.name) > 100 || !check_utf8_text(r.name)) r.errors.push_back("学校名称不能超过 100 个字。");
  resolve_region(db, r);
  if (r.type.empty() || !db.query_one("SELECT name FROM school_types WHERE name = ?", {r.type}))
    r.errors.push_back("学校类型“" + r.type + "”无效，请按模板填写（如 小学、初中）。");
  if (r.nature != "公办" && r.nature != "民办") r.errors.push_back("办学性质应为“公办”或“民办”。");
  if (r.contact_name.empty()) r.errors.push_back("请填写联系人。");
  else if (utf8_length(r.contact_name) > 50 || !check_utf8_text(r.contact_name)) r.errors.push_back("联系人不能超过 50 个字。");
  if (!check_mobile(r.contact_mobile)) r.errors.push_back("联系人手机应为 11 位手机号码。");
  r.login_name = r.login.empty() ? r.name : r.login;
  if (!r.login.empty() && (utf8_length(r.login) > 100 || !check_utf8_text(r.login) ||
                           r.login.find(' ') != std::string::npos))
    r.errors.push_back("登录账号不能含空格，且不能超过 100 个字。");
  if (r.region_code.empty() || r.name.empty()) return;

  // The same school (name and region) already here: 已存在 when active with its account.
  if (auto s = db.query_one("SELECT s.id, s.status, a.login_name FROM schools s"
                            " LEFT JOIN accounts a ON a.kind = 'school' AND a.school_id = s.id"
                            " WHERE s.region_code = ? AND s.name = ?",
                            {r.region_code, r.name})) {
    if (s->str("status") == "active" && !s->str("login_name").empty()) r.exists = true;
    else r.errors.push_back("该学校已有注册记录（" + status_label(s->str("status")) + "），请在注册审核或账号管理中处理。");
    return;
  }
  if (db.query_one("SELECT id FROM accounts WHERE kind = 'school' AND login_name = ?", {r.login_name}))
    r.errors.push_back("登录账号“" + r.login_name + "”已被其他学校使用，请填写能区分的登录账号。");
  if (!r.center.empty()) {
    auto c = db.query_one("SELECT id FROM schools WHERE region_code = ? AND name = ? AND is_center = 1 AND status = 'active'",
                          {r.region_code, r.center});
    if (c) r.center_id = c->i64("id");
    else r.errors.push_back("中心校“" + r.center + "”不是本县区已开通的中心校。");
  }
}

int64_t school_import_create(Db& db, const Config& config, const SchoolImportRow& r, const OneTimePassword& password) {
  SealedMobile m = pii_seal_mobile(config, r.contact_mobile);
  db.exec("INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile,"
          " contact_mobile_enc, contact_mobile_hmac, center_school_id, status, approved_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0), 'active', UTC_TIMESTAMP())",
          {r.name, r.region_code, r.city_code, r.type, r.nature, r.contact_name, m.masked, m.enc, m.hmac, r.center_id});
  int64_t school_id = static_cast<int64_t>(db.last_insert_id());
  NewAccount a;
  a.kind = "school";
  a.login_name = r.login_name;
  a.display_name = r.name;
  a.mobile = r.contact_mobile;
  a.school_id = school_id;
  account_issue(db, config, a, password);
  return school_id;
}
