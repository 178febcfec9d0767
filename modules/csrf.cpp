// csrf.cpp - CSRF token and same-origin checks (see csrf.h).
#include "csrf.h"

#include "config.h"
#include "crypto.h"
#include "http.h"
#include "http_error.h"
#include "session.h"

std::string csrf_token(const Config& config, const Session& session) {
  return to_hex(hmac_sha256(config.secret, "csrf:" + session.sid));
}

bool csrf_origin_ok(const Config& config, const Request& req) {
  std::string origin = req.header("Origin");
  if (!origin.empty() && origin != "null") {
    for (const auto& o : config.origins)
      if (origin == o) return true;
    return false;
  }
  std::string referer = req.header("Referer");
  for (const auto& o : config.origins)
    if (referer.size() > o.size() && referer.compare(0, o.size(), o) == 0 && referer[o.size()] == '/') return true;
  return false;
}

void csrf_check(const Config& config, const Request& req, const Session& session) {
  if (!csrf_origin_ok(config, req)) throw HttpError(403, "请求来源无效，请从本系统页面提交。");
  const std::string* token = req.param("csrf");
  if (session.new_cookie || !token || !equal_ct(*token, csrf_token(config, session)))
    throw HttpError(403, "页面已过期或请求无效，请刷新页面后重新提交。");
}
