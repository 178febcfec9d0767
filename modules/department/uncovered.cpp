// department/uncovered.cpp - the 未投保学校 page (see department/uncovered.h). Scope: the list
// comes from uncovered_rows (region_pattern of the account); the county filter is checked
// against the account's areas.
#include "department/uncovered.h"

#include <charconv>

#include "context.h"
#include "department/schools_areas.h"
#include "department/uncovered_list.h"
#include "mask.h"
#include "page.h"
#include "pager.h"
#include "year.h"

namespace {

const char* const kListPath = "/school/dept/uncovered";

void sms_status_fill(ctemplate::TemplateDictionary& row, const std::string& s) {
  const char* label = s == "queued" ? "待发送" : s == "sent" ? "已发送" : s == "delivered" ? "已送达" : "失败";
  const char* badge = s == "queued" ? "badge-info" : s == "sent" ? "" : s == "delivered" ? "badge-ok" : "badge-danger";
  set_value(row, "SMS_STATUS", label);
  set_value(row, "SMS_BADGE", badge);
}

// A count carried by the redirect after 全部提醒 ("" when absent or not a small number).
std::string count_param(const Request& req, std::string_view name) {
  const std::string* v = req.param(name);
  int n = 0;
  if (!v || v->empty() || v->size() > 7) return "";
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size()) return "";
  return std::to_string(n);
}

void notice_fill(Ctx& ctx, Page& page) {
  const std::string* done = ctx.req.param("done");
  if (!done) return;
  if (*done == "sent") page.notice("提醒短信已发送。");
  else if (*done == "throttled") page.notice("该学校今天已提醒过这一险种，未重复发送。");
  else if (*done == "nomobile") page.notice("该学校没有有效的明白人手机号，未发送。");
  else if (*done == "covered") page.notice("该学校已提交这一险种的投保数据，无需提醒。");
  else if (*done == "all") {
    std::string sent = count_param(ctx.req, "sent"), skipped = count_param(ctx.req, "skipped");
    if (!sent.empty() && !skipped.empty())
      page.notice("已发送 " + sent + " 条提醒短信；" + skipped + " 所学校今天已提醒过或没有有效手机号，未发送。");
  }
}

void fill_filters(Ctx& ctx, ctemplate::TemplateDictionary& d, const UncoveredFilters& f) {
  std::vector<DepartmentArea> areas = department_areas(ctx, ctx.account());
  county_filter_fill(d, areas, f.county);
  school_type_options_fill(ctx, d, f.type);
  for (const Row& p : ctx.db.query("SELECT id, name FROM products ORDER BY sort_order, id")) {
    auto* o = d.AddSectionDictionary("PRODUCT");
    set_value(*o, "ID", p.str("id"));
    set_value(*o, "NAME", p.str("name"));
    if (p.i64("id") == f.product) {
      o->ShowSection("SELECTED");
      set_value(d, "PRODUCT_NAME", p.str("name"));
    }
  }
  set_value(d, "Q", f.q);
  // Hidden fields of the POST forms: back to the same list.
  set_value(d, "F_PRODUCT", std::to_string(f.product));
  set_value(d, "F_COUNTY", f.county);
  set_value(d, "F_TYPE", f.type);
  set_value(d, "F_Q", f.q);
  set_value(d, "F_PAGE", std::to_string(f.page));
}

}  // namespace

void department_uncovered(Ctx& ctx) {
  UncoveredFilters f = uncovered_filters_read(ctx);
  auto year = current_year(ctx);
  Pager pager;
  pager.page = f.page;
  Page page(ctx, "未投保学校", "department/uncovered.tpl");
  notice_fill(ctx, page);
  auto& d = page.body();
  fill_filters(ctx, d, f);
  if (!year) {
    d.ShowSection("NO_YEAR");
    page.render();
    return;
  }
  auto* list = d.AddSectionDictionary("HAS_YEAR");
  set_value(*list, "YEAR_LABEL", year->label);
  Rows rows = uncovered_rows(ctx, f, year->id, pager.limit, pager.offset());
  int64_t total = rows.empty() ? 0 : rows.front().i64("total_rows");
  int64_t n = pager.offset();
  for (const Row& r : rows) {
    auto* row = list->AddSectionDictionary("SCHOOL");
    set_value(*row, "N", std::to_string(++n));
    set_value(*row, "ID", r.str("id"));
    set_value(*row, "NAME", r.str("name"));
    set_value(*row, "AREA", r.str("area"));
    set_value(*row, "TYPE", r.str("school_type"));
    set_value(*row, "CONTACT", r.str("contact_name") + " " + mask_mobile(r.str("mobile")));
    if (r.is_null("reminded_at")) {
      row->ShowSection("NEVER");
    } else {
      auto* last = row->AddSectionDictionary("REMINDED");
      set_value(*last, "AT", r.str("reminded_at"));
      sms_status_fill(*last, r.str("sms_status"));
    }
    if (r.i64("reminded_today")) row->ShowSection("TODAY");
    else row->ShowSection("CAN_REMIND");
  }
  if (rows.empty()) list->ShowSection("EMPTY");
  else set_value(*list->AddSectionDictionary("REMIND_ALL"), "COUNT", std::to_string(total));
  pager_fill(*list, pager, total, kListPath, f.query());
  page.render();
}
