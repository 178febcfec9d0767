// school/account_basic.cpp - 修改基本信息 (see school/account_basic.h).
#include "school/account_basic.h"

#include "account/overview.h"
#include "audit.h"
#include "context.h"
#include "coverage.h"
#include "form.h"
#include "page.h"

namespace {

struct BasicForm {
  std::string contact_name, school_type, nature;
  std::string contact_error, type_error, nature_error;
  bool has_errors() const { return !contact_error.empty() || !type_error.empty() || !nature_error.empty(); }
};

void render(Ctx& ctx, const BasicForm& f) {
  Page page(ctx, "修改基本信息", "school/account_basic.tpl");
  auto& d = page.body();
  set_value(d, "ACTION", account_url(ctx) + "/basic");
  set_value(d, "BACK_URL", account_url(ctx));
  set_value(d, "CONTACT_NAME", f.contact_name);
  for (const Row& t : ctx.db.query("SELECT name FROM school_types ORDER BY sort_order, name")) {
    auto* o = d.AddSectionDictionary("TYPE");
    set_value(*o, "NAME", t.str("name"));
    if (t.str("name") == f.school_type) o->ShowSection("SELECTED");
  }
  for (const char* n : {"公办", "民办"}) {
    auto* o = d.AddSectionDictionary("NATURE");
    set_value(*o, "NAME", n);
    set_value(*o, "ID", n == std::string("公办") ? "nature-public" : "nature-private");
    if (f.nature == n) o->ShowSection("CHECKED");
  }
  field_error(d, "CONTACT_ERROR", f.contact_error);
  field_error(d, "TYPE_ERROR", f.type_error);
  field_error(d, "NATURE_ERROR", f.nature_error);
  page.render();
}

std::optional<Row> current(Ctx& ctx) {
  auto row = ctx.db.query_one("SELECT contact_name, school_type, nature FROM schools WHERE id = ?",
                              {ctx.account().school_id});
  if (!row) throw std::runtime_error("school account without school row");
  return row;
}

}  // namespace

void school_account_basic_page(Ctx& ctx) {
  auto row = current(ctx);
  render(ctx, {row->str("contact_name"), row->str("school_type"), row->str("nature"), "", "", ""});
}

void school_account_basic(Ctx& ctx) {
  BasicForm f;
  f.contact_name = param_text(ctx.req, "contact_name", 200, false);
  f.school_type = param_text(ctx.req, "school_type", 40, false);
  f.nature = param_text(ctx.req, "nature", 10, false);
  if (f.contact_name.empty()) f.contact_error = "请填写联系人姓名。";
  else if (utf8_length(f.contact_name) > 50) f.contact_error = "联系人姓名不能超过 50 个字。";
  if (!ctx.db.query_one("SELECT name FROM school_types WHERE name = ?", {f.school_type}))
    f.type_error = "请选择学校类型。";
  if (f.nature != "公办" && f.nature != "民办") f.nature_error = "请选择学校性质（公办或民办）。";
  if (f.has_errors()) {
    render(ctx, f);
    return;
  }
  auto old = current(ctx);
  std::string detail;
  auto note = [&](const char* label, const std::string& before, const std::string& after) {
    if (before != after) detail += std::string(detail.empty() ? "" : "; ") + label + ": " + before + " -> " + after;
  };
  note("contact_name", old->str("contact_name"), f.contact_name);
  note("school_type", old->str("school_type"), f.school_type);
  note("nature", old->str("nature"), f.nature);
  ctx.db.transaction([&] {
    CoverageChange coverage(ctx.db, ctx.account().school_id);  // the type keys the counters
    ctx.db.exec("UPDATE schools SET contact_name = ?, school_type = ?, nature = ? WHERE id = ?",
                {f.contact_name, f.school_type, f.nature, ctx.account().school_id});
    coverage.commit();
    audit(ctx, "school_info_changed", "school", std::to_string(ctx.account().school_id),
          detail.empty() ? std::string("unchanged") : detail);
  });
  ctx.res.redirect(account_url(ctx) + "?done=basic", true);
}
