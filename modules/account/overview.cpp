// account/overview.cpp - 账户信息 for departments, insurers and the admin (see account/overview.h).
#include "account/overview.h"

#include "account/recent_logins.h"
#include "config.h"
#include "context.h"
#include "mask.h"
#include "page.h"

namespace {

const char* level_label(const std::string& level) {
  if (level == "province") return "省级分公司";
  if (level == "city") return "市级公司";
  return "县区支公司";
}

void fact(ctemplate::TemplateDictionary& d, std::string_view label, std::string_view value) {
  auto* row = d.AddSectionDictionary("FACT");
  set_value(*row, "LABEL", label);
  set_value(*row, "VALUE", value);
}

}  // namespace

std::string account_url(const Ctx& ctx) { return std::string(ctx.area.home) + "account"; }

std::string account_done_notice(const Request& req) {
  const std::string* done = req.param("done");
  if (!done) return "";
  if (*done == "basic") return "基本信息已保存。";
  if (*done == "mobile") return "手机号已修改，原手机号和新手机号均已收到短信通知。";
  if (*done == "password") return "密码已修改，其他设备上的登录已退出。";
  if (*done == "name") return "学校名称更改申请已提交，请等待管理中心审核。";
  if (*done == "region") return "区域更改申请已提交，请等待管理中心审核。";
  return "";
}

void account_overview(Ctx& ctx) {
  const Account& a = ctx.account();
  auto row = ctx.db.query_one(
      "SELECT a.login_name, a.display_name, a.contact_name, a.mobile, a.insurer_level,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS created_cn,"
      " DATE_FORMAT(a.password_changed_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS changed_cn,"
      " r.name AS region_name, r.level AS region_level, p.name AS parent_name, p.level AS parent_level,"
      " c.name AS company_name"
      " FROM accounts a LEFT JOIN regions r ON r.code = a.region_code LEFT JOIN regions p ON p.code = r.parent_code"
      " LEFT JOIN insurance_companies c ON c.id = a.company_id WHERE a.id = ?",
      {a.id});
  if (!row) throw std::runtime_error("signed-in account without its row");

  Page page(ctx, "账户信息", "account/overview.tpl");
  auto& d = page.body();
  if (std::string notice = account_done_notice(ctx.req); !notice.empty()) page.notice(notice);
  fact(d, "登录账号", row->str("login_name"));
  fact(d, "单位名称", row->str("display_name"));
  std::string region = row->str("region_name");
  if (row->str("parent_level") == "city") region = row->str("parent_name") + " " + region;
  if (a.kind == "department") fact(d, "所在区域", region);
  if (a.kind == "insurer") {
    fact(d, "保险公司", row->str("company_name"));
    fact(d, "账号级别", level_label(row->str("insurer_level")));
    fact(d, "负责区域", region);
  }
  fact(d, "联系人", row->str("contact_name").empty() ? std::string("未填写") : row->str("contact_name"));
  fact(d, "手机号", row->str("mobile").empty() ? std::string("未登记") : mask_mobile(row->str("mobile")));
  fact(d, "开通时间", row->str("created_cn"));
  std::string changed = row->str("changed_cn").empty() ? std::string("—") : row->str("changed_cn");
  if (ctx.config.password_max_age_days > 0)
    changed += "（密码有效期 " + std::to_string(ctx.config.password_max_age_days) + " 天，到期须修改）";
  fact(d, "密码修改时间", changed);
  fact(d, "账户状态", "正常");
  set_value(d, "MOBILE_URL", account_url(ctx) + "/mobile");
  set_value(d, "PASSWORD_URL", account_url(ctx) + "/password");
  recent_logins_fill(ctx, d);
  page.render();
}
