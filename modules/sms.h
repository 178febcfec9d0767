// sms.h - the one SMS interface. Pages queue messages here; the driver chosen in app.conf
// ([sms] driver) decides what happens next:
//   outbox  the message is stored as sent and shown in the admin's 短信记录 (local, tests);
//   http    the message is stored as queued and `manage sms-sender` posts it to the gateway
//           (signed, retried with backoff), so a slow gateway never slows a page.
// Verification codes (6 digits from RAND_bytes, stored as an HMAC, 5 minutes, single use,
// bound to purpose + mobile (+ account), void after 5 wrong entries) and their send limits
// (per phone 1/60 s, 5/h, 10/day; per address 30/h) live here too.
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
// True when code is the live code for purpose + mobile; it is then used up. A wrong code
// counts against the live one (5 wrong entries void it).
bool sms_code_check(Db& db, const Config& config, std::string_view mobile, std::string_view purpose,
                    std::string_view code);
