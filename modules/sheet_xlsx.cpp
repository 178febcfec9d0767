// sheet_xlsx.cpp - the .xlsx reader: libzip + expat, streamed, constant memory apart from the
// shared-strings table. Order of work: the zip central directory is checked first (entry
// count, declared uncompressed sizes, compression ratio, encryption); then _rels/.rels →
// workbook → its rels → the FIRST worksheet's part (relative "worksheets/sheet1.xml" or
// absolute "/xl/worksheets/sheet1.xml", as openpyxl writes) and the shared strings; each
// part is inflated in 64 KB pieces with a hard cap on the bytes actually produced and fed
// to expat, which refuses any DOCTYPE (so no entities, internal or external).
// Cells: shared strings and inline strings (<is>, rich-text runs concatenated, phonetic runs
// skipped, _xHHHH_ escapes decoded), numbers (sheet_number_text), booleans (TRUE/FALSE),
// formula results (t="str"), errors and ISO dates (t="d") as stored. Cell references ("C7")
// give the column; cells without one follow the previous cell. The package layer (part names,
// the expat driver, relationships and the workbook) is sheet_ooxml.h.
#include <zip.h>

#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "sheet_internal.h"
#include "sheet_ooxml.h"
#include "sheet_zip.h"

namespace {

using namespace sheet_ooxml;

// Decodes the OOXML escapes _xHHHH_ (e.g. _x000D_ for a carriage return) in place.
void decode_escapes(std::string& s) {
  size_t at = s.find("_x");
  if (at == std::string::npos) return;
  std::string out = s.substr(0, at);
  size_t i = at;
  while (i < s.size()) {
    unsigned code = 0;
    if (s.compare(i, 2, "_x") == 0 && i + 7 <= s.size() && s[i + 6] == '_') {
      auto [end, ec] = std::from_chars(s.data() + i + 2, s.data() + i + 6, code, 16);
      if (ec == std::errc() && end == s.data() + i + 6 && (code < 0xD800 || code > 0xDFFF)) {
        if (code < 0x80) {
          out += static_cast<char>(code);
        } else if (code < 0x800) {
          out += static_cast<char>(0xC0 | (code >> 6));
          out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
          out += static_cast<char>(0xE0 | (code >> 12));
          out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (code & 0x3F));
        }
        i += 7;
        continue;
      }
    }
    out += s[i++];
  }
  s.swap(out);
}

// The shared-strings table: all strings in one buffer. A string over max_cell_bytes is kept
// cut to max_cell_bytes + 1 bytes, so that a cell using it is refused as too long.
class SharedStrings {
 public:
  void add(std::string_view s) {
    data_.append(s);
    ends_.push_back(data_.size());
  }
  size_t size() const { return ends_.size(); }
  std::string_view at(size_t i) const {
    size_t from = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(data_).substr(from, ends_[i] - from);
  }
  void reserve(size_t n) { ends_.reserve(n); }

 private:
  std::string data_;
  std::vector<size_t> ends_;
};

// Text runs of <si>/<is>: <t> directly or in <r> runs; <rPh> (phonetic guides) skipped.
struct SharedStringsHandler {
  SharedStringsHandler(SharedStrings& t, const SheetLimits& l) : table(t), limits(l) {}
  SharedStrings& table;
  const SheetLimits& limits;
  std::string current;
  bool in_si = false, in_t = false, overlong = false;
  int phonetic = 0;
  bool done = false;

  size_t guard() const { return limits.max_cell_bytes * 8 + 64; }  // raw bytes kept (escapes shrink)
  void start(std::string_view name, const char** atts) {
    if (name == "sst") {
      const char* unique = attribute(atts, "uniqueCount");
      size_t declared = 0;
      if (unique && std::from_chars(unique, unique + std::strlen(unique), declared).ec == std::errc()) {
        if (declared > limits.max_shared_strings) too_many();
        table.reserve(declared);
      }
    } else if (name == "si") {
      in_si = true;
      overlong = false;
      current.clear();
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t" && in_si && phonetic == 0) {
      in_t = true;
    }
  }
  void end(std::string_view name) {
    if (name == "t") {
      in_t = false;
    } else if (name == "rPh") {
      --phonetic;
    } else if (name == "si" && in_si) {
      in_si = false;
      if (table.size() >= limits.max_shared_strings) too_many();
      decode_escapes(current);
      if (overlong || current.size() > limits.max_cell_bytes) current.resize(limits.max_cell_bytes + 1);
      table.add(current);
    }
  }
  void text(const char* s, size_t n) {
    if (!in_t) return;
    if (current.size() + n > guard()) {
      overlong = true;
      return;
    }
    current.append(s, n);
  }
  [[noreturn]] void too_many() const {
    throw SheetError("文件中的文本条目超过上限（最多 " + std::to_string(limits.max_shared_strings) + " 条），已拒绝");
  }
};

// --- the worksheet -----------------------------------------------------------------------

// "C7" → 3 (the row digits are ignored: the enclosing <row> gives the row); 0 when invalid.
size_t column_of(const char* ref) {
  size_t col = 0, letters = 0;
  for (; *ref >= 'A' && *ref <= 'Z'; ++ref, ++letters) col = col * 26 + static_cast<size_t>(*ref - 'A' + 1);
  if (letters == 0 || letters > 3 || col > 16384) return 0;
  return col;
}

size_t parse_count(const char* s) {
  size_t v = 0;
  size_t len = std::strlen(s);
  auto [end, ec] = std::from_chars(s, s + len, v);
  if (ec != std::errc() || end != s + len) return 0;
  return v;
}

struct WorksheetHandler {
  WorksheetHandler(SheetRows& r, const SharedStrings& s, const SheetLimits& l) : rows(r), shared(s), limits(l) {}
  SheetRows& rows;
  const SharedStrings& shared;
  const SheetLimits& limits;
  bool in_data = false, in_cell = false, in_inline = false, collecting = false;
  int phonetic = 0;
  size_t row_number = 0, column = 0;
  char type = 'n';  // n number, s shared, i inline, f formula string, b boolean, e error, d date
  std::string value, text_out;
  bool done = false;

  void start(std::string_view name, const char** atts) {
    if (!in_data) {
      if (name == "sheetData") in_data = true;
      return;
    }
    if (name == "row") {
      const char* r = attribute(atts, "r");
      size_t n = r ? parse_count(r) : row_number + 1;
      if (n == 0 || n > 1048576) corrupt();
      row_number = n;
      column = 0;
      rows.begin(row_number);
    } else if (name == "c") {
      const char* r = attribute(atts, "r");
      size_t col = r ? column_of(r) : column + 1;
      if (col == 0 || col > 16384) corrupt();
      column = col;
      const char* t = attribute(atts, "t");
      std::string_view tv = t ? t : "n";
      type = tv == "s" ? 's' : tv == "inlineStr" ? 'i' : tv == "str" ? 'f' : tv == "b" ? 'b' : tv == "e" ? 'e'
           : tv == "d" ? 'd' : 'n';
      in_cell = true;
      in_inline = false;
      phonetic = 0;
      value.clear();
    } else if (!in_cell) {
      return;
    } else if (name == "v") {
      collecting = !in_inline;
    } else if (name == "is") {
      in_inline = true;
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t") {
      collecting = in_inline && phonetic == 0;
    }
  }

  void end(std::string_view name) {
    if (!in_data) return;
    if (name == "v" || name == "t") {
      collecting = false;
    } else if (name == "c" && in_cell) {
      in_cell = false;
      finish_cell();
    } else if (name == "row") {
      rows.end();
    } else if (name == "is") {
      in_inline = false;
    } else if (name == "rPh") {
      --phonetic;
    } else if (name == "sheetData") {
      in_data = false;
      done = true;  // nothing after the cells matters
    }
  }

  void text(const char* s, size_t n) {
    if (!collecting) return;
    if (value.size() + n > limits.max_cell_bytes * 8 + 64) sheet_fail_cell_too_long(row_number, column, limits.max_cell_bytes);
    value.append(s, n);
  }

  void finish_cell() {
    bool numeric = false;
    switch (type) {
      case 's': {
        if (value.empty()) return;
        size_t i = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), i);
        if (ec != std::errc() || end != value.data() + value.size() || i >= shared.size()) corrupt();
        std::string_view s = shared.at(i);
        text_out.assign(s.data(), s.size());
        break;
      }
      case 'b':
        text_out = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
        break;
      case 'i':
      case 'f':
        decode_escapes(value);
        text_out.swap(value);
        break;
      case 'n':
        if (value.empty()) return;
        text_out = sheet_number_text(value);
        numeric = true;
        break;
      default:
        text_out.swap(value);
        break;
    }
    rows.cell(column, text_out, numeric);
  }
};

}  // namespace

void sheet_read_xlsx(const std::string& path, const SheetLimits& limits, const SheetEach& each) {
  Archive zip(path, limits);

  // Package → workbook part.
  std::string workbook = "xl/workbook.xml";
  RelsHandler root = read_rels(zip, "_rels/.rels");
  if (const Relationship* r = root.of_type("officeDocument"); r && !r->external) workbook = resolve("", r->target);
  zip_int64_t workbook_index = zip.find(workbook);
  if (workbook_index < 0) corrupt();

  // Workbook → its relationships → the first worksheet and the shared strings.
  std::string dir = directory_of(workbook);
  RelsHandler rels = read_rels(zip, dir + "_rels/" + workbook.substr(dir.size()) + ".rels");
  WorkbookHandler book;
  parse_part(zip, workbook_index, book);
  std::string sheet_part;
  for (const auto& id : book.sheet_ids) {
    auto it = rels.by_id.find(id);
    if (it == rels.by_id.end() || it->second.external) continue;
    std::string_view type = it->second.type;
    if (type.size() >= 10 && type.substr(type.size() - 10) == "/worksheet") {
      sheet_part = resolve(dir, it->second.target);
      break;
    }
  }
  zip_int64_t sheet_index = zip.find(sheet_part);
  if (sheet_index < 0) throw SheetError("文件中没有可以读取的工作表，请检查后重新上传");

  SharedStrings shared;
  if (const Relationship* r = rels.of_type("sharedStrings"); r && !r->external) {
    zip_int64_t index = zip.find(resolve(dir, r->target));
    if (index < 0) corrupt();
    SharedStringsHandler h{shared, limits};
    parse_part(zip, index, h);
  }

  SheetRows rows(limits, each);
  WorksheetHandler sheet{rows, shared, limits};
  parse_part(zip, sheet_index, sheet);
  rows.finish();
}
