// urlencoded.cpp - libFuzzer target: a url-encoded POST through Request::parse (query string
// and body, percent-decoding, limits, duplicates) and every parameter through the typed
// readers of modules/form.h. Input: the query string, a newline, the body.
// Invariants: what param_text / param_multiline / param_mobile / cut_utf8 return is what
// their contracts say (valid text, within the length, a prefix); anything else is a crash.
#include <cstdint>
#include <string>
#include <string_view>

#include "form.h"
#include "fuzz_common.h"
#include "fuzz_request.h"
#include "http.h"
#include "http_error.h"

namespace {

void check_param(const Request& req, const std::string& name, const std::string& value) {
  try {
    std::string t = param_text(req, name, 20);
    FUZZ_CHECK(check_utf8_text(t));
    FUZZ_CHECK(utf8_length(t) <= 20);
    FUZZ_CHECK(t == trim_text(t));
  } catch (const HttpError& e) {
    FUZZ_CHECK(e.status() == 400);
  }
  try {
    std::string t = param_multiline(req, name, 200);
    FUZZ_CHECK(utf8_length(t) <= 200);
    size_t from = 0;
    for (;;) {
      size_t nl = t.find('\n', from);
      FUZZ_CHECK(check_utf8_text(std::string_view(t).substr(from, nl == std::string::npos ? std::string::npos : nl - from)));
      if (nl == std::string::npos) break;
      from = nl + 1;
    }
  } catch (const HttpError& e) {
    FUZZ_CHECK(e.status() == 400);
  }
  try {
    int64_t id = param_id(req, name);
    FUZZ_CHECK(id > 0);
  } catch (const HttpError&) {
  }
  try {
    FUZZ_CHECK(check_mobile(param_mobile(req, name)));
  } catch (const HttpError&) {
  }
  try {
    param_date(req, name);
    param_enum(req, name, {"a", "b"});
  } catch (const HttpError&) {
  }
  std::string cut = cut_utf8(value, 5);
  FUZZ_CHECK(value.compare(0, cut.size(), cut) == 0);
  if (check_utf8_text(value)) FUZZ_CHECK(utf8_length(cut) <= 5);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t nl = in.find('\n');
  std::string query(in.substr(0, nl));
  std::string body(nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1));
  // The environment is C strings, as a web server hands it over: a NUL ends the query.
  FuzzPostEnv env("/school/fuzz?" + query, query, "application/x-www-form-urlencoded", body.size());
  Request::Reader read = fuzz_body_reader(body, 7);  // small pieces: partial reads
  RequestLimits limits;
  limits.max_params = 16;
  limits.max_value = 512;
  try {
    Request req = Request::parse(env.envp(), read, limits);
    FUZZ_CHECK(req.params().size() <= limits.max_params);
    for (const auto& [name, value] : req.params()) {
      FUZZ_CHECK(!name.empty() && name.size() <= limits.max_name && value.size() <= limits.max_value);
      check_param(req, name, value);
    }
  } catch (const HttpError& e) {
    FUZZ_CHECK(e.status() == 400 || e.status() == 413);
  }
  return 0;
}
