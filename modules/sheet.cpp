// sheet.cpp - format detection, dispatch to the readers, the row collector and the number
// rules shared by the spreadsheet readers (see sheet.h, sheet_internal.h).
#include "sheet.h"

#include <sys/stat.h>

#include <charconv>
#include <cmath>
#include <fstream>

#include "sheet_internal.h"

const char* const kSheetTooComplex = "文件过大或过于复杂，无法读取，请删除多余的内容后重新上传";

namespace {

constexpr double kTwoPow53 = 9007199254740992.0;

std::string mb(uint64_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

// Whether the bytes could start a text file (CSV): no NUL or other binary control bytes
// (tab, CR, LF, form feed allowed) and not markup (an HTML or XML page renamed .xls).
bool looks_like_text(std::string_view head) {
  if (head.empty()) return false;
  for (unsigned char c : head)
    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') return false;
  std::string_view rest = head;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  size_t first = rest.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos || rest[first] != '<';
}

// The exact integer written by a decimal number text ("-12", "1.50E+2" → "150"), or ""
// when the text is not an integer or not a number at all.
std::string integer_digits(std::string_view s) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  std::string digits;
  long point = -1;
  for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
    if (s[i] >= '0' && s[i] <= '9') digits += s[i];
    else if (s[i] == '.' && point < 0) point = static_cast<long>(digits.size());
    else return "";
  }
  if (digits.empty()) return "";
  long exponent = 0;
  if (i < s.size()) {
    std::string_view e = s.substr(i + 1);
    if (!e.empty() && e[0] == '+') e.remove_prefix(1);
    auto [end, ec] = std::from_chars(e.data(), e.data() + e.size(), exponent);
    if (ec != std::errc() || end != e.data() + e.size() || e.empty() || exponent > 400 || exponent < -400) return "";
  }
  if (point < 0) point = static_cast<long>(digits.size());
  long at = point + exponent;  // the decimal point's position in digits
  long n = static_cast<long>(digits.size());
  for (long k = std::max(at, 0L); k < n; ++k)
    if (digits[static_cast<size_t>(k)] != '0') return "";  // a fraction
  std::string out = at <= 0 ? std::string() : digits.substr(0, static_cast<size_t>(std::min(at, n)));
  if (at > n) out.append(static_cast<size_t>(at - n), '0');
  size_t nz = out.find_first_not_of('0');
  out = nz == std::string::npos ? "0" : out.substr(nz);
  if (negative && out != "0") out.insert(0, 1, '-');
  return out;
}

// The exact decimal digits of an integral double.
std::string integral_digits(double v) {
  if (v == 0) return "0";
  char buf[400];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 0);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

}  // namespace

SheetFormat sheet_detect(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return SheetFormat::unknown;
  char buf[4096];
  in.read(buf, sizeof buf);
  std::string_view head(buf, static_cast<size_t>(in.gcount()));
  if (head.substr(0, 4) == "PK\x03\x04" || head.substr(0, 4) == "PK\x05\x06") return SheetFormat::xlsx;
  if (head.substr(0, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") return SheetFormat::xls;
  if (looks_like_text(head)) return SheetFormat::csv;
  return SheetFormat::unknown;
}

void sheet_read(const std::string& path, const SheetLimits& limits, const SheetEach& each) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) throw SheetError("无法读取上传的文件，请重新上传");
  if (static_cast<uint64_t>(st.st_size) > limits.max_file_bytes)
    throw SheetError("文件过大（最大 " + mb(limits.max_file_bytes) + "），请删除多余的内容后重新上传");
  if (st.st_size == 0) throw SheetError("文件是空的，请检查后重新上传");
  switch (sheet_detect(path)) {
    case SheetFormat::xlsx: return sheet_read_xlsx(path, limits, each);
    case SheetFormat::xls: return sheet_read_xls(path, limits, each);
    case SheetFormat::csv: return sheet_read_csv(path, limits, each);
    case SheetFormat::unknown: break;
  }
  throw SheetError("无法识别的文件格式，请上传 Excel 文件（.xlsx 或 .xls）或 CSV 文件");
}

void SheetRows::begin(size_t row_number) {
  if (open_) end();
  row_number_ = row_number;
  row_.clear();
  open_ = true;
}

void SheetRows::cell(size_t column, std::string& text, bool numeric) {
  if (text.empty() || column == 0) return;
  if (text.size() > limits_.max_cell_bytes) sheet_fail_cell_too_long(row_number_, column, limits_.max_cell_bytes);
  if (column > limits_.max_columns)
    throw SheetError("第 " + std::to_string(row_number_) + " 行 " + sheet_column_name(column) +
                     " 列超出了列数上限（最多 " + std::to_string(limits_.max_columns) + " 列），请删除多余的列后重新上传");
  if (row_.size() < column) row_.resize(column);
  SheetCell& c = row_[column - 1];
  c.text.swap(text);
  text.clear();
  c.numeric = numeric;
}

void SheetRows::end() {
  if (!open_) return;
  open_ = false;
  if (row_.empty()) return;  // cells are only stored when non-empty
  if (++delivered_ > limits_.max_rows)
    throw SheetError("行数超过上限（最多 " + std::to_string(limits_.max_rows) + " 行有内容），请分批整理后重新上传");
  each_(row_number_, row_);
}

void SheetRows::finish() {
  end();
  if (delivered_ == 0) throw SheetError("文件中没有数据（第一个工作表是空的），请填写后重新上传");
}

std::string sheet_number_text(std::string_view stored) {
  // Common case first: up to 15 digits are always exact (10^15 < 2^53).
  size_t digits_from = !stored.empty() && stored[0] == '-' ? 1 : 0;
  if (stored.size() > digits_from && stored.size() - digits_from <= 15 &&
      stored.find_first_not_of("0123456789", digits_from) == std::string_view::npos &&
      (stored[digits_from] != '0' || stored.size() == digits_from + 1))
    return stored == "-0" ? "0" : std::string(stored);
  double v = 0;
  std::string_view s = stored;
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v) || v != std::trunc(v))
    return std::string(stored);
  std::string exact = integer_digits(stored);
  if (!exact.empty() && exact == integral_digits(v)) return exact;
  return std::string(stored);
}

std::string sheet_double_text(double value) {
  if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < kTwoPow53) return integral_digits(value);
  if (!std::isfinite(value)) return "#NUM!";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 15);
  std::string out = ec == std::errc() ? std::string(buf, end) : std::string();
  size_t e = out.find('e');
  if (e != std::string::npos) out[e] = 'E';
  return out;
}

std::string sheet_column_name(size_t column) {
  std::string name;
  for (; column > 0; column = (column - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (column - 1) % 26));
  return name;
}

void sheet_fail_cell_too_long(size_t row_number, size_t column, size_t max_bytes) {
  throw SheetError("第 " + std::to_string(row_number) + " 行 " + sheet_column_name(column) + " 列的内容过长（最多 " +
                   std::to_string(max_bytes) + " 字节，约 " + std::to_string(max_bytes / 3) + " 个汉字）");
}

void sheet_fail_corrupt(std::string_view format) {
  if (format == "xls")
    throw SheetError("无法读取该 .xls 文件（文件可能已损坏或设置了密码），请用 Excel 另存为 .xlsx 后重新上传");
  if (format == "csv") throw SheetError("无法读取该 CSV 文件，请用 Excel 另存为 .xlsx 后重新上传");
  throw SheetError("文件已损坏或不是有效的 Excel 文件（.xlsx），请用 Excel 打开后另存再上传");
}
