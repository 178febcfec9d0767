// sheet_zip.cpp - the capped zip container of .xlsx files (see sheet_zip.h).
#include "sheet_zip.h"

#include <algorithm>

#include "sheet_internal.h"

namespace sheet_zip {

void corrupt() { sheet_fail_corrupt("xlsx"); }

size_t Entry::read(void* buf, size_t n) {
  zip_int64_t got = zip_fread(file_, buf, n);
  if (got < 0) corrupt();  // also a CRC mismatch at the end
  produced_ += static_cast<uint64_t>(got);
  if (produced_ > declared_) corrupt();  // more than the directory declared: a lie
  archive_.produced(static_cast<size_t>(got));
  if (produced_ >= kRatioFloor && produced_ / std::max<uint64_t>(compressed_, 1) >= archive_.limits().max_ratio)
    archive_.bad_ratio();
  return static_cast<size_t>(got);
}

}  // namespace sheet_zip
