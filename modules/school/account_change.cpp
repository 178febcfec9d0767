// school/account_change.cpp - name and region change applications (see school/account_change.h).
#include "school/account_change.h"

#include "account/overview.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "page.h"

namespace {

constexpr size_t kReasonChars = 200;

struct ChangeForm {
  std::string value, reason;  // as typed / selected
  std::string value_error, reason_error;
  bool has_errors() const { return !value_error.empty() || !reason_error.empty(); }
};

struct Kind {
  const char* kind;       // applications.kind
  const char* title;      // page title
  const char* template_;  // body template
  const char* path;       // under the area's account URL
  const char* done;       // ?done= value
  const char* insert;     // the application row; parameters: school, applicant, value, reason
};
const Kind kName{"name_change", "申请更改学校名称", "school/account_change_name.tpl", "/change-name", "name",
                 "INSERT INTO applications (kind, school_id, applicant_account_id, payload, reason, status)"
                 " VALUES ('name_change', ?, ?, JSON_OBJECT('name', ?), ?, 'pending')"};
const Kind kRegion{"region_change", "申请更改区域", "school/account_change_region.tpl", "/change-region", "region",
                   "INSERT INTO applications (kind, school_id, applicant_account_id, payload, reason, status)"
                   " VALUES ('region_change', ?, ?, JSON_OBJECT('region_code', ?), ?, 'pending')"};

struct Current {
  std::string name, region_code, region_text;
};

Current current_school(Ctx& ctx) {
  auto s = ctx.db.query_one(
      "SELECT s.name, s.region_code, s.region_code = s.city_code AS city_direct, r.name AS county, c.name AS city"
      " FROM schools s JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code WHERE s.id = ?",
      {ctx.account().school_id});
  if (!s) throw std::runtime_error("school account without school row");
  return {s->str("name"), s->str("region_code"),
          s->str("city") + " " + (s->i64("city_direct") ? std::string("市直") : s->str("county"))};
}

bool pending(Ctx& ctx, const Kind& k) {
  return ctx.db
      .query_one("SELECT id FROM applications WHERE school_id = ? AND kind = ? AND status = 'pending'",
                 {ctx.account().school_id, std::string(k.kind)})
      .has_value();
}

// Every city with its 市直 (the city code itself) and its counties, as select options.
void region_options(Ctx& ctx, ctemplate::TemplateDictionary& d, const std::string& selected) {
  Rows rows = ctx.db.query(
      "SELECT r.code, r.name, r.level, IF(r.level = 'city', r.code, r.parent_code) AS city_code"
      " FROM regions r WHERE r.level IN ('city', 'county') ORDER BY city_code, r.level = 'county', r.code");
  ctemplate::TemplateDictionary* city = nullptr;
  for (const Row& r : rows) {
    if (r.str("level") == "city") {
      city = d.AddSectionDictionary("CITY");
      set_value(*city, "CITY_NAME", r.str("name"));
    }
    if (!city) continue;
    auto* o = city->AddSectionDictionary("OPTION");
    set_value(*o, "CODE", r.str("code"));
    set_value(*o, "NAME", r.str("level") == "city" ? r.str("name") + "市直" : r.str("name"));
    if (r.str("code") == selected) o->ShowSection("SELECTED");
  }
}

void render(Ctx& ctx, const Kind& k, const ChangeForm& f) {
  Current cur = current_school(ctx);
  Page page(ctx, k.title, k.template_);
  auto& d = page.body();
  set_value(d, "ACTION", account_url(ctx) + k.path);
  set_value(d, "BACK_URL", account_url(ctx));
  set_value(d, "CURRENT_NAME", cur.name);
  set_value(d, "CURRENT_REGION", cur.region_text);
  if (pending(ctx, k)) {
    d.ShowSection("PENDING");
  } else {
    auto* form = d.AddSectionDictionary("FORM");
    set_value(*form, "VALUE", f.value);
    set_value(*form, "REASON", f.reason);
    if (&k == &kRegion) region_options(ctx, *form, f.value);
    field_error(*form, "VALUE_ERROR", f.value_error);
    field_error(*form, "REASON_ERROR", f.reason_error);
  }
  page.render();
}

// Reads the reason; "" message when it is present and short enough.
void read_reason(Ctx& ctx, ChangeForm& f) {
  f.reason = param_text(ctx.req, "reason", 1000, false);
  if (f.reason.empty()) f.reason_error = "请填写申请原因。";
  else if (utf8_length(f.reason) > kReasonChars) f.reason_error = "申请原因不能超过 200 个字。";
}

// Another school of that region already bears the name (schools_region_name is unique).
bool name_taken(Ctx& ctx, const std::string& region_code, const std::string& name) {
  return ctx.db
      .query_one("SELECT id FROM schools WHERE region_code = ? AND name = ? AND id <> ? LIMIT 1",
                 {region_code, name, ctx.account().school_id})
      .has_value();
}

// Stores the application; false when another pending one of the kind won the race.
bool submit(Ctx& ctx, const Kind& k, const std::string& value, const std::string& reason, const std::string& detail) {
  try {
    ctx.db.transaction([&] {
      ctx.db.exec(k.insert, {ctx.account().school_id, ctx.account().id, value, reason});
      std::string id = std::to_string(ctx.db.last_insert_id());
      audit(ctx, std::string(k.kind) + "_requested", "application", id, detail);
    });
  } catch (const DbError& e) {
    if (e.code() == 1062) return false;  // duplicate pending_key
    throw;
  }
  return true;
}

void handle_post(Ctx& ctx, const Kind& k) {
  if (pending(ctx, k)) {  // the form is not offered; a stale POST just sees the page again
    render(ctx, k, {});
    return;
  }
  Current cur = current_school(ctx);
  ChangeForm f;
  std::string detail;
  if (&k == &kName) {
    f.value = param_text(ctx.req, "name", 200, false);
    if (f.value.empty()) f.value_error = "请填写变更后的学校全称。";
    else if (utf8_length(f.value) > 100) f.value_error = "学校名称不能超过 100 个字。";
    else if (f.value == cur.name) f.value_error = "新名称与当前名称相同。";
    else if (name_taken(ctx, cur.region_code, f.value)) f.value_error = "本区域已有同名学校，请核对学校全称。";
    detail = cur.name + " -> " + f.value;
  } else {
    f.value = param_text(ctx.req, "region_code", 6, false);
    auto region = f.value.empty() ? std::nullopt
                                  : ctx.db.query_one("SELECT code FROM regions WHERE code = ? AND level IN ('city', 'county')",
                                                     {f.value});
    if (!region) f.value_error = "请选择正确的区域。";
    else if (f.value == cur.region_code) f.value_error = "新区域与当前区域相同。";
    else if (name_taken(ctx, f.value, cur.name)) f.value_error = "所选区域已有同名学校，请联系管理中心。";
    detail = cur.region_code + " -> " + f.value;
  }
  read_reason(ctx, f);
  if (f.has_errors() || !submit(ctx, k, f.value, f.reason, detail)) {
    render(ctx, k, f);
    return;
  }
  ctx.res.redirect(account_url(ctx) + "?done=" + k.done, true);
}

}  // namespace

void school_account_change_name_page(Ctx& ctx) { render(ctx, kName, {}); }
void school_account_change_name(Ctx& ctx) { handle_post(ctx, kName); }
void school_account_change_region_page(Ctx& ctx) { render(ctx, kRegion, {}); }
void school_account_change_region(Ctx& ctx) { handle_post(ctx, kRegion); }
