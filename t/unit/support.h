// t/unit/support.h - helpers shared by unit tests: a Config for the test database
// ($HNEDU_CONF, set by t/unit/run.sh), the template root ($HNEDU_TEMPLATES), request
// environments built from key=value pairs, the status of a thrown HttpError, a temporary
// directory, a shell command's output and an .xlsx read back by python3-openpyxl.
#pragma once
#include <stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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

// A fresh directory under the system's temporary directory, removed with its files at scope exit.
struct TempDir {
  std::string path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "hnedu-unit-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path = tmpl;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  // Writes text to the file name in the directory; returns its path.
  std::string write(const std::string& name, const std::string& text) const {
    std::string file = path + "/" + name;
    std::ofstream(file) << text;
    return file;
  }
};

// The standard output of a shell command ("" when it cannot start).
inline std::string run_command(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

// Every non-empty cell of every sheet of the .xlsx at file as "sheet!A1 type value" lines, in
// sheet and row order, read by python3-openpyxl (errors included in the text).
inline std::string read_xlsx_cells(const TempDir& dir, const std::string& file) {
  std::string script = dir.write("dump-xlsx.py",
                                 "import sys, openpyxl\n"
                                 "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                 "for ws in wb.worksheets:\n"
                                 "    for row in ws.iter_rows():\n"
                                 "        for c in row:\n"
                                 "            if c.value is not None:\n"
                                 "                print(ws.title + '!' + c.coordinate, c.data_type, c.value)\n");
  return run_command("/usr/bin/python3 '" + script + "' '" + file + "' 2>&1");
}
