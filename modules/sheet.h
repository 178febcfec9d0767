// sheet.h - spreadsheet readers for roster uploads: .xlsx (libzip + expat, streamed), .xls
// (libfreexl) and .csv (UTF-8 with or without BOM, or GBK). Only the FIRST worksheet is read,
// row by row, with hard limits (SECURITY.md "Uploads"): file size, zip entry count, declared
// and actual uncompressed size, compression ratio, rows, columns, cell bytes, shared strings;
// any DOCTYPE or entity declaration is refused. Every refusal is a SheetError whose message
// is Chinese text meant for the user (shown on the upload result page).
// The upload path uses sheet_read_sandboxed: the parsing runs in a child process with memory
// and CPU limits, so a hostile file can at worst kill that child.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

struct SheetCell {
  std::string text;
  bool numeric = false;  // numeric: the file stored a number
};
using SheetRow = std::vector<SheetCell>;

struct SheetLimits {
  size_t max_rows = 20000;
  size_t max_columns = 64;
  size_t max_cell_bytes = 2000;
  uint64_t max_file_bytes = 20 << 20;
  uint64_t max_uncompressed = 200 << 20;
  uint32_t max_ratio = 100;
  size_t max_entries = 10000;
  size_t max_shared_strings = 2000000;
};

enum class SheetFormat { xlsx, xls, csv, unknown };

// A refusal with a Chinese message for the user (limits, DOCTYPE/entities, corrupt or
// unreadable files, zero data rows).
class SheetError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The format of the file by content (PK zip / OLE2 / text); unknown for anything else,
// also for an unreadable or empty file.
SheetFormat sheet_detect(const std::string& path);

// Reads the FIRST worksheet (csv: the file, UTF-8 with or without BOM, or GBK) row by row;
// calls each(sheet_row_number (1-based, as the user sees it in Excel), cells) for every row
// that has at least one non-empty cell; cells trimmed of nothing (roster trims). Numbers
// come as their exact decimal text without exponent when the stored value is an integer
// that a double represents exactly (e.g. "410105201001011234" can NOT be: then text is the
// raw stored value, e.g. "4.10105201001011E+17", numeric=true — the roster refuses it clearly).
// Throws SheetError (a std::runtime_error with a Chinese message for the user) on limits,
// DOCTYPE/entities, corrupt files, zero rows.
// Notes: a row's cells run up to its last non-empty one (a row may be shorter than the
// header); rows delivered before a refusal are to be thrown away by the caller.
void sheet_read(const std::string& path, const SheetLimits& limits,
                const std::function<void(size_t row_number, const SheetRow& cells)>& each);

// The same, in a child process with memory (RLIMIT_AS 256 MB) and CPU (20 s) limits; rows
// come back over a pipe. What the upload path uses. An exception thrown by each() stops the
// child and propagates unchanged; a child killed by a limit → SheetError.
void sheet_read_sandboxed(const std::string& path, const SheetLimits& limits,
                          const std::function<void(size_t row_number, const SheetRow& cells)>& each);
