// admin/years.cpp - 学年设置: academic years, their deadlines and the current year (see
// admin/years.h). Scope: the whole province (Role::Admin); only the allow-listed fields are read.
#include "admin/years.h"

#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "http_error.h"
#include "page.h"

namespace {

struct Field {
  std::string value, error;
};

// The add form (all fields) and the edit form (the three deadlines only).
struct YearForm {
  Field label, starts_on, ends_on, enroll, policy, stats;
  std::string error;
};

const char* const kFixErrors = "请按提示修改后重新提交。";

void fill_field(ctemplate::TemplateDictionary& d, const char* name, const Field& f) {
  set_value(d, name, f.value);
  if (f.error.empty()) return;
  std::string section = std::string(name) + "_ERROR";
  set_value(*d.AddSectionDictionary(section), "MESSAGE", f.error);
  d.ShowSection(section + "_INVALID");
}

// First year of a label "YYYY-YYYY" of two consecutive years (2000–2199), or 0.
int label_first_year(const std::string& label) {
  if (label.size() != 9 || label[4] != '-') return 0;
  int a = 0, b = 0;
  for (size_t i = 0; i < 9; ++i) {
    if (i == 4) continue;
    if (label[i] < '0' || label[i] > '9') return 0;
    (i < 4 ? a : b) = (i < 4 ? a : b) * 10 + (label[i] - '0');
  }
  if (a < 2000 || a > 2199 || b != a + 1) return 0;
  return a;
}

// The defaults of a year starting in first: period 9/1 – next 8/31, deadlines 9/30, 10/31, 10/31.
YearForm defaults_for(int first) {
  YearForm f;
  std::string y = std::to_string(first), next = std::to_string(first + 1);
  f.label.value = y + "-" + next;
  f.starts_on.value = y + "-09-01";
  f.ends_on.value = next + "-08-31";
  f.enroll.value = y + "-09-30";
  f.policy.value = y + "-10-31";
  f.stats.value = y + "-10-31";
  return f;
}

// The label the add form suggests: the year after the newest one, else this calendar year.
int suggested_first_year(Db& db) {
  auto row = db.query_one("SELECT MAX(YEAR(starts_on)) AS y FROM academic_years");
  int newest = row && !row->is_null("y") ? static_cast<int>(row->i64("y")) : 0;
  if (newest >= 2000 && newest < 2199) return newest + 1;
  std::string today = today_cn();
  return std::stoi(today.substr(0, 4));
}

void check_date(Field& f) {
  if (f.value.empty()) f.error = "请填写日期。";
  else if (!valid_date(f.value)) f.error = "请填写正确的日期，格式如 2026-09-30。";
}

// The three deadlines must be real dates inside [starts_on, ends_on].
void check_deadlines(YearForm& f, const std::string& starts_on, const std::string& ends_on) {
  for (Field* d : {&f.enroll, &f.policy, &f.stats}) {
    check_date(*d);
    if (d->error.empty() && !starts_on.empty() && (d->value < starts_on || d->value > ends_on))
      d->error = "截止日期须在保险期间内（" + starts_on + " 至 " + ends_on + "）。";
  }
}

bool has_errors(const YearForm& f) {
  for (const Field* x : {&f.label, &f.starts_on, &f.ends_on, &f.enroll, &f.policy, &f.stats})
    if (!x->error.empty()) return true;
  return false;
}

std::string read_date(const Request& req, const char* name) { return param_text(req, name, 40, false); }

YearForm read_deadlines(const Request& req) {
  YearForm f;
  f.enroll.value = read_date(req, "enroll_deadline");
  f.policy.value = read_date(req, "policy_deadline");
  f.stats.value = read_date(req, "stats_deadline");
  return f;
}

const char* notice_for(const Request& req) {
  const std::string* done = req.param("done");
  if (!done) return "";
  if (*done == "created") return "学年已添加。如需让学校按该学年投保，请将其设为当前学年。";
  if (*done == "deadlines") return "截止日期已保存。";
  if (*done == "current") return "当前学年已切换，学校、教育部门和承保机构将按该学年办理。";
  return "";
}

std::string year_summary(const Row& y) {
  return y.str("label") + " 保险期间 " + y.str("starts_on") + "~" + y.str("ends_on") + " 投保 " +
         y.str("enroll_deadline") + " 保单 " + y.str("policy_deadline") + " 统计 " + y.str("stats_deadline");
}

// Every year (id 0) or one; each with its count of deadline extensions.
Rows query_years(Db& db, int64_t id) {
  return db.query(
      "SELECT y.id, y.label, y.is_current, DATE_FORMAT(y.starts_on, '%Y-%m-%d') AS starts_on,"
      " DATE_FORMAT(y.ends_on, '%Y-%m-%d') AS ends_on, DATE_FORMAT(y.enroll_deadline, '%Y-%m-%d') AS enroll_deadline,"
      " DATE_FORMAT(y.policy_deadline, '%Y-%m-%d') AS policy_deadline,"
      " DATE_FORMAT(y.stats_deadline, '%Y-%m-%d') AS stats_deadline,"
      " (SELECT COUNT(*) FROM deadline_extensions e WHERE e.year_id = y.id) AS extensions"
      " FROM academic_years y WHERE (? = 0 OR y.id = ?) ORDER BY y.starts_on DESC, y.id DESC",
      {id, id});
}

Row load_year(Ctx& ctx, int64_t id) {
  Rows y = query_years(ctx.db, id);
  if (y.empty()) throw HttpError(404, "该学年不存在。");
  return y.front();
}

void fill_year_values(ctemplate::TemplateDictionary& row, const Row& y) {
  set_value(row, "ID", y.str("id"));
  set_value(row, "LABEL", y.str("label"));
  set_value(row, "STARTS_ON", y.str("starts_on"));
  set_value(row, "ENDS_ON", y.str("ends_on"));
  set_value(row, "ENROLL_DEADLINE", y.str("enroll_deadline"));
  set_value(row, "POLICY_DEADLINE", y.str("policy_deadline"));
  set_value(row, "STATS_DEADLINE", y.str("stats_deadline"));
  set_value(row, "EXTENSIONS", y.str("extensions"));
  set_value(row, "URL", "/school/admin/year?id=" + y.str("id"));
  set_value(row, "EXTENSIONS_URL", "/school/admin/extensions?year=" + y.str("id"));
  if (y.i64("is_current")) row.ShowSection("CURRENT");
  else row.ShowSection("NOT_CURRENT");
}

void render_list(Ctx& ctx, const YearForm* typed) {
  Rows years = query_years(ctx.db, 0);
  Page page(ctx, "学年设置", "admin/years.tpl");
  auto& d = page.body();
  if (*notice_for(ctx.req)) page.notice(notice_for(ctx.req));
  for (const Row& y : years) fill_year_values(*d.AddSectionDictionary("YEAR"), y);
  if (years.empty()) d.ShowSection("EMPTY");
  YearForm f = typed ? *typed : defaults_for(suggested_first_year(ctx.db));
  fill_field(d, "NEW_LABEL", f.label);
  fill_field(d, "NEW_STARTS_ON", f.starts_on);
  fill_field(d, "NEW_ENDS_ON", f.ends_on);
  fill_field(d, "NEW_ENROLL", f.enroll);
  fill_field(d, "NEW_POLICY", f.policy);
  fill_field(d, "NEW_STATS", f.stats);
  if (!f.error.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", f.error);
  page.render();
}

void render_detail(Ctx& ctx, int64_t id, const YearForm* typed) {
  Row y = load_year(ctx, id);
  Page page(ctx, "学年设置", "admin/year.tpl");
  auto& d = page.body();
  if (*notice_for(ctx.req)) page.notice(notice_for(ctx.req));
  fill_year_values(d, y);
  YearForm current;
  current.enroll.value = y.str("enroll_deadline");
  current.policy.value = y.str("policy_deadline");
  current.stats.value = y.str("stats_deadline");
  const YearForm& f = typed ? *typed : current;
  fill_field(d, "ENROLL", f.enroll);
  fill_field(d, "POLICY", f.policy);
  fill_field(d, "STATS", f.stats);
  if (!f.error.empty()) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", f.error);
  page.render();
}

}  // namespace

void admin_years(Ctx& ctx) { render_list(ctx, nullptr); }

void admin_year_create(Ctx& ctx) {
  YearForm f;
  f.label.value = param_text(ctx.req, "label", 40, false);
  f.starts_on.value = read_date(ctx.req, "starts_on");
  f.ends_on.value = read_date(ctx.req, "ends_on");
  YearForm typed_deadlines = read_deadlines(ctx.req);
  f.enroll = typed_deadlines.enroll;
  f.policy = typed_deadlines.policy;
  f.stats = typed_deadlines.stats;

  int first = label_first_year(f.label.value);
  if (first == 0) {
    f.label.error = f.label.value.empty() ? "请填写学年。" : "学年格式为“2026-2027”：前后两个连续的年份。";
  } else {
    // Empty dates take the defaults of the label.
    YearForm def = defaults_for(first);
    if (f.starts_on.value.empty()) f.starts_on.value = def.starts_on.value;
    if (f.ends_on.value.empty()) f.ends_on.value = def.ends_on.value;
    if (f.enroll.value.empty()) f.enroll.value = def.enroll.value;
    if (f.policy.value.empty()) f.policy.value = def.policy.value;
    if (f.stats.value.empty()) f.stats.value = def.stats.value;
  }
  if (first != 0 || !f.starts_on.value.empty()) check_date(f.starts_on);
  if (first != 0 || !f.ends_on.value.empty()) check_date(f.ends_on);
  bool period_ok = f.starts_on.error.empty() && f.ends_on.error.empty() && !f.starts_on.value.empty() &&
                   !f.ends_on.value.empty();
  if (period_ok && f.ends_on.value <= f.starts_on.value) {
    f.ends_on.error = "保险期间的结束日期须晚于开始日期。";
    period_ok = false;
  }
  if (first != 0) {
    check_deadlines(f, period_ok ? f.starts_on.value : "", f.ends_on.value);
  } else {
    for (Field* x : {&f.enroll, &f.policy, &f.stats})
      if (!x->value.empty() && !valid_date(x->value)) x->error = "请填写正确的日期，格式如 2026-09-30。";
  }

  if (!has_errors(f)) {
    try {
      ctx.db.transaction([&] {
        ctx.db.exec(
            "INSERT INTO academic_years (label, starts_on, ends_on, enroll_deadline, policy_deadline,"
            " stats_deadline, is_current) VALUES (?, ?, ?, ?, ?, ?, 0)",
            {f.label.value, f.starts_on.value, f.ends_on.value, f.enroll.value, f.policy.value, f.stats.value});
        int64_t id = static_cast<int64_t>(ctx.db.last_insert_id());
        audit(ctx, "year_created", "academic_year", std::to_string(id),
              f.label.value + " 保险期间 " + f.starts_on.value + "~" + f.ends_on.value + " 投保 " + f.enroll.value +
                  " 保单 " + f.policy.value + " 统计 " + f.stats.value);
      });
      ctx.res.redirect("/school/admin/years?done=created", true);
      return;
    } catch (const std::exception& e) {
      if (!is_duplicate_key(e)) throw;
      f.label.error = "学年 " + f.label.value + " 已存在。";
    }
  }
  f.error = kFixErrors;
  render_list(ctx, &f);
}

void admin_year(Ctx& ctx) { render_detail(ctx, param_id(ctx.req, "id"), nullptr); }

void admin_year_deadlines(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row y = load_year(ctx, id);
  YearForm f = read_deadlines(ctx.req);
  check_deadlines(f, y.str("starts_on"), y.str("ends_on"));
  if (has_errors(f)) {
    f.error = kFixErrors;
    render_detail(ctx, id, &f);
    return;
  }
  ctx.db.transaction([&] {
    ctx.db.exec("UPDATE academic_years SET enroll_deadline = ?, policy_deadline = ?, stats_deadline = ? WHERE id = ?",
                {f.enroll.value, f.policy.value, f.stats.value, id});
    audit(ctx, "year_deadlines_changed", "academic_year", std::to_string(id),
          y.str("label") + " 投保 " + y.str("enroll_deadline") + "->" + f.enroll.value + " 保单 " +
              y.str("policy_deadline") + "->" + f.policy.value + " 统计 " + y.str("stats_deadline") + "->" +
              f.stats.value);
  });
  ctx.res.redirect("/school/admin/year?id=" + std::to_string(id) + "&done=deadlines", true);
}

void admin_year_current(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Row y = load_year(ctx, id);
  ctx.db.transaction([&] {
    auto before = ctx.db.query_one("SELECT GROUP_CONCAT(label ORDER BY id) AS labels FROM academic_years WHERE is_current = 1");
    // One statement sets every row, so exactly one year is current afterwards.
    ctx.db.exec("UPDATE academic_years SET is_current = (id = ?)", {id});
    std::string old = before && !before->str("labels").empty() ? before->str("labels") : "无";
    audit(ctx, "year_current_set", "academic_year", std::to_string(id), old + " -> " + year_summary(y));
  });
  ctx.res.redirect("/school/admin/years?done=current", true);
}
