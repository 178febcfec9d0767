// sms.h - the one SMS interface. Pages queue messages here; the driver chosen in app.conf
// ([sms] driver) decides what happens next:
//   outbox  the message is stored as sent and shown in the admin's 短信记录 (local, tests);
//   http    the message is stored as queued and `manage sms-sender` posts it to the gateway
//           (signed, retried with backoff), so a slow gateway never slows a page.
// Verification codes (6 digits from RAND_bytes, stored as an HMAC, 5 minutes, single use,
// bound to purpose + mobile (+ account), void after 5 wrong entries) and their send limits
// (per phone 1/60 s, 5/h, 10/day; per address 30/h) live here too. Every mobile is stored
// through pii.h: sms_messages keeps it encrypted, sms_codes and the limits only by its HMAC.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct Config;
class Db;

using SmsParams = std::vector<std::pair<std::string, std::string>>;

// Queues one message of a known template (see sms.cpp: code, initial_password,
// password_reset, password_changed, mobile_changed, account_locked, registration_rejected,
// application_approved, application_rejected, notice). purpose groups it in the SMS log
// ("code:reset_password", "notice:approved"). Returns the sms_messages id.
// Throws std::invalid_argument for an unknown template or a missing parameter.
int64_t sms_queue(Db& db, const Config& config, std::string_view mobile, std::string_view template_name,
                  const SmsParams& params, std::string_view purpose, int64_t account_id = 0);
// The text a template renders to (what the outbox shows and the gateway sends).
std::string sms_render(const Config& config, std::string_view template_name, const SmsParams& params);

struct CodeSendResult {
  bool ok = false;
  std::string message;  // Chinese: why not, when !ok
};
// Sends a fresh code for purpose to mobile (a previous unused code of the same purpose and
// mobile is voided). Limits are checked first: a refused send stores nothing and never
// reaches the gateway. client_ip feeds the per-address limit.
CodeSendResult sms_code_send(Db& db, const Config& config, std::string_view mobile, std::string_view purpose,
                             int64_t account_id, std::string_view client_ip);
// The send limits of sms_code_send alone: when they allow one more send it is counted and
// ok is true; nothing is sent. For pages that must answer "sent" for an unknown mobile
// exactly as for a known one (no account enumeration, same limits) without sending.
CodeSendResult sms_code_take_limits(Db& db, const Config& config, std::string_view mobile, std::string_view client_ip);
// True when code is the live code for purpose + mobile; it is then used up. A wrong code
// counts against the live one (5 wrong entries void it).
bool sms_code_check(Db& db, const Config& config, std::string_view mobile, std::string_view purpose,
                    std::string_view code);
// Wrong entries the live code for purpose + mobile still allows (1-5), or 0 when there is no
// live code (none sent, expired, used or voided): the form then asks for a new one.
int sms_code_tries_left(Db& db, const Config& config, std::string_view mobile, std::string_view purpose);

// True for templates whose text carries a secret (a code or a password): such messages are
// masked in the SMS log and never resent.
bool sms_template_secret(std::string_view template_name);
// The admin's 重发: queues a copy of a failed message (same mobile, text, purpose, account)
// for the current driver. Returns the new id, or 0 when the message is unknown, not failed,
// or carries a secret (sms_template_secret).
int64_t sms_resend(Db& db, const Config& config, int64_t message_id);
