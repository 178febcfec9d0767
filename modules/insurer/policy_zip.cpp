// insurer/policy_zip.cpp - the .zip of policy PDFs (see insurer/policy_zip.h).
#include "insurer/policy_zip.h"

#include <zip.h>

#include <cstdio>

#include "crypto.h"

namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

zip_t* Z(void* p) { return static_cast<zip_t*>(p); }

}  // namespace

PolicyZip::PolicyZip(const std::string& path) {
  int err = 0;
  zip_ = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (!zip_) throw PolicyZipError("保单压缩包无法打开（不是有效的 .zip 文件或已损坏）。");
  zip_int64_t n = zip_get_num_entries(Z(zip_), 0);
  if (n < 0 || static_cast<uint64_t>(n) > kMaxEntries) {
    zip_discard(Z(zip_));
    throw PolicyZipError("保单压缩包内的文件过多（上限 " + std::to_string(kMaxEntries) + " 个）。");
  }
  uint64_t total = 0;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    if (zip_stat_index(Z(zip_), static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) ||
        !(st.valid & ZIP_STAT_SIZE)) {
      zip_discard(Z(zip_));
      throw PolicyZipError("保单压缩包已损坏。");
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
      zip_discard(Z(zip_));
      throw PolicyZipError("保单压缩包已加密，请取消密码后重新上传。");
    }
    total += st.size;
    if (total > kMaxTotalBytes) {
      zip_discard(Z(zip_));
      throw PolicyZipError("保单压缩包解压后过大（超过 1 GB）。");
    }
    std::string name = st.name;
    if (name.empty() || name.back() == '/') continue;  // a folder
    size_t cut = name.find_last_of("/\\");
    std::string base = lower_ascii(cut == std::string::npos ? name : name.substr(cut + 1));
    auto [it, fresh] = by_name_.emplace(base, i);
    if (!fresh) it->second = -2;
  }
}

PolicyZip::~PolicyZip() {
  if (zip_) zip_discard(Z(zip_));
}

int64_t PolicyZip::find(const std::string& policy_no) const {
  auto it = by_name_.find(lower_ascii(policy_no + ".pdf"));
  return it == by_name_.end() ? -1 : it->second;
}

UploadedFile PolicyZip::extract(int64_t index, const std::string& dest) {
  UploadedFile out;
  out.field = "zip";
  zip_file_t* f = zip_fopen_index(Z(zip_), static_cast<zip_uint64_t>(index), 0);
  if (!f) throw PolicyZipError("保单压缩包已损坏。");
  FILE* w = fopen(dest.c_str(), "wbx");
  if (!w) {
    zip_fclose(f);
    throw std::runtime_error("cannot create " + dest);
  }
  out.path = dest;
  Sha256Stream hash;
  char buf[65536];
  bool broken = false;
  for (;;) {
    zip_int64_t got = zip_fread(f, buf, sizeof buf);
    if (got < 0) {
      broken = true;
      break;
    }
    if (got == 0) break;
    out.size += static_cast<uint64_t>(got);
    if (out.size > kMaxEntryBytes) {
      out.too_large = true;
      break;
    }
    if (out.head.size() < 64) out.head.append(buf, std::min<size_t>(static_cast<size_t>(got), 64 - out.head.size()));
    hash.update(std::string_view(buf, static_cast<size_t>(got)));
    if (fwrite(buf, 1, static_cast<size_t>(got), w) != static_cast<size_t>(got)) broken = true;
  }
  zip_fclose(f);
  if (fclose(w) != 0) broken = true;
  if (broken) throw PolicyZipError("保单压缩包已损坏，无法解压。");
  if (out.too_large) {
    std::remove(dest.c_str());
    out.path.clear();
  } else {
    out.sha256 = hash.finish();
  }
  return out;
}
