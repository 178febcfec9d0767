// fuzz_request.h - what the request-parsing fuzz targets (urlencoded, multipart) share: the
// CGI environment of a POST as a web server hands it over (C strings), and a body reader that
// returns the body in pieces of a chosen size (partial reads, as from a socket).
#pragma once
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "http.h"

// The environment of a POST to uri with the given Content-Type and body length; envp() is the
// NULL-terminated array Request::parse takes (valid while this object lives).
struct FuzzPostEnv {
  std::vector<std::string> vars;
  std::vector<char*> ptrs;
  FuzzPostEnv(const std::string& uri, const std::string& query, const std::string& type, size_t length)
      : vars{"REQUEST_METHOD=POST", "REQUEST_URI=" + uri, "QUERY_STRING=" + query, "CONTENT_TYPE=" + type,
             "CONTENT_LENGTH=" + std::to_string(length), "REMOTE_ADDR=127.0.0.1"} {
    for (auto& v : vars) ptrs.push_back(v.data());
    ptrs.push_back(nullptr);
  }
  char** envp() { return ptrs.data(); }
};

// A reader of body that hands out at most piece bytes a call (body must outlive it).
inline Request::Reader fuzz_body_reader(const std::string& body, size_t piece) {
  return [&body, piece, pos = size_t{0}](char* buf, size_t n) mutable {
    size_t k = std::min({n, body.size() - pos, piece});
    body.copy(buf, k, pos);
    pos += k;
    return k;
  };
}
