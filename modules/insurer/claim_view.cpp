// insurer/claim_view.cpp - list values of one claim (see insurer/claim_view.h).
#include "insurer/claim_view.h"

#include "insurer/claim_rules.h"
#include "money.h"
#include "page.h"

void claim_fill_row(ctemplate::TemplateDictionary& dict, const Row& r) {
  set_value(dict, "ACCIDENT_ON", r.str("accident_on"));
  set_value(dict, "COMPANY", r.str("company"));
  set_value(dict, "INJURED_NAME", r.str("injured_name"));
  set_value(dict, "CAUSE", r.str("cause"));
  set_value(dict, "HANDLING", r.str("handling"));
  set_value(dict, "SETTLEMENT_NOTE", r.str("settlement_note"));
  set_value(dict, "PAID", r.is_null("paid_fen") ? "" : yuan_text(r.i64("paid_fen")));
  set_value(dict, "CLOSED_ON", r.str("closed_on"));
}
