// csv.cpp - libFuzzer target: the CSV reader (modules/sheet_csv.cpp) on a file holding the
// input, as the upload path reaches it (sheet_detect says csv first), with small limits so
// the row, column and cell caps are reached often.
// Invariants: every delivered row respects the limits, has a non-empty cell, numbers grow,
// and every cell is well-formed UTF-8 (the GBK branch converts, the UTF-8 branch validates).
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "sheet.h"
#include "sheet_internal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = fuzz_scratch("csv");
  fuzz_write_file(path, data, size);
  if (sheet_detect(path) != SheetFormat::csv) return 0;
  SheetLimits limits;
  limits.max_rows = 40;
  limits.max_columns = 12;
  limits.max_cell_bytes = 64;
  size_t last = 0, rows = 0;
  try {
    sheet_read_csv(path, limits, [&](size_t number, const SheetRow& cells) {
      FUZZ_CHECK(number > last);
      last = number;
      FUZZ_CHECK(++rows <= limits.max_rows);
      FUZZ_CHECK(!cells.empty() && cells.size() <= limits.max_columns && !cells.back().text.empty());
      for (const auto& c : cells) {
        FUZZ_CHECK(c.text.size() <= limits.max_cell_bytes && !c.numeric);
        FUZZ_CHECK(fuzz_valid_utf8(c.text));
      }
    });
    FUZZ_CHECK(rows > 0);
  } catch (const SheetError& e) {
    FUZZ_CHECK(*e.what() != '\0');
  }
  return 0;
}
