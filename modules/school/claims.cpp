// school/claims.cpp - 理赔信息 of a school (see school/claims.h). The only query names the
// signed-in school (c.school_id = ?); nothing is read from the request.
#include "school/claims.h"

#include "context.h"
#include "insurer/claim_view.h"
#include "page.h"

void school_claims(Ctx& ctx) {
  Rows rows = ctx.db.query(
      "SELECT DATE_FORMAT(c.accident_on, '%Y-%m-%d') AS accident_on, co.short_name AS company, c.injured_name,"
      " c.cause, c.handling, c.settlement_note, c.status, c.paid_fen, DATE_FORMAT(c.closed_on, '%Y-%m-%d') AS closed_on"
      " FROM claims c JOIN insurance_companies co ON co.id = c.company_id WHERE c.school_id = ?"
      " ORDER BY c.accident_on DESC, c.id DESC LIMIT 500",
      {ctx.account().school_id});
  Page page(ctx, "理赔信息", "school/claims.tpl");
  auto& d = page.body();
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("CLAIM");
    claim_fill_row(*row, r);
    row->ShowSection(r.str("status") == "settled" ? "SETTLED" : "PENDING");
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  page.render();
}
