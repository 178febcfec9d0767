// sheet_check.h - the row callback the spreadsheet fuzz targets (xlsx, xlsx_xml) share: it
// checks what sheet.h promises of every delivered row under the given limits and counts them.
#pragma once
#include <cstddef>

#include "fuzz_common.h"
#include "sheet.h"

struct SheetCheck {
  const SheetLimits& limits;
  size_t rows = 0;
  void operator()(size_t number, const SheetRow& cells) {
    FUZZ_CHECK(number >= 1 && number <= 1048576);
    FUZZ_CHECK(++rows <= limits.max_rows);
    FUZZ_CHECK(!cells.empty() && cells.size() <= limits.max_columns && !cells.back().text.empty());
    for (const auto& c : cells) {
      FUZZ_CHECK(c.text.size() <= limits.max_cell_bytes);
      FUZZ_CHECK(fuzz_valid_utf8(c.text));
    }
  }
};

// Small limits, so that the caps are reached often and a run stays fast.
inline SheetLimits fuzz_sheet_limits() {
  SheetLimits limits;
  limits.max_rows = 200;
  limits.max_columns = 16;
  limits.max_cell_bytes = 64;
  limits.max_file_bytes = 1 << 20;
  limits.max_uncompressed = 4 << 20;
  limits.max_entries = 64;
  limits.max_shared_strings = 1000;
  return limits;
}
