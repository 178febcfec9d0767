// department/uncovered_remind.cpp - 短信提醒 and 全部提醒 of 未投保学校 (see
// uncovered_remind.h). Scope: the schools come from uncovered_rows (region_pattern of the
// account); a reminder is one transaction: the enrollment_reminders row (the throttle), the
// queued SMS, the link between them.
#include "department/uncovered_remind.h"

#include "audit.h"
#include "context.h"
#include "department/uncovered_list.h"
#include "form.h"
#include "http_error.h"
#include "scope.h"
#include "sms.h"
#include "year.h"
#include "pii.h"

namespace {

const char* const kListPath = "/school/dept/uncovered";

enum class Reminded { sent, throttled, no_mobile };

AcademicYear year_or_refuse(Ctx& ctx) {
  auto year = current_year(ctx);
  if (!year) throw HttpError(409, "管理中心尚未设置当前学年，无法发送提醒。");
  return *year;
}

std::string product_name(Ctx& ctx, int64_t product) {
  return ctx.db.query_one("SELECT name FROM products WHERE id = ?", {product})->str("name");
}

// Inside a transaction: one reminder of school row r (a row of uncovered_rows) unless it was
// reminded today or has no usable mobile.
Reminded remind_one(Ctx& ctx, const AcademicYear& year, int64_t product, const std::string& product_name,
                    const Row& r) {
  std::string mobile = pii_open_mobile(ctx.config, r.str("mobile_enc"));
  if (!check_mobile(mobile)) return Reminded::no_mobile;
  uint64_t fresh = ctx.db.exec(
      "INSERT IGNORE INTO enrollment_reminders (school_id, year_id, product_id, reminded_on, account_id)"
      " VALUES (?, ?, ?, DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR), ?)",
      {r.i64("id"), year.id, product, ctx.account().id});
  if (fresh == 0) return Reminded::throttled;
  int64_t reminder = static_cast<int64_t>(ctx.db.last_insert_id());
  std::string text = r.str("name") + "：" + year.label + "学年" + product_name +
                     "投保数据尚未提交，请尽快登录河南省教育保险管理系统提交（截止日期" + year.enroll_deadline + "）。——" +
                     ctx.account().display_name;
  int64_t sms = sms_queue(ctx.db, ctx.config, mobile, "notice", {{"text", text}}, "notice:enroll_reminder",
                          r.i64("account_id"));
  ctx.db.exec("UPDATE enrollment_reminders SET sms_message_id = ? WHERE id = ?", {sms, reminder});
  return Reminded::sent;
}

std::string back_url(const UncoveredFilters& f, QueryParams extra) {
  QueryParams q = f.query();
  if (f.page > 1) q.emplace_back("page", std::to_string(f.page));
  for (auto& p : extra) q.push_back(std::move(p));
  return url_with_query(kListPath, q);
}

}  // namespace

void department_uncovered_remind(Ctx& ctx) {
  AcademicYear year = year_or_refuse(ctx);
  UncoveredFilters f = uncovered_filters_read(ctx);
  int64_t id = param_id(ctx.req, "id");
  UncoveredFilters one;
  one.product = f.product;
  one.school_id = id;
  Rows rows = uncovered_rows(ctx, one, year.id, 1, 0);
  if (rows.empty()) {
    auto in_scope = ctx.db.query_one("SELECT id FROM schools WHERE id = ? AND status = 'active' AND region_code LIKE ?",
                                     {id, region_pattern(ctx.account())});
    if (!in_scope) {
      audit(ctx, "access_denied", "school", std::to_string(id), "department enrollment reminder");
      throw HttpError(404, "该学校不存在或不在您的管辖范围内。");
    }
    ctx.res.redirect(back_url(f, {{"done", "covered"}}), true);
    return;
  }
  std::string name = product_name(ctx, f.product);
  Reminded result = Reminded::throttled;
  ctx.db.transaction([&] {
    result = remind_one(ctx, year, f.product, name, rows.front());
    if (result == Reminded::sent)
      audit(ctx, "sms_reminder", "school", std::to_string(id), "product=" + std::to_string(f.product));
  });
  const char* done = result == Reminded::sent ? "sent" : result == Reminded::throttled ? "throttled" : "nomobile";
  ctx.res.redirect(back_url(f, {{"done", done}}), true);
}

void department_uncovered_remind_all(Ctx& ctx) {
  AcademicYear year = year_or_refuse(ctx);
  UncoveredFilters f = uncovered_filters_read(ctx);
  Rows rows = uncovered_rows(ctx, f, year.id, 1000000, 0);
  std::string name = product_name(ctx, f.product);
  int64_t sent = 0, skipped = 0;
  ctx.db.transaction([&] {
    sent = skipped = 0;
    for (const Row& r : rows) {
      if (remind_one(ctx, year, f.product, name, r) == Reminded::sent) ++sent;
      else ++skipped;
    }
    audit(ctx, "sms_reminder_all", "product", std::to_string(f.product),
          "sent=" + std::to_string(sent) + " skipped=" + std::to_string(skipped) + " county=" + f.county +
              " type=" + f.type + " q=" + f.q);
  });
  f.page = 1;
  ctx.res.redirect(back_url(f, {{"done", "all"}, {"sent", std::to_string(sent)}, {"skipped", std::to_string(skipped)}}),
                   true);
}
