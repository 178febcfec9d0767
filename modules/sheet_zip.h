// sheet_zip.h - the zip container of an .xlsx, opened for reading with the limits of
// SECURITY.md "Uploads": the central directory is checked before a byte is inflated (entry
// count, declared sizes one by one and in total, compression ratio, encryption) and every
// part is inflated under hard byte and ratio caps. Used only by sheet_xlsx.cpp.
#pragma once
#include <zip.h>

#include <cstdint>
#include <memory>
#include <string>

#include "sheet.h"
#include "sheet_internal.h"

namespace sheet_zip {

constexpr uint64_t kRatioFloor = 1 << 20;  // parts smaller than this are not ratio-checked

// Throws SheetError for a damaged .xlsx.
[[noreturn]] void corrupt();

class Archive;

// One part being inflated; read() enforces the byte caps.
class Entry {
 public:
  Entry(Archive& archive, zip_file_t* file, uint64_t declared, uint64_t compressed)
      : archive_(archive), file_(file), declared_(declared), compressed_(compressed) {}
  ~Entry() { zip_fclose(file_); }
  Entry(const Entry&) = delete;
  Entry& operator=(const Entry&) = delete;
  size_t read(void* buf, size_t n);

 private:
  Archive& archive_;
  zip_file_t* file_;
  uint64_t declared_, compressed_, produced_ = 0;
};

class Archive {
 public:
  Archive(const std::string& path, const SheetLimits& limits) : limits_(limits) {
    int err = 0;
    zip_ = zip_open(path.c_str(), ZIP_RDONLY, &err);
    if (!zip_) {
      if (err == ZIP_ER_MEMORY) throw SheetError(kSheetTooComplex);
      corrupt();
    }
    try {
      check_directory();
    } catch (...) {
      zip_discard(zip_);  // no destructor runs for a constructor that throws
      throw;
    }
  }
  ~Archive() { zip_discard(zip_); }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  // The index of a part (names compared without case, as OOXML part names are), or -1.
  zip_int64_t find(const std::string& name) const {
    if (name.empty()) return -1;
    return zip_name_locate(zip_, name.c_str(), ZIP_FL_NOCASE);
  }
  std::unique_ptr<Entry> open(zip_int64_t index) {
    zip_stat_t st;
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &st) != 0) corrupt();
    zip_file_t* f = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
    if (!f) corrupt();
    return std::make_unique<Entry>(*this, f, st.size, st.comp_size);
  }
  // Counts bytes inflated from all parts together against max_uncompressed.
  void produced(size_t n) {
    inflated_ += n;
    if (inflated_ > limits_.max_uncompressed) too_large();
  }
  const SheetLimits& limits() const { return limits_; }
  [[noreturn]] void too_large() const {
    throw SheetError("文件解压后过大（超过 " + std::to_string(limits_.max_uncompressed >> 20) + " MB），已拒绝");
  }
  [[noreturn]] void bad_ratio() const {
    throw SheetError("文件的压缩比异常（超过 " + std::to_string(limits_.max_ratio) + " 倍，可能是恶意构造的文件），已拒绝");
  }

 private:
  // Entry count, declared sizes (one by one and in total), ratio and encryption, before
  // a single byte is inflated.
  void check_directory() {
    zip_int64_t n = zip_get_num_entries(zip_, 0);
    if (n <= 0) corrupt();
    if (static_cast<uint64_t>(n) > limits_.max_entries)
      throw SheetError("文件结构异常（压缩包内有 " + std::to_string(n) + " 个部件，超过上限 " +
                       std::to_string(limits_.max_entries) + "），已拒绝");
    uint64_t total = 0;
    for (zip_int64_t i = 0; i < n; ++i) {
      zip_stat_t st;
      if (zip_stat_index(zip_, static_cast<zip_uint64_t>(i), 0, &st) != 0) corrupt();
      if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE)) corrupt();
      if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw SheetError("文件已加密，请取消密码保护后重新上传");
      if (st.size > limits_.max_uncompressed) too_large();
      total += st.size;
      if (total > limits_.max_uncompressed) too_large();
      if (st.size >= kRatioFloor && st.size / std::max<uint64_t>(st.comp_size, 1) >= limits_.max_ratio) bad_ratio();
    }
  }

  const SheetLimits& limits_;
  zip_t* zip_ = nullptr;
  uint64_t inflated_ = 0;
};

}  // namespace sheet_zip
