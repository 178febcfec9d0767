// insurer/enrollments.h - 投保数据 (provincial branch) / 花名册数据 (city and county accounts): the
// submitted enrollments in the insurer's scope (insurer/enrollment_scope.h: its company, its
// region, never drafts) of one academic year (default the current one), filtered by 险种, 市
// (province only), 县区 (province and city), 状态 (未承保 = submitted, 已承保 = insured, 修改中 =
// modifying), 保单 (by the latest policy of the company: has, missing, mismatch = 人数不一致,
// endorse = 需上传批单; the figures of insurer/home.h) and a school-name search; 20 a page with the totals (schools, persons) of the whole
// filtered set; 导出 writes the filtered set as .xlsx (text cells only); each row's 下载花名册 gives
// that school's roster with full ID numbers, 下载保单 the latest policy PDF. Exports and downloads are audited; an enrollment
// outside the scope answers 404 and is audited as access_denied.
#pragma once
struct Ctx;

// GET /school/insurer/enrollments?year=&product=&city=&county=&status=&policy=&q=&page=
void insurer_enrollments(Ctx& ctx);
// GET /school/insurer/enrollments/export?<the same filters>: the filtered list as .xlsx.
void insurer_enrollments_export(Ctx& ctx);
// GET /school/insurer/enrollment/roster?id=N: one enrollment's roster as .xlsx (full ID numbers).
void insurer_enrollment_roster(Ctx& ctx);
