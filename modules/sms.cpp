// sms.cpp - message queueing, templates and verification codes (see sms.h). The http
// driver's delivery is in sms_sender.cpp (run by `manage sms-sender`).
#include "sms.h"

#include <stdexcept>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "form.h"
#include "pii.h"
#include "throttle.h"

namespace {

struct Template {
  const char* name;
  const char* text;  // {name} placeholders
};

const Template kTemplates[] = {
    {"code", "您的验证码为{code}，{minutes}分钟内有效，仅用于{purpose}，请勿告诉他人。"},
    {"initial_password", "您的账号“{login}”已开通，初始密码为{password}，仅可使用一次，首次登录后须立即修改。"},
    {"password_reset", "您的账号“{login}”的密码已重置，临时密码为{password}，仅可使用一次，登录后须立即修改。"},
    {"password_changed", "您的账号“{login}”的密码已于{time}修改。如非本人操作，请立即联系主管部门。"},
    {"mobile_changed", "您的账号“{login}”绑定的手机号已于{time}变更为{mobile}。如非本人操作，请立即联系主管部门。"},
    {"account_locked", "您的账号“{login}”因多次密码错误已锁定15分钟。如非本人操作，请联系主管部门。"},
    {"registration_rejected", "您提交的学校注册“{school}”未通过审核，原因：{reason}。请修改后重新提交。"},
    {"application_approved", "您提交的{what}申请已审核通过。"},
    {"application_rejected", "您提交的{what}申请未通过审核，原因：{reason}。"},
    {"notice", "{text}"},
};

const Template& find_template(std::string_view name) {
  for (const Template& t : kTemplates)
    if (name == t.name) return t;
  throw std::invalid_argument("unknown SMS template " + std::string(name));
}

std::string params_json(const SmsParams& params) {
  std::string out = "{";
  for (const auto& [k, v] : params) {
    if (out.size() > 1) out += ',';
    out += '"' + k + "\":\"";
    for (char c : v) {
      if (c == '"' || c == '\\') out += '\\';
      if (static_cast<unsigned char>(c) < 0x20) continue;
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::string code_hmac(const Config& config, std::string_view purpose, std::string_view mobile, std::string_view code) {
  return hmac_sha256(config.secret, "sms-code|" + std::string(purpose) + "|" + std::string(mobile) + "|" + std::string(code));
}

const char* purpose_label(std::string_view purpose) {
  if (purpose == "register") return "学校注册";
  if (purpose == "reset_password") return "找回密码";
  if (purpose == "change_mobile") return "修改手机号";
  if (purpose == "login_mfa") return "登录验证";
  return "身份验证";
}

constexpr int kCodeMinutes = 5;
constexpr int kMaxWrong = 5;

}  // namespace

std::string sms_render(const Config& config, std::string_view template_name, const SmsParams& params) {
  std::string text = find_template(template_name).text;
  for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open)) {
    size_t close = text.find('}', open);
    std::string key = text.substr(open + 1, close - open - 1);
    const std::string* value = nullptr;
    for (const auto& [k, v] : params)
      if (k == key) value = &v;
    if (!value) throw std::invalid_argument("SMS template " + std::string(template_name) + " needs " + key);
    text.replace(open, close - open + 1, *value);
    open += value->size();
  }
  return config.sms_sign + text;
}

int64_t sms_queue(Db& db, const Config& config, std::string_view mobile, std::string_view template_name,
                  const SmsParams& params, std::string_view purpose, int64_t account_id) {
  std::string body = sms_render(config, template_name, params);
  bool outbox = config.sms_driver == "outbox";
  SealedMobile m = pii_seal_mobile(config, mobile);
  db.exec("INSERT INTO sms_messages (mobile, mobile_enc, mobile_hmac, template, params, body, purpose, account_id,"
          " status, next_attempt_at, sent_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, IF(? = 'queued', UTC_TIMESTAMP(), NULL),"
          " IF(? = 'sent', UTC_TIMESTAMP(), NULL))",
          {m.masked, m.enc, m.hmac, std::string(template_name), params_json(params), body, std::string(purpose),
           account_id ? Param(account_id) : Param(Null{}), outbox ? "sent" : "queued", outbox ? "sent" : "queued",
           outbox ? "sent" : "queued"});
  return static_cast<int64_t>(db.last_insert_id());
}

CodeSendResult sms_code_take_limits(Db& db, const Config& config, std::string_view mobile,
                                    std::string_view client_ip) {
  CodeSendResult r;
  if (!check_mobile(mobile)) {
    r.message = "请填写正确的11位手机号码。";
    return r;
  }
  std::string phone_key = "sms:mobile:" + pii_mobile_hmac_hex(config, mobile);
  if (throttle_count(db, phone_key, 60) >= 1) {
    r.message = "验证码发送过于频繁，请 60 秒后再试。";
    return r;
  }
  if (throttle_count(db, phone_key, 3600) >= 5 || throttle_count(db, phone_key, 86400) >= 10) {
    r.message = "该手机号今日获取验证码次数过多，请稍后再试。";
    return r;
  }
  if (!throttle_take(db, "sms:ip:" + std::string(client_ip), 30, 3600)) {
    r.message = "当前网络获取验证码次数过多，请稍后再试。";
    return r;
  }
  throttle_take(db, phone_key, 1000, 86400);
  r.ok = true;
  return r;
}

CodeSendResult sms_code_send(Db& db, const Config& config, std::string_view mobile, std::string_view purpose,
                             int64_t account_id, std::string_view client_ip) {
  CodeSendResult r = sms_code_take_limits(db, config, mobile, client_ip);
  if (!r.ok) return r;
  std::string raw = random_bytes(4);
  uint32_t n = (static_cast<uint32_t>(static_cast<unsigned char>(raw[0])) << 24) |
               (static_cast<uint32_t>(static_cast<unsigned char>(raw[1])) << 16) |
               (static_cast<uint32_t>(static_cast<unsigned char>(raw[2])) << 8) | static_cast<unsigned char>(raw[3]);
  std::string code = std::to_string(n % 1000000);
  code.insert(0, 6 - code.size(), '0');
  db.transaction([&] {
    std::string mobile_hmac = pii_mobile_hmac(config, mobile);
    db.exec("UPDATE sms_codes SET used_at = UTC_TIMESTAMP() WHERE mobile_hmac = ? AND purpose = ? AND used_at IS NULL",
            {mobile_hmac, std::string(purpose)});
    db.exec("INSERT INTO sms_codes (mobile_hmac, purpose, account_id, code_hmac, expires_at)"
            " VALUES (?, ?, ?, ?, UTC_TIMESTAMP() + INTERVAL ? MINUTE)",
            {mobile_hmac, std::string(purpose), account_id ? Param(account_id) : Param(Null{}),
             code_hmac(config, purpose, mobile, code), int64_t{kCodeMinutes}});
    sms_queue(db, config, mobile, "code",
              {{"code", code}, {"minutes", std::to_string(kCodeMinutes)}, {"purpose", purpose_label(purpose)}},
              "code:" + std::string(purpose), account_id);
  });
  r.ok = true;
  return r;
}

bool sms_code_check(Db& db, const Config& config, std::string_view mobile, std::string_view purpose,
                    std::string_view code) {
  auto live = db.query_one(
      "SELECT id, code_hmac FROM sms_codes WHERE mobile_hmac = ? AND purpose = ? AND used_at IS NULL"
      " AND expires_at > UTC_TIMESTAMP() AND attempts < ? ORDER BY id DESC LIMIT 1",
      {pii_mobile_hmac(config, mobile), std::string(purpose), int64_t{kMaxWrong}});
  if (!live) return false;
  bool well_formed = code.size() == 6 && code.find_first_not_of("0123456789") == std::string_view::npos;
  if (well_formed && equal_ct(live->str("code_hmac"), code_hmac(config, purpose, mobile, code))) {
    // Single use: only the request that flips used_at wins.
    return db.exec("UPDATE sms_codes SET used_at = UTC_TIMESTAMP() WHERE id = ? AND used_at IS NULL",
                   {live->i64("id")}) == 1;
  }
  db.exec("UPDATE sms_codes SET attempts = attempts + 1 WHERE id = ?", {live->i64("id")});
  return false;
}

int sms_code_tries_left(Db& db, const Config& config, std::string_view mobile, std::string_view purpose) {
  auto live = db.query_one(
      "SELECT attempts FROM sms_codes WHERE mobile_hmac = ? AND purpose = ? AND used_at IS NULL"
      " AND expires_at > UTC_TIMESTAMP() AND attempts < ? ORDER BY id DESC LIMIT 1",
      {pii_mobile_hmac(config, mobile), std::string(purpose), int64_t{kMaxWrong}});
  return live ? kMaxWrong - static_cast<int>(live->i64("attempts")) : 0;
}

bool sms_template_secret(std::string_view template_name) {
  return template_name == "code" || template_name == "initial_password" || template_name == "password_reset";
}

int64_t sms_resend(Db& db, const Config& config, int64_t message_id) {
  auto m = db.query_one("SELECT template FROM sms_messages WHERE id = ? AND status = 'failed'", {message_id});
  if (!m || sms_template_secret(m->str("template"))) return 0;
  std::string status = config.sms_driver == "outbox" ? "sent" : "queued";
  uint64_t n = db.exec(
      "INSERT INTO sms_messages (mobile, mobile_enc, mobile_hmac, template, params, body, purpose, account_id, status,"
      " next_attempt_at, sent_at) SELECT mobile, mobile_enc, mobile_hmac, template, params, body, purpose, account_id,"
      " ?, IF(? = 'queued', UTC_TIMESTAMP(), NULL),"
      " IF(? = 'sent', UTC_TIMESTAMP(), NULL) FROM sms_messages WHERE id = ? AND status = 'failed'",
      {status, status, status, message_id});
  return n == 1 ? static_cast<int64_t>(db.last_insert_id()) : 0;
}
