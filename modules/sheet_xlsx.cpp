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
// give the column; cells without one follow the previous cell.
#include <expat.h>
#include <zip.h>

#include <charconv>
#include <cstring>
#include <exception>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "sheet_internal.h"
#include "sheet_zip.h"

namespace {

using sheet_zip::Archive;
using sheet_zip::Entry;

constexpr size_t kChunk = 64 << 10;
constexpr size_t kMaxRelationships = 10000;

[[noreturn]] void corrupt() { sheet_fail_corrupt("xlsx"); }

std::string_view local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

// The value of the attribute with this local name (prefixed or not; with prefixed, only a
// prefixed one, like r:id), or nullptr.
const char* attribute(const char** atts, std::string_view name, bool prefixed = false) {
  for (; atts[0]; atts += 2) {
    const char* colon = std::strrchr(atts[0], ':');
    if (prefixed && !colon) continue;
    if (local_name(atts[0]) == name) return atts[1];
  }
  return nullptr;
}

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

// A part name inside the package: target resolved against base_dir ("xl/"), or from the
// root when it starts with "/"; "." and ".." segments removed. "" when it leaves the package.
std::string resolve(const std::string& base_dir, std::string_view target) {
  std::string joined = !target.empty() && target[0] == '/' ? std::string(target.substr(1)) : base_dir + std::string(target);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string seg = joined.substr(start, slash - start);
    if (seg == "..") {
      if (parts.empty()) return "";
      parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(std::move(seg));
    }
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string directory_of(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// --- expat driver ------------------------------------------------------------------------

// Handlers implement start(name, atts), end(name), text(s, n) and a `done` flag (stop early).
template <class Handler>
struct XmlRun {
  XML_Parser parser;
  Handler* handler;
  std::exception_ptr error;
  bool doctype = false;
  bool stopped = false;

  void stop() {
    if (!stopped) XML_StopParser(parser, XML_FALSE);
    stopped = true;
  }
  template <class F>
  void guard(F&& f) {
    if (stopped) return;
    try {
      f();
      if (handler->done) stop();
    } catch (...) {
      error = std::current_exception();
      stop();
    }
  }
  static void on_start(void* u, const XML_Char* name, const XML_Char** atts) {
    auto* r = static_cast<XmlRun*>(u);
    r->guard([&] { r->handler->start(local_name(name), atts); });
  }
  static void on_end(void* u, const XML_Char* name) {
    auto* r = static_cast<XmlRun*>(u);
    r->guard([&] { r->handler->end(local_name(name)); });
  }
  static void on_text(void* u, const XML_Char* s, int len) {
    auto* r = static_cast<XmlRun*>(u);
    r->guard([&] { r->handler->text(s, static_cast<size_t>(len)); });
  }
  static void on_doctype(void* u, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto* r = static_cast<XmlRun*>(u);
    r->doctype = true;
    r->stop();
  }
  static void on_entity(void* u, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
                        const XML_Char*, const XML_Char*) {
    auto* r = static_cast<XmlRun*>(u);
    r->doctype = true;
    r->stop();
  }
  static int on_external(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*) {
    return XML_STATUS_ERROR;  // never load anything from outside
  }
};

// Parses one part of the package with handler (streamed).
template <class Handler>
void parse_part(Archive& zip, zip_int64_t index, Handler& handler) {
  std::unique_ptr<Entry> entry = zip.open(index);
  XML_Parser p = XML_ParserCreate(nullptr);
  if (!p) throw std::bad_alloc();
  struct Free {
    XML_Parser p;
    ~Free() { XML_ParserFree(p); }
  } free_parser{p};
  XmlRun<Handler> run{p, &handler, nullptr, false, false};
  XML_SetUserData(p, &run);
  XML_SetElementHandler(p, &XmlRun<Handler>::on_start, &XmlRun<Handler>::on_end);
  XML_SetCharacterDataHandler(p, &XmlRun<Handler>::on_text);
  XML_SetStartDoctypeDeclHandler(p, &XmlRun<Handler>::on_doctype);
  XML_SetEntityDeclHandler(p, &XmlRun<Handler>::on_entity);
  XML_SetExternalEntityRefHandler(p, &XmlRun<Handler>::on_external);
  XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
  for (;;) {
    void* buf = XML_GetBuffer(p, static_cast<int>(kChunk));
    if (!buf) throw SheetError(kSheetTooComplex);
    size_t n = entry->read(buf, kChunk);
    bool ok = XML_ParseBuffer(p, static_cast<int>(n), n == 0) == XML_STATUS_OK;
    if (run.error) std::rethrow_exception(run.error);
    if (run.doctype) throw SheetError("文件中含有不允许的 XML 文档类型声明（DOCTYPE/实体），已拒绝");
    if (run.stopped) return;  // the handler had what it needed
    if (!ok) {
      if (XML_GetErrorCode(p) == XML_ERROR_NO_MEMORY) throw SheetError(kSheetTooComplex);
      corrupt();
    }
    if (n == 0) break;
  }
}

// --- package structure -------------------------------------------------------------------

struct Relationship {
  std::string type, target;
  bool external = false;
};

struct RelsHandler {
  std::map<std::string, Relationship> by_id;
  std::vector<std::string> order;
  bool done = false;
  void start(std::string_view name, const char** atts) {
    if (name != "Relationship") return;
    const char* id = attribute(atts, "Id");
    const char* type = attribute(atts, "Type");
    const char* target = attribute(atts, "Target");
    const char* mode = attribute(atts, "TargetMode");
    if (!id || !type || !target) return;
    if (by_id.size() >= kMaxRelationships) corrupt();
    if (by_id.count(id)) return;
    by_id[id] = Relationship{type, target, mode && std::string_view(mode) == "External"};
    order.push_back(id);
  }
  void end(std::string_view) {}
  void text(const char*, size_t) {}
  // The first relationship whose type ends with /suffix.
  const Relationship* of_type(std::string_view suffix) const {
    for (const auto& id : order) {
      const Relationship& r = by_id.at(id);
      std::string_view t = r.type;
      if (t.size() > suffix.size() && t.substr(t.size() - suffix.size()) == suffix && t[t.size() - suffix.size() - 1] == '/')
        return &r;
    }
    return nullptr;
  }
};

RelsHandler read_rels(Archive& zip, const std::string& part) {
  RelsHandler rels;
  zip_int64_t index = zip.find(part);
  if (index >= 0) parse_part(zip, index, rels);
  return rels;
}

// The r:id of every sheet of the workbook, in tab order.
struct WorkbookHandler {
  std::vector<std::string> sheet_ids;
  bool in_sheets = false;
  bool done = false;
  void start(std::string_view name, const char** atts) {
    if (name == "sheets") in_sheets = true;
    if (name != "sheet" || !in_sheets) return;
    if (const char* id = attribute(atts, "id", true)) {
      if (sheet_ids.size() >= kMaxRelationships) corrupt();
      sheet_ids.emplace_back(id);
    }
  }
  void end(std::string_view name) {
    if (name == "sheets") done = true;
  }
  void text(const char*, size_t) {}
};

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
