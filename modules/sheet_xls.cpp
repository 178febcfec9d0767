// sheet_xls.cpp - the .xls (BIFF, Excel 97–2003) reader over libfreexl: the first worksheet,
// cell by cell. Text as UTF-8; integers as digits; doubles by sheet_double_text (integers
// below 2^53 as digits, anything else as Excel shows it, e.g. "4.10105201001011E+17");
// dates as YYYY-MM-DD (date-times "YYYY-MM-DD HH:MM:SS", times "HH:MM:SS"), as text.
// libfreexl loads the workbook into memory: the file-size cap and the sandbox bound that.
#include <freexl.h>

#include <string>

#include "sheet_internal.h"

namespace {

class Workbook {
 public:
  explicit Workbook(const std::string& path) {
    int rc = freexl_open(path.c_str(), &handle_);
    if (rc == FREEXL_INSUFFICIENT_MEMORY) throw SheetError(kSheetTooComplex);
    if (rc != FREEXL_OK) sheet_fail_corrupt("xls");  // (libfreexl leaks a few KB here: the sandbox ends it)
  }
  ~Workbook() {
    if (handle_) freexl_close(handle_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  const void* handle() const { return handle_; }

 private:
  const void* handle_ = nullptr;
};

}  // namespace

void sheet_read_xls(const std::string& path, const SheetLimits& limits, const SheetEach& each) {
  Workbook book(path);
  const void* h = book.handle();
  unsigned int info = 0;
  if (freexl_get_info(h, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
    throw SheetError("文件设置了密码，请取消密码保护后重新上传");
  if (freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &info) != FREEXL_OK || info == 0)
    throw SheetError("文件中没有可以读取的工作表，请检查后重新上传");
  if (freexl_select_active_worksheet(h, 0) != FREEXL_OK) sheet_fail_corrupt("xls");
  unsigned int row_count = 0;
  unsigned short column_count = 0;
  if (freexl_worksheet_dimensions(h, &row_count, &column_count) != FREEXL_OK) sheet_fail_corrupt("xls");

  SheetRows rows(limits, each);
  std::string text;
  for (unsigned int r = 0; r < row_count; ++r) {
    rows.begin(r + 1);
    for (unsigned short c = 0; c < column_count; ++c) {
      FreeXL_CellValue cell;
      if (freexl_get_cell_value(h, r, c, &cell) != FREEXL_OK) sheet_fail_corrupt("xls");
      bool numeric = false;
      switch (cell.type) {
        case FREEXL_CELL_INT:
          text = std::to_string(cell.value.int_value);
          numeric = true;
          break;
        case FREEXL_CELL_DOUBLE:
          text = sheet_double_text(cell.value.double_value);
          numeric = true;
          break;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME:
          text = cell.value.text_value ? cell.value.text_value : "";
          break;
        default:
          continue;
      }
      rows.cell(static_cast<size_t>(c) + 1, text, numeric);
    }
    rows.end();
  }
  rows.finish();
}
