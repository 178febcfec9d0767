// school/policies.h - a school's 承保数据: the policies (保单) the insurers uploaded for the
// school's own enrollments of one academic year, read-only, each with its policy file.
// Policies are written by the insurer pages; this page only reads them, scoped to the school.
// The policy file row must name the enrollment's school (files.school_id, the owner whose
// downloads /school/files/download allows), as every stored file of a school does.
#pragma once
struct Ctx;

// GET /school/s/policies[?year=ID]: the current year's policies of the signed-in school (or
// of year ID: a malformed id → 400, an id that is no academic year → 404). Per policy 保单号,
// 投保公司, 险种, 承保人数, 参保人数 (the enrollment's declared count, marked 人数不一致 when it
// differs), 保费 (yuan, 2 decimals), 保险期间, 保单文件 (download link when uploaded). A year
// selector lists the current year and every year the school has enrollments in. No policy
// yet → 等待保险公司承保 with the year's policy upload deadline.
void school_policies(Ctx& ctx);
