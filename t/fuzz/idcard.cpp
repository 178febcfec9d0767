// idcard.cpp - libFuzzer target: idcard_check (GB 11643 resident ID numbers) and the
// half-width folding it uses. Input: the text typed into a form or spreadsheet cell.
// Invariants: an accepted number is 18 ASCII characters whose check character is right,
// with a valid birth date and a sex, and checks again as itself (idempotent).
#include <cstdint>
#include <string>
#include <string_view>

#include "dates.h"
#include "fuzz_common.h"
#include "halfwidth.h"
#include "idcard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  std::string half = to_halfwidth(raw);
  FUZZ_CHECK(half.size() <= raw.size());
  std::string trimmed = trim_spaces(raw);
  FUZZ_CHECK(trimmed.size() <= raw.size());
  IdNumber id = idcard_check(raw);
  if (id.ok) {
    FUZZ_CHECK(id.error.empty());
    FUZZ_CHECK(id.normalized.size() == 18);
    FUZZ_CHECK(idcard_check_char(std::string_view(id.normalized).substr(0, 17)) == id.normalized[17]);
    FUZZ_CHECK(valid_date(id.birth));
    FUZZ_CHECK(id.sex == 'M' || id.sex == 'F');
    IdNumber again = idcard_check(id.normalized);
    FUZZ_CHECK(again.ok && again.normalized == id.normalized && again.birth == id.birth && again.sex == id.sex);
  } else {
    FUZZ_CHECK(!id.error.empty());
    if (!id.normalized.empty()) FUZZ_CHECK(id.normalized.size() == 18);
  }
  return 0;
}
