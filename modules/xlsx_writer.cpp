// xlsx_writer.cpp - libxlsxwriter in constant_memory mode, strings only (see xlsx_writer.h).
#include "xlsx_writer.h"

#include <xlsxwriter.h>

namespace {

lxw_workbook* wb(void* p) { return static_cast<lxw_workbook*>(p); }
lxw_worksheet* ws(void* p) { return static_cast<lxw_worksheet*>(p); }
lxw_format* fmt(void* p) { return static_cast<lxw_format*>(p); }

}  // namespace

XlsxWriter::XlsxWriter(const std::string& path) : path_(path) {
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = nullptr;
  workbook_ = workbook_new_opt(path.c_str(), &options);
  if (!workbook_) throw XlsxError("xlsx: cannot create workbook " + path);
  lxw_format* h = workbook_add_format(wb(workbook_));
  format_set_bold(h);
  format_set_bg_color(h, 0xD9E1F2);
  format_set_pattern(h, LXW_PATTERN_SOLID);
  format_set_border(h, LXW_BORDER_THIN);
  header_format_ = h;
  lxw_format* t = workbook_add_format(wb(workbook_));
  format_set_num_format(t, "@");
  text_format_ = t;
}

XlsxWriter::~XlsxWriter() {
  if (workbook_) workbook_close(wb(workbook_));
}

void XlsxWriter::add_sheet(const std::string& name) {
  if (!workbook_) throw XlsxError("xlsx: workbook already closed");
  lxw_worksheet* sheet = workbook_add_worksheet(wb(workbook_), name.c_str());
  if (!sheet) throw XlsxError("xlsx: cannot add worksheet " + name);
  sheet_ = sheet;
  next_row_ = 0;
}

void XlsxWriter::column_widths(const std::vector<double>& widths, bool text_format) {
  if (!sheet_) throw XlsxError("xlsx: no worksheet");
  for (size_t c = 0; c < widths.size(); ++c) {
    lxw_error err = worksheet_set_column(ws(sheet_), static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                         widths[c], text_format ? fmt(text_format_) : nullptr);
    if (err != LXW_NO_ERROR) throw XlsxError(std::string("xlsx: set_column: ") + lxw_strerror(err));
  }
}

void XlsxWriter::write(const std::vector<std::string>& cells, void* format) {
  if (!sheet_) throw XlsxError("xlsx: no worksheet");
  for (size_t c = 0; c < cells.size(); ++c) {
    if (cells[c].empty() && !format) continue;
    // worksheet_write_string only: a value starting with = + - @ is stored as text.
    lxw_error err = worksheet_write_string(ws(sheet_), static_cast<lxw_row_t>(next_row_),
                                           static_cast<lxw_col_t>(c), cells[c].c_str(), fmt(format));
    if (err != LXW_NO_ERROR) throw XlsxError(std::string("xlsx: write_string: ") + lxw_strerror(err));
  }
  ++next_row_;
}

void XlsxWriter::header(const std::vector<std::string>& cells) { write(cells, header_format_); }

void XlsxWriter::row(const std::vector<std::string>& cells) { write(cells, nullptr); }

void XlsxWriter::close() {
  if (!workbook_) throw XlsxError("xlsx: workbook already closed");
  lxw_error err = workbook_close(wb(workbook_));
  workbook_ = nullptr;
  sheet_ = nullptr;
  if (err != LXW_NO_ERROR) throw XlsxError("xlsx: cannot write " + path_ + ": " + lxw_strerror(err));
}
