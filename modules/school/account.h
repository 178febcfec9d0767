// school/account.h - a school's 账户信息 (the manual's screenshot): 区域 (区域有误? 申请更改),
// 学校名称 (学校名称有变更? 申请更改), 学校类型, 学校性质, 联系人姓名, 联系人手机 (masked),
// 注册时间, 账户状态; buttons 修改基本信息, 修改手机号, 修改密码; 最近登录. A pending change
// application shows as 审核中 instead of its link; a rejected one shows the reason.
// The forms: school/account_basic.h, school/account_change.h, account/change_mobile.h,
// account/change_password.h. Only the signed-in school's own row is read.
#pragma once
struct Ctx;

// GET /school/s/account
void school_account(Ctx& ctx);
