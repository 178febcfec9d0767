// school/claims.cpp - 理赔信息 of a school (see school/claims.h). Every claims query names the
// signed-in school (c.school_id = ?); the year and status from the request only narrow it and
// are bound as parameters after being checked (a year against academic_years, the status
// against its allow-list).
#include "school/claims.h"

#include "context.h"
#include "form.h"
#include "http_error.h"
#include "insurer/claim_view.h"
#include "page.h"
#include "pager.h"

void school_claims(Ctx& ctx) {
  const int64_t school_id = ctx.account().school_id;
  int64_t year_id = 0;
  if (const std::string* y = ctx.req.param("year"); y && !y->empty()) {
    year_id = param_id(ctx.req, "year");
    if (!ctx.db.query_one("SELECT id FROM academic_years WHERE id = ?", {year_id}))
      throw HttpError(404, "该学年不存在。");
  }
  std::string status;
  if (const std::string* s = ctx.req.param("status"); s && !s->empty())
    status = param_enum(ctx.req, "status", {"pending", "settled"});
  Pager pager = pager_read(ctx.req);

  auto total = ctx.db.query_one(
      "SELECT COUNT(*) AS n FROM claims c WHERE c.school_id = ? AND (? = 0 OR c.year_id = ?) AND (? = '' OR c.status = ?)",
      {school_id, year_id, year_id, status, status});
  Rows rows = ctx.db.query(
      "SELECT DATE_FORMAT(c.accident_on, '%Y-%m-%d') AS accident_on, co.short_name AS company, c.injured_name,"
      " c.cause, c.handling, c.settlement_note, c.status, c.paid_fen, DATE_FORMAT(c.closed_on, '%Y-%m-%d') AS closed_on"
      " FROM claims c JOIN insurance_companies co ON co.id = c.company_id"
      " WHERE c.school_id = ? AND (? = 0 OR c.year_id = ?) AND (? = '' OR c.status = ?)"
      " ORDER BY c.accident_on DESC, c.id DESC LIMIT ? OFFSET ?",
      {school_id, year_id, year_id, status, status, pager.limit, pager.offset()});

  Page page(ctx, "理赔信息", "school/claims.tpl");
  auto& d = page.body();
  for (const Row& y : ctx.db.query("SELECT id, label FROM academic_years ORDER BY starts_on DESC, id DESC")) {
    auto* o = d.AddSectionDictionary("YEAR_OPTION");
    set_value(*o, "ID", y.str("id"));
    set_value(*o, "LABEL", y.str("label"));
    if (y.i64("id") == year_id) o->ShowSection("SELECTED");
  }
  if (!status.empty()) d.ShowSection("STATUS_" + status);
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("CLAIM");
    claim_fill_row(*row, r);
    row->ShowSection(r.str("status") == "settled" ? "SETTLED" : "PENDING");
  }
  const bool filtered = year_id || !status.empty();
  if (rows.empty()) d.ShowSection(filtered ? "EMPTY_FILTERED" : "EMPTY");
  pager_fill(d, pager, total->i64("n"), "/school/s/claims",
             {{"year", year_id ? std::to_string(year_id) : ""}, {"status", status}});
  page.render();
}
