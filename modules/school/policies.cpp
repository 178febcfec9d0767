// school/policies.cpp - 承保数据 of a school (see school/policies.h). Every query names the
// signed-in school (e.school_id = ?); a year is only a filter, checked against academic_years.
#include "school/policies.h"

#include <optional>

#include "context.h"
#include "dates.h"
#include "form.h"
#include "http_error.h"
#include "money.h"
#include "page.h"

namespace {

// The years the selector offers: the current one, those the school has enrollments in, and
// the requested one (requested_id 0 = none); newest first.
Rows selectable_years(Ctx& ctx, int64_t requested_id) {
  return ctx.db.query(
      "SELECT y.id, y.label, y.is_current, DATE_FORMAT(y.policy_deadline, '%Y-%m-%d') AS policy_deadline"
      " FROM academic_years y WHERE y.is_current = 1 OR y.id = ?"
      " OR EXISTS (SELECT 1 FROM enrollments e WHERE e.year_id = y.id AND e.school_id = ?)"
      " ORDER BY y.starts_on DESC, y.id DESC",
      {requested_id, ctx.account().school_id});
}

// The year shown: the requested one (404 when it is no academic year), else the current one,
// else the newest the school has enrollments in; nullopt when there is none at all.
std::optional<Row> shown_year(const Rows& years, int64_t requested_id) {
  for (const Row& y : years)
    if (requested_id ? y.i64("id") == requested_id : y.i64("is_current") != 0) return y;
  if (requested_id) throw HttpError(404, "该学年不存在。");
  if (years.empty()) return std::nullopt;
  return years.front();
}

void fill_policies(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& year) {
  Rows rows = ctx.db.query(
      "SELECT p.policy_no, c.short_name AS company, pr.name AS product, p.insured_count, e.declared_count,"
      " p.premium_fen, DATE_FORMAT(p.starts_on, '%Y-%m-%d') AS starts_on,"
      " DATE_FORMAT(p.ends_on, '%Y-%m-%d') AS ends_on, p.file_id,"
      " p.id = (SELECT MAX(p2.id) FROM policies p2 WHERE p2.enrollment_id = p.enrollment_id) AS latest"
      " FROM policies p JOIN enrollments e ON e.id = p.enrollment_id"
      " JOIN insurance_companies c ON c.id = p.company_id JOIN products pr ON pr.id = e.product_id"
      " WHERE e.school_id = ? AND e.year_id = ?"
      " ORDER BY pr.sort_order, e.seq, p.id",
      {ctx.account().school_id, year.i64("id")});
  if (rows.empty()) {
    set_value(*d.AddSectionDictionary("EMPTY"), "POLICY_DEADLINE", full_date_cn(year.str("policy_deadline")));
    return;
  }
  int64_t persons = 0;
  for (const Row& r : rows) {
    auto* p = d.AddSectionDictionary("POLICY");
    set_value(*p, "POLICY_NO", r.str("policy_no"));
    set_value(*p, "COMPANY", r.str("company"));
    set_value(*p, "PRODUCT", r.str("product"));
    set_value(*p, "INSURED_COUNT", r.str("insured_count"));
    set_value(*p, "DECLARED_COUNT", r.str("declared_count"));
    if (r.i64("insured_count") != r.i64("declared_count")) p->ShowSection("MISMATCH");
    set_value(*p, "PREMIUM", yuan_text(r.i64("premium_fen")));
    set_value(*p, "PERIOD", full_date_cn(r.str("starts_on")) + " 至 " + full_date_cn(r.str("ends_on")));
    if (r.is_null("file_id")) p->ShowSection("NO_FILE");
    else set_value(*p->AddSectionDictionary("FILE"), "FILE_URL", "/school/files/download?id=" + r.str("file_id"));
    // A 批单 replaces the enrollment's earlier policy: only the latest one counts.
    if (r.i64("latest")) persons += r.i64("insured_count");
    else p->ShowSection("SUPERSEDED");
  }
  auto* summary = d.AddSectionDictionary("SUMMARY");
  set_value(*summary, "POLICY_COUNT", std::to_string(rows.size()));
  set_value(*summary, "PERSONS", std::to_string(persons));
}

}  // namespace

void school_policies(Ctx& ctx) {
  int64_t requested = ctx.req.param("year") ? param_id(ctx.req, "year") : 0;
  Rows years = selectable_years(ctx, requested);
  std::optional<Row> year = shown_year(years, requested);

  Page page(ctx, "承保数据", "school/policies.tpl");
  if (!year) {
    page.body().ShowSection("NO_YEAR");
    page.render();
    return;
  }
  auto& d = *page.body().AddSectionDictionary("YEAR");
  set_value(d, "YEAR_LABEL", year->str("label"));
  if (years.size() > 1) {
    auto* selector = d.AddSectionDictionary("YEAR_SELECT");
    for (const Row& y : years) {
      auto* o = selector->AddSectionDictionary("YEAR_OPTION");
      set_value(*o, "ID", y.str("id"));
      set_value(*o, "LABEL", y.str("label"));
      if (y.i64("id") == year->i64("id")) o->ShowSection("SELECTED");
    }
  }
  fill_policies(ctx, d, *year);
  page.render();
}
