// department/school_changes.cpp - contact mobile change and cancellation application of a school
// (see department/school_changes.h); the scope is the caller's lock callback.
#include "department/school_changes.h"

#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "mask.h"
#include "sms.h"
#include "pii.h"

namespace {

constexpr size_t kReasonChars = 200;

}  // namespace

std::string contact_mobile_problem(Db& db, const Config& config, int64_t id, const std::string& mobile,
                                   const std::string& current_hmac) {
  if (mobile.empty()) return "请输入新的联系人手机号码。";
  if (!check_mobile(mobile)) return "请输入正确的11位手机号码。";
  std::string hmac = pii_mobile_hmac(config, mobile);
  if (hmac == current_hmac) return "新手机号与当前联系人手机相同。";
  if (db.query_one("SELECT id FROM accounts WHERE kind = 'school' AND mobile_hmac = ?"
                   " AND (school_id IS NULL OR school_id <> ?) LIMIT 1",
                   {hmac, id}))
    return "该手机号已是其他学校的登录手机号，请换一个。";
  return "";
}

std::string contact_mobile_change(Ctx& ctx, int64_t id, const std::string& mobile, const std::string& who,
                                  const SchoolLock& lock) {
  std::string error;
  std::string when = now_cn_minute();
  ctx.db.transaction([&] {
    auto s = lock();
    if (!s || s->str("status") != "active") {
      error = "该学校账号不是正常使用状态，不能修改联系人手机。";
      return;
    }
    std::string old_mobile = pii_open_mobile(ctx.config, s->str("contact_mobile_enc"));
    std::string login = s->is_null("account_id") ? s->str("name") : s->str("login_name");
    SmsParams notice = {{"login", login}, {"time", when}, {"mobile", mask_mobile(mobile)}};
    SealedMobile m = pii_seal_mobile(ctx.config, mobile);
    ctx.db.exec("UPDATE schools SET contact_mobile = ?, contact_mobile_enc = ?, contact_mobile_hmac = ? WHERE id = ?",
                {m.masked, m.enc, m.hmac, id});
    if (!s->is_null("account_id"))
      ctx.db.exec("UPDATE accounts SET mobile = ?, mobile_enc = ?, mobile_hmac = ? WHERE id = ?",
                  {m.masked, m.enc, m.hmac, s->i64("account_id")});
    int64_t account_id = s->i64("account_id");
    sms_queue(ctx.db, ctx.config, old_mobile, "mobile_changed", notice, "notice:mobile_changed", account_id);
    sms_queue(ctx.db, ctx.config, mobile, "mobile_changed", notice, "notice:mobile_changed", account_id);
    audit(ctx, "mobile_changed", "school", std::to_string(id),
          "by " + who + " " + mask_mobile(old_mobile) + " -> " + mask_mobile(mobile));
  });
  return error;
}

bool cancellation_read(Ctx& ctx, std::string& cause, std::string& reason, std::string& cause_error,
                       std::string& reason_error) {
  cause = param_text(ctx.req, "cause", 20, false);
  reason = param_multiline(ctx.req, "reason", 1000);
  if (cause != "merger" && cause != "closure") {
    cause = "";
    cause_error = "请选择注销原因：学校合并或撤销。其他原因不能注销学校账号。";
  }
  if (reason.empty()) reason_error = "请填写注销说明（如合并后的学校名称、撤销批准文件）。";
  else if (utf8_length(reason) > kReasonChars) reason_error = "注销说明不能超过 200 个字。";
  return cause_error.empty() && reason_error.empty();
}

std::string cancellation_submit(Ctx& ctx, int64_t id, const std::string& cause, const std::string& reason,
                                const SchoolLock& lock) {
  std::string error;
  try {
    ctx.db.transaction([&] {
      auto s = lock();
      if (!s || s->str("status") != "active") {
        error = "该学校账号不是正常使用状态，不能申请注销。";
        return;
      }
      if (s->i64("subordinates") > 0) {
        error = "该学校是中心校，仍有 " + s->str("subordinates") + " 所所辖学校，请先将其转到其他中心校或移出后再申请注销。";
        return;
      }
      ctx.db.exec("INSERT INTO applications (kind, school_id, applicant_account_id, payload, reason, status)"
                  " VALUES ('cancellation', ?, ?, JSON_OBJECT('cause', ?), ?, 'pending')",
                  {id, ctx.account().id, cause, reason});
      audit(ctx, "cancellation_requested", "application", std::to_string(ctx.db.last_insert_id()),
            "school=" + std::to_string(id) + " cause=" + cause);
    });
  } catch (const DbError& e) {
    if (e.code() != 1062) throw;  // duplicate pending_key: another pending cancellation
    error = "该学校已有待审核的注销申请。";
  }
  return error;
}
