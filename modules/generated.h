// generated.h - files the application writes for one request or job (templates, exports,
// reports): a fresh private path under <storage>/tmp, a guard that removes it however the
// caller leaves, and sending one as an .xlsx attachment.
#pragma once
#include <string>

struct Config;
struct Ctx;

// Removes the file at path when it goes out of scope (nothing when path is empty or the file
// was moved away).
struct TempFile {
  std::string path;
  TempFile() = default;
  explicit TempFile(std::string p) : path(std::move(p)) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile();
};

// A fresh, unguessable path under <storage>/tmp (created 0700 when missing) ending in suffix.
std::string generated_path(const Config& config, const char* suffix);

// Sends the .xlsx at path as an attachment named display_name (UTF-8) and removes the file.
void send_generated_xlsx(Ctx& ctx, const std::string& path, const std::string& display_name);
