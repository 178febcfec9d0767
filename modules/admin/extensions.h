// admin/extensions.h - 截止日期延期: the admin extends a deadline (投保数据 enroll, 保单上传 policy,
// 统计上报 stats) of one academic year for one school (found by name and region), for a whole
// county / city (整个县区), or the 保单上传 deadline for an insurance company (all its regions or one
// county / city; insurer/policy_deadline.h): a new last day after the year's date, not before
// today and inside the policy period, and a reason (required, at most 200 characters) → a deadline_extensions row (granted_by). A new
// extension for the same target, year and kind replaces the old one. The page lists the year's
// extensions with who, when and why, each revocable. Audited: deadline_extended,
// deadline_extension_revoked. What an extension does: deadline.h.
#pragma once
struct Ctx;

// GET /school/admin/extensions?year=N (default: the current year) &q=&region= (school search)
// &school=ID (the school chosen for the form).
void admin_extensions(Ctx& ctx);
// POST /school/admin/extensions (year, target = school | region | company, school, region_code,
// company_id, deadline, extended_to, reason).
void admin_extension_grant(Ctx& ctx);
// POST /school/admin/extension/revoke (id).
void admin_extension_revoke(Ctx& ctx);
