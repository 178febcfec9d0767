// account/overview.h - 账户信息 of department, insurer and admin accounts: one page shared by
// the three areas (each route table points here; schools have school/account.h), and the
// helpers every account page uses. Shows only the signed-in account; no ids in URLs.
#pragma once
#include <string>

class Request;
struct Ctx;

// GET /school/dept/account, /school/insurer/account, /school/admin/account: 账号, 单位名称,
// 区域 / 保险公司, 联系人, mobile (masked), password age, buttons 修改手机号 and 修改密码,
// 最近登录.
void account_overview(Ctx& ctx);

// The 账户信息 URL of the current area ("/school/dept/account").
std::string account_url(const Ctx& ctx);
// The notice for ?done=basic|mobile|password|name|region after a PRG redirect; "" for
// anything else (the text never comes from the request).
std::string account_done_notice(const Request& req);
