// t/unit/xlsx_writer_test.cpp - the libxlsxwriter wrapper (modules/xlsx_writer): what it
// writes is read back with unzip (the sheet XML) and with Debian's python3-openpyxl, to prove
// every cell is a string and "=1+1" and friends stay text, never formulas.
#include <boost/test/unit_test.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support.h"
#include "xlsx_writer.h"

namespace {

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

void write_sample(const std::string& file) {
  XlsxWriter w(file);
  w.add_sheet("花名册");
  w.column_widths({6, 12, 22}, true);
  w.header({"序号", "姓名", "证件号码"});
  w.row({"1", "=1+1", "410105201001011233"});
  w.row({"2", "+86 138", "-5"});
  w.row({"3", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")"});
  w.row({"4", "", "张三<&>\""});
  BOOST_TEST(w.rows() == 5u);
  w.add_sheet("说明");
  w.row({"第二张表"});
  w.close();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_writer)

BOOST_AUTO_TEST_CASE(cells_are_inline_strings_never_formulas) {
  TempDir dir;
  std::string file = dir.path + "/a.xlsx";
  write_sample(file);
  std::string sheet = run_command("unzip -p '" + file + "' xl/worksheets/sheet1.xml");
  BOOST_TEST_REQUIRE(!sheet.empty());
  BOOST_TEST(sheet.find("<f>") == std::string::npos);
  BOOST_TEST(sheet.find("<f ") == std::string::npos);
  // 3 header cells + 3 + 3 + 3 + 2 (the empty cell is not written) = 14 string cells.
  BOOST_TEST(count(sheet, "t=\"inlineStr\"") == 14u);
  BOOST_TEST(count(sheet, "<c ") == 14u);
  BOOST_TEST(sheet.find("<t>=1+1</t>") != std::string::npos);
  BOOST_TEST(sheet.find("<t>410105201001011233</t>") != std::string::npos);
  BOOST_TEST(sheet.find("张三&lt;&amp;&gt;\"") != std::string::npos);
  // The second sheet exists.
  BOOST_TEST(run_command("unzip -p '" + file + "' xl/worksheets/sheet2.xml").find("第二张表") != std::string::npos);
  // Columns set to the text number format "@".
  BOOST_TEST(run_command("unzip -p '" + file + "' xl/styles.xml").find("formatCode=\"@\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(openpyxl_reads_strings) {
  TempDir dir;
  std::string file = dir.path + "/b.xlsx";
  write_sample(file);
  std::string out = read_xlsx_cells(dir, file);
  BOOST_TEST_REQUIRE(out.find("花名册!") == 0u, out);
  BOOST_TEST(out.find("花名册!B2 s =1+1\n") != std::string::npos, out);
  BOOST_TEST(out.find("花名册!C2 s 410105201001011233\n") != std::string::npos, out);
  BOOST_TEST(out.find("花名册!B3 s +86 138\n") != std::string::npos, out);
  BOOST_TEST(out.find("花名册!C3 s -5\n") != std::string::npos, out);
  BOOST_TEST(out.find("花名册!B4 s @SUM(A1)\n") != std::string::npos, out);
  BOOST_TEST(out.find(" f ") == std::string::npos, out);  // no formula cell
  BOOST_TEST(out.find(" n ") == std::string::npos, out);  // no number cell
  BOOST_TEST(count(out, "花名册!") == 14u, out);  // every cell of the first sheet
}

BOOST_AUTO_TEST_CASE(close_reports_an_unwritable_path) {
  XlsxWriter w("/nonexistent-dir-hnedu/x.xlsx");
  w.add_sheet("a");
  w.row({"x"});
  BOOST_CHECK_THROW(w.close(), XlsxError);
}

BOOST_AUTO_TEST_CASE(bad_sheet_names_and_use_after_close_throw) {
  TempDir dir;
  XlsxWriter w(dir.path + "/c.xlsx");
  BOOST_CHECK_THROW(w.row({"no sheet yet"}), XlsxError);
  BOOST_CHECK_THROW(w.add_sheet("a/b"), XlsxError);
  w.add_sheet("ok");
  BOOST_CHECK_THROW(w.add_sheet("ok"), XlsxError);  // duplicate name
  w.close();
  BOOST_CHECK_THROW(w.close(), XlsxError);
  BOOST_CHECK_THROW(w.add_sheet("later"), XlsxError);
}

BOOST_AUTO_TEST_CASE(many_rows_stream) {
  TempDir dir;
  std::string file = dir.path + "/d.xlsx";
  {
    XlsxWriter w(file);
    w.add_sheet("s");
    for (int i = 0; i < 20000; ++i) w.row({std::to_string(i), "姓名", "410105201001011233"});
    w.close();
  }
  std::string sheet = run_command("unzip -p '" + file + "' xl/worksheets/sheet1.xml");
  BOOST_TEST(count(sheet, "<row ") == 20000u);
}

BOOST_AUTO_TEST_SUITE_END()
