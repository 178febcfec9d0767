// sheet_ooxml.h - the package layer of the .xlsx reader (modules/sheet_xlsx.cpp only): part
// names, the streamed expat driver that refuses any DOCTYPE (so no entities, internal or
// external) and inflates each part in 64 KB pieces, and the relationships / workbook parts that
// lead to the first worksheet. Corrupt input throws SheetError (sheet_fail_corrupt("xlsx")).
#pragma once
#include <expat.h>
#include <zip.h>

#include <cstddef>
#include <exception>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "sheet_internal.h"
#include "sheet_zip.h"

namespace sheet_ooxml {

using sheet_zip::Archive;
using sheet_zip::Entry;

constexpr size_t kChunk = 64 << 10;
constexpr size_t kMaxRelationships = 10000;

[[noreturn]] inline void corrupt() { sheet_fail_corrupt("xlsx"); }

// The local part of an XML name ("r:id" → "id").
std::string_view local_name(const char* name);
// The value of the attribute with this local name (prefixed or not; with prefixed, only a
// prefixed one, like r:id), or nullptr.
const char* attribute(const char** atts, std::string_view name, bool prefixed = false);
// A part name inside the package: target resolved against base_dir ("xl/"), or from the
// root when it starts with "/"; "." and ".." segments removed. "" when it leaves the package.
std::string resolve(const std::string& base_dir, std::string_view target);
// The directory of a part name, with its trailing "/" ("" at the root).
std::string directory_of(const std::string& part);

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

// The relationships of part (none when the package lacks it).
RelsHandler read_rels(Archive& zip, const std::string& part);

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

}  // namespace sheet_ooxml
