// insurer/claim_form.h - one claim in an insurer's hands: 新增未决案件, 修改 of a pending claim and
// 结案 (settlement into 理赔案件), the rules of insurer/claim_rules.h. A bad value re-shows the
// form with a message under its field and everything typed kept; nothing is written then. A
// claim id of another company or region (or unknown) → 404 and an access_denied audit record.
#pragma once
struct Ctx;

// GET /school/insurer/claims/new: the empty form (出险学校 with the schools in scope offered).
void insurer_claim_new(Ctx& ctx);
// POST /school/insurer/claims/new: creates a pending claim (audited claim_created), then 303 to
// the 未决案件 list.
void insurer_claim_create(Ctx& ctx);
// GET /school/insurer/claim?id=N: a pending claim's 修改 and 结案 forms; a settled one read-only.
void insurer_claim(Ctx& ctx);
// POST /school/insurer/claim (id + fields): updates a pending claim (claim_updated).
void insurer_claim_update(Ctx& ctx);
// POST /school/insurer/claim/settle (id, paid, closed_on): settles a pending claim (claim_settled).
void insurer_claim_settle(Ctx& ctx);
