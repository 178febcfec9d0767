// sms_sender.h - the `http` SMS driver: delivery of queued sms_messages to the gateway
// (run by `manage sms-sender`) and the wire format of both directions.
//
// Request (us → gateway), one POST per message to [sms] url:
//   Content-Type: application/json; charset=utf-8
//   X-Timestamp: <unix seconds>
//   X-Signature: hex(HMAC-SHA256(key, X-Timestamp + "\n" + body))
//   body {"account":"..","mobile":"..","template":"..","params":{..},"text":"..",
//         "out_id":"<sms_messages.id>","timestamp":<unix seconds>}
// key is [sms] key as written (its bytes), template the gateway id from [sms] templates (else
// our template name), text the rendered message with the signature text. The gateway must
// deduplicate by out_id: a message is POSTed again only when no success was recorded (a
// crash between the POST and marking it sent, a lost answer), never twice on purpose.
// Success is a 2xx answer whose JSON body has "ok":true and a "message_id" of 1-64 characters
// [A-Za-z0-9._:-]; anything else (other status, ok false, garbage, timeout, refused
// connection) is a failed attempt.
//
// Delivery report (gateway → us): POST /school/sms/callback, urlencoded, exactly the fields
// message_id, status (DELIVRD or delivered → delivered; failed), reported_at (unix seconds),
// timestamp (unix seconds, within ±300 s of our clock) and
//   signature = hex(HMAC-SHA256(key, "message_id=<v>&status=<v>&reported_at=<v>&timestamp=<v>"))
// over the decoded values in that order (see sms_report_canonical).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

struct Config;
class Db;

// Attempts before a message is given up (status failed).
constexpr int kSmsMaxAttempts = 5;

// Seconds to wait after attempt number `attempt` (1-based) before the next one:
// 30 s, 2 min, 10 min, 30 min, 2 h (the last value for anything beyond).
int sms_backoff_seconds(int attempt);

// One message as the gateway receives it.
struct SmsOutgoing {
  int64_t id = 0;           // sms_messages.id, sent as out_id
  std::string mobile;
  std::string template_name;
  std::string params_json;  // the stored JSON object of template parameters
  std::string text;         // rendered body
};

// The JSON request body (keys in the order shown above). params_json is embedded as it is
// when it is a JSON object ('{' ... '}'), else as {}.
std::string sms_request_body(const Config& config, const SmsOutgoing& message, int64_t timestamp);
// hex(HMAC-SHA256(key, timestamp + "\n" + body)).
std::string sms_request_signature(std::string_view key, int64_t timestamp, std::string_view body);

struct SmsGatewayAnswer {
  bool ok = false;
  std::string message_id;  // when ok
  std::string error;       // when !ok: short, printable ASCII
};
// Judges the gateway's answer to one request (http_status 0 = no answer).
SmsGatewayAnswer sms_parse_answer(long http_status, std::string_view body);

// A gateway message id we store and accept in reports: 1-64 of [A-Za-z0-9._:-].
bool sms_valid_message_id(std::string_view id);
// The signed string of a delivery report.
std::string sms_report_canonical(std::string_view message_id, std::string_view status, std::string_view reported_at,
                                 std::string_view timestamp);
// hex(HMAC-SHA256(key, canonical)).
std::string sms_report_signature(std::string_view key, std::string_view canonical);

// "delivered" for DELIVRD/delivered, "failed" for failed, "" for anything else.
std::string sms_report_status(std::string_view raw_status);

// A delivery report whose signature, source and time window the caller has checked.
struct SmsReport {
  std::string message_id;  // gateway id (sms_valid_message_id)
  std::string raw_status;  // as sent (sms_report_status must know it); kept as detail
  int64_t reported_at = 0; // unix seconds
};
// Stores the report once, keyed by SHA-256 of "message_id=..&status=..&reported_at=.."
// (the report without its sending timestamp, so a replay or a resend of the same report is
// one row), and applies a new one to the message with that gateway id: delivered (with
// delivered_at) wins over failed; failed only turns a sent message failed. Returns false for
// a report already stored (nothing changes). A report for an unknown id is stored all the
// same (the sender applies it when it records that id).
bool sms_record_report(Db& db, const SmsReport& report);

struct SmsDeliveryRun {
  int sent = 0;     // accepted by the gateway
  int retry = 0;    // failed, will be tried again
  int failed = 0;   // given up
};
// Delivers every queued message that is due, batch by batch, until none is due or stop()
// says so. Each batch is claimed in a short transaction (FOR UPDATE SKIP LOCKED: attempts+1,
// next_attempt_at = now + backoff, which also leases the message to this run), then each
// message is POSTed outside any transaction with the [sms] timeout as connect and total
// limit, no redirects, TLS verified. stop() is also polled during a request, which it aborts
// (the message is then released for the next run). Needs curl_global_init by the caller.
// Throws what Db throws.
SmsDeliveryRun sms_deliver_due(Db& db, const Config& config, const std::function<bool()>& stop);
