// t/unit/support.h - helpers shared by unit tests: a Config for the test database
// ($HNEDU_CONF, set by t/unit/run.sh), the template root ($HNEDU_TEMPLATES), request
// environments built from key=value pairs, and the status of a thrown HttpError.
#pragma once
#include <algorithm>
#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

#include "config.h"
#include "http.h"
#include "http_error.h"

// The test database's configuration; throws when $HNEDU_CONF is not set (run via t/unit/run.sh).
inline Config test_config() { return Config::from_env(); }

// A NULL-terminated envp array that owns its strings.
class FakeEnv {
 public:
  FakeEnv(std::initializer_list<std::string> vars) : FakeEnv(std::vector<std::string>(vars)) {}
  explicit FakeEnv(std::vector<std::string> vars) : strings_(std::move(vars)) { point(); }
  // ptrs_ point into strings_, so a copy must point into its own strings.
  FakeEnv(const FakeEnv& other) : FakeEnv(other.strings_) {}
  FakeEnv& operator=(const FakeEnv& other) {
    strings_ = other.strings_;
    point();
    return *this;
  }
  char** envp() { return ptrs_.data(); }

 private:
  void point() {
    ptrs_.clear();
    for (auto& s : strings_) ptrs_.push_back(s.data());
    ptrs_.push_back(nullptr);
  }
  std::vector<std::string> strings_;
  std::vector<char*> ptrs_;
};

// A body reader over a fixed string.
struct StringReader {
  std::string data;
  size_t pos = 0;
  size_t operator()(char* buf, size_t n) {
    size_t k = std::min(n, data.size() - pos);
    data.copy(buf, k, pos);
    pos += k;
    return k;
  }
};

// A parsed request from key=value environment strings and an optional body.
inline Request fake_request(std::vector<std::string> vars, std::string body = "") {
  FakeEnv env(std::move(vars));
  StringReader reader{std::move(body)};
  return Request::parse(env.envp(), std::ref(reader), RequestLimits{});
}

// The status of the HttpError that f throws; 0 when it throws none.
inline int http_status_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const HttpError& e) {
    return e.status();
  }
  return 0;
}

// The template root for page rendering ($HNEDU_TEMPLATES, set by t/unit/run.sh).
inline std::string test_templates() {
  const char* t = std::getenv("HNEDU_TEMPLATES");
  if (!t || !*t) throw std::runtime_error("HNEDU_TEMPLATES is not set (run via t/unit/run.sh)");
  return t;
}
