// insurer/policy_zip.h - the optional .zip of policy PDFs of a bulk policy upload, named
// <保单号>.pdf. Opened with the limits of SECURITY.md "Uploads": the central directory is checked
// before anything is inflated (entry count, declared sizes, encryption); only the base name of an
// entry counts (folders and path tricks like ../ are ignored); an entry is inflated only on
// request, into a temporary file, with a hard byte cap. Messages are Chinese text for the user.
#pragma once
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>

#include "multipart.h"

// A .zip that cannot be used at all (damaged, encrypted, too many or too large entries).
class PolicyZipError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class PolicyZip {
 public:
  static constexpr uint64_t kMaxEntries = 5000;
  static constexpr uint64_t kMaxEntryBytes = 10 << 20;  // one PDF, as the single upload
  static constexpr uint64_t kMaxTotalBytes = 1ULL << 30;

  // Opens and checks the archive at path. Throws PolicyZipError.
  explicit PolicyZip(const std::string& path);
  ~PolicyZip();
  PolicyZip(const PolicyZip&) = delete;
  PolicyZip& operator=(const PolicyZip&) = delete;

  // The entry named <policy_no>.pdf (base name, extension in any case): its index, -1 when
  // none, -2 when several entries carry that name.
  int64_t find(const std::string& policy_no) const;
  // Inflates entry index into a new file at dest (at most kMaxEntryBytes; more → too_large and
  // no file). The result owns dest like a received upload (files_store takes it).
  UploadedFile extract(int64_t index, const std::string& dest);

 private:
  void* zip_ = nullptr;                     // zip_t*
  std::map<std::string, int64_t> by_name_;  // lower-case base name → index (-2 = duplicate)
};
