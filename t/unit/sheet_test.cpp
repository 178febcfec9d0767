// t/unit/sheet_test.cpp - the spreadsheet readers (modules/sheet*) on files written at test
// time by the programs our users have: openpyxl, LibreOffice (soffice --convert-to xlsx/xls),
// python's zipfile for hand-made and hostile packages, iconv for GBK
// (t/fixtures/make-sheets.sh). The script runs once per script version: its output is kept
// in $TMPDIR/hnedu-sheet-fixtures-<uid>-<hash of the script> for the other test cases (each
// case runs in its own process, see t/unit/run.sh). A missing LibreOffice or openpyxl fails
// the tests, saying so.
#include <boost/test/unit_test.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "sheet.h"
#include "sheet_internal.h"

namespace fs = std::filesystem;
namespace tt = boost::test_tools;

namespace {

std::string root_dir() {
  // t/unit/unit-tests → the repository root
  return fs::canonical("/proc/self/exe").parent_path().parent_path().parent_path().string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string make_fixtures() {
  std::string script = root_dir() + "/t/fixtures/make-sheets.sh";
  std::string text = slurp(script);
  if (text.empty()) throw std::runtime_error("cannot read " + script);
  uint64_t hash = 1469598103934665603ull;  // FNV-1a of the script: a new version, new files
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  const char* tmp = std::getenv("TMPDIR");
  std::ostringstream where;
  where << (tmp && *tmp ? tmp : "/tmp") << "/hnedu-sheet-fixtures-" << getuid() << "-" << std::hex << hash;
  std::string dir = where.str();
  if (fs::exists(dir + "/.complete")) return dir;
  std::string work = dir + ".tmp." + std::to_string(getpid());
  fs::remove_all(work);
  std::string log = work + ".log";
  std::string cmd = "bash '" + script + "' '" + work + "' >'" + log + "' 2>&1";
  int rc = std::system(cmd.c_str());
  std::string output = slurp(log);
  fs::remove(log);
  if (rc != 0) {
    fs::remove_all(work);
    throw std::runtime_error("t/fixtures/make-sheets.sh failed:\n" + output);
  }
  std::ofstream(work + "/.complete") << "ok\n";
  if (rename(work.c_str(), dir.c_str()) != 0) fs::remove_all(work);  // another run was first
  // Files of older script versions are of no use any more.
  std::string prefix = fs::path(dir).filename().string();
  prefix = prefix.substr(0, prefix.rfind('-') + 1);
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(dir).parent_path(), ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && e.path() != fs::path(dir) && name.find('.') == std::string::npos &&
        fs::exists(e.path() / ".complete"))
      fs::remove_all(e.path(), ec);
  }
  return dir;
}

const std::string& fixtures() {
  static const std::string dir = make_fixtures();
  return dir;
}

std::string fixture(const std::string& name) { return fixtures() + "/" + name; }

// A row as "N: a|b|#12" (numeric cells start with #), easy to compare and to read.
std::string show(size_t number, const SheetRow& cells) {
  std::string s = std::to_string(number) + ":";
  for (size_t i = 0; i < cells.size(); ++i) {
    s += i == 0 ? " " : "|";
    if (cells[i].numeric) s += "#";
    s += cells[i].text;
  }
  return s;
}

std::vector<std::string> read(const std::string& name, const SheetLimits& limits = {}, bool sandboxed = false) {
  std::vector<std::string> rows;
  auto each = [&](size_t n, const SheetRow& cells) { rows.push_back(show(n, cells)); };
  if (sandboxed) sheet_read_sandboxed(fixture(name), limits, each);
  else sheet_read(fixture(name), limits, each);
  return rows;
}

// The SheetError message reading name gives ("" when it reads without one).
std::string refusal(const std::string& name, const SheetLimits& limits = {}, bool sandboxed = false) {
  try {
    read(name, limits, sandboxed);
  } catch (const SheetError& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The ids of our child processes (from /proc/<pid>/stat: "pid (comm) state ppid ...").
std::vector<pid_t> children() {
  std::vector<pid_t> out;
  for (const auto& e : fs::directory_iterator("/proc")) {
    std::string name = e.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::string stat = slurp(e.path().string() + "/stat");
    size_t paren = stat.rfind(')');
    if (paren == std::string::npos) continue;
    std::istringstream rest(stat.substr(paren + 1));
    std::string state;
    long ppid = 0;
    rest >> state >> ppid;
    if (ppid == getpid()) out.push_back(static_cast<pid_t>(std::stol(name)));
  }
  return out;
}

// No child process of ours is left, running or as a zombie.
bool no_children() { return waitpid(-1, nullptr, WNOHANG) < 0 && errno == ECHILD; }

const std::vector<std::string> kOpenpyxlRows = {
    "1: 序号|姓名|性别|证件类型|证件号码|年级|班级|备注",
    "2: #1|张三|男|居民身份证|41010520100101123X|三年级|2班",
    "3: #2|李四|女|居民身份证|410105201001011234|三年级|2班|转学生",
    "5: #3||男|护照|E12345678",
    "6: #3.25|TRUE|  前后空格  ||#4.101052010010113e+17",
};

const std::vector<std::string> kHandmadeRows = {
    "1: 姓名|证件号码|TRUE",
    "3: 张三|410105201001011234||#1|公式结果|#N/A",
    "4: 李四||#4.10105201001011E+17| 前后空格 ",
    "6: 第一行\r\n第二行|#-12.50|富文本|#1000",
};

std::vector<std::string> csv_rows(const std::string& newline) {
  return {
      "1: 序号|姓名|证件号码|备注",
      "2: 1|张三|41010520100101123X|含逗号,和\"引号\"",
      "3: 2|王喆|410105201001011234|第一行" + newline + "第二行",
      "5: 3|李四",
      "7: 4|赵六后缀|E12345678|末行无换行",
  };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sheet)

BOOST_AUTO_TEST_CASE(fixture_writers_are_installed) {
  BOOST_TEST(access("/usr/bin/soffice", X_OK) == 0, "LibreOffice is missing: /usr/bin/soffice (apt-get install libreoffice-calc-nogui)");
  BOOST_TEST(std::system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") == 0,
             "python3-openpyxl is missing (/usr/bin/python3 cannot import openpyxl)");
  BOOST_TEST(fs::exists(fixture("lo.xlsx")));
  BOOST_TEST(fs::exists(fixture("lo.xls")));
}

BOOST_AUTO_TEST_CASE(formats_are_detected_by_content) {
  BOOST_TEST((sheet_detect(fixture("openpyxl.xlsx")) == SheetFormat::xlsx));
  BOOST_TEST((sheet_detect(fixture("lo.xlsx")) == SheetFormat::xlsx));
  BOOST_TEST((sheet_detect(fixture("lo.xls")) == SheetFormat::xls));
  BOOST_TEST((sheet_detect(fixture("gbk.csv")) == SheetFormat::csv));
  BOOST_TEST((sheet_detect(fixture("utf8-bom.csv")) == SheetFormat::csv));
  BOOST_TEST((sheet_detect(fixture("picture.png")) == SheetFormat::unknown));
  BOOST_TEST((sheet_detect(fixture("page.html")) == SheetFormat::unknown));
  BOOST_TEST((sheet_detect(fixture("no-such-file")) == SheetFormat::unknown));
  // the name does not matter: an xls renamed to .csv is still read as xls
  fs::path copy = fs::temp_directory_path() / ("hnedu-renamed-" + std::to_string(getpid()) + ".csv");
  fs::copy_file(fixture("lo.xls"), copy, fs::copy_options::overwrite_existing);
  BOOST_TEST((sheet_detect(copy.string()) == SheetFormat::xls));
  fs::remove(copy);
}

BOOST_AUTO_TEST_CASE(openpyxl_workbook_inline_strings_and_absolute_sheet_path) {
  BOOST_TEST(read("openpyxl.xlsx") == kOpenpyxlRows, tt::per_element());
}

BOOST_AUTO_TEST_CASE(openpyxl_write_only_workbook) {
  std::vector<std::string> want = {"1: 序号|姓名|性别|证件类型|证件号码|年级|班级|备注"};
  for (int i = 1; i <= 5; ++i)
    want.push_back(std::to_string(i + 1) + ": #" + std::to_string(i) + "|学生" + std::to_string(i) + "|" +
                   (i % 2 ? "男" : "女") + "|居民身份证|4101052010010112" + (i < 10 ? "0" : "") + std::to_string(i) +
                   "|一年级|1班");
  BOOST_TEST(read("openpyxl-write-only.xlsx") == want, tt::per_element());
}

BOOST_AUTO_TEST_CASE(id_number_typed_as_number_is_never_passed_off_as_exact) {
  std::vector<std::string> want = {
      "1: 证件号码",
      "2: #4.101052010010113e+17",  // 410105201001011234 as int: openpyxl writes the double
      "3: #4.101052010010113e+17",
      "4: #410105100101123",        // 15 digits: exact
      "5: #100000000000000000",     // 1e+17 is an integer a double represents exactly
  };
  BOOST_TEST(read("openpyxl-id-number.xlsx") == want, tt::per_element());
  std::vector<SheetRow> rows;
  sheet_read(fixture("openpyxl-id-number.xlsx"), {}, [&](size_t, const SheetRow& r) { rows.push_back(r); });
  BOOST_REQUIRE(rows.size() == 5u);
  BOOST_TEST(rows[1][0].numeric);
  BOOST_TEST(rows[1][0].text != "410105201001011234");
  BOOST_TEST(rows[1][0].text.find_first_not_of("0123456789") != std::string::npos);  // not a bare 18-digit string
}

BOOST_AUTO_TEST_CASE(libreoffice_xlsx_shared_strings_and_rich_text) {
  std::vector<std::string> want = {
      "1: 序号|姓名|证件号码|证件号码（数字）|年龄|备注",
      "2: #1|张三|41010520100101123X|#4.10105201001011E+017|#12|含逗号,和\"引号\"",
      "3: #2|李四|410105201001011234|#123456789012345|#3.25|转学生",
      "5: #3|王五|410105100101123||#-7",
  };
  BOOST_TEST(read("lo.xlsx") == want, tt::per_element());
}

BOOST_AUTO_TEST_CASE(libreoffice_xls) {
  std::vector<std::string> want = {
      "1: 序号|姓名|证件号码|证件号码（数字）|年龄|备注",
      "2: #1|张三|41010520100101123X|#4.10105201001011E+17|#12|含逗号,和\"引号\"",
      "3: #2|李四|410105201001011234|#123456789012345|#3.25|转学生",
      "5: #3|王五|410105100101123||#-7",
  };
  BOOST_TEST(read("lo.xls") == want, tt::per_element());
}

BOOST_AUTO_TEST_CASE(handmade_package_prefixes_runs_escapes_and_first_tab) {
  // x: prefixes, the first sheet in tab order is worksheets/data.xml (not sheet1.xml),
  // rich-text runs joined, phonetic runs dropped, _x000D_ decoded, cells without r follow
  // the previous one, an all-empty row skipped, booleans, formula strings, errors, numbers.
  BOOST_TEST(read("handmade.xlsx") == kHandmadeRows, tt::per_element());
  BOOST_TEST(read("handmade-absolute.xlsx") == kHandmadeRows, tt::per_element());
}

BOOST_AUTO_TEST_CASE(csv_utf8_with_and_without_bom_and_gbk) {
  BOOST_TEST(read("utf8.csv") == csv_rows("\n"), tt::per_element());
  BOOST_TEST(read("utf8-bom.csv") == csv_rows("\r\n"), tt::per_element());
  BOOST_TEST(read("gbk.csv") == csv_rows("\r\n"), tt::per_element());
}

BOOST_AUTO_TEST_CASE(header_only_is_one_row_and_empty_sheets_are_refused) {
  std::vector<std::string> header = {"1: 序号|姓名|性别|证件类型|证件号码|年级|班级|备注"};
  BOOST_TEST(read("header-only.xlsx") == header, tt::per_element());
  BOOST_TEST(contains(refusal("empty.xlsx"), "没有数据"), refusal("empty.xlsx"));
  BOOST_TEST(contains(refusal("empty.csv"), "没有数据"), refusal("empty.csv"));
}

BOOST_AUTO_TEST_CASE(over_long_cells_are_refused_with_their_place) {
  std::string xlsx = refusal("long-cell.xlsx");
  BOOST_TEST(contains(xlsx, "第 3 行 B 列的内容过长"), xlsx);
  std::string csv = refusal("long-cell.csv");
  BOOST_TEST(contains(csv, "第 3 行 B 列的内容过长"), csv);
  SheetLimits roomy;
  roomy.max_cell_bytes = 2001;
  BOOST_TEST(read("long-cell.xlsx", roomy).size() == 3u);
}

BOOST_AUTO_TEST_CASE(row_and_column_caps) {
  std::string rows = refusal("many-rows.xlsx");
  BOOST_TEST(contains(rows, "行数超过上限（最多 20000 行"), rows);
  SheetLimits more;
  more.max_rows = 20001;
  BOOST_TEST(read("many-rows.xlsx", more).size() == 20001u);
  BOOST_TEST(read("columns-64.xlsx").size() == 1u);
  std::string cols = refusal("columns-65.xlsx");
  BOOST_TEST(contains(cols, "第 2 行 BM 列超出了列数上限"), cols);
}

BOOST_AUTO_TEST_CASE(zip_bombs_are_refused) {
  std::string bomb = refusal("zip-bomb.xlsx");
  BOOST_TEST(contains(bomb, "解压后过大"), bomb);
  std::string ratio = refusal("high-ratio.xlsx");
  BOOST_TEST(contains(ratio, "压缩比异常"), ratio);
  std::string lying = refusal("lying-size.xlsx");  // inflates past what the directory declares
  BOOST_TEST(!lying.empty());
  std::string entries = refusal("many-entries.xlsx");
  BOOST_TEST(contains(entries, "超过上限 10000"), entries);
  SheetLimits small;
  small.max_uncompressed = 10000;  // lo.xlsx holds ~13 KB of parts
  std::string total = refusal("lo.xlsx", small);
  BOOST_TEST(contains(total, "解压后过大"), total);
}

BOOST_AUTO_TEST_CASE(doctype_and_entities_are_refused) {
  for (const char* name : {"doctype-entity.xlsx", "doctype-external.xlsx", "billion-laughs.xlsx", "doctype-shared.xlsx"}) {
    std::string why = refusal(name);
    BOOST_TEST(contains(why, "DOCTYPE"), name << ": " << why);
  }
}

BOOST_AUTO_TEST_CASE(corrupt_and_foreign_files_are_refused) {
  for (const char* name : {"broken-xml.xlsx", "garbage.xlsx", "bad-shared-index.xlsx"}) {
    std::string why = refusal(name);
    BOOST_TEST(contains(why, "已损坏"), name << ": " << why);
  }
  BOOST_TEST(contains(refusal("garbage.xls"), ".xls"), refusal("garbage.xls"));
  BOOST_TEST(contains(refusal("picture.png"), "无法识别的文件格式"), refusal("picture.png"));
  BOOST_TEST(contains(refusal("page.html"), "无法识别的文件格式"), refusal("page.html"));
  BOOST_TEST(contains(refusal("no-such-file"), "无法读取"), refusal("no-such-file"));
  BOOST_TEST(contains(refusal("bad-encoding.csv"), "编码"), refusal("bad-encoding.csv"));
  BOOST_TEST(contains(refusal("unclosed-quote.csv"), "第 2 行的引号没有闭合"), refusal("unclosed-quote.csv"));
}

BOOST_AUTO_TEST_CASE(file_size_and_shared_string_caps) {
  SheetLimits tiny;
  tiny.max_file_bytes = 1000;
  BOOST_TEST(contains(refusal("openpyxl.xlsx", tiny), "文件过大"), refusal("openpyxl.xlsx", tiny));
  SheetLimits few;
  few.max_shared_strings = 3;  // lo.xlsx has 14
  BOOST_TEST(contains(refusal("lo.xlsx", few), "文本条目超过上限"), refusal("lo.xlsx", few));
}

BOOST_AUTO_TEST_CASE(number_text_rules) {
  BOOST_TEST(sheet_number_text("12") == "12");
  BOOST_TEST(sheet_number_text("1.0") == "1");
  BOOST_TEST(sheet_number_text("1E+3") == "1000");
  BOOST_TEST(sheet_number_text("-0") == "0");
  BOOST_TEST(sheet_number_text("3.25") == "3.25");
  BOOST_TEST(sheet_number_text("0.1") == "0.1");
  BOOST_TEST(sheet_number_text("9007199254740992") == "9007199254740992");
  BOOST_TEST(sheet_number_text("9007199254740993") == "9007199254740993");  // not a double: as stored
  BOOST_TEST(sheet_number_text("4.10105201001011E+17") == "4.10105201001011E+17");
  BOOST_TEST(sheet_number_text("410105201001011234") == "410105201001011234");
  BOOST_TEST(sheet_number_text("1e+17") == "100000000000000000");
  BOOST_TEST(sheet_number_text("abc") == "abc");
  BOOST_TEST(sheet_double_text(12.0) == "12");
  BOOST_TEST(sheet_double_text(-7.0) == "-7");
  BOOST_TEST(sheet_double_text(3.25) == "3.25");
  BOOST_TEST(sheet_double_text(0.1 + 0.2) == "0.3");
  BOOST_TEST(sheet_double_text(410105201001011234.0) == "4.10105201001011E+17");
  BOOST_TEST(sheet_double_text(1e20) == "1E+20");
  BOOST_TEST(sheet_column_name(1) == "A");
  BOOST_TEST(sheet_column_name(26) == "Z");
  BOOST_TEST(sheet_column_name(27) == "AA");
  BOOST_TEST(sheet_column_name(65) == "BM");
  BOOST_TEST(sheet_column_name(16384) == "XFD");
}

BOOST_AUTO_TEST_CASE(sandboxed_reads_give_the_same_rows_and_refusals) {
  BOOST_TEST(read("openpyxl.xlsx", {}, true) == kOpenpyxlRows, tt::per_element());
  BOOST_TEST(read("handmade.xlsx", {}, true) == kHandmadeRows, tt::per_element());
  BOOST_TEST(read("gbk.csv", {}, true) == csv_rows("\r\n"), tt::per_element());
  BOOST_TEST(read("many-rows.xlsx", SheetLimits{.max_rows = 20001}, true).size() == 20001u);
  BOOST_TEST(refusal("doctype-entity.xlsx", {}, true) == refusal("doctype-entity.xlsx"));
  BOOST_TEST(refusal("empty.xlsx", {}, true) == refusal("empty.xlsx"));
  BOOST_TEST(refusal("zip-bomb.xlsx", {}, true) == refusal("zip-bomb.xlsx"));
  BOOST_TEST(no_children());
}

BOOST_AUTO_TEST_CASE(sandbox_memory_limit_stops_a_hungry_file) {
  SheetLimits open_door;  // every size cap out of the way: only the sandbox's memory limit is left
  open_door.max_uncompressed = uint64_t{1} << 30;
  open_door.max_ratio = 1000000;
  open_door.max_shared_strings = 100000000;
  std::string why = refusal("shared-strings-bomb.xlsx", open_door, true);
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer builds run the child without RLIMIT_AS: the file is read in full, or,
  // on a slow or busy machine, the child's CPU limit (20 s) stops it first.
  BOOST_TEST((why.empty() || contains(why, "文件过大或过于复杂，无法读取")), why);
#else
  BOOST_TEST(contains(why, "文件过大或过于复杂，无法读取"), why);
#endif
  BOOST_TEST(no_children());
}

BOOST_AUTO_TEST_CASE(sandbox_child_killed_by_a_limit_signal_is_a_clear_refusal) {
  // SIGXCPU is what RLIMIT_CPU sends; sent by hand here, after the first row arrived.
  bool sent = false;
  std::string why;
  try {
    sheet_read_sandboxed(fixture("many-rows.xlsx"), SheetLimits{.max_rows = 20001}, [&](size_t, const SheetRow&) {
      if (sent) return;
      for (pid_t pid : children()) kill(pid, SIGXCPU);
      sent = true;
    });
  } catch (const SheetError& e) {
    why = e.what();
  }
  BOOST_TEST(sent);
  BOOST_TEST(contains(why, "文件过大或过于复杂，无法读取"), why);
  BOOST_TEST(no_children());
}

BOOST_AUTO_TEST_CASE(sandbox_callback_exception_ends_the_child) {
  size_t seen = 0;
  BOOST_CHECK_THROW(sheet_read_sandboxed(fixture("many-rows.xlsx"), SheetLimits{.max_rows = 20001},
                                         [&](size_t, const SheetRow&) {
                                           if (++seen == 2) throw std::logic_error("stop here");
                                         }),
                    std::logic_error);
  BOOST_TEST(seen == 2u);
  BOOST_TEST(no_children());
}

BOOST_AUTO_TEST_SUITE_END()
