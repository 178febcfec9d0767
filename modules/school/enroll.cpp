// school/enroll.cpp - 投保数据 of a school (see school/enroll.h).
#include "school/enroll.h"

#include <optional>

#include <ctemplate/template.h>

#include "audit.h"
#include "context.h"
#include "crypto.h"
#include "dates.h"
#include "deadline.h"
#include "form.h"
#include "generated.h"
#include "http_error.h"
#include "nav.h"
#include "page.h"
#include "refdata.h"
#include "roster.h"
#include "school/in_hand.h"
#include "year.h"

Rows school_products(Ctx& ctx, int64_t school_id) {
  return refdata(ctx).products_for_type(school_facts(ctx, school_id).school_type);
}

std::optional<Row> school_product(Ctx& ctx, int64_t school_id, int64_t product_id) {
  for (Row& p : school_products(ctx, school_id))
    if (p.i64("id") == product_id) return std::move(p);
  return std::nullopt;
}

#define SCHOOL_YEAR_ENROLLMENTS                                                                             \
  "SELECT e.id, e.product_id, e.seq, e.status, e.declared_count, e.stored_count, c.short_name FROM enrollments e" \
  " LEFT JOIN insurance_companies c ON c.id = e.company_id WHERE e.school_id = ? AND e.year_id = ?"

Rows product_enrollments(Ctx& ctx, int64_t school_id, int64_t year_id, int64_t product_id) {
  return ctx.db.query(SCHOOL_YEAR_ENROLLMENTS " AND e.product_id = ? ORDER BY e.seq", {school_id, year_id, product_id});
}

Rows year_enrollments(Ctx& ctx, int64_t school_id, int64_t year_id) {
  return ctx.db.query(SCHOOL_YEAR_ENROLLMENTS " ORDER BY e.product_id, e.seq", {school_id, year_id});
}

const char* enrollment_status_label(std::string_view status) {
  if (status.empty() || status == "draft") return "未提交";
  if (status == "insured") return "已承保";
  if (status == "modifying") return "修改中";
  return "已提交";
}

const char* enrollment_status_badge(std::string_view status) {
  if (status.empty() || status == "draft" || status == "modifying") return "badge-warn";
  if (status == "insured") return "badge-ok";
  return "badge-info";
}

void enroll_submitted_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const Row& e,
                           const std::string& insured_kind) {
  auto* s = dict.AddIncludeDictionary("SUBMITTED");
  s->SetFilename("school/enroll_submitted.tpl");
  set_value(*s, "DECLARED_COUNT", e.str("declared_count"));
  set_value(*s, "COMPANY", e.str("short_name"));
  set_value(*s, "ROSTER_URL", in_hand_url(ctx, "/school/s/enroll/roster?id=" + e.str("id")));
  set_value(*s, "INSURED_KIND", insured_kind);
  bool modifying = e.str("status") == "modifying";
  if (modifying) s->ShowSection("MODIFYING");
  link_fill(*s->AddSectionDictionary("MODIFY_LINK"), modifying ? "查看修改申请" : "申请修改",
            in_hand_url(ctx, "/school/s/enroll/modify?id=" + e.str("id")), "");
}

void enroll_submitted_notice(Ctx& ctx, Page& page) {
  if (const std::string* done = ctx.req.param("done"); done && *done == "submitted")
    page.notice("投保数据已提交，花名册已保存。");
}

void enroll_form_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const EnrollForm& form) {
  auto* f = dict.AddIncludeDictionary("UPLOAD_FORM");
  f->SetFilename("school/enroll_form.tpl");
  std::string pid = std::to_string(form.product_id);
  set_value(*f, "PRODUCT_ID", pid);
  set_value(*f, "SEQ", std::to_string(form.seq));
  set_value(*f, "FORM_ID", pid + "-" + std::to_string(form.seq));
  set_value(*f, "INSURED_KIND", form.insured_kind);
  set_value(*f, "BATCH_KEY", to_hex(random_bytes(16)));
  set_value(*f, "TEMPLATE_URL", "/school/s/enroll/template?product=" + pid);
  set_value(*f, "ACTION_URL", in_hand_url(ctx, "/school/files/enroll"));
  set_value(*f, "DECLARED", form.declared);
  if (form.product_id == kProductStudent) f->ShowSection("MERGE_NOTE");
  if (form.keep_valid) f->ShowSection("KEEP_CHECKED");
  for (const Row& c : ctx.db.query("SELECT id, short_name FROM insurance_companies WHERE status = 'active' ORDER BY id")) {
    auto* o = f->AddSectionDictionary("COMPANY");
    set_value(*o, "ID", c.str("id"));
    set_value(*o, "NAME", c.str("short_name"));
    if (c.i64("id") == form.company_id) o->ShowSection("SELECTED");
  }
}

void enroll_school_facts(Ctx& ctx, ctemplate::TemplateDictionary& dict) {
  SchoolFacts school = school_facts(ctx, in_hand_school_id(ctx));
  const RefData& ref = refdata(ctx);
  const Row* county = ref.region(school.region_code);
  const Row* city = county && county->str("level") == "county" ? ref.region(county->str("parent_code")) : nullptr;
  std::string region = county ? county->str("name") : "";
  if (city) region = city->str("name") + " " + region;
  set_value(dict, "REGION", region);
  set_value(dict, "SCHOOL_NAME", school.name);
}

void school_enroll(Ctx& ctx) {
  const int64_t school_id = school_in_hand(ctx).id;
  Page page(ctx, "投保数据", "school/enroll.tpl");
  auto& d = page.body();
  enroll_school_facts(ctx, d);
  enroll_submitted_notice(ctx, page);

  auto year = current_year(ctx);
  if (!year) {
    d.ShowSection("NO_YEAR");
    page.render();
    return;
  }
  set_value(d, "YEAR_LABEL", year->label);
  set_value(*d.AddSectionDictionary("EXTRA_LINK"), "URL", in_hand_url(ctx, "/school/s/enroll/extra"));
  DeadlineState deadline = deadline_for_school(ctx, *year, school_id, DeadlineKind::enroll);
  // The last day stays in sight while submitting (after it, each product says it is closed).
  if (deadline.open) {
    auto* open = d.AddSectionDictionary("OPEN_DEADLINE");
    set_value(*open, "LAST_DAY", full_date_cn(deadline.last_day));
    const int days = days_between(today_cn(), deadline.last_day);
    set_value(*open, "DAYS_LEFT", days == 0 ? "今天是最后一天" : "还剩 " + std::to_string(days) + " 天");
  }

  Rows all = year_enrollments(ctx, school_id, year->id);
  for (const Row& p : school_products(ctx, school_id)) {
    auto* sec = d.AddSectionDictionary("PRODUCT");
    int64_t product_id = p.i64("id");
    std::string pid = std::to_string(product_id);
    set_value(*sec, "PRODUCT_ID", pid);
    set_value(*sec, "PRODUCT_NAME", p.str("name"));
    set_value(*sec, "INSURED_KIND", p.str("insured_kind"));
    Rows rows;
    for (const Row& r : all)
      if (r.i64("product_id") == product_id) rows.push_back(r);
    // An extra enrollment (seq > 1, from an approved 多家保险公司 application): 上传管理.
    if (!rows.empty() && rows.back().i64("seq") > 1)
      set_value(*sec->AddSectionDictionary("MANAGE"), "URL", in_hand_url(ctx, "/school/s/enroll/manage?product=" + pid));
    const Row* e = !rows.empty() && rows.front().i64("seq") == 1 ? &rows.front() : nullptr;
    if (e && e->str("status") != "draft") {
      enroll_submitted_fill(ctx, *sec, *e, p.str("insured_kind"));
      continue;
    }
    if (!deadline.open) {
      set_value(*sec->AddSectionDictionary("CLOSED"), "LAST_DAY", deadline.last_day);
      continue;
    }
    EnrollForm form;
    form.product_id = product_id;
    form.insured_kind = p.str("insured_kind");
    enroll_form_fill(ctx, *sec, form);
  }
  page.render();
}

void school_enroll_template(Ctx& ctx) {
  int64_t product_id = param_id(ctx.req, "product");
  auto p = ctx.db.query_one("SELECT insured_kind FROM products WHERE id = ?", {product_id});
  if (!p) throw HttpError(404, "没有这个险种。");
  std::string path = generated_path(ctx.config, ".xlsx");
  TempFile guard{path};
  roster_template_xlsx(product_id, path);
  guard.path.clear();
  send_generated_xlsx(ctx, path, p->str("insured_kind") + "花名册模板.xlsx");
}

void school_enroll_roster(Ctx& ctx) {
  const int64_t school_id = school_in_hand(ctx).id;
  int64_t id = param_id(ctx.req, "id");
  auto e = ctx.db.query_one(
      "SELECT e.product_id, y.label, p.insured_kind FROM enrollments e JOIN academic_years y ON y.id = e.year_id"
      " JOIN products p ON p.id = e.product_id WHERE e.id = ? AND e.school_id = ? AND e.status <> 'draft'",
      {id, school_id});
  if (!e) {
    audit(ctx, "access_denied", "enrollment", std::to_string(id), "roster download");
    throw HttpError(404, "投保数据不存在或您无权下载。");
  }
  std::vector<RosterRow> rows = roster_load(ctx.db, ctx.config, id);
  std::string path = generated_path(ctx.config, ".xlsx");
  TempFile guard{path};
  roster_xlsx(rows, e->i64("product_id"), path);
  guard.path.clear();
  audit(ctx, "download", "enrollment", std::to_string(id), "roster rows=" + std::to_string(rows.size()));
  send_generated_xlsx(ctx, path, e->str("label") + e->str("insured_kind") + "花名册.xlsx");
}
