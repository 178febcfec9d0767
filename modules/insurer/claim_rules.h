// insurer/claim_rules.h - the rules of one claim (未决案件 / 理赔案件) as an insurer types it,
// in the 新增/修改/结案 forms or as one row of the bulk import: the checks (each error a
// Chinese message keyed by its field), the scope (a claim belongs to the insurer's company and
// to a school in its region that has a submitted enrollment with that company in the academic
// year the accident falls in) and the one way a claim is written (insert or update + audit).
// Claims are read by id only through insurer_claim, so an id of another company or region
// answers exactly like an unknown one.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "db.h"

struct Account;
struct Ctx;

// The fields as typed (trimmed text). product is a product id or "" (险种 not given);
// paid is 赔偿金额 in yuan, e.g. "1200.50".
struct ClaimInput {
  std::string claim_no, school, product, accident_on, injured_name, cause, handling, settlement_note, paid, closed_on;
};

// What the checks resolved; valid only when the errors are empty.
struct ClaimResolved {
  int64_t school_id = 0, year_id = 0, product_id = 0;  // product_id 0 = none
  bool settled = false;
  int64_t paid_fen = 0;
};

// Field name ("claim_no", "school", "product", "accident_on", "injured_name", "cause", "handling",
// "settlement_note", "paid", "closed_on") → message.
using ClaimErrors = std::map<std::string, std::string>;

// Yuan with at most two decimals ("0", "12", "12.5", "1,234.56") → fen; nullopt with a
// message in error for anything else (negative, three decimals, letters, over 10^12 yuan).
// No floating point is involved.
std::optional<int64_t> claim_parse_yuan(const std::string& text, std::string& error);

// Checks every field against the rules and the insurer's scope. settle: 赔偿金额 and 结案时间
// are required (the 结案 form); otherwise they are optional but go together (a bulk row with
// both is settled; the 新增/修改 forms pass them empty). Never writes.
ClaimErrors claim_check(Db& db, const Account& insurer, const ClaimInput& in, bool settle, ClaimResolved& out);

// One claim of the insurer's company and region, or nullopt. Columns: id, claim_no, school_id,
// school_name, year_id, product_id, accident_on, injured_name, cause, handling, settlement_note,
// status, paid_fen, closed_on (dates YYYY-MM-DD).
std::optional<Row> insurer_claim(Db& db, const Account& insurer, int64_t claim_id);
// The same row as input fields (paid as yuan text).
ClaimInput claim_input_of(const Row& claim);

// Writes a checked claim inside the caller's transaction: id 0 inserts, else updates that
// claim (the caller got it through insurer_claim). Audits claim_created / claim_updated /
// claim_settled with the claim number and school. Returns the claim id. A claim number already
// used by the company throws what Db throws (is_duplicate_key tells it apart).
int64_t claim_save(Ctx& ctx, int64_t id, const ClaimInput& in, const ClaimResolved& r);
