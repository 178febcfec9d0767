// admin/extensions.cpp - 截止日期延期 for one school, a whole county/city or an insurance company
// (保单上传 only; see admin/extensions.h). Scope: the whole province (Role::Admin); only allow-listed fields are read.
#include "admin/extensions.h"

#include "audit.h"
#include "context.h"
#include "dates.h"
#include "deadline.h"
#include "form.h"
#include "http_error.h"
#include "page.h"
#include "pager.h"

namespace {

struct Field {
  std::string value, error;
};

// The grant form as typed (kept on errors).
struct GrantForm {
  std::string target = "school";  // school | region | company
  int64_t school_id = 0;          // the chosen school (0 = none)
  Field region_code;              // for target region; optional for target company ("" = all regions)
  int64_t company_id = 0;         // for target company (0 = none chosen)
  std::string company_error;
  std::string kind = "enroll";
  Field extended_to, reason;
  std::string target_error, error;
};

// The school search of the page (GET filters, kept in the choose links).
struct Search {
  std::string q, region;
};

const char* const kFixErrors = "请按提示修改后重新提交。";
const size_t kSearchRows = 20;

struct YearInfo {
  AcademicYear year;
  std::string starts_on, ends_on;
  bool current = false;
};

YearInfo year_from_row(const Row& r) {
  YearInfo y;
  y.year = AcademicYear{r.i64("id"), r.str("label"), r.str("enroll_deadline"), r.str("policy_deadline"),
                        r.str("stats_deadline")};
  y.starts_on = r.str("starts_on");
  y.ends_on = r.str("ends_on");
  y.current = r.i64("is_current") != 0;
  return y;
}

// Every year, newest first.
Rows all_years(Db& db) {
  return db.query(
      "SELECT id, label, is_current, DATE_FORMAT(starts_on, '%Y-%m-%d') AS starts_on,"
      " DATE_FORMAT(ends_on, '%Y-%m-%d') AS ends_on, DATE_FORMAT(enroll_deadline, '%Y-%m-%d') AS enroll_deadline,"
      " DATE_FORMAT(policy_deadline, '%Y-%m-%d') AS policy_deadline,"
      " DATE_FORMAT(stats_deadline, '%Y-%m-%d') AS stats_deadline"
      " FROM academic_years ORDER BY starts_on DESC, id DESC");
}

// The year with id (404 when unknown); id 0: the current year, else the newest; nullopt when none.
std::optional<YearInfo> pick_year(const Rows& years, int64_t id) {
  for (const Row& r : years)
    if (id ? r.i64("id") == id : r.i64("is_current") != 0) return year_from_row(r);
  if (id) throw HttpError(404, "该学年不存在。");
  if (years.empty()) return std::nullopt;
  return year_from_row(years.front());
}

DeadlineKind kind_of(const std::string& name) {
  if (name == "policy") return DeadlineKind::policy;
  if (name == "stats") return DeadlineKind::stats;
  return DeadlineKind::enroll;
}

// "郑州市 / 金水区" or "郑州市 市直" of a school.
std::optional<Row> load_school(Db& db, int64_t id) {
  return db.query_one(
      "SELECT s.id, s.name, IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name))"
      " AS region_path FROM schools s JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE s.id = ?",
      {id});
}

// A city or county, with its text: "郑州市 / 金水区" (county) or "郑州市（全市）" (city).
std::optional<Row> load_region(Db& db, const std::string& code) {
  return db.query_one(
      "SELECT r.code, IF(r.level = 'city', CONCAT(r.name, '（全市）'), CONCAT(p.name, ' / ', r.name)) AS region_path"
      " FROM regions r LEFT JOIN regions p ON p.code = r.parent_code"
      " WHERE r.code = ? AND r.level IN ('city', 'county')",
      {code});
}

// Adds <section> per city (CITY_CODE, CITY_NAME, CITY_SELECTED) with COUNTY (CODE, NAME, SELECTED).
void fill_regions(ctemplate::TemplateDictionary& d, const Rows& regions, const char* section,
                  const std::string& selected) {
  ctemplate::TemplateDictionary* city = nullptr;
  for (const Row& r : regions) {
    if (r.str("level") == "city") {
      city = d.AddSectionDictionary(section);
      set_value(*city, "CITY_CODE", r.str("code"));
      set_value(*city, "CITY_NAME", r.str("name"));
      if (r.str("code") == selected) city->ShowSection("CITY_SELECTED");
    } else if (city) {
      auto* county = city->AddSectionDictionary("COUNTY");
      set_value(*county, "CODE", r.str("code"));
      set_value(*county, "NAME", r.str("name"));
      if (r.str("code") == selected) county->ShowSection("SELECTED");
    }
  }
}

// An insurance company by id: id, short_name; nullopt when unknown.
std::optional<Row> load_company(Db& db, int64_t id) {
  return db.query_one("SELECT id, short_name FROM insurance_companies WHERE id = ?", {id});
}

void fill_error(ctemplate::TemplateDictionary& d, const char* name, const std::string& error) {
  if (error.empty()) return;
  std::string section = std::string(name) + "_ERROR";
  set_value(*d.AddSectionDictionary(section), "MESSAGE", error);
  d.ShowSection(section + "_INVALID");
}

Search read_search(const Request& req) {
  Search s;
  s.q = param_text(req, "q", 100, false);
  s.region = param_text(req, "region", 6, false);
  if (!s.region.empty() && s.region.find_first_not_of("0123456789") != std::string::npos)
    throw HttpError(400, "地区参数不正确。");
  return s;
}

std::string page_url(int64_t year_id, const Search& s, int64_t school_id) {
  QueryParams q{{"year", std::to_string(year_id)}, {"q", s.q}, {"region", s.region}};
  if (school_id) q.emplace_back("school", std::to_string(school_id));
  return url_with_query("/school/admin/extensions", q);
}

void fill_search(Ctx& ctx, ctemplate::TemplateDictionary& d, const YearInfo& y, const Search& s) {
  set_value(d, "Q", s.q);
  if (s.q.empty() && s.region.empty()) return;
  std::string like = like_contains(s.q);
  Rows found = ctx.db.query(
      "SELECT s.id, s.name, IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name))"
      " AS region_path FROM schools s JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " WHERE s.status = 'active' AND (? = '' OR s.name LIKE ?) AND (? = '' OR s.region_code = ? OR s.city_code = ?)"
      " ORDER BY s.region_code, s.name LIMIT ?",
      {s.q, like, s.region, s.region, s.region, static_cast<int64_t>(kSearchRows + 1)});
  auto* result = d.AddSectionDictionary("SEARCHED");
  for (size_t i = 0; i < found.size() && i < kSearchRows; ++i) {
    auto* row = result->AddSectionDictionary("RESULT");
    set_value(*row, "NAME", found[i].str("name"));
    set_value(*row, "REGION", found[i].str("region_path"));
    set_value(*row, "URL", page_url(y.year.id, s, found[i].i64("id")) + "#grant");
  }
  if (found.empty()) result->ShowSection("NO_RESULT");
  if (found.size() > kSearchRows) result->ShowSection("MORE");
}

void fill_extensions(Ctx& ctx, ctemplate::TemplateDictionary& d, const YearInfo& y) {
  Rows rows = ctx.db.query(
      "SELECT e.id, e.deadline, DATE_FORMAT(e.extended_to, '%Y-%m-%d') AS extended_to, e.reason,"
      " DATE_FORMAT(e.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS granted_at,"
      " a.login_name AS granted_by, s.name AS school_name,"
      " IF(s.region_code = s.city_code, CONCAT(sc.name, ' 市直'), CONCAT(sc.name, ' / ', sr.name)) AS school_region,"
      " IF(r.level = 'city', CONCAT(r.name, '（全市）'), CONCAT(rp.name, ' / ', r.name)) AS region_path,"
      " c.short_name AS company"
      " FROM deadline_extensions e JOIN accounts a ON a.id = e.granted_by"
      " LEFT JOIN schools s ON s.id = e.school_id LEFT JOIN regions sr ON sr.code = s.region_code"
      " LEFT JOIN regions sc ON sc.code = s.city_code"
      " LEFT JOIN regions r ON r.code = e.region_code LEFT JOIN regions rp ON rp.code = r.parent_code"
      " LEFT JOIN insurance_companies c ON c.id = e.company_id"
      " WHERE e.year_id = ? ORDER BY e.created_at DESC, e.id DESC",
      {y.year.id});
  for (const Row& e : rows) {
    auto* row = d.AddSectionDictionary("EXTENSION");
    set_value(*row, "ID", e.str("id"));
    DeadlineKind kind = kind_of(e.str("deadline"));
    set_value(*row, "KIND", deadline_kind_label(kind));
    set_value(*row, "YEAR_DATE", year_deadline(y.year, kind));
    set_value(*row, "EXTENDED_TO", e.str("extended_to"));
    set_value(*row, "REASON", e.str("reason"));
    set_value(*row, "GRANTED_BY", e.str("granted_by"));
    set_value(*row, "GRANTED_AT", e.str("granted_at"));
    if (!e.str("school_name").empty()) {
      auto* t = row->AddSectionDictionary("FOR_SCHOOL");
      set_value(*t, "NAME", e.str("school_name"));
      set_value(*t, "REGION", e.str("school_region"));
    } else if (!e.str("company").empty()) {
      auto* c = row->AddSectionDictionary("FOR_COMPANY");
      set_value(*c, "NAME", e.str("company"));
      set_value(*c, "REGION", e.str("region_path").empty() ? "全省" : e.str("region_path"));
    } else {
      set_value(*row->AddSectionDictionary("FOR_REGION"), "REGION", e.str("region_path"));
    }
  }
  if (rows.empty()) d.ShowSection("NO_EXTENSION");
}

void fill_grant_form(Ctx& ctx, ctemplate::TemplateDictionary& d, const GrantForm& f, const Rows& regions) {
  auto* g = d.AddSectionDictionary("GRANT");
  std::optional<Row> school;
  if (f.school_id) school = load_school(ctx.db, f.school_id);
  if (school) {
    auto* s = g->AddSectionDictionary("SCHOOL_CHOSEN");
    set_value(*s, "SCHOOL_ID", school->str("id"));
    set_value(*s, "SCHOOL_NAME", school->str("name"));
    set_value(*s, "SCHOOL_REGION", school->str("region_path"));
  } else {
    g->ShowSection("NO_SCHOOL");
  }
  g->ShowSection(f.target == "region" ? "TARGET_REGION" : f.target == "company" ? "TARGET_COMPANY" : "TARGET_SCHOOL");
  for (const Row& c : ctx.db.query("SELECT id, short_name FROM insurance_companies ORDER BY status = 'active' DESC, id")) {
    auto* o = g->AddSectionDictionary("COMPANY_OPTION");
    set_value(*o, "ID", c.str("id"));
    set_value(*o, "NAME", c.str("short_name"));
    if (c.i64("id") == f.company_id) o->ShowSection("SELECTED");
  }
  fill_error(*g, "COMPANY", f.company_error);
  fill_regions(*g, regions, "TARGET_CITY", f.region_code.value);
  fill_error(*g, "REGION_CODE", f.region_code.error);
  g->ShowSection("KIND_" + f.kind);
  set_value(*g, "EXTENDED_TO", f.extended_to.value);
  fill_error(*g, "EXTENDED_TO", f.extended_to.error);
  set_value(*g, "REASON", f.reason.value);
  fill_error(*g, "REASON", f.reason.error);
  if (!f.target_error.empty()) set_value(*g->AddSectionDictionary("TARGET_ERROR"), "MESSAGE", f.target_error);
  if (!f.error.empty()) set_value(*g->AddSectionDictionary("ERROR"), "MESSAGE", f.error);
}

const char* notice_for(const Request& req) {
  const std::string* done = req.param("done");
  if (!done) return "";
  if (*done == "granted") return "延期已生效，相关学校或保险公司按新的截止日期办理。";
  if (*done == "revoked") return "延期已撤销，相关学校恢复按学年截止日期办理。";
  return "";
}

void render(Ctx& ctx, int64_t year_id, const Search& search, const GrantForm& form) {
  Rows years = all_years(ctx.db);
  std::optional<YearInfo> y = pick_year(years, year_id);
  Page page(ctx, "截止日期延期", "admin/extensions.tpl");
  auto& d = page.body();
  if (*notice_for(ctx.req)) page.notice(notice_for(ctx.req));
  if (!y) {
    d.ShowSection("NO_YEAR");
    page.render();
    return;
  }
  auto* chosen = d.AddSectionDictionary("HAS_YEAR");
  for (const Row& r : years) {
    auto* o = chosen->AddSectionDictionary("YEAR_OPTION");
    set_value(*o, "ID", r.str("id"));
    set_value(*o, "LABEL", r.str("label"));
    if (r.i64("id") == y->year.id) o->ShowSection("SELECTED");
    if (r.i64("is_current")) o->ShowSection("CURRENT");
  }
  set_value(*chosen, "YEAR_ID", std::to_string(y->year.id));
  set_value(*chosen, "YEAR_LABEL", y->year.label);
  set_value(*chosen, "STARTS_ON", y->starts_on);
  set_value(*chosen, "ENDS_ON", y->ends_on);
  set_value(*chosen, "ENROLL_DEADLINE", y->year.enroll_deadline);
  set_value(*chosen, "POLICY_DEADLINE", y->year.policy_deadline);
  set_value(*chosen, "STATS_DEADLINE", y->year.stats_deadline);
  if (y->current) chosen->ShowSection("IS_CURRENT");
  fill_extensions(ctx, *chosen, *y);
  Rows regions = ctx.db.query(
      "SELECT code, name, level FROM regions WHERE level IN ('city', 'county')"
      " ORDER BY IF(level = 'city', code, parent_code), level = 'county', code");
  fill_regions(*chosen, regions, "SEARCH_CITY", search.region);
  fill_search(ctx, *chosen, *y, search);
  fill_grant_form(ctx, *chosen, form, regions);
  page.render();
}

// "school=1 郑州市金水区文化路第一小学" / "region=410105 郑州市 / 金水区" / "company=2 平安财险 region=410100
// 郑州市（全市）" (or "全省"): the target for audit details.
std::string target_text(const GrantForm& f, const std::string& name) {
  if (f.target == "school") return "school=" + std::to_string(f.school_id) + " " + name;
  if (f.target == "company")
    return "company=" + std::to_string(f.company_id) + " " + name +
           (f.region_code.value.empty() ? std::string(" 全省") : " region=" + f.region_code.value);
  return "region=" + f.region_code.value + " " + name;
}

}  // namespace

void admin_extensions(Ctx& ctx) {
  int64_t year_id = ctx.req.param("year") && !ctx.req.param("year")->empty() ? param_id(ctx.req, "year") : 0;
  Search search = read_search(ctx.req);
  GrantForm form;
  if (ctx.req.param("school") && !ctx.req.param("school")->empty()) {
    form.school_id = param_id(ctx.req, "school");
    if (!load_school(ctx.db, form.school_id)) throw HttpError(404, "该学校不存在。");
  }
  render(ctx, year_id, search, form);
}

void admin_extension_grant(Ctx& ctx) {
  int64_t year_id = param_id(ctx.req, "year");
  std::optional<YearInfo> y = pick_year(all_years(ctx.db), year_id);
  GrantForm f;
  f.target = param_enum(ctx.req, "target", {"school", "region", "company"});
  f.kind = param_enum(ctx.req, "deadline", {"enroll", "policy", "stats"});
  if (ctx.req.param("school") && !ctx.req.param("school")->empty()) f.school_id = param_id(ctx.req, "school");
  if (ctx.req.param("company_id") && !ctx.req.param("company_id")->empty()) f.company_id = param_id(ctx.req, "company_id");
  f.region_code.value = param_text(ctx.req, "region_code", 6, false);
  f.extended_to.value = param_text(ctx.req, "extended_to", 40, false);
  f.reason.value = param_text(ctx.req, "reason", 1000, false);

  std::string target_name;
  if (f.target == "school") {
    if (!f.school_id) {
      f.target_error = "请先在上方查找并选择学校，或选择“整个县区”。";
    } else {
      auto school = load_school(ctx.db, f.school_id);
      if (!school) throw HttpError(404, "该学校不存在。");
      target_name = school->str("name");
    }
  } else if (f.target == "region") {
    auto region = f.region_code.value.empty() ? std::nullopt : load_region(ctx.db, f.region_code.value);
    if (!region) f.region_code.error = "请选择县区或地市。";
    else target_name = region->str("region_path");
  } else {
    auto company = f.company_id ? load_company(ctx.db, f.company_id) : std::nullopt;
    if (!company) f.company_error = "请选择保险公司。";
    else target_name = company->str("short_name");
    if (!f.region_code.value.empty()) {
      auto region = load_region(ctx.db, f.region_code.value);
      if (!region) f.region_code.error = "请选择县区或地市，或留空（全省）。";
      else target_name += " " + region->str("region_path");
    }
    if (f.kind != "policy") f.target_error = "为保险公司延期时，延期事项只能是“保单上传”。";
  }
  DeadlineKind kind = kind_of(f.kind);
  const std::string& year_date = year_deadline(y->year, kind);
  if (f.extended_to.value.empty()) f.extended_to.error = "请填写延期后的截止日期。";
  else if (!valid_date(f.extended_to.value)) f.extended_to.error = "请填写正确的日期，格式如 2026-10-15。";
  else if (f.extended_to.value <= year_date)
    f.extended_to.error = "延期后的截止日期须晚于本学年的" + std::string(deadline_kind_label(kind)) + "截止日期（" +
                          year_date + "）。";
  else if (f.extended_to.value < today_cn())
    f.extended_to.error = "延期后的截止日期不能早于今天（" + today_cn() + "）。";
  else if (f.extended_to.value > y->ends_on)
    f.extended_to.error = "延期后的截止日期须在保险期间内（" + y->starts_on + " 至 " + y->ends_on + "）。";
  if (f.reason.value.empty()) f.reason.error = "请填写延期原因。";
  else if (utf8_length(f.reason.value) > 200) f.reason.error = "延期原因不能超过 200 个字。";

  bool ok = f.target_error.empty() && f.region_code.error.empty() && f.company_error.empty() &&
            f.extended_to.error.empty() && f.reason.error.empty();
  if (!ok) {
    f.error = kFixErrors;
    render(ctx, year_id, Search{}, f);
    return;
  }
  Param school = f.target == "school" ? Param{f.school_id} : Param{Null{}};
  Param region = f.target != "school" && !f.region_code.value.empty() ? Param{f.region_code.value} : Param{Null{}};
  Param company = f.target == "company" ? Param{f.company_id} : Param{Null{}};
  ctx.db.transaction([&] {
    // The target's previous extension of this kind and year (same school, region and company,
    // NULL matching NULL), replaced by the new one.
    Rows old = ctx.db.query(
        "SELECT id, DATE_FORMAT(extended_to, '%Y-%m-%d') AS extended_to FROM deadline_extensions"
        " WHERE year_id = ? AND deadline = ? AND school_id <=> ? AND region_code <=> ? AND company_id <=> ?"
        " FOR UPDATE",
        {year_id, f.kind, school, region, company});
    std::string replaced;
    for (const Row& o : old) {
      ctx.db.exec("DELETE FROM deadline_extensions WHERE id = ?", {o.i64("id")});
      replaced += " replaces #" + o.str("id") + " (" + o.str("extended_to") + ")";
    }
    ctx.db.exec(
        "INSERT INTO deadline_extensions (year_id, deadline, school_id, region_code, company_id, extended_to, reason,"
        " granted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {year_id, f.kind, school, region, company, f.extended_to.value, f.reason.value, ctx.account().id});
    int64_t id = static_cast<int64_t>(ctx.db.last_insert_id());
    audit(ctx, "deadline_extended", "deadline_extension", std::to_string(id),
          y->year.label + " " + f.kind + " " + target_text(f, target_name) + " " + year_date + " -> " +
              f.extended_to.value + replaced + " 原因：" + f.reason.value);
  });
  ctx.res.redirect("/school/admin/extensions?year=" + std::to_string(year_id) + "&done=granted", true);
}

void admin_extension_revoke(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  auto e = ctx.db.query_one(
      "SELECT e.id, e.year_id, e.deadline, DATE_FORMAT(e.extended_to, '%Y-%m-%d') AS extended_to, e.reason,"
      " e.school_id, e.region_code, e.company_id, y.label"
      " FROM deadline_extensions e JOIN academic_years y ON y.id = e.year_id WHERE e.id = ?",
      {id});
  if (!e) throw HttpError(404, "该延期记录不存在或已撤销。");
  std::string target = !e->is_null("school_id")    ? "school=" + e->str("school_id")
                       : !e->is_null("company_id") ? "company=" + e->str("company_id")
                                                   : "region=" + e->str("region_code");
  ctx.db.transaction([&] {
    if (ctx.db.exec("DELETE FROM deadline_extensions WHERE id = ?", {id}) == 0)
      throw HttpError(404, "该延期记录不存在或已撤销。");
    audit(ctx, "deadline_extension_revoked", "deadline_extension", std::to_string(id),
          e->str("label") + " " + e->str("deadline") + " " + target + " " + e->str("extended_to") + " 原因：" +
              e->str("reason"));
  });
  ctx.res.redirect("/school/admin/extensions?year=" + e->str("year_id") + "&done=revoked", true);
}
