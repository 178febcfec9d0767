// admin/sms_log.cpp - the SMS log and 重发 (see admin/sms_log.h). Scope: every message
// (Role::Admin); only the allow-listed filters and the message id are read from requests.
#include "admin/sms_log.h"

#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "http_error.h"
#include "mask.h"
#include "page.h"
#include "pager.h"
#include "pii.h"
#include "sms.h"

namespace {

struct Filters {
  std::string mobile, purpose, status, from, to;
  std::string mobile_error, purpose_error, date_error;
  int64_t page = 1;

  bool ok() const { return mobile_error.empty() && purpose_error.empty() && date_error.empty(); }
  QueryParams query() const {
    return {{"mobile", mobile}, {"purpose", purpose}, {"status", status}, {"from", from}, {"to", to}};
  }
};

bool only(std::string_view s, std::string_view allowed) { return s.find_first_not_of(allowed) == std::string_view::npos; }

// Soft checks: a bad filter value is shown under its field with the value kept.
Filters read_filters(const Request& req) {
  Filters f;
  f.mobile = param_text(req, "mobile", 40, false);
  f.purpose = param_text(req, "purpose", 64, false);
  const std::string* s = req.param("status");
  if (s && !s->empty()) f.status = param_enum(req, "status", {"queued", "sent", "delivered", "failed"});
  f.from = param_text(req, "from", 20, false);
  f.to = param_text(req, "to", 20, false);
  if (req.param("page")) f.page = std::min<int64_t>(param_id(req, "page"), 100000);
  // Only the first 3 digits are stored in the clear (138****5678): a longer number is found
  // whole, by its HMAC.
  if ((f.mobile.size() > 3 && f.mobile.size() != 11) || !only(f.mobile, "0123456789"))
    f.mobile_error = "手机号只能填写数字：前 1-3 位，或完整的 11 位号码。";
  if (f.purpose.size() > 32 || !only(f.purpose, "abcdefghijklmnopqrstuvwxyz_:"))
    f.purpose_error = "用途请填写英文代码的开头，如 code: 或 notice:。";
  if ((!f.from.empty() && !valid_date(f.from)) || (!f.to.empty() && !valid_date(f.to)))
    f.date_error = "日期格式应为 YYYY-MM-DD。";
  else if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    f.date_error = "开始日期不能晚于结束日期。";
  return f;
}

const char* template_label(const std::string& t) {
  if (t == "code") return "验证码";
  if (t == "initial_password") return "初始密码";
  if (t == "password_reset") return "重置密码";
  if (t == "password_changed") return "密码修改通知";
  if (t == "mobile_changed") return "手机号变更通知";
  if (t == "account_locked") return "账号锁定通知";
  if (t == "registration_rejected") return "注册驳回通知";
  if (t == "application_approved") return "申请通过通知";
  if (t == "application_rejected") return "申请驳回通知";
  return "通知";
}

void status_badge(ctemplate::TemplateDictionary& row, const std::string& s) {
  const char* label = s == "queued" ? "待发送" : s == "sent" ? "已发送" : s == "delivered" ? "已送达" : "失败";
  const char* badge = s == "queued" ? "badge-info" : s == "sent" ? "" : s == "delivered" ? "badge-ok" : "badge-danger";
  set_value(row, "STATUS_LABEL", label);
  set_value(row, "STATUS_BADGE", badge);
}

void replace_all(std::string& text, std::string_view what, std::string_view with) {
  if (what.empty()) return;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
    text.replace(at, what.size(), with);
}

}  // namespace

std::string sms_masked_body(std::string_view template_name, std::string_view body, std::string_view code,
                            std::string_view password) {
  std::string text(body);
  replace_all(text, code, "******");
  replace_all(text, password, "********");
  if (template_name == "code") {
    // Belt and braces: any run of 4 or more digits in a code message is starred.
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
      size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      if (j - i >= 4) out += "******";
      else out.append(text, i, j - i);
      if (j == i) out += text[j++];
      i = j;
    }
    text = out;
  }
  if (sms_template_secret(template_name) && template_name != "code" && password.empty())
    return "（内容含密码，已隐藏）";
  return text;
}

void admin_sms(Ctx& ctx) {
  Filters f = read_filters(ctx.req);
  Pager pager;
  pager.page = f.page;
  // Invalid filters show their messages and an empty list rather than a wrong one.
  std::string mobile = f.mobile.size() == 11 ? std::string("%") : f.mobile + "%";
  std::string purpose = like_contains(f.purpose).substr(1);
  Param mobile_hmac = f.mobile.size() == 11 ? Param(pii_mobile_hmac(ctx.config, f.mobile)) : Param(Null{});
  std::string from = f.from.empty() ? "1900-01-01" : f.from, to = f.to.empty() ? "2200-12-31" : f.to;
  int64_t valid = f.ok() ? 1 : 0;
  auto total = ctx.db.query_one(
      "SELECT COUNT(*) AS n FROM sms_messages m WHERE ? = 1 AND m.mobile LIKE ?"
      " AND (? IS NULL OR m.mobile_hmac = ?) AND m.purpose LIKE ?"
      " AND (? = '' OR m.status = ?) AND m.created_at >= CAST(? AS DATE) - INTERVAL 8 HOUR"
      " AND m.created_at < CAST(? AS DATE) + INTERVAL 16 HOUR",
      {valid, mobile, mobile_hmac, mobile_hmac, purpose, f.status, f.status, from, to});
  Rows rows = ctx.db.query(
      "SELECT m.id, m.mobile, m.template, m.body, m.purpose, m.status, m.attempts, m.last_error,"
      " JSON_VALUE(m.params, '$.code') AS p_code, JSON_VALUE(m.params, '$.password') AS p_password,"
      " DATE_FORMAT(m.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i:%s') AS created,"
      " DATE_FORMAT(m.delivered_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i:%s') AS delivered"
      " FROM sms_messages m WHERE ? = 1 AND m.mobile LIKE ?"
      " AND (? IS NULL OR m.mobile_hmac = ?) AND m.purpose LIKE ?"
      " AND (? = '' OR m.status = ?) AND m.created_at >= CAST(? AS DATE) - INTERVAL 8 HOUR"
      " AND m.created_at < CAST(? AS DATE) + INTERVAL 16 HOUR"
      " ORDER BY m.id DESC LIMIT ? OFFSET ?",
      {valid, mobile, mobile_hmac, mobile_hmac, purpose, f.status, f.status, from, to, pager.limit, pager.offset()});

  Page page(ctx, "短信记录", "admin/sms.tpl");
  auto& d = page.body();
  if (const std::string* done = ctx.req.param("done"); done && *done == "resent")
    page.notice("已重新加入发送队列。");
  set_value(d, "MOBILE", f.mobile);
  set_value(d, "PURPOSE", f.purpose);
  set_value(d, "FROM", f.from);
  set_value(d, "TO", f.to);
  for (const char* s : {"queued", "sent", "delivered", "failed"})
    if (f.status == s) d.ShowSection(std::string("STATUS_") + s);
  auto error = [&](const char* section, const std::string& message) {
    if (message.empty()) return;
    set_value(*d.AddSectionDictionary(section), "MESSAGE", message);
    d.ShowSection(std::string(section) + "_INVALID");
  };
  error("MOBILE_ERROR", f.mobile_error);
  error("PURPOSE_ERROR", f.purpose_error);
  error("DATE_ERROR", f.date_error);
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("MESSAGE_ROW");
    const std::string& tpl = r.str("template");
    set_value(*row, "ID", r.str("id"));
    set_value(*row, "CREATED", r.str("created"));
    set_value(*row, "MOBILE_MASKED", mask_mobile(r.str("mobile")));
    set_value(*row, "KIND", template_label(tpl));
    set_value(*row, "PURPOSE_CODE", r.str("purpose"));
    set_value(*row, "BODY", sms_masked_body(tpl, r.str("body"), r.str("p_code"), r.str("p_password")));
    status_badge(*row, r.str("status"));
    set_value(*row, "ATTEMPTS", r.str("attempts"));
    set_value(*row, "DELIVERED", r.str("delivered").empty() ? "—" : r.str("delivered"));
    if (!r.str("last_error").empty() && r.str("status") == "failed")
      set_value(*row->AddSectionDictionary("LAST_ERROR"), "TEXT", r.str("last_error"));
    if (r.str("status") == "failed") {
      if (sms_template_secret(tpl)) {
        row->ShowSection("NO_RESEND");
      } else {
        auto* form = row->AddSectionDictionary("RESEND");
        bool keep = f.ok();
        set_value(*form, "F_MOBILE", keep ? f.mobile : "");
        set_value(*form, "F_PURPOSE", keep ? f.purpose : "");
        set_value(*form, "F_STATUS", f.status);
        set_value(*form, "F_FROM", keep ? f.from : "");
        set_value(*form, "F_TO", keep ? f.to : "");
        set_value(*form, "F_PAGE", std::to_string(f.page));
      }
    }
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total->i64("n"), "/school/admin/sms", f.ok() ? f.query() : QueryParams{});
  page.render();
}

void admin_sms_resend(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  Filters f = read_filters(ctx.req);
  auto m = ctx.db.query_one("SELECT id, template, status FROM sms_messages WHERE id = ?", {id});
  if (!m) throw HttpError(404, "该短信记录不存在。");
  int64_t copy = 0;
  ctx.db.transaction([&] {
    copy = sms_resend(ctx.db, ctx.config, id);
    if (copy) audit(ctx, "sms_resent", "sms_message", std::to_string(id), "copy=" + std::to_string(copy));
  });
  if (!copy) {
    audit(ctx, "sms_resend_refused", "sms_message", std::to_string(id), m->str("template") + " " + m->str("status"));
    throw HttpError(409, sms_template_secret(m->str("template"))
                             ? "验证码和密码短信不能重发，请让用户重新获取验证码或重新重置密码。"
                             : "只有发送失败的短信可以重发。");
  }
  QueryParams q = f.ok() ? f.query() : QueryParams{};
  if (f.page > 1) q.emplace_back("page", std::to_string(f.page));
  q.emplace_back("done", "resent");
  ctx.res.redirect(url_with_query("/school/admin/sms", q), true);
}
