// account/recent_logins.cpp - 最近登录 (see account/recent_logins.h).
#include "account/recent_logins.h"

#include <ctemplate/template.h>

#include "context.h"
#include "page.h"

void recent_logins_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict) {
  auto* inc = dict.AddIncludeDictionary("RECENT_LOGINS");
  inc->SetFilename("account/recent_logins.tpl");
  // China Standard Time is UTC+8 all year (no daylight saving).
  Rows rows = ctx.db.query(
      "SELECT DATE_FORMAT(at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i:%s') AS at_cn, ip FROM audit_log"
      " WHERE account_id = ? AND action = 'login' ORDER BY at DESC, id DESC LIMIT 10",
      {ctx.account().id});
  if (rows.empty()) inc->ShowSection("NO_LOGINS");
  for (const Row& r : rows) {
    auto* row = inc->AddSectionDictionary("LOGIN");
    set_value(*row, "AT", r.str("at_cn"));
    set_value(*row, "IP", r.str("ip").empty() ? std::string("—") : r.str("ip"));
  }
}
