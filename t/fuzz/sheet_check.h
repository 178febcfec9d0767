// sheet_check.h - what the spreadsheet fuzz targets (xlsx, xlsx_xml) share: the row callback
// that checks what sheet.h promises of every delivered row under the given limits and counts
// them, and the read of one .xlsx file under those checks.
#pragma once
#include <cstddef>
#include <string>

#include "fuzz_common.h"
#include "sheet.h"
#include "sheet_internal.h"

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

// Reads the .xlsx at path with fuzz_sheet_limits: every row passes SheetCheck, a file read
// whole has at least one row, and a refusal is a SheetError with a message.
inline void fuzz_read_xlsx(const std::string& path) {
  SheetLimits limits = fuzz_sheet_limits();
  SheetCheck check{limits};
  try {
    sheet_read_xlsx(path, limits, [&](size_t number, const SheetRow& cells) { check(number, cells); });
    FUZZ_CHECK(check.rows > 0);
  } catch (const SheetError& e) {
    FUZZ_CHECK(*e.what() != '\0');
  }
}
