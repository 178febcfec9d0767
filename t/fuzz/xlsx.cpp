// xlsx.cpp - libFuzzer target: the .xlsx reader (modules/sheet_zip.cpp, sheet_ooxml.cpp,
// sheet_xlsx.cpp) on a file holding the input as uploaded: the zip central directory checks,
// inflation under caps, the package relationships, the workbook, the shared strings and the
// first worksheet. Mutations mostly hit the container (directory, sizes, CRCs); xlsx_xml.cpp
// reaches the XML handlers with well-formed containers.
// Invariants: sheet_check.h on every row; refusals are SheetError only.
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "sheet_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = fuzz_scratch("xlsx");
  fuzz_write_file(path, data, size);
  fuzz_read_xlsx(path);
  return 0;
}
