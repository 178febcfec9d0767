// insurer/home.h - an insurer account's 系统首页: company, level, region and, for the current
// academic year within its scope (company + region, insurer/enrollment_scope.h): enrollments
// submitted per product, insured (a policy uploaded), missing policies, 人数不一致 and 需上传批单
// (by the latest policy, as the policy page says), 未决案件 and 理赔案件 with the amount paid, and the
// policy deadline (the company's extension for the account's region applied) with the days left.
// Every figure links to the list it counts (投保数据 with the year/product/policy filter, the
// claims list with view and year).
#pragma once
struct Ctx;

// GET /school/insurer/
void insurer_home(Ctx& ctx);
