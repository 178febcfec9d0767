// sheet_internal.h - what the spreadsheet readers share (modules/sheet*.cpp only; callers use
// sheet.h): the per-format readers, the row collector that applies the row/column/cell caps
// and skips empty rows, the number-to-text rules and the Chinese refusal messages.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "sheet.h"

using SheetEach = std::function<void(size_t row_number, const SheetRow& cells)>;

// The readers behind sheet_read (the caller has checked the format and the file size).
void sheet_read_xlsx(const std::string& path, const SheetLimits& limits, const SheetEach& each);
void sheet_read_xls(const std::string& path, const SheetLimits& limits, const SheetEach& each);
void sheet_read_csv(const std::string& path, const SheetLimits& limits, const SheetEach& each);

// Collects the cells of one row at a time and hands every row with a non-empty cell to
// each(); a row's cells run up to its last non-empty one (gaps are empty cells).
// Throws SheetError when a non-empty cell lies beyond max_columns, a cell is longer than
// max_cell_bytes, more than max_rows rows have content, or (finish) none had any.
class SheetRows {
 public:
  SheetRows(const SheetLimits& limits, const SheetEach& each) : limits_(limits), each_(each) {}
  // Starts row `row_number` (1-based, as the user sees it), ending an unfinished one.
  void begin(size_t row_number);
  // Sets cell `column` (1-based) of the current row; takes text's content (leaves it empty).
  void cell(size_t column, std::string& text, bool numeric);
  // Ends the current row: delivered when it has a non-empty cell.
  void end();
  // Ends the sheet: SheetError when no row had content.
  void finish();
  size_t delivered() const { return delivered_; }

 private:
  const SheetLimits& limits_;
  const SheetEach& each_;
  SheetRow row_;
  size_t row_number_ = 0;
  bool open_ = false;
  size_t delivered_ = 0;
};

// The text of a number stored as decimal text (xlsx <v>): plain digits when it is an
// integer that a double represents exactly ("1.0" → "1", "1E+3" → "1000"); otherwise the
// stored text unchanged ("3.25", "4.10105201001011E+17", "410105201001011234").
std::string sheet_number_text(std::string_view stored);
// The text of a number stored as a double (xls): plain digits when it is an integer below
// 2^53 in magnitude (every such integer is exact); otherwise what Excel shows in General
// format: 15 significant digits ("3.25", "4.10105201001011E+17").
std::string sheet_double_text(double value);

// "A", "B", ..., "Z", "AA", ... for 1-based column numbers.
std::string sheet_column_name(size_t column);

// Refusals shared by the readers (messages for the user, in Chinese).
[[noreturn]] void sheet_fail_cell_too_long(size_t row_number, size_t column, size_t max_bytes);
[[noreturn]] void sheet_fail_corrupt(std::string_view format);  // format: "xlsx", "xls", "csv"
extern const char* const kSheetTooComplex;  // a limit killed the work: "文件过大或过于复杂，无法读取"
