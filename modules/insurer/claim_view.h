// insurer/claim_view.h - how one claim row shows in a list (the insurer's 未决案件 / 理赔案件 and
// the school's 理赔信息 use the same template values).
#pragma once
#include "db.h"

namespace ctemplate { class TemplateDictionary; }

// Sets ACCIDENT_ON, COMPANY, INJURED_NAME, CAUSE, HANDLING, SETTLEMENT_NOTE, PAID (yuan, "" while
// pending) and CLOSED_ON from a row with the columns accident_on, company, injured_name, cause,
// handling, settlement_note, paid_fen, closed_on.
void claim_fill_row(ctemplate::TemplateDictionary& dict, const Row& claim);
