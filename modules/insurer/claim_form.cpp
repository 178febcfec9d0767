// insurer/claim_form.cpp - 新增 / 修改 / 结案 of one claim (see insurer/claim_form.h). Scope: claims
// are read through insurer_claim (company + region) and checked by claim_check before any write.
#include "insurer/claim_form.h"

#include "admin/account_issue.h"
#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "http_error.h"
#include "insurer/claim_rules.h"
#include "money.h"
#include "page.h"
#include "scope.h"

namespace {

const char* const kFixErrors = "请按提示修改后重新提交。";

ClaimInput read_input(const Request& req) {
  ClaimInput in;
  in.claim_no = param_text(req, "claim_no", 200, false);
  in.school = param_text(req, "school", 300, false);
  in.product = param_text(req, "product", 10, false);
  in.accident_on = param_text(req, "accident_on", 40, false);
  in.injured_name = param_text(req, "injured_name", 200, false);
  in.cause = param_multiline(req, "cause", 2000);
  in.handling = param_multiline(req, "handling", 4000);
  in.settlement_note = param_multiline(req, "settlement_note", 2000);
  return in;
}

void fill_field(ctemplate::TemplateDictionary& d, const char* name, const std::string& value, const ClaimErrors& errors,
                const char* key) {
  set_value(d, name, value);
  auto e = errors.find(key);
  if (e == errors.end()) return;
  std::string section = std::string(name) + "_ERROR";
  set_value(*d.AddSectionDictionary(section), "MESSAGE", e->second);
  d.ShowSection(section + "_INVALID");
}

// The claim form (FORM section) with its values, errors and pick lists.
void fill_form(Ctx& ctx, ctemplate::TemplateDictionary& page_dict, const ClaimInput& in, const ClaimErrors& errors,
               int64_t id) {
  const Account& a = ctx.account();
  auto& d = *page_dict.AddSectionDictionary("FORM");
  if (id) {
    set_value(*d.AddSectionDictionary("EDIT"), "ID", std::to_string(id));
  } else {
    d.ShowSection("NEW");
  }
  fill_field(d, "CLAIM_NO", in.claim_no, errors, "claim_no");
  fill_field(d, "SCHOOL", in.school, errors, "school");
  fill_field(d, "ACCIDENT_ON", in.accident_on, errors, "accident_on");
  fill_field(d, "INJURED_NAME", in.injured_name, errors, "injured_name");
  fill_field(d, "CAUSE", in.cause, errors, "cause");
  fill_field(d, "HANDLING", in.handling, errors, "handling");
  fill_field(d, "SETTLEMENT_NOTE", in.settlement_note, errors, "settlement_note");
  fill_field(d, "PRODUCT", in.product, errors, "product");
  set_value(d, "TODAY", today_cn());
  for (const Row& p : ctx.db.query("SELECT id, name FROM products ORDER BY sort_order")) {
    auto* o = d.AddSectionDictionary("PRODUCT_OPTION");
    set_value(*o, "ID", p.str("id"));
    set_value(*o, "NAME", p.str("name"));
    if (p.str("id") == in.product) o->ShowSection("SELECTED");
  }
  // The schools a claim may name: in the region, with a submitted enrollment of the company.
  Rows schools = ctx.db.query(
      "SELECT DISTINCT s.name FROM schools s JOIN enrollments e ON e.school_id = s.id WHERE e.company_id = ?"
      " AND e.region_code LIKE ? AND e.status <> 'draft' AND s.region_code LIKE ? ORDER BY s.name LIMIT 2000",
      {a.company_id, region_pattern(a), region_pattern(a)});
  for (const Row& s : schools) set_value(*d.AddSectionDictionary("SCHOOL_OPTION"), "NAME", s.str("name"));
  if (!errors.empty()) set_value(*page_dict.AddSectionDictionary("ERROR"), "MESSAGE", kFixErrors);
}

// The settle form (SETTLE section) of a pending claim.
// Errors of other fields (the claim no longer passes its checks) become the form's message.
void fill_settle(ctemplate::TemplateDictionary& page_dict, int64_t id, const std::string& paid,
                 const std::string& closed_on, const ClaimErrors& errors) {
  auto& d = *page_dict.AddSectionDictionary("SETTLE");
  set_value(d, "ID", std::to_string(id));
  set_value(d, "TODAY", today_cn());
  fill_field(d, "PAID", paid, errors, "paid");
  fill_field(d, "CLOSED_ON", closed_on, errors, "closed_on");
  std::string message;
  for (const auto& [field, text] : errors)
    if (field != "paid" && field != "closed_on") message = "案件信息需先修改：" + text;
  if (message.empty() && !errors.empty()) message = kFixErrors;
  if (!message.empty()) set_value(*d.AddSectionDictionary("SETTLE_ERROR"), "MESSAGE", message);
}

// The read-only facts of a settled claim (DETAIL section).
void fill_detail(Ctx& ctx, ctemplate::TemplateDictionary& page_dict, const Row& c) {
  auto& d = *page_dict.AddSectionDictionary("DETAIL");
  set_value(d, "CLAIM_NO", c.str("claim_no").empty() ? "—" : c.str("claim_no"));
  set_value(d, "SCHOOL", c.str("school_name"));
  set_value(d, "ACCIDENT_ON", c.str("accident_on"));
  set_value(d, "INJURED_NAME", c.str("injured_name"));
  set_value(d, "CAUSE", c.str("cause"));
  set_value(d, "HANDLING", c.str("handling").empty() ? "—" : c.str("handling"));
  set_value(d, "SETTLEMENT_NOTE", c.str("settlement_note").empty() ? "—" : c.str("settlement_note"));
  set_value(d, "PAID", yuan_text(c.i64("paid_fen")));
  set_value(d, "CLOSED_ON", c.str("closed_on"));
  auto p = c.is_null("product_id") ? std::nullopt
                                   : ctx.db.query_one("SELECT name FROM products WHERE id = ?", {c.i64("product_id")});
  set_value(d, "PRODUCT", p ? p->str("name") : "—");
}

// The claim of the id parameter in the insurer's scope; else audit access_denied and 404.
Row scoped_claim(Ctx& ctx, const char* what) {
  int64_t id = param_id(ctx.req, "id");
  auto c = insurer_claim(ctx.db, ctx.account(), id);
  if (!c) {
    audit(ctx, "access_denied", "claim", std::to_string(id), what);
    throw HttpError(404, "案件不存在或不在您的负责范围内。");
  }
  return *c;
}

// The claim page: pending → 修改 + 结案 forms (typed values when given), settled → facts.
void render_claim(Ctx& ctx, const Row& c, const ClaimInput* typed, const ClaimErrors& form_errors,
                  const std::string& paid, const std::string& closed_on, const ClaimErrors& settle_errors) {
  Page page(ctx, c.str("status") == "pending" ? "未决案件" : "理赔案件", "insurer/claim.tpl");
  auto& d = page.body();
  int64_t id = c.i64("id");
  if (c.str("status") == "pending") {
    d.ShowSection("PENDING_TITLE");
    fill_form(ctx, d, typed ? *typed : claim_input_of(c), form_errors, id);
    fill_settle(d, id, paid, closed_on, settle_errors);
  } else {
    d.ShowSection("SETTLED_TITLE");
    fill_detail(ctx, d, c);
  }
  page.render();
}

// Checks and writes in one transaction; a duplicate 案件编号 becomes a field error.
bool save(Ctx& ctx, int64_t id, const ClaimInput& in, bool settle, ClaimErrors& errors, int64_t& saved_id) {
  ClaimResolved r;
  errors = claim_check(ctx.db, ctx.account(), in, settle, r);
  if (!errors.empty()) return false;
  try {
    ctx.db.transaction([&] { saved_id = claim_save(ctx, id, in, r); });
  } catch (const std::exception& e) {
    if (!is_duplicate_key(e)) throw;
    errors["claim_no"] = "案件编号 " + in.claim_no + " 已被本公司的其他案件使用。";
    return false;
  }
  return true;
}

}  // namespace

void insurer_claim_new(Ctx& ctx) {
  Page page(ctx, "新增未决案件", "insurer/claim.tpl");
  page.body().ShowSection("NEW_TITLE");
  fill_form(ctx, page.body(), ClaimInput{}, {}, 0);
  page.render();
}

void insurer_claim_create(Ctx& ctx) {
  ClaimInput in = read_input(ctx.req);
  ClaimErrors errors;
  int64_t id = 0;
  if (save(ctx, 0, in, false, errors, id)) {
    ctx.res.redirect("/school/insurer/claims?done=created", true);
    return;
  }
  Page page(ctx, "新增未决案件", "insurer/claim.tpl");
  page.body().ShowSection("NEW_TITLE");
  fill_form(ctx, page.body(), in, errors, 0);
  page.render();
}

void insurer_claim(Ctx& ctx) {
  Row c = scoped_claim(ctx, "claim view");
  render_claim(ctx, c, nullptr, {}, "", "", {});
}

void insurer_claim_update(Ctx& ctx) {
  Row c = scoped_claim(ctx, "claim update");
  if (c.str("status") != "pending") throw HttpError(409, "该案件已结案，不能再修改。");
  ClaimInput in = read_input(ctx.req);
  ClaimErrors errors;
  int64_t id = 0;
  if (save(ctx, c.i64("id"), in, false, errors, id)) {
    ctx.res.redirect("/school/insurer/claims?done=updated", true);
    return;
  }
  render_claim(ctx, c, &in, errors, "", "", {});
}

void insurer_claim_settle(Ctx& ctx) {
  Row c = scoped_claim(ctx, "claim settle");
  if (c.str("status") != "pending") throw HttpError(409, "该案件已结案。");
  ClaimInput in = claim_input_of(c);
  in.paid = param_text(ctx.req, "paid", 40, false);
  in.closed_on = param_text(ctx.req, "closed_on", 40, false);
  ClaimErrors errors;
  int64_t id = 0;
  if (save(ctx, c.i64("id"), in, true, errors, id)) {
    ctx.res.redirect("/school/insurer/claims?view=settled&done=settled", true);
    return;
  }
  render_claim(ctx, c, nullptr, {}, in.paid, in.closed_on, errors);
}
