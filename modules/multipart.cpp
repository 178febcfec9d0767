// multipart.cpp - streaming multipart/form-data parser (see multipart.h).
#include "multipart.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <set>
#include <stdexcept>

#include "config.h"
#include "crypto.h"
#include "http_error.h"

namespace {

constexpr size_t kChunk = 64 << 10;
constexpr size_t kMaxHeaderBlock = 8 << 10;
constexpr size_t kMaxPreamble = 1 << 10;
constexpr size_t kMaxName = 64;
constexpr size_t kHeadBytes = 64;

[[noreturn]] void malformed() { throw HttpError(400, "上传的内容格式有误，请重新提交。"); }

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  return true;
}

std::string_view trim_ws(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Parameters after the first token of a header value: `; name="x"; filename=y`. Quoted
// strings may hold ';'. A backslash is an ordinary character, as browsers send it (they
// percent-encode '"' in names instead: HTML "multipart/form-data encoding algorithm").
// Names come back lower-case.
std::map<std::string, std::string> header_params(std::string_view v, std::string& first) {
  std::map<std::string, std::string> out;
  size_t i = v.find(';');
  first = std::string(trim_ws(v.substr(0, i)));
  while (i != std::string_view::npos && i < v.size()) {
    ++i;  // past ';'
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
    size_t eq = v.find('=', i);
    if (eq == std::string_view::npos) break;
    std::string key;
    for (char c : trim_ws(v.substr(i, eq - i))) key += lower_ascii(c);
    i = eq + 1;
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
    std::string value;
    if (i < v.size() && v[i] == '"') {
      ++i;
      bool closed = false;
      while (i < v.size()) {
        char c = v[i++];
        if (c == '"') {
          closed = true;
          break;
        }
        value += c;
      }
      if (!closed) malformed();
      i = v.find(';', i);
    } else {
      size_t end = v.find(';', i);
      value = std::string(trim_ws(v.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i)));
      i = end;
    }
    if (!key.empty()) out[key] = value;
  }
  return out;
}

bool boundary_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

// Closes the descriptor when the scope ends.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) close(fd);
  }
};

// Throws for a failed write to the storage: the 507 the user can act on when the disk (or the
// quota) is full (t/drills/storage-full.sh), else an internal error about what failed.
[[noreturn]] void storage_failure(int err, const std::string& what) {
  if (err == ENOSPC || err == EDQUOT)
    throw HttpError(507, "服务器存储空间不足，上传的文件未保存。请稍后再试；如持续出现，请联系管理中心。");
  throw std::runtime_error(what);
}

void write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) storage_failure(n < 0 ? errno : ENOSPC, "writing an upload to the temporary directory failed");
    data.remove_prefix(static_cast<size_t>(n));
  }
}

// Streams the current part into a new temporary file under <storage>/tmp.
UploadedFile receive_file(MultipartReader& reader, const PartHeaders& part, const std::string& storage, size_t cap) {
  std::string dir = storage + "/tmp";
  if (mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
    throw std::runtime_error("cannot create " + dir);
  UploadedFile f;
  f.field = part.name;
  f.filename = part.filename;
  f.declared_type = part.content_type;
  f.path = dir + "/up-" + to_hex(random_bytes(12));
  Fd out;
  out.fd = open(f.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (out.fd < 0) {
    f.path.clear();
    storage_failure(errno, "cannot create a temporary upload file in " + dir);
  }
  Sha256Stream hash;
  reader.read_data([&](std::string_view chunk) {
    f.size += chunk.size();
    if (f.too_large) return;
    if (f.size > cap) {
      f.too_large = true;
      close(out.fd);
      out.fd = -1;
      unlink(f.path.c_str());
      f.path.clear();
      f.head.clear();
      return;
    }
    if (f.head.size() < kHeadBytes) f.head.append(chunk.substr(0, kHeadBytes - f.head.size()));
    hash.update(chunk);
    write_all(out.fd, chunk);
  });
  if (!f.too_large) {
    if (fsync(out.fd) != 0) storage_failure(errno, "fsync of a temporary upload failed");
    f.sha256 = hash.finish();
  }
  return f;
}

}  // namespace

// ---- UploadedFile ----

UploadedFile::UploadedFile(UploadedFile&& o) noexcept
    : field(std::move(o.field)), filename(std::move(o.filename)), declared_type(std::move(o.declared_type)),
      path(std::move(o.path)), size(o.size), too_large(o.too_large), head(std::move(o.head)),
      sha256(std::move(o.sha256)) {
  o.path.clear();
}

UploadedFile& UploadedFile::operator=(UploadedFile&& o) noexcept {
  if (this != &o) {
    if (!path.empty()) unlink(path.c_str());
    field = std::move(o.field);
    filename = std::move(o.filename);
    declared_type = std::move(o.declared_type);
    path = std::move(o.path);
    size = o.size;
    too_large = o.too_large;
    head = std::move(o.head);
    sha256 = std::move(o.sha256);
    o.path.clear();
  }
  return *this;
}

UploadedFile::~UploadedFile() {
  if (!path.empty()) unlink(path.c_str());
}

// ---- MultipartForm ----

const std::string* MultipartForm::field(std::string_view name) const {
  auto it = fields.find(name);
  return it == fields.end() ? nullptr : &it->second;
}

UploadedFile* MultipartForm::file(std::string_view name) {
  for (auto& f : files)
    if (f.field == name) return &f;
  return nullptr;
}

// ---- MultipartReader ----

MultipartReader::MultipartReader(Request::Reader read, std::string_view boundary, size_t max_bytes)
    : read_(std::move(read)), delim_("\r\n--" + std::string(boundary)), buf_("\r\n"), max_bytes_(max_bytes) {}
// buf_ starts with a synthetic CRLF so the body's opening "--boundary" matches delim_.

bool MultipartReader::fill() {
  size_t want = std::min(kChunk, max_bytes_ - got_);
  if (want == 0 || !read_) return false;
  size_t old = buf_.size();
  buf_.resize(old + want);
  size_t n = read_(buf_.data() + old, want);
  buf_.resize(old + n);
  got_ += n;
  return n > 0;
}

bool MultipartReader::ensure(size_t n) {
  while (buf_.size() < n)
    if (!fill()) return false;
  return true;
}

void MultipartReader::after_delimiter() {
  if (!ensure(2)) malformed();
  if (buf_.compare(0, 2, "--") == 0) {
    state_ = State::End;  // the closing delimiter; an epilogue is ignored (and not read)
    buf_.clear();
    return;
  }
  size_t i = 0;
  for (;;) {  // transport padding: spaces and tabs before the CRLF
    if (!ensure(i + 2) || i > 64) malformed();
    if (buf_[i] == ' ' || buf_[i] == '\t') ++i;
    else break;
  }
  if (buf_.compare(i, 2, "\r\n") != 0) malformed();
  buf_.erase(0, i + 2);
  state_ = State::Headers;
}

void MultipartReader::read_headers(PartHeaders& part) {
  std::string block;
  for (;;) {
    if (buf_.size() >= 2 && buf_.compare(0, 2, "\r\n") == 0) {  // no headers at all
      buf_.erase(0, 2);
      break;
    }
    size_t end = buf_.find("\r\n\r\n");
    if (end != std::string::npos) {
      block = buf_.substr(0, end);
      buf_.erase(0, end + 4);
      break;
    }
    if (buf_.size() > kMaxHeaderBlock || !fill()) malformed();
  }
  part = PartHeaders{};
  bool disposition = false;
  size_t pos = 0;
  while (pos < block.size()) {
    size_t eol = block.find("\r\n", pos);
    std::string_view line = std::string_view(block).substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
    pos = eol == std::string::npos ? block.size() : eol + 2;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) malformed();
    std::string_view name = trim_ws(line.substr(0, colon)), value = trim_ws(line.substr(colon + 1));
    if (iequals(name, "Content-Disposition")) {
      if (disposition) malformed();
      disposition = true;
      std::string first;
      auto params = header_params(value, first);
      if (!iequals(first, "form-data")) malformed();
      auto n = params.find("name");
      if (n == params.end() || n->second.empty()) malformed();
      part.name = n->second;
      auto f = params.find("filename");
      if (f != params.end()) {
        part.is_file = true;
        part.filename = f->second;
      }
    } else if (iequals(name, "Content-Type")) {
      part.content_type = std::string(value.substr(0, 100));
    }
  }
  if (!disposition) malformed();
  if (part.name.size() > kMaxName) throw HttpError(400, "请求参数名称无效。");
  state_ = State::Data;
}

bool MultipartReader::next(PartHeaders& part) {
  if (state_ == State::Data) read_data([](std::string_view) {});
  if (state_ == State::Preamble) {
    for (;;) {
      size_t pos = buf_.find(delim_);
      if (pos != std::string::npos) {
        buf_.erase(0, pos + delim_.size());
        after_delimiter();
        break;
      }
      if (buf_.size() > kMaxPreamble + delim_.size() || !fill()) malformed();
    }
  }
  if (state_ == State::End) return false;
  read_headers(part);
  return true;
}

uint64_t MultipartReader::read_data(const std::function<void(std::string_view)>& sink) {
  if (state_ != State::Data) throw std::logic_error("MultipartReader::read_data outside a part");
  uint64_t total = 0;
  size_t keep = delim_.size() - 1;  // a delimiter may start in the last bytes: hold them back
  for (;;) {
    size_t pos = buf_.find(delim_);
    if (pos != std::string::npos) {
      if (pos > 0) sink(std::string_view(buf_).substr(0, pos));
      total += pos;
      buf_.erase(0, pos + delim_.size());
      after_delimiter();
      return total;
    }
    if (buf_.size() > keep) {
      size_t n = buf_.size() - keep;
      sink(std::string_view(buf_).substr(0, n));
      total += n;
      buf_.erase(0, n);
    }
    if (!fill()) malformed();  // the body ended inside a part: no closing delimiter
  }
}

// ---- functions ----

std::string multipart_boundary_of(std::string_view header) {
  std::string first;
  std::map<std::string, std::string> params;
  try {
    params = header_params(header, first);
  } catch (const HttpError&) {
    return "";
  }
  auto it = params.find("boundary");
  if (it == params.end()) return "";
  const std::string& b = it->second;
  if (b.empty() || b.size() > 70 || b.back() == ' ') return "";
  for (char c : b)
    if (!boundary_char(c)) return "";
  return b;
}

std::optional<std::string> multipart_leading_field(std::string_view head, std::string_view boundary,
                                                   std::string_view name) {
  size_t pos = 0;
  Request::Reader from_head = [head, pos](char* buf, size_t n) mutable {
    size_t k = std::min(n, head.size() - pos);
    head.copy(buf, k, pos);
    pos += k;
    return k;
  };
  try {
    MultipartReader reader(from_head, boundary, head.size());
    PartHeaders part;
    if (!reader.next(part) || part.is_file || part.name != name) return std::nullopt;
    std::string value;
    reader.read_data([&](std::string_view chunk) {
      if (value.size() + chunk.size() > 256) malformed();
      value.append(chunk);
    });
    return value;
  } catch (const HttpError&) {
    return std::nullopt;
  }
}

MultipartForm multipart_parse(const Request& req, const Config& config, const MultipartLimits& limits) {
  if (req.content_type != "multipart/form-data" || req.multipart_boundary().empty() || !req.body_reader())
    throw HttpError(415, "不支持的提交格式。");
  size_t cap = config.upload_bytes;
  if (req.content_length() == 0) throw HttpError(400, "请求长度无效。");
  if (req.content_length() > cap)
    throw HttpError(413, "上传的内容过大，不能超过 " + std::to_string(cap >> 20) + " MB。");
  size_t file_cap = limits.file_bytes ? std::min(limits.file_bytes, cap) : cap;
  MultipartReader reader(req.body_reader(), req.multipart_boundary(), req.content_length());
  MultipartForm form;
  std::set<std::string, std::less<>> names;
  PartHeaders part;
  while (reader.next(part)) {
    if (!names.insert(part.name).second) throw HttpError(400, "请求参数重复。");
    if (part.is_file) {
      UploadedFile f = receive_file(reader, part, config.storage, file_cap);
      if (f.size == 0 && f.filename.empty()) continue;  // "no file chosen"
      if (form.files.size() >= limits.max_files) throw HttpError(400, "上传的文件过多。");
      form.files.push_back(std::move(f));
    } else {
      if (form.fields.size() >= limits.max_fields) throw HttpError(400, "请求参数过多。");
      std::string value;
      reader.read_data([&](std::string_view chunk) {
        if (value.size() + chunk.size() > limits.field_bytes) throw HttpError(400, "提交的内容过长。");
        value.append(chunk);
      });
      form.fields.emplace(part.name, std::move(value));
    }
  }
  return form;
}
