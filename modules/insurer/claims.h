// insurer/claims.h - 保险数据上传: the claim lists of an insurer account (all levels). Two sections
// shown as tabs: 未决案件 (pending) and 理赔案件 (settled), each of the insurer's own company and of
// schools in its region, filtered by academic year, county and a range of 出险时间, 20 a page.
#pragma once
struct Ctx;

// GET /school/insurer/claims[?view=pending|settled&year=ID&county=CODE&from=DATE&to=DATE&page=N]:
// bad filter values are shown under their field with an empty list; a county outside the
// insurer's region matches nothing. Links to 新增未决案件, 批量导入 and each claim.
void insurer_claims(Ctx& ctx);
