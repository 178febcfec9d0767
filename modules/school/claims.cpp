// school/claims.cpp - 理赔信息 of a school (see school/claims.h). The only query names the
// signed-in school (c.school_id = ?); nothing is read from the request.
#include "school/claims.h"

#include "context.h"
#include "insurer/claim_rules.h"
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
    set_value(*row, "ACCIDENT_ON", r.str("accident_on"));
    set_value(*row, "COMPANY", r.str("company"));
    set_value(*row, "INJURED_NAME", r.str("injured_name"));
    set_value(*row, "CAUSE", r.str("cause"));
    set_value(*row, "HANDLING", r.str("handling"));
    set_value(*row, "SETTLEMENT_NOTE", r.str("settlement_note"));
    if (r.str("status") == "settled") {
      auto* s = row->AddSectionDictionary("SETTLED");
      set_value(*s, "PAID", claim_yuan_text(r.i64("paid_fen")));
      set_value(*s, "CLOSED_ON", r.str("closed_on"));
    } else {
      row->ShowSection("PENDING");
    }
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  page.render();
}
