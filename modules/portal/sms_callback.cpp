// portal/sms_callback.cpp - verifies and records the gateway's delivery reports (see
// portal/sms_callback.h; signing rules in sms_sender.h).
#include "portal/sms_callback.h"

#include <time.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "context.h"
#include "crypto.h"
#include "log.h"
#include "sms_sender.h"

namespace {

constexpr size_t kMaxBody = 8 * 1024;
constexpr int64_t kWindowSeconds = 300;
const char* const kFields[] = {"message_id", "status", "reported_at", "timestamp", "signature"};

// A machine answer: short plain text, no page.
void answer(Ctx& ctx, int status, std::string_view text, std::string_view why = {}) {
  ctx.res.status = status;
  ctx.res.set_header("Content-Type", "text/plain; charset=utf-8");
  ctx.res.body = std::string(text) + "\n";
  if (!why.empty()) log_line("warn", "sms callback from " + ctx.req.remote_addr + " refused: " + std::string(why));
}

// Unix seconds written as 1-12 digits.
bool unix_seconds(const std::string& s, int64_t& out) {
  if (s.empty() || s.size() > 12 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

void portal_sms_callback(Ctx& ctx) {
  ctx.session.sid.clear();  // a gateway gets no session cookie
  const Request& req = ctx.req;
  const auto& sources = ctx.config.sms_callback_sources;
  if (std::find(sources.begin(), sources.end(), req.remote_addr) == sources.end())
    return answer(ctx, 403, "forbidden", "source address not allowed");
  if (req.content_length() > kMaxBody) return answer(ctx, 413, "too large", "body over 8 KB");
  if (!req.query_string.empty()) return answer(ctx, 400, "bad request", "query string");
  if (req.params().size() != std::size(kFields)) return answer(ctx, 400, "bad request", "wrong set of fields");
  for (const char* f : kFields)
    if (!req.param(f)) return answer(ctx, 400, "bad request", std::string("missing ") + f);

  const std::string& message_id = *req.param("message_id");
  const std::string& status = *req.param("status");
  const std::string& reported_at = *req.param("reported_at");
  const std::string& timestamp = *req.param("timestamp");
  int64_t reported = 0, stamp = 0;
  if (!sms_valid_message_id(message_id) || sms_report_status(status).empty() || !unix_seconds(reported_at, reported) ||
      !unix_seconds(timestamp, stamp))
    return answer(ctx, 400, "bad request", "malformed field");

  // Without a key nothing can be verified: every report is refused.
  std::string expected = sms_report_signature(ctx.config.sms_key,
                                              sms_report_canonical(message_id, status, reported_at, timestamp));
  if (ctx.config.sms_key.empty() || !equal_ct(lower(*req.param("signature")), expected))
    return answer(ctx, 403, "forbidden", "bad signature");
  int64_t now = static_cast<int64_t>(time(nullptr));
  if (stamp < now - kWindowSeconds || stamp > now + kWindowSeconds)
    return answer(ctx, 403, "forbidden", "timestamp outside the 300 s window");
  if (reported > now + kWindowSeconds) return answer(ctx, 400, "bad request", "reported_at in the future");

  bool fresh = sms_record_report(ctx.db, {message_id, status, reported});
  log_line("info", "sms report " + message_id + " " + status + (fresh ? "" : " (replay, ignored)"));
  answer(ctx, 200, "ok");
}
