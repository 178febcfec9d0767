// xlsx_writer.h - a small RAII wrapper over libxlsxwriter for the spreadsheets the system
// writes (templates, problem reports, roster downloads). The workbook is in constant_memory
// mode (rows stream to disk; memory does not grow with the rows), so rows of a sheet are
// written once, in order, and sheets one after the other. Every cell is written with
// worksheet_write_string: nothing ever becomes a formula, a value starting with = + - @ stays
// text (SECURITY.md "Personal data").
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// A workbook that could not be created, written or closed (message for the log, English).
class XlsxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class XlsxWriter {
 public:
  // Creates the workbook at path (written only by close()). Throws XlsxError.
  explicit XlsxWriter(const std::string& path);
  // Closes the workbook if close() was not called (errors are then ignored).
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  // Adds a worksheet (name ≤ 31 characters, no []:*?/\) and makes it the one written to.
  void add_sheet(const std::string& name);
  // Widths of the first widths.size() columns of the current sheet, in characters. With
  // text_format the columns also get the number format "@" (文本), so what a user later types
  // there (an 18-digit ID number) stays text instead of becoming a rounded number.
  void column_widths(const std::vector<double>& widths, bool text_format = false);
  // Writes the next row in bold on a grey fill (a header row).
  void header(const std::vector<std::string>& cells);
  // Writes the next row as plain text cells; an empty string leaves its cell empty.
  void row(const std::vector<std::string>& cells);
  // Rows written to the current sheet so far.
  size_t rows() const { return next_row_; }
  // Writes the file; throws XlsxError when libxlsxwriter reports an error.
  void close();

 private:
  void write(const std::vector<std::string>& cells, void* format);
  void* workbook_ = nullptr;   // lxw_workbook*
  void* sheet_ = nullptr;      // lxw_worksheet*
  void* header_format_ = nullptr;
  void* text_format_ = nullptr;
  size_t next_row_ = 0;
  std::string path_;
};
