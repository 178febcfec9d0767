// files.h - stored uploads. Content lives once in the storage directory under its SHA-256
// (<storage>/<first 2 hex>/<64 hex>, outside the web root); each upload is one `files` row
// (kind, owner school, original name, size, type, uploader). uploads.fcgi serves a row
// after its scope check through nginx (X-Accel-Redirect to /_files/<2 hex>/<64 hex>).
// The type of an upload is decided by its first bytes, never by its name or the browser.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

struct Config;
class Db;
struct UploadedFile;

// Kinds of content we accept, by magic bytes.
enum FileTypes : unsigned { kJpeg = 1, kPng = 2, kPdf = 4 };
constexpr unsigned kCertificateTypes = kJpeg | kPng | kPdf;

// "image/jpeg", "image/png" or "application/pdf" when head (the first bytes) starts like
// one of the allowed types; "" otherwise.
std::string files_detect_type(std::string_view head, unsigned allowed);
// The usual extension of such a type (".jpg", ".png", ".pdf"); "" otherwise.
const char* files_extension(std::string_view content_type);
// A clean display name: path components dropped, control and reserved characters
// (/ \ : * ? " < > |) removed, valid UTF-8, at most 100 characters; fallback when empty.
std::string files_safe_name(std::string_view name, std::string_view fallback);

// Moves the temporary file into the storage under its hash (atomic rename; when the same
// content is already stored the temporary copy is just removed) and releases it. Returns
// the hex SHA-256. Idempotent, so it runs before the database transaction.
std::string files_store(const Config& config, UploadedFile& file);

// Where the stored content with this sha256 (64 hex characters, files.sha256) lies.
std::string files_path(const Config& config, std::string_view sha256_hex);

struct FileRow {
  std::string sha256;  // hex
  std::string kind;    // certificate | roster | policy | claim | statistics | announcement | export | other
  int64_t school_id = 0;    // 0 = none
  std::string original_name;
  uint64_t size_bytes = 0;
  std::string content_type;
  int64_t uploaded_by = 0;  // 0 = a public (anonymous) upload
};
// Inserts the row (inside the caller's transaction) and returns its id.
int64_t files_insert(Db& db, const FileRow& row);
// Stores a file the application wrote at path (a report, an export): hashes it, moves it into
// the storage (path is gone afterwards) and inserts its row — row.sha256 and row.size_bytes
// are filled here, the rest comes from row — in its own transaction unless the caller's is
// open. Returns the files id.
int64_t files_store_generated(Db& db, const Config& config, const std::string& path, FileRow row);
