// files.cpp - content-addressed storage of uploads and their rows (see files.h).
#include "files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <stdexcept>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "form.h"
#include "multipart.h"

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

void fsync_dir(const std::string& dir) {
  int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

}  // namespace

std::string files_detect_type(std::string_view head, unsigned allowed) {
  if ((allowed & kJpeg) && starts_with(head, "\xFF\xD8\xFF")) return "image/jpeg";
  if ((allowed & kPng) && starts_with(head, "\x89PNG\r\n\x1A\n")) return "image/png";
  if ((allowed & kPdf) && starts_with(head, "%PDF-")) return "application/pdf";
  return "";
}

const char* files_extension(std::string_view type) {
  if (type == "image/jpeg") return ".jpg";
  if (type == "image/png") return ".png";
  if (type == "application/pdf") return ".pdf";
  return "";
}

std::string files_safe_name(std::string_view name, std::string_view fallback) {
  size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);  // C:\fakepath\x.pdf
  std::string out;
  if (check_utf8_text(name)) {
    for (char c : name)
      if (std::string_view(":*?\"<>|").find(c) == std::string_view::npos) out += c;
  }
  out = trim_text(cut_utf8(out, 100));
  while (!out.empty() && out.front() == '.') out.erase(0, 1);  // no hidden or "..": names
  return out.empty() ? std::string(fallback) : out;
}

std::string files_store(const Config& config, UploadedFile& file) {
  if (file.path.empty() || file.sha256.size() != 32) throw std::logic_error("files_store: no received file");
  std::string hex = to_hex(file.sha256);
  std::string target = files_path(config, hex);
  std::string dir = target.substr(0, target.rfind('/'));
  if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) throw std::runtime_error("cannot create " + dir);
  struct stat st {};
  if (stat(target.c_str(), &st) == 0 && static_cast<uint64_t>(st.st_size) == file.size) {
    unlink(file.path.c_str());  // the same content is stored already
  } else {
    if (rename(file.path.c_str(), target.c_str()) != 0) throw std::runtime_error("cannot move an upload to " + target);
    fsync_dir(dir);
  }
  file.release();
  return hex;
}

std::string files_path(const Config& config, std::string_view sha256_hex) {
  if (sha256_hex.size() != 64 || sha256_hex.find_first_not_of("0123456789abcdef") != std::string_view::npos)
    throw std::invalid_argument("files_path: not a sha256 hex");
  return config.storage + "/" + std::string(sha256_hex.substr(0, 2)) + "/" + std::string(sha256_hex);
}

int64_t files_insert(Db& db, const FileRow& r) {
  db.exec("INSERT INTO files (sha256, kind, school_id, original_name, size_bytes, content_type, uploaded_by)"
          " VALUES (?, ?, ?, ?, ?, ?, ?)",
          {r.sha256, r.kind, r.school_id ? Param(r.school_id) : Param(Null{}), r.original_name,
           static_cast<int64_t>(r.size_bytes), r.content_type, r.uploaded_by ? Param(r.uploaded_by) : Param(Null{})});
  return static_cast<int64_t>(db.last_insert_id());
}

int64_t files_store_generated(Db& db, const Config& config, const std::string& path, FileRow row) {
  UploadedFile f;
  f.path = path;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("cannot read generated " + path);
  Sha256Stream hash;
  char buf[65536];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) {
    hash.update(std::string_view(buf, static_cast<size_t>(n)));
    f.size += static_cast<uint64_t>(n);
  }
  close(fd);
  if (n < 0) throw std::runtime_error("cannot read generated " + path);
  f.sha256 = hash.finish();
  row.sha256 = files_store(config, f);
  row.size_bytes = f.size;
  int64_t id = 0;
  if (db.in_transaction()) id = files_insert(db, row);
  else db.transaction([&] { id = files_insert(db, row); });
  return id;
}
