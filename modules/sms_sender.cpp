// sms_sender.cpp - the http SMS driver (see sms_sender.h): wire format, gateway requests
// over libcurl, the claim/deliver/retry cycle and delivery reports.
#include "sms_sender.h"

#include <curl/curl.h>
#include <time.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "json.h"
#include "log.h"
#include "mask.h"
#include "pii.h"

namespace {

constexpr int kBatch = 10;                 // messages claimed per transaction
constexpr size_t kMaxAnswerBytes = 64 << 10;
constexpr size_t kMaxErrorChars = 250;     // last_error is VARCHAR(255)

// Printable ASCII only, cut to kMaxErrorChars (for last_error and the log).
std::string printable(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (out.size() >= kMaxErrorChars) break;
    out += (c >= 0x20 && c < 0x7f) ? c : '?';
  }
  return out;
}

// ---- delivery -------------------------------------------------------------------------

struct Claimed {
  SmsOutgoing message;
  int attempt = 0;  // this attempt's number (attempts after the claim)
};

struct PostResult {
  long status = 0;
  std::string body;
  std::string error;  // transport error, "" when an answer came
  bool aborted = false;
};

size_t on_answer(char* data, size_t size, size_t n, void* user) {
  auto* body = static_cast<std::string*>(user);
  size_t bytes = size * n;
  if (body->size() + bytes > kMaxAnswerBytes) return 0;  // too large: abort the transfer
  body->append(data, bytes);
  return bytes;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* stop = static_cast<const std::function<bool()>*>(user);
  return (*stop)() ? 1 : 0;
}

// POSTs one message; never throws for network trouble.
PostResult post_message(CURL* curl, const Config& config, const SmsOutgoing& m, const std::function<bool()>& stop) {
  PostResult r;
  int64_t now = static_cast<int64_t>(time(nullptr));
  std::string body = sms_request_body(config, m, now);
  std::string ts_header = "X-Timestamp: " + std::to_string(now);
  std::string sig_header = "X-Signature: " + sms_request_signature(config.sms_key, now, body);
  curl_slist* headers = nullptr;
  headers = curl_slist_append(headers, "Content-Type: application/json; charset=utf-8");
  headers = curl_slist_append(headers, "Accept: application/json");
  headers = curl_slist_append(headers, "Expect:");
  headers = curl_slist_append(headers, ts_header.c_str());
  headers = curl_slist_append(headers, sig_header.c_str());
  char errbuf[CURL_ERROR_SIZE] = "";

  curl_easy_reset(curl);
  curl_easy_setopt(curl, CURLOPT_URL, config.sms_url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(config.sms_timeout_seconds));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(config.sms_timeout_seconds));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "hnedu-sms-sender/1");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POST, 1L);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_answer);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::function<bool()>*>(&stop));
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);

  CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  if (rc == CURLE_OK) {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
  } else if (rc == CURLE_ABORTED_BY_CALLBACK) {
    r.aborted = true;
    r.error = "interrupted (sender stopping)";
  } else if (rc == CURLE_OPERATION_TIMEDOUT) {
    r.error = "timeout after " + std::to_string(config.sms_timeout_seconds) + " s";
  } else if (rc == CURLE_WRITE_ERROR) {
    r.error = "answer larger than " + std::to_string(kMaxAnswerBytes) + " bytes";
  } else {
    r.error = std::string(curl_easy_strerror(rc)) + (*errbuf ? std::string(": ") + errbuf : std::string());
  }
  return r;
}

// Claims up to kBatch due messages: attempts+1 and next_attempt_at = now + backoff (at least
// the request timeout, so the lease outlives the request). Messages whose final attempt never
// recorded an outcome (a crash) are given up here. Returns the claimed ones.
std::vector<Claimed> claim_batch(Db& db, const Config& config, SmsDeliveryRun& run) {
  std::vector<Claimed> claimed;
  int gave_up = 0;
  db.transaction([&] {
    claimed.clear();
    gave_up = 0;
    Rows rows = db.query(
        "SELECT id, mobile_enc, template, params, body, attempts FROM sms_messages"
        " WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= UTC_TIMESTAMP())"
        " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
        {int64_t{kBatch}});
    for (const Row& row : rows) {
      int64_t id = row.i64("id");
      int attempt = static_cast<int>(row.i64("attempts")) + 1;
      if (attempt > kSmsMaxAttempts) {
        db.exec("UPDATE sms_messages SET status = 'failed', next_attempt_at = NULL,"
                " last_error = COALESCE(last_error, 'no outcome recorded for the last attempt') WHERE id = ?",
                {id});
        ++gave_up;
        continue;
      }
      std::string mobile;
      try {
        mobile = pii_open_mobile(config, row.str("mobile_enc"));
      } catch (const std::runtime_error&) {
        mobile.clear();  // a damaged value or another key: never sendable
      }
      if (mobile.empty()) {
        db.exec("UPDATE sms_messages SET status = 'failed', next_attempt_at = NULL,"
                " last_error = 'the stored mobile cannot be decrypted' WHERE id = ?",
                {id});
        ++gave_up;
        continue;
      }
      int lease = std::max(sms_backoff_seconds(attempt), config.sms_timeout_seconds + 5);
      db.exec("UPDATE sms_messages SET attempts = ?, next_attempt_at = UTC_TIMESTAMP() + INTERVAL ? SECOND"
              " WHERE id = ?",
              {int64_t{attempt}, int64_t{lease}, id});
      Claimed c;
      c.message.id = id;
      c.message.mobile = mobile;
      c.message.template_name = row.str("template");
      c.message.params_json = row.str("params");
      c.message.text = row.str("body");
      c.attempt = attempt;
      claimed.push_back(std::move(c));
    }
  });
  run.failed += gave_up;
  return claimed;
}

// Hands a claimed message back (not tried): due now, its attempt not counted.
void release(Db& db, const Claimed& c) {
  db.exec("UPDATE sms_messages SET attempts = attempts - 1, next_attempt_at = UTC_TIMESTAMP()"
          " WHERE id = ? AND status = 'queued' AND attempts = ?",
          {c.message.id, int64_t{c.attempt}});
}

// Applies a report's outcome to the message with that gateway id (see sms_record_report).
void apply_report(Db& db, std::string_view message_id, std::string_view status, int64_t reported_at,
                  std::string_view raw_status) {
  if (status == "delivered") {
    db.exec("UPDATE sms_messages SET status = 'delivered', delivered_at = FROM_UNIXTIME(?)"
            " WHERE gateway_message_id = ? AND status IN ('sent', 'failed')",
            {reported_at, std::string(message_id)});
  } else if (status == "failed") {
    db.exec("UPDATE sms_messages SET status = 'failed', last_error = ?"
            " WHERE gateway_message_id = ? AND status = 'sent'",
            {"delivery report: " + printable(raw_status), std::string(message_id)});
  }
}

// Marks the message sent, or records the failed attempt (failed after the last one).
// Returns true when the gateway accepted it.
bool record_outcome(Db& db, const Claimed& c, const PostResult& post) {
  SmsGatewayAnswer answer = post.error.empty() ? sms_parse_answer(post.status, post.body)
                                               : SmsGatewayAnswer{false, "", post.error};
  std::string who = "message " + std::to_string(c.message.id) + " to " + mask_mobile(c.message.mobile);
  if (answer.ok) {
    db.transaction([&] {
      db.exec("UPDATE sms_messages SET status = 'sent', gateway_message_id = ?, sent_at = UTC_TIMESTAMP(),"
              " last_error = NULL, next_attempt_at = NULL WHERE id = ? AND status = 'queued'",
              {answer.message_id, c.message.id});
      // A report may have come in before we got here.
      auto early = db.query_one(
          "SELECT status, detail, UNIX_TIMESTAMP(reported_at) AS at FROM sms_delivery_reports"
          " WHERE gateway_message_id = ? ORDER BY status = 'delivered' DESC, id DESC LIMIT 1",
          {answer.message_id});
      if (early) apply_report(db, answer.message_id, early->str("status"), early->i64("at"), early->str("detail"));
    });
    log_line("info", who + " sent, gateway id " + answer.message_id);
    return true;
  }
  std::string error = printable(answer.error);
  db.exec("UPDATE sms_messages SET last_error = ?,"
          " status = IF(attempts >= ?, 'failed', 'queued'),"
          " next_attempt_at = IF(attempts >= ?, NULL, next_attempt_at)"
          " WHERE id = ? AND status = 'queued'",
          {error, int64_t{kSmsMaxAttempts}, int64_t{kSmsMaxAttempts}, c.message.id});
  bool final = c.attempt >= kSmsMaxAttempts;
  log_line("warn", who + " attempt " + std::to_string(c.attempt) + " failed: " + error +
                       (final ? " (given up)" : ", will retry"));
  return false;
}

double monotonic() {
  struct timespec ts {};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

int sms_backoff_seconds(int attempt) {
  static const int kDelays[] = {30, 120, 600, 1800, 7200};
  if (attempt < 1) attempt = 1;
  if (attempt > 5) attempt = 5;
  return kDelays[attempt - 1];
}

std::string sms_request_body(const Config& config, const SmsOutgoing& m, int64_t timestamp) {
  std::string template_id = m.template_name;
  for (const auto& [name, id] : config.sms_templates)
    if (name == m.template_name) template_id = id;
  bool object = m.params_json.size() >= 2 && m.params_json.front() == '{' && m.params_json.back() == '}';
  std::string out = "{\"account\":" + json_string(config.sms_account);
  out += ",\"mobile\":" + json_string(m.mobile);
  out += ",\"template\":" + json_string(template_id);
  out += ",\"params\":" + (object ? m.params_json : std::string("{}"));
  out += ",\"text\":" + json_string(m.text);
  out += ",\"out_id\":" + json_string(std::to_string(m.id));
  out += ",\"timestamp\":" + std::to_string(timestamp);
  return out + "}";
}

std::string sms_request_signature(std::string_view key, int64_t timestamp, std::string_view body) {
  std::string data = std::to_string(timestamp);
  data += '\n';
  data += body;
  return to_hex(hmac_sha256(key, data));
}

SmsGatewayAnswer sms_parse_answer(long http_status, std::string_view body) {
  SmsGatewayAnswer a;
  auto members = json_read_object(body);
  // A string member's text; "" when absent or not a string.
  auto member = [&](const char* name) -> std::string {
    if (!members) return "";
    auto it = members->find(name);
    return it == members->end() || !it->second.is_string ? "" : it->second.text;
  };
  if (http_status < 200 || http_status > 299) {
    a.error = "HTTP " + std::to_string(http_status);
    std::string why = member("error").empty() ? member("message") : member("error");
    if (!why.empty()) a.error += ": " + printable(why);
    return a;
  }
  if (!members) {
    a.error = "HTTP " + std::to_string(http_status) + " with an answer that is not a JSON object";
    return a;
  }
  auto ok = members->find("ok");
  if (ok == members->end() || ok->second.is_string || ok->second.text != "true") {
    std::string why = member("error").empty() ? member("message") : member("error");
    a.error = "gateway refused" + (why.empty() ? std::string() : ": " + printable(why));
    return a;
  }
  std::string id = member("message_id");
  if (!sms_valid_message_id(id)) {
    a.error = "gateway answer without a valid message_id";
    return a;
  }
  a.ok = true;
  a.message_id = id;
  return a;
}

bool sms_valid_message_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == ':' || c == '-';
  });
}

std::string sms_report_canonical(std::string_view message_id, std::string_view status, std::string_view reported_at,
                                 std::string_view timestamp) {
  std::string s = "message_id=";
  s += message_id;
  s += "&status=";
  s += status;
  s += "&reported_at=";
  s += reported_at;
  s += "&timestamp=";
  s += timestamp;
  return s;
}

std::string sms_report_signature(std::string_view key, std::string_view canonical) {
  return to_hex(hmac_sha256(key, canonical));
}

std::string sms_report_status(std::string_view raw) {
  if (raw == "DELIVRD" || raw == "delivered") return "delivered";
  if (raw == "failed") return "failed";
  return "";
}

bool sms_record_report(Db& db, const SmsReport& report) {
  std::string status = sms_report_status(report.raw_status);
  if (status.empty() || !sms_valid_message_id(report.message_id))
    throw std::invalid_argument("sms_record_report: unchecked report");
  std::string identity = "message_id=" + report.message_id + "&status=" + report.raw_status +
                         "&reported_at=" + std::to_string(report.reported_at);
  bool fresh = false;
  db.transaction([&] {
    fresh = db.exec("INSERT IGNORE INTO sms_delivery_reports (body_sha256, gateway_message_id, status, reported_at, detail)"
                    " VALUES (?, ?, ?, FROM_UNIXTIME(?), ?)",
                    {sha256(identity), report.message_id, status, report.reported_at, printable(report.raw_status)}) == 1;
    if (fresh) apply_report(db, report.message_id, status, report.reported_at, report.raw_status);
  });
  return fresh;
}

SmsDeliveryRun sms_deliver_due(Db& db, const Config& config, const std::function<bool()>& stop) {
  SmsDeliveryRun run;
  CURL* curl = curl_easy_init();
  if (!curl) throw std::runtime_error("curl_easy_init failed");
  struct Cleanup {
    CURL* c;
    ~Cleanup() { curl_easy_cleanup(c); }
  } cleanup{curl};
  // The shortest lease of a claim is the first backoff; a message not started before its
  // lease could run out is handed back rather than risk a second sender claiming it too.
  const double budget = std::max(sms_backoff_seconds(1), config.sms_timeout_seconds + 5) -
                        config.sms_timeout_seconds - 2;
  while (!stop()) {
    std::vector<Claimed> batch = claim_batch(db, config, run);
    if (batch.empty()) break;
    double claimed_at = monotonic();
    for (size_t i = 0; i < batch.size(); ++i) {
      if (stop() || (i > 0 && monotonic() - claimed_at > budget)) {
        for (size_t k = i; k < batch.size(); ++k) release(db, batch[k]);
        break;
      }
      PostResult post = post_message(curl, config, batch[i].message, stop);
      if (post.aborted) {
        release(db, batch[i]);
        continue;
      }
      if (record_outcome(db, batch[i], post)) ++run.sent;
      else if (batch[i].attempt >= kSmsMaxAttempts) ++run.failed;
      else ++run.retry;
    }
  }
  return run;
}
