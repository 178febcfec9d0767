// account/recent_logins.h - the 最近登录 list of every 账户信息 page: the signed-in account's
// last 10 successful logins (audit_log action "login"), time in Asia/Shanghai and address.
#pragma once

namespace ctemplate { class TemplateDictionary; }
struct Ctx;

// Adds the include RECENT_LOGINS (templates/account/recent_logins.tpl) to dict.
void recent_logins_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict);
