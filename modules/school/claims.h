// school/claims.h - 理赔信息: the claims insurers recorded for the signed-in school's own
// accidents, pending (未决) and settled (理赔), read-only. The injured pupil is the school's own,
// so the name is shown in full. Scope: claims.school_id = the signed-in school.
#pragma once
struct Ctx;

// GET /school/s/claims?year=ID&status=pending|settled&page=N: the school's claims, newest
// accident first, 20 a page, optionally of one academic year (the claim's policy year; unknown
// id 404) and one status (garbage 400): 出险时间, 保险公司, 伤者姓名, 事故原因, 处理情况, 理赔情况,
// 状态 (未结案 / 已结案), 赔偿金额 (yuan) and 结案时间; the filters stay in the page links.
void school_claims(Ctx& ctx);
