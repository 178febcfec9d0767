// xlsx_xml.cpp - libFuzzer target: the XML side of the .xlsx reader. The input is the text of
// the package's parts, separated by lines "@@@ NAME" (NAME the part's path in the zip, e.g.
// "@@@ xl/worksheets/sheet1.xml"); they are stored (not compressed) into a valid zip on tmpfs
// with libzip and read with sheet_read_xlsx, so mutations reach the relationships, workbook,
// shared-strings and worksheet handlers instead of failing at the CRC. Seeds are real files
// (t/fuzz/corpus/xlsx_xml: openpyxl, LibreOffice and hand-made packages, unpacked).
// Invariants: sheet_check.h on every row; refusals are SheetError only.
#include <zip.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.h"
#include "sheet_check.h"

namespace {

struct Part {
  std::string name, text;
};

std::vector<Part> split(std::string_view in) {
  std::vector<Part> parts;
  std::string_view marker = "@@@ ";
  size_t at = in.rfind(marker, 0) == 0 ? 0 : in.find(std::string("\n") + std::string(marker));
  while (at != std::string_view::npos && parts.size() < 16) {
    if (in[at] == '\n') ++at;
    size_t eol = in.find('\n', at);
    std::string_view name = in.substr(at + marker.size(), eol == std::string_view::npos ? std::string_view::npos : eol - at - marker.size());
    size_t from = eol == std::string_view::npos ? in.size() : eol + 1;
    size_t next = in.find(std::string("\n") + std::string(marker), from);
    std::string_view text = in.substr(from, next == std::string_view::npos ? std::string_view::npos : next - from);
    parts.push_back(Part{std::string(name), std::string(text)});
    at = next;
  }
  return parts;
}

// Writes the parts as a zip at path; false when libzip refuses (a name it cannot store).
bool write_zip(const std::string& path, const std::vector<Part>& parts) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  FUZZ_CHECK(z != nullptr);
  bool ok = true;
  for (const auto& p : parts) {
    if (p.name.empty() || p.name.find('\0') != std::string::npos) continue;
    zip_source_t* src = zip_source_buffer(z, p.text.data(), p.text.size(), 0);
    FUZZ_CHECK(src != nullptr);
    zip_int64_t index = zip_file_add(z, p.name.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(src);
      ok = false;
      break;
    }
    zip_set_file_compression(z, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (!ok) {
    zip_discard(z);
    return false;
  }
  if (zip_close(z) != 0) {
    zip_discard(z);
    return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = fuzz_scratch("xlsx-xml");
  std::vector<Part> parts = split(std::string_view(reinterpret_cast<const char*>(data), size));
  if (parts.empty() || !write_zip(path, parts)) return 0;
  fuzz_read_xlsx(path);
  return 0;
}
