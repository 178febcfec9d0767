// multipart.h - streaming multipart/form-data (RFC 7578) for the uploads area. The body is
// read through Request::body_reader() in 64 KB pieces: text fields are collected (capped),
// file parts go straight to a temporary file under <storage>/tmp while their SHA-256 and
// first bytes are taken, so no file is ever held in memory.
// Errors: malformed body, duplicate or overlong names, too many fields or files, a field
// over its cap → HttpError(400); a body over [limits] upload_bytes → HttpError(413) before
// a byte of it is read. A file over the per-call cap is not an error here: it is marked
// too_large, its bytes are discarded and parsing goes on, so the form can be shown again
// with a message next to the file field.
// The CSRF token of an upload form must be its FIRST field: Request::parse reads that one
// part ahead (multipart_leading_field) so serve() checks the token before any file byte.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http.h"

struct Config;

struct MultipartLimits {
  size_t file_bytes = 0;          // cap of one file; 0 = [limits] upload_bytes
  size_t max_files = 1;           // file parts allowed (an empty "no file chosen" part does not count)
  size_t field_bytes = 16 << 10;  // cap of one text field
  size_t max_fields = 64;         // text fields allowed
};

// One received file. Owns its temporary file: the destructor removes it unless release()
// was called (files_store renames it into the storage).
struct UploadedFile {
  std::string field;          // form field name
  std::string filename;       // as the browser sent it: untrusted (files_safe_name cleans it)
  std::string declared_type;  // the part's Content-Type: untrusted, never used for decisions
  std::string path;           // the temporary file; "" when too_large or released
  uint64_t size = 0;          // bytes received (also counted when too_large)
  bool too_large = false;     // over the cap: content discarded
  std::string head;           // the first 64 bytes (type detection by magic bytes)
  std::string sha256;         // raw digest of the content (empty when too_large)

  UploadedFile() = default;
  UploadedFile(UploadedFile&& other) noexcept;
  UploadedFile& operator=(UploadedFile&& other) noexcept;
  UploadedFile(const UploadedFile&) = delete;
  UploadedFile& operator=(const UploadedFile&) = delete;
  ~UploadedFile();
  void release() { path.clear(); }
};

struct MultipartForm {
  std::map<std::string, std::string, std::less<>> fields;  // text fields, raw bytes as sent
  std::vector<UploadedFile> files;                          // non-empty file parts
  // The text field, or nullptr.
  const std::string* field(std::string_view name) const;
  // The file of that field, or nullptr (also when the visitor chose none).
  UploadedFile* file(std::string_view name);
};

// Reads the whole body of req (which must be multipart/form-data with a boundary, else 415).
MultipartForm multipart_parse(const Request& req, const Config& config, const MultipartLimits& limits);

// ---- low level (Request::parse and unit tests) ----

struct PartHeaders {
  std::string name;          // Content-Disposition name
  std::string filename;      // Content-Disposition filename (may be empty)
  bool is_file = false;      // a filename parameter was present
  std::string content_type;  // the part's Content-Type, "" when absent
};

// Pull parser over a body reader. next() moves to the following part (skipping what is
// left of the current one) and returns false after the closing delimiter; read_data()
// streams the current part's bytes to sink. Never reads more than max_bytes in total.
class MultipartReader {
 public:
  MultipartReader(Request::Reader read, std::string_view boundary, size_t max_bytes);
  bool next(PartHeaders& part);
  uint64_t read_data(const std::function<void(std::string_view)>& sink);

 private:
  enum class State { Preamble, Headers, Data, End };
  bool fill();
  bool ensure(size_t n);
  void after_delimiter();
  void read_headers(PartHeaders& part);

  Request::Reader read_;
  std::string delim_;  // CRLF "--" boundary
  std::string buf_;
  size_t max_bytes_;
  size_t got_ = 0;
  State state_ = State::Preamble;
};

// The boundary parameter of a Content-Type header value, or "" when it is missing or not
// a valid RFC 2046 boundary (1-70 characters of the allowed set).
std::string multipart_boundary_of(std::string_view content_type_header);
// The value of the body's first part when that part is a text field called name (at most
// 256 bytes) complete within head, the first bytes of the body; nullopt otherwise.
std::optional<std::string> multipart_leading_field(std::string_view head, std::string_view boundary,
                                                   std::string_view name);
