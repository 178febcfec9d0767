// multipart.cpp - libFuzzer target: an upload POST through Request::parse (the csrf field read
// ahead) and multipart_parse (streamed parts, text fields, files into a scratch storage
// directory on tmpfs). Input: one byte choosing the size of the reads (1-64 bytes, or 64 KB),
// the Content-Type header value up to the first newline, then the body.
// Invariants: limits hold, every kept file has exactly the bytes counted and the SHA-256 of
// them, a file over the cap has no temporary file, and nothing is left in <storage>/tmp once
// the form is gone (also when parsing fails half-way).
#include <dirent.h>
#include <sys/stat.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "config.h"
#include "crypto.h"
#include "fuzz_common.h"
#include "fuzz_request.h"
#include "http.h"
#include "http_error.h"
#include "multipart.h"

namespace {

size_t files_in(const std::string& dir) {
  size_t n = 0;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d))
      if (std::string_view(e->d_name) != "." && std::string_view(e->d_name) != "..") ++n;
    closedir(d);
  }
  return n;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string storage = [] {
    std::string s = fuzz_scratch("multipart");
    mkdir(s.c_str(), 0700);
    return s;
  }();
  if (size < 1) return 0;
  size_t piece = data[0] % 65 == 64 ? size_t{64} << 10 : data[0] % 65 + 1;
  std::string_view in(reinterpret_cast<const char*>(data + 1), size - 1);
  size_t nl = in.find('\n');
  if (nl == std::string_view::npos) return 0;
  std::string type(in.substr(0, nl));
  std::string body(in.substr(nl + 1));
  FuzzPostEnv env("/school/files/fuzz", "", type, body.size());
  Request::Reader read = fuzz_body_reader(body, piece);
  Config config;
  config.storage = storage;
  config.upload_bytes = 1 << 20;
  MultipartLimits limits;
  limits.file_bytes = 256;
  limits.max_files = 2;
  limits.field_bytes = 128;
  limits.max_fields = 8;
  try {
    Request req = Request::parse(env.envp(), read, RequestLimits{});
    if (const std::string* csrf = req.param("csrf")) FUZZ_CHECK(csrf->size() <= 256);
    MultipartForm form = multipart_parse(req, config, limits);
    FUZZ_CHECK(form.files.size() <= limits.max_files && form.fields.size() <= limits.max_fields);
    for (const auto& [name, value] : form.fields) FUZZ_CHECK(!name.empty() && value.size() <= limits.field_bytes);
    for (const auto& f : form.files) {
      if (f.too_large) {
        FUZZ_CHECK(f.path.empty() && f.size > limits.file_bytes);
        continue;
      }
      FUZZ_CHECK(!f.path.empty() && f.size <= limits.file_bytes);
      std::string content = read_file(f.path);
      FUZZ_CHECK(content.size() == f.size);
      FUZZ_CHECK(f.sha256 == sha256(content));
      FUZZ_CHECK(content.compare(0, f.head.size(), f.head) == 0);
    }
  } catch (const HttpError& e) {
    FUZZ_CHECK(e.status() == 400 || e.status() == 413 || e.status() == 415);
  }
  FUZZ_CHECK(files_in(storage + "/tmp") == 0);
  return 0;
}
