// center/home.h - a center school's 所辖学校: its active subordinate schools with the current
// year's progress per product (未提交 / 已提交 / 已承保 / 修改中, "—" where the product does not
// apply to the school's type), their 明白人 (mobile masked), and 上传 (the school's 投保数据
// pages acting for it, school/in_hand.h), 查看 (center/school.h), and how many of the
// registrations it filed (center/register.h) await review or were rejected.
#pragma once
struct Ctx;

// GET /school/center/
void center_home(Ctx& ctx);
