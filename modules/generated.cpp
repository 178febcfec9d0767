// generated.cpp - see generated.h.
#include "generated.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "config.h"
#include "context.h"
#include "crypto.h"

TempFile::~TempFile() {
  if (!path.empty()) unlink(path.c_str());
}

std::string generated_path(const Config& config, const char* suffix) {
  std::string dir = config.storage + "/tmp";
  if (mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) throw std::runtime_error("cannot create " + dir);
  return dir + "/gen-" + to_hex(random_bytes(12)) + suffix;
}

void send_generated_xlsx(Ctx& ctx, const std::string& path, const std::string& display_name) {
  TempFile tmp{path};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read generated " + path);
  ctx.res.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  ctx.res.set_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ctx.res.attachment(display_name);
}
