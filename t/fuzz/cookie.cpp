// cookie.cpp - libFuzzer target: a Cookie header through parse_cookies and Request::parse,
// and the session cookie's value through from_hex as session.cpp reads it. Input: the header.
// Invariants: names are non-empty and trimmed, values trimmed and unquoted once, the first of
// a repeated name wins, a 64-character value decodes only when it is hex.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "crypto.h"
#include "fuzz_common.h"
#include "http.h"
#include "http_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string header(reinterpret_cast<const char*>(data), size);
  std::map<std::string, std::string, std::less<>> cookies;
  parse_cookies(header, cookies);
  for (const auto& [name, value] : cookies) {
    FUZZ_CHECK(!name.empty());
    FUZZ_CHECK(name.front() != ' ' && name.front() != '\t' && name.back() != ' ' && name.back() != '\t');
    FUZZ_CHECK(name.find(';') == std::string::npos && value.find(';') == std::string::npos);
    FUZZ_CHECK(value.size() <= header.size());
    std::string raw;
    if (value.size() == 64 && from_hex(value, raw)) {
      FUZZ_CHECK(raw.size() == 32);
      FUZZ_CHECK(to_hex(raw).size() == 64);
    }
  }
  // The same header as the web server hands it over (a C string: a NUL ends it).
  std::vector<std::string> env = {"REQUEST_METHOD=GET", "REQUEST_URI=/school/", "HTTP_COOKIE=" + header};
  std::vector<char*> envp;
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  try {
    Request req = Request::parse(envp.data(), [](char*, size_t) { return size_t{0}; }, RequestLimits{});
    if (const std::string* sid = req.cookie("hnedu")) {
      std::string raw;
      if (from_hex(*sid, raw)) FUZZ_CHECK(raw.size() * 2 == sid->size());
    }
    if (header.find('\0') == std::string::npos)
      for (const auto& [name, value] : cookies) FUZZ_CHECK(req.cookie(name) != nullptr);
  } catch (const HttpError&) {
    FUZZ_CHECK(false);  // a GET without a body cannot be refused for its cookies
  }
  return 0;
}
