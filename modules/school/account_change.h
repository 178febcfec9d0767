// school/account_change.h - 申请更改 of a school's name or region (账户信息 → "学校名称有变更?" /
// "区域有误?"): the new value and a reason (at most 200 characters) become an applications row
// (kind name_change {"name": ...} or region_change {"region_code": ...}, status pending) for
// the admin's review, which changes the record on approval. One pending application per kind
// (the table's unique pending key); while one is pending the form says so instead.
// Audited as "name_change_requested" / "region_change_requested".
#pragma once
struct Ctx;

// GET /school/s/account/change-name
void school_account_change_name_page(Ctx& ctx);
// POST /school/s/account/change-name : name + reason → 303 /school/s/account?done=name
void school_account_change_name(Ctx& ctx);
// GET /school/s/account/change-region : a select of every city's 市直 and counties
void school_account_change_region_page(Ctx& ctx);
// POST /school/s/account/change-region : region_code + reason → 303 /school/s/account?done=region
void school_account_change_region(Ctx& ctx);
