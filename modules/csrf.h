// csrf.h - protection of every POST: the form's token must equal HMAC(secret, session id)
// (compared in constant time) and the Origin (or, without it, the Referer) must be one of
// the configured site origins. serve() runs the check; there is no opt-out.
#pragma once
#include <string>

struct Config;
class Request;
struct Session;

// The token for forms of this session (hex).
std::string csrf_token(const Config& config, const Session& session);
// True when Origin, or failing that Referer, belongs to a configured origin.
bool csrf_origin_ok(const Config& config, const Request& req);
// Throws HttpError(403) with a Chinese message when the token or origin is wrong.
void csrf_check(const Config& config, const Request& req, const Session& session);
