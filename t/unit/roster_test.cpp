// t/unit/roster_test.cpp - the roster (modules/roster*): columns and header detection, every
// row rule, duplicates in the file, the spreadsheets it writes (read back with python3-openpyxl
// and unzip), and, against the t_unit database (demo schools 1 郑州市金水区文化路第一小学 and 5
// 郑州市金水区纬五路第一小学), storage, the cross-school duplicate check and reading back.
// Valid ID numbers below were computed outside the code under test (ISO 7064 MOD 11-2).
#include <boost/test/unit_test.hpp>

#include <stdlib.h>
#include <sys/wait.h>

#include <cerrno>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "idcard.h"
#include "pii.h"
#include "roster.h"
#include "support.h"

namespace {

// Valid resident IDs: sex digit odd = 男, even = 女.
const char* const kMale1 = "410105201001011233";
const char* const kMale2 = "410102200002290031";
const char* const kMale3 = "410105201203072317";
const char* const kFemale1 = "41010519900101002X";
const char* const kFemale2 = "410105201503010046";

// A text cell row.
SheetRow cells(std::initializer_list<std::string> texts) {
  SheetRow r;
  for (const auto& t : texts) r.push_back(SheetCell{t, false});
  return r;
}

const std::vector<std::string> kStudentHeader = {"序号", "姓名", "性别", "证件类型", "证件号码", "年级", "班级", "备注"};

SheetRow header_row() {
  SheetRow r;
  for (const auto& t : kStudentHeader) r.push_back(SheetCell{t, false});
  return r;
}

// Checks a student roster with the template header in row 1 and data rows from row 2.
RosterCheck check_students(const std::vector<SheetRow>& data) {
  RosterChecker c(kProductStudent);
  c.add(1, header_row());
  for (size_t i = 0; i < data.size(); ++i) c.add(i + 2, data[i]);
  return c.finish();
}

// The problems of one sheet row.
std::vector<RosterProblem> problems_of(const RosterCheck& r, size_t row) {
  std::vector<RosterProblem> out;
  for (const auto& p : r.problems)
    if (p.row == row) out.push_back(p);
  return out;
}

bool has_problem(const RosterCheck& r, size_t row, const std::string& column, const std::string& reason_part) {
  for (const auto& p : r.problems)
    if (p.row == row && p.column == column && p.reason.find(reason_part) != std::string::npos) return true;
  return false;
}

std::string dump(const RosterCheck& r) {
  std::string s;
  for (const auto& p : r.problems)
    s += std::to_string(p.row) + "|" + p.column + "|" + p.value + "|" + p.reason + "\n";
  return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(roster)

BOOST_AUTO_TEST_CASE(columns_per_product) {
  auto names = [](int64_t p) {
    std::string s;
    for (const auto& c : roster_columns(p)) s += c.header + ",";
    return s;
  };
  BOOST_TEST(names(kProductStudent) == "序号,姓名,性别,证件类型,证件号码,年级,班级,备注,");
  BOOST_TEST(names(kProductStaff) == "序号,姓名,性别,证件类型,证件号码,岗位,备注,");
  BOOST_TEST(names(kProductIntern) == "序号,姓名,性别,证件类型,证件号码,专业,实习单位,备注,");
  BOOST_CHECK_THROW(roster_columns(4), std::invalid_argument);
  BOOST_CHECK_THROW(RosterChecker(0), std::invalid_argument);
  BOOST_TEST(roster_id_types().size() == 9u);
  BOOST_TEST(roster_id_types().front() == "居民身份证");
}

BOOST_AUTO_TEST_CASE(header_keys_tolerate_spaces_full_width_and_synonyms) {
  BOOST_TEST(roster_header_key(kProductStudent, "姓名") == "name");
  BOOST_TEST(roster_header_key(kProductStudent, "  姓名 ") == "name");
  BOOST_TEST(roster_header_key(kProductStudent, "姓\xE3\x80\x80名") == "name");      // 姓　名
  BOOST_TEST(roster_header_key(kProductStudent, "\xE3\x80\x80姓 名\xC2\xA0") == "name");
  BOOST_TEST(roster_header_key(kProductStudent, "姓名（必填）") == "name");            // full-width brackets
  BOOST_TEST(roster_header_key(kProductStudent, "*姓名") == "name");
  BOOST_TEST(roster_header_key(kProductStudent, "学生姓名") == "name");
  BOOST_TEST(roster_header_key(kProductStudent, "身份证号") == "id_number");
  BOOST_TEST(roster_header_key(kProductStudent, "身份证号码") == "id_number");
  BOOST_TEST(roster_header_key(kProductStudent, "证件号码＊") == "id_number");          // full-width *
  BOOST_TEST(roster_header_key(kProductStudent, "性别") == "sex");
  BOOST_TEST(roster_header_key(kProductStudent, "岗位") == "");                         // staff only
  BOOST_TEST(roster_header_key(kProductStaff, "岗位") == "position");
  BOOST_TEST(roster_header_key(kProductStaff, "职务") == "position");
  BOOST_TEST(roster_header_key(kProductIntern, "实习单位") == "internship_unit");
  BOOST_TEST(roster_header_key(kProductIntern, "年级") == "");
  BOOST_TEST(roster_header_key(kProductStudent, "") == "");
  BOOST_TEST(roster_header_key(kProductStudent, "张三") == "");
}

BOOST_AUTO_TEST_CASE(header_found_below_a_title_with_shuffled_columns) {
  RosterChecker c(kProductStudent);
  c.add(1, cells({"郑州市金水区文化路第一小学2026学年学生花名册"}));
  c.add(2, cells({"制表：教务处", "", "日期：2026-09-01"}));
  c.add(3, cells({" 证件号码 ", "班级", "姓\xE3\x80\x80名", "备注", "性别（必填）", "无关列"}));
  c.add(4, cells({kMale1, "3班", "张三", "", "男", "x"}));
  c.add(5, cells({std::string(kFemale1), "3班", " 李四 ", "转学", " 女", ""}));
  RosterCheck r = c.finish();
  BOOST_TEST(r.header_found);
  BOOST_TEST(r.problems.empty(), dump(r));
  BOOST_TEST(r.data_rows == 2u);
  BOOST_TEST_REQUIRE(r.valid.size() == 2u);
  BOOST_TEST(r.valid[0].row_no == 4u);
  BOOST_TEST(r.valid[0].name == "张三");
  BOOST_TEST(r.valid[0].sex == "男");
  BOOST_TEST(r.valid[0].id_type == "居民身份证");  // no 证件类型 column
  BOOST_TEST(r.valid[0].id_number == kMale1);
  BOOST_TEST(r.valid[0].class_name == "3班");
  BOOST_TEST(r.valid[1].row_no == 5u);
  BOOST_TEST(r.valid[1].name == "李四");
  BOOST_TEST(r.valid[1].note == "转学");
}

BOOST_AUTO_TEST_CASE(missing_required_column_stops_the_check) {
  RosterChecker c(kProductStudent);
  c.add(1, cells({"序号", "姓名", "证件号码", "班级"}));
  c.add(2, cells({"1", "张三", kMale1, "1班"}));
  RosterCheck r = c.finish();
  BOOST_TEST(!r.header_found);
  BOOST_TEST(r.valid.empty());
  BOOST_TEST_REQUIRE(r.problems.size() == 1u, dump(r));
  BOOST_TEST(r.problems[0].row == 1u);
  BOOST_TEST(r.problems[0].column == "性别");
  BOOST_TEST(r.problems[0].reason.find("缺少必需的列") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(no_header_and_no_data_rows_are_problems) {
  RosterChecker c(kProductStudent);
  for (size_t i = 1; i <= 30; ++i) c.add(i, cells({"张三", "男", kMale1}));
  RosterCheck r = c.finish();
  BOOST_TEST(!r.header_found);
  BOOST_TEST_REQUIRE(r.problems.size() == 1u);
  BOOST_TEST(r.problems[0].row == 0u);
  BOOST_TEST(r.problems[0].reason.find("找不到表头") != std::string::npos);

  RosterCheck e = check_students({cells({"1", "", "", "", "", "", "", ""}), cells({"2"})});  // only 序号
  BOOST_TEST(e.header_found);
  BOOST_TEST(e.data_rows == 0u);
  BOOST_TEST_REQUIRE(e.problems.size() == 1u);
  BOOST_TEST(e.problems[0].reason.find("没有数据行") != std::string::npos);

  RosterChecker nothing(kProductStaff);
  BOOST_TEST(nothing.finish().problems.size() == 1u);
}

BOOST_AUTO_TEST_CASE(name_rules) {
  std::string long_name(51 * 3, '\0');
  long_name.clear();
  for (int i = 0; i < 51; ++i) long_name += "张";
  std::string ok_name;
  for (int i = 0; i < 50; ++i) ok_name += "张";
  RosterCheck r = check_students({cells({"1", "", "男", "", kMale1}), cells({"2", long_name, "男", "", kMale2}),
                                  cells({"3", ok_name, "男", "", kMale3}), cells({"4", "\xE3\x80\x80 ", "女", "", kFemale1})});
  BOOST_TEST(has_problem(r, 2, "姓名", "不能为空"), dump(r));
  BOOST_TEST(has_problem(r, 3, "姓名", "不能超过50"), dump(r));
  BOOST_TEST(problems_of(r, 4).empty(), dump(r));
  BOOST_TEST(has_problem(r, 5, "姓名", "不能为空"), dump(r));
  BOOST_TEST_REQUIRE(r.valid.size() == 1u);
  BOOST_TEST(r.valid[0].row_no == 4u);
}

BOOST_AUTO_TEST_CASE(sex_rules_and_sex_digit) {
  RosterCheck r = check_students({cells({"1", "张三", "", "", kMale1}), cells({"2", "张三", "M", "", kMale2}),
                                  cells({"3", "张三", "女", "", kMale3}), cells({"4", "李四", "男", "", kFemale1}),
                                  cells({"5", "李四", "女", "", kFemale2}), cells({"6", "王五", "男性", "", kMale1})});
  BOOST_TEST(has_problem(r, 2, "性别", "不能为空"), dump(r));
  BOOST_TEST(has_problem(r, 3, "性别", "只能填写"), dump(r));
  BOOST_TEST(has_problem(r, 4, "性别", "与身份证号码不符"), dump(r));
  BOOST_TEST(has_problem(r, 5, "性别", "第17位表示女"), dump(r));
  BOOST_TEST(problems_of(r, 6).empty(), dump(r));
  BOOST_TEST(has_problem(r, 7, "性别", "只能填写"), dump(r));
}

BOOST_AUTO_TEST_CASE(id_type_rules) {
  RosterCheck r = check_students({
      cells({"1", "甲", "男", "", kMale1}),                    // empty = 居民身份证
      cells({"2", "乙", "男", "身份证", kMale2}),              // short name accepted
      cells({"3", "丙", "男", "驾驶证", "A1234567"}),          // not allowed
      cells({"4", "丁", "女", "护照", "e12345678"}),           // upper-cased
      cells({"5", "戊", "女", "无证件", ""}),                  // no number needed
      cells({"6", "己", "女", "无证件", "123456"}),            // but none allowed
      cells({"7", "庚", "男", " 港澳居民来往内地通行证 ", "H1234567(8)"}),
      cells({"8", "辛", "男", "出生医学证明", "P4100-12345"}),
  });
  BOOST_TEST(problems_of(r, 2).empty(), dump(r));
  BOOST_TEST(problems_of(r, 3).empty(), dump(r));
  BOOST_TEST(has_problem(r, 4, "证件类型", "证件类型不正确"), dump(r));
  BOOST_TEST(problems_of(r, 5).empty(), dump(r));
  BOOST_TEST(problems_of(r, 6).empty(), dump(r));
  BOOST_TEST(has_problem(r, 7, "证件号码", "应为空"), dump(r));
  BOOST_TEST(problems_of(r, 8).empty(), dump(r));
  BOOST_TEST(problems_of(r, 9).empty(), dump(r));
  BOOST_TEST_REQUIRE(r.valid.size() == 6u, dump(r));
  BOOST_TEST(r.valid[0].id_type == "居民身份证");
  BOOST_TEST(r.valid[1].id_type == "居民身份证");
  BOOST_TEST(r.valid[2].id_type == "护照");
  BOOST_TEST(r.valid[2].id_number == "E12345678");
  BOOST_TEST(r.valid[3].id_type == "无证件");
  BOOST_TEST(r.valid[3].id_number == "");
  BOOST_TEST(r.valid[4].id_type == "港澳居民来往内地通行证");
  BOOST_TEST(r.valid[4].id_number == "H1234567(8)");
}

BOOST_AUTO_TEST_CASE(resident_id_rules) {
  RosterCheck r = check_students({
      cells({"1", "甲", "男", "", ""}),
      cells({"2", "乙", "男", "", "410105201001011234"}),   // wrong check digit
      cells({"3", "丙", "男", "", "41010520100230123X"}),   // 30 February
      cells({"4", "丁", "男", "", "41010520100101123"}),    // 17 characters
      cells({"5", "戊", "女", "", "41010519900101002x"}),   // lower-case x
      cells({"6", "己", "男", "", "４１０１０２２００００２２９００３１"}),  // full width
  });
  BOOST_TEST(has_problem(r, 2, "证件号码", "不能为空"), dump(r));
  BOOST_TEST(has_problem(r, 3, "证件号码", "校验位"), dump(r));
  BOOST_TEST(has_problem(r, 4, "证件号码", "出生日期"), dump(r));
  BOOST_TEST(has_problem(r, 5, "证件号码", "18位"), dump(r));
  BOOST_TEST(problems_of(r, 6).empty(), dump(r));
  BOOST_TEST(problems_of(r, 7).empty(), dump(r));
  BOOST_TEST_REQUIRE(r.valid.size() == 2u);
  BOOST_TEST(r.valid[0].id_number == "41010519900101002X");
  BOOST_TEST(r.valid[1].id_number == kMale2);
  // The problem keeps the value as found.
  for (const auto& p : problems_of(r, 3)) BOOST_TEST(p.value == "410105201001011234");
}

BOOST_AUTO_TEST_CASE(id_stored_as_number_is_refused_when_digits_may_be_lost) {
  const std::string lost = "证件号码被存为数字，末几位已丢失：请把该列设为文本格式后重新填写";
  auto row = [](const char* n, const char* name, const char* id, bool numeric, const char* type = "") {
    SheetRow r = cells({n, name, "男", type, ""});
    r[4] = SheetCell{id, numeric};
    return r;
  };
  RosterCheck r = check_students({
      row("1", "甲", "4.10105201001011E+17", true),   // Excel's stored value
      row("2", "乙", "410105201001011233", true),     // 18 significant digits: not what Excel keeps
      row("3", "丙", "410105201203041000", true),     // valid, but exactly what 15 digits leave
      row("4", "丁", "410105201001011233", false),    // the same as text: fine
      row("5", "戊", "12345678", true, "护照"),       // an exact number of another type: fine
      row("6", "己", "1234567890123456", true, "其他"),  // 16 significant digits
      row("7", "庚", "4101052012030411", true),       // 16 significant digits → lost
  });
  BOOST_TEST(has_problem(r, 2, "证件号码", lost), dump(r));
  BOOST_TEST(has_problem(r, 3, "证件号码", lost), dump(r));
  BOOST_TEST(has_problem(r, 4, "证件号码", lost), dump(r));
  BOOST_TEST(problems_of(r, 5).empty(), dump(r));
  BOOST_TEST(problems_of(r, 6).empty(), dump(r));
  BOOST_TEST(has_problem(r, 7, "证件号码", lost), dump(r));
  BOOST_TEST(has_problem(r, 8, "证件号码", lost), dump(r));
  BOOST_TEST(problems_of(r, 2)[0].value == "4.10105201001011E+17");
  // The 000 number itself is a valid ID typed as text.
  BOOST_TEST(idcard_check("410105201203041000").ok);
}

BOOST_AUTO_TEST_CASE(other_id_types_format) {
  RosterCheck r = check_students({
      cells({"1", "甲", "男", "护照", "A"}),                                  // too short
      cells({"2", "乙", "男", "护照", std::string(31, '1')}),                 // too long
      cells({"3", "丙", "男", "护照", "AB#123"}),                             // bad character
      cells({"4", "丁", "男", "护照", ""}),                                   // empty
      cells({"5", "戊", "男", "其他", std::string(30, '7')}),                 // 30: fine
      cells({"6", "己", "男", "台湾居民来往大陆通行证", "０１２３４５６７"}),  // full width → ASCII
  });
  BOOST_TEST(has_problem(r, 2, "证件号码", "2–30位"), dump(r));
  BOOST_TEST(has_problem(r, 3, "证件号码", "2–30位"), dump(r));
  BOOST_TEST(has_problem(r, 4, "证件号码", "2–30位"), dump(r));
  BOOST_TEST(has_problem(r, 5, "证件号码", "不能为空"), dump(r));
  BOOST_TEST(problems_of(r, 6).empty(), dump(r));
  BOOST_TEST(problems_of(r, 7).empty(), dump(r));
  BOOST_TEST_REQUIRE(r.valid.size() == 2u);
  BOOST_TEST(r.valid[1].id_number == "01234567");
}

BOOST_AUTO_TEST_CASE(optional_fields_have_length_limits) {
  std::string note201, note200, grade21;
  for (int i = 0; i < 201; ++i) note201 += "注";
  for (int i = 0; i < 200; ++i) note200 += "注";
  for (int i = 0; i < 21; ++i) grade21 += "年";
  RosterCheck r = check_students({cells({"1", "甲", "男", "", kMale1, "", "", note201}),
                                  cells({"2", "乙", "男", "", kMale2, grade21, "", ""}),
                                  cells({"3", "丙", "男", "", kMale3, "三年级", std::string(31, 'c'), note200})});
  BOOST_TEST(has_problem(r, 2, "备注", "不能超过200"), dump(r));
  BOOST_TEST(has_problem(r, 3, "年级", "不能超过20"), dump(r));
  BOOST_TEST(has_problem(r, 4, "班级", "不能超过30"), dump(r));
  BOOST_TEST(r.valid.empty());

  RosterChecker staff(kProductStaff);
  staff.add(1, cells({"姓名", "性别", "证件号码", "岗位"}));
  staff.add(2, cells({"甲", "男", kMale1, std::string(51, 'p')}));
  staff.add(3, cells({"乙", "女", kFemale1, "教师"}));
  RosterCheck s = staff.finish();
  BOOST_TEST(has_problem(s, 2, "岗位", "不能超过50"), dump(s));
  BOOST_TEST_REQUIRE(s.valid.size() == 1u);
  BOOST_TEST(s.valid[0].position == "教师");

  RosterChecker interns(kProductIntern);
  interns.add(1, cells({"姓名", "性别", "证件号码", "专业", "实习单位"}));
  interns.add(2, cells({"甲", "男", kMale1, "数控", std::string(101, 'u')}));
  interns.add(3, cells({"乙", "女", kFemale1, "护理", "郑州市第一人民医院"}));
  RosterCheck i = interns.finish();
  BOOST_TEST(has_problem(i, 2, "实习单位", "不能超过100"), dump(i));
  BOOST_TEST_REQUIRE(i.valid.size() == 1u);
  BOOST_TEST(i.valid[0].major == "护理");
  BOOST_TEST(i.valid[0].internship_unit == "郑州市第一人民医院");
}

BOOST_AUTO_TEST_CASE(duplicates_in_the_file_name_every_row) {
  RosterCheck r = check_students({
      cells({"1", "甲", "男", "", kMale1}),
      cells({"2", "乙", "女", "", kFemale1}),
      cells({"3", "甲", "男", "", std::string(kMale1)}),
      cells({"4", "丙", "男", "护照", "E1234"}),
      cells({"5", "丁", "男", "其他", "E1234"}),          // same number, another type: not a duplicate
      cells({"6", "甲", "男", "", "410105201001011233 "}),  // the same after trimming
      cells({"7", "戊", "女", "无证件", ""}),
      cells({"8", "己", "女", "无证件", ""}),              // no number: never duplicates
  });
  BOOST_TEST(has_problem(r, 2, "证件号码", "与第4、7行相同"), dump(r));
  BOOST_TEST(has_problem(r, 4, "证件号码", "与第2、7行相同"), dump(r));
  BOOST_TEST(has_problem(r, 7, "证件号码", "与第2、4行相同"), dump(r));
  BOOST_TEST(r.problems.size() == 3u, dump(r));
  BOOST_TEST(r.valid.size() == 5u);
  for (const auto& v : r.valid) BOOST_TEST(v.id_number != kMale1);
}

BOOST_AUTO_TEST_CASE(template_example_row_is_refused) {
  std::vector<std::string> ex = roster_example_row(kProductStudent);
  BOOST_TEST_REQUIRE(ex.size() == kStudentHeader.size());
  BOOST_TEST(idcard_check(ex[4]).ok);
  SheetRow row;
  for (const auto& t : ex) row.push_back(SheetCell{t, false});
  RosterCheck r = check_students({row});
  BOOST_TEST(has_problem(r, 2, "证件号码", "示例行"), dump(r));
  for (int64_t p : {kProductStaff, kProductIntern}) {
    auto e = roster_example_row(p);
    BOOST_TEST(idcard_check(e[4]).ok);
    BOOST_TEST(e.size() == roster_columns(p).size());
  }
}

BOOST_AUTO_TEST_CASE(masks) {
  BOOST_TEST(roster_mask_school("郑州市金水区文化路第一小学") == "郑州市金水区****小学");
  BOOST_TEST(roster_mask_school("中牟县官渡镇杨桥小学") == "中牟县官渡镇****小学");
  BOOST_TEST(roster_mask_school("实验小学") == "实****小学");
  BOOST_TEST(roster_mask_school("一中") == "一****");
  BOOST_TEST(roster_mask_school("") == "");
  BOOST_TEST(roster_mask_id(kMale1) == "4101**********1233");
  BOOST_TEST(roster_mask_id("E12345678") == "*******78");
  BOOST_TEST(roster_mask_id(std::string(30, '7')).size() == 24u);
}

BOOST_AUTO_TEST_CASE(template_xlsx_reads_back_and_checks) {
  TempDir dir;
  std::string file = dir.path + "/t.xlsx";
  roster_template_xlsx(kProductStudent, file);
  std::string out = read_xlsx_cells(dir, file);
  BOOST_TEST(out.find("花名册!A1 s 序号\n") != std::string::npos, out);
  BOOST_TEST(out.find("花名册!E1 s 证件号码\n") != std::string::npos, out);
  BOOST_TEST(out.find("花名册!H1 s 备注\n") != std::string::npos, out);
  BOOST_TEST(out.find("花名册!B2 s 张三\n") != std::string::npos, out);
  BOOST_TEST(out.find("说明!B1 s 填写说明\n") != std::string::npos, out);
  BOOST_TEST(out.find("无证件") != std::string::npos, out);
  BOOST_TEST(out.find(" n ") == std::string::npos, out);  // only strings

  roster_template_xlsx(kProductStaff, dir.path + "/s.xlsx");
  BOOST_TEST(read_xlsx_cells(dir, dir.path + "/s.xlsx").find("花名册!F1 s 岗位\n") != std::string::npos);
  roster_template_xlsx(kProductIntern, dir.path + "/i.xlsx");
  BOOST_TEST(read_xlsx_cells(dir, dir.path + "/i.xlsx").find("花名册!G1 s 实习单位\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(problems_and_roster_xlsx) {
  TempDir dir;
  std::string pf = dir.path + "/p.xlsx";
  roster_problems_xlsx({{0, "", "", "找不到表头"}, {7, "姓名", "=HYPERLINK(\"x\")", "姓名不能为空"}}, pf);
  std::string p = read_xlsx_cells(dir, pf);
  BOOST_TEST(p.find("问题!A1 s 行号\n") != std::string::npos, p);
  BOOST_TEST(p.find("问题!A2 s 全表\n") != std::string::npos, p);
  BOOST_TEST(p.find("问题!A3 s 7\n") != std::string::npos, p);
  BOOST_TEST(p.find("问题!C3 s =HYPERLINK(\"x\")\n") != std::string::npos, p);

  std::vector<RosterRow> rows(2);
  rows[0].row_no = 1, rows[0].name = "甲", rows[0].sex = "男", rows[0].id_type = "居民身份证";
  rows[0].id_number = kMale1, rows[0].major = "护理", rows[0].internship_unit = "-医院";
  rows[1].row_no = 2, rows[1].name = "乙", rows[1].sex = "女", rows[1].id_type = "无证件";
  std::string rf = dir.path + "/r.xlsx";
  roster_xlsx(rows, kProductIntern, rf);
  std::string r = read_xlsx_cells(dir, rf);
  BOOST_TEST(r.find("花名册!E2 s 410105201001011233\n") != std::string::npos, r);  // full ID
  BOOST_TEST(r.find("花名册!G2 s -医院\n") != std::string::npos, r);
  BOOST_TEST(r.find("花名册!A3 s 2\n") != std::string::npos, r);
  BOOST_TEST(r.find("花名册!D3 s 无证件\n") != std::string::npos, r);
  BOOST_TEST(r.find("花名册!E3") == std::string::npos, r);
}

static RosterRow person(const char* name, const char* sex, const char* type, const char* number, const char* grade = "") {
  RosterRow r;
  r.name = name;
  r.sex = sex;
  r.id_type = type;
  r.id_number = number;
  r.grade = grade;
  return r;
}

BOOST_AUTO_TEST_CASE(diff_matches_people_by_id_or_by_name_without_one) {
  std::vector<RosterRow> before = {person("张三", "男", "居民身份证", kMale1, "一年级"),
                                   person("李四", "男", "居民身份证", kMale2, "二年级"),
                                   person("小明", "男", "无证件", ""),
                                   person("王五", "男", "护照", "E1234567")};
  std::vector<RosterRow> after = {person("张三", "男", "居民身份证", kMale1, "二年级"),  // grade changed
                                  person("小明", "男", "无证件", ""),                  // same, no number
                                  person("赵六", "男", "居民身份证", kMale3),          // added
                                  person("王五", "男", "居民身份证", "E1234567")};    // other type: new person
  RosterDiff d = roster_diff(before, after);
  BOOST_TEST(d.unchanged == 1u);
  BOOST_REQUIRE(d.changed.size() == 1u);
  BOOST_TEST(d.changed[0].first.grade == "一年级");
  BOOST_TEST(d.changed[0].second.grade == "二年级");
  BOOST_REQUIRE(d.added.size() == 2u);
  BOOST_TEST(d.added[0].name == "赵六");
  BOOST_TEST(d.added[1].id_type == "居民身份证");
  BOOST_REQUIRE(d.removed.size() == 2u);
  BOOST_TEST(d.removed[0].name == "李四");
  BOOST_TEST(d.removed[1].id_type == "护照");
  // Identical rosters: nothing but unchanged; empty before: everyone added.
  BOOST_TEST(roster_diff(before, before).unchanged == before.size());
  BOOST_TEST(roster_diff({}, after).added.size() == after.size());
}

BOOST_AUTO_TEST_SUITE_END()

// ---- against the database -----------------------------------------------------------------

namespace {

// A throw-away academic year and enrollments of product 1 for demo schools; all removed
// (roster rows by cascade) at scope exit.
struct Fixture {
  Config config = test_config();
  Db db{config};
  int64_t year_id = 0;
  std::vector<int64_t> enrollments;

  Fixture() {
    std::string label = "r-" + to_hex(random_bytes(3)) + "x";
    db.exec("INSERT INTO academic_years (label, starts_on, ends_on, enroll_deadline, policy_deadline,"
            " stats_deadline, is_current) VALUES (?, '2020-09-01', '2021-08-31', '2020-09-30', '2020-10-31',"
            " '2020-10-31', 0)",
            {label});
    year_id = static_cast<int64_t>(db.last_insert_id());
  }
  int64_t enroll(int64_t school_id, int64_t product_id = kProductStudent, int64_t seq = 1) {
    db.exec("INSERT INTO enrollments (school_id, year_id, product_id, seq, region_code, city_code)"
            " VALUES (?, ?, ?, ?, '', '')",
            {school_id, year_id, product_id, seq});
    enrollments.push_back(static_cast<int64_t>(db.last_insert_id()));
    return enrollments.back();
  }
  void store(int64_t enrollment, int64_t product_id, const std::vector<RosterRow>& rows) {
    db.transaction([&] { roster_store(db, config, enrollment, year_id, product_id, rows); });
  }
  ~Fixture() {
    try {
      for (int64_t e : enrollments) db.exec("DELETE FROM enrollments WHERE id = ?", {e});
      db.exec("DELETE FROM academic_years WHERE id = ?", {year_id});
    } catch (...) {
    }
  }
};

RosterRow person(size_t row_no, const std::string& name, const std::string& sex, const std::string& type,
                 const std::string& number) {
  RosterRow r;
  r.row_no = row_no;
  r.name = name;
  r.sex = sex;
  r.id_type = type;
  r.id_number = number;
  return r;
}

// n distinct valid resident IDs (birth dates from 2010-01-01 on, sequence 001..).
std::vector<std::string> many_ids(size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; out.size() < n; ++i) {
    int day = static_cast<int>(i % 28) + 1, month = static_cast<int>(i / 28 % 12) + 1;
    int seq = static_cast<int>(i / (28 * 12)) + 1;
    char buf[32];
    std::snprintf(buf, sizeof buf, "4101052010%02d%02d%03d", month, day, seq);
    out.push_back(std::string(buf) + idcard_check_char(buf));
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(roster_db)

BOOST_AUTO_TEST_CASE(store_encrypts_and_load_round_trips) {
  Fixture f;
  int64_t e = f.enroll(1);
  std::vector<RosterRow> rows = {person(5, "张三", "男", "居民身份证", kMale1),
                                 person(6, "李四", "女", "护照", "E12345678"),
                                 person(9, "小五", "女", "无证件", "")};
  rows[0].grade = "三年级", rows[0].class_name = "2班", rows[0].note = "=1+1";
  f.db.transaction([&] { BOOST_TEST(roster_store(f.db, f.config, e, f.year_id, kProductStudent, rows) == 3u); });
  Rows stored = f.db.query("SELECT row_no, year_id, product_id, id_type, id_hmac, id_enc, id_masked, grade, note,"
                           " position FROM roster_rows WHERE enrollment_id = ? ORDER BY row_no", {e});
  BOOST_TEST_REQUIRE(stored.size() == 3u);
  BOOST_TEST(stored[0].i64("row_no") == 1);
  BOOST_TEST(stored[2].i64("row_no") == 3);
  BOOST_TEST(stored[0].i64("year_id") == f.year_id);
  BOOST_TEST(stored[0].i64("product_id") == kProductStudent);
  BOOST_TEST(stored[0].str("id_hmac") == pii_hmac(f.config, "居民身份证", kMale1));
  BOOST_TEST(stored[0].str("id_enc").find(kMale1) == std::string::npos);
  BOOST_TEST(stored[0].str("id_masked") == "4101**********1233");
  BOOST_TEST(stored[0].str("grade") == "三年级");
  BOOST_TEST(stored[0].is_null("position"));
  BOOST_TEST(stored[1].str("id_masked") == "*******78");
  BOOST_TEST(stored[2].is_null("id_hmac"));
  BOOST_TEST(stored[2].is_null("id_enc"));
  BOOST_TEST(stored[2].is_null("id_masked"));

  std::vector<RosterRow> back = roster_load(f.db, f.config, e);
  BOOST_TEST_REQUIRE(back.size() == 3u);
  BOOST_TEST(back[0].row_no == 1u);
  BOOST_TEST(back[0].name == "张三");
  BOOST_TEST(back[0].id_number == kMale1);
  BOOST_TEST(back[0].class_name == "2班");
  BOOST_TEST(back[0].note == "=1+1");
  BOOST_TEST(back[1].id_type == "护照");
  BOOST_TEST(back[1].id_number == "E12345678");
  BOOST_TEST(back[2].id_type == "无证件");
  BOOST_TEST(back[2].id_number == "");
  BOOST_TEST(back[2].sex == "女");
}

BOOST_AUTO_TEST_CASE(store_replaces_and_needs_a_transaction) {
  Fixture f;
  int64_t e = f.enroll(1);
  f.store(e, kProductStudent, {person(2, "张三", "男", "居民身份证", kMale1), person(3, "李四", "男", "居民身份证", kMale2)});
  f.store(e, kProductStudent, {person(2, "王五", "男", "居民身份证", kMale3)});
  std::vector<RosterRow> back = roster_load(f.db, f.config, e);
  BOOST_TEST_REQUIRE(back.size() == 1u);
  BOOST_TEST(back[0].name == "王五");
  BOOST_CHECK_THROW(roster_store(f.db, f.config, e, f.year_id, kProductStudent, {}), std::logic_error);
  // A failing transaction leaves the previous roster intact.
  BOOST_CHECK_THROW(f.db.transaction([&] {
    roster_store(f.db, f.config, e, f.year_id, kProductStudent, {person(2, "赵六", "男", "居民身份证", kMale1)});
    throw std::runtime_error("interrupted");
  }), std::runtime_error);
  back = roster_load(f.db, f.config, e);
  BOOST_TEST_REQUIRE(back.size() == 1u);
  BOOST_TEST(back[0].name == "王五");
}

BOOST_AUTO_TEST_CASE(duplicates_elsewhere_name_the_other_school_masked) {
  Fixture f;
  int64_t e1 = f.enroll(1);
  f.store(e1, kProductStudent, {person(2, "张三", "男", "居民身份证", kMale1), person(3, "李四", "女", "护照", "E1"),
                                person(4, "小五", "女", "无证件", ""), person(5, "赵六", "女", "居民身份证", kFemale1)});
  int64_t e_staff = f.enroll(1, kProductStaff);
  f.store(e_staff, kProductStaff, {person(2, "钱七", "男", "居民身份证", kMale3)});

  std::vector<RosterRow> upload = {person(10, "张三", "男", "居民身份证", kMale1),   // at school 1
                                   person(11, "孙八", "男", "居民身份证", kMale2),   // new
                                   person(12, "李四", "女", "其他", "E1"),           // other type: new
                                   person(13, "周九", "女", "无证件", ""),           // never a duplicate
                                   person(14, "钱七", "男", "居民身份证", kMale3),   // staff only: new
                                   person(15, "赵六", "女", "居民身份证", kFemale1)};
  std::vector<RosterProblem> p = roster_duplicates_elsewhere(f.db, f.config, f.year_id, kProductStudent, 5, upload);
  BOOST_TEST_REQUIRE(p.size() == 2u);
  BOOST_TEST(p[0].row == 10u);
  BOOST_TEST(p[0].column == "证件号码");
  BOOST_TEST(p[0].reason.find("郑州市金水区****小学") != std::string::npos, p[0].reason);
  BOOST_TEST(p[0].reason.find("文化路") == std::string::npos);
  BOOST_TEST(p[1].row == 15u);
  // The school itself, another product, another year: nothing.
  BOOST_TEST(roster_duplicates_elsewhere(f.db, f.config, f.year_id, kProductStudent, 1, upload).empty());
  BOOST_TEST(roster_duplicates_elsewhere(f.db, f.config, f.year_id, kProductIntern, 5, upload).empty());
  BOOST_TEST(roster_duplicates_elsewhere(f.db, f.config, f.year_id + 100000, kProductStudent, 5, upload).empty());
  BOOST_TEST(roster_duplicates_elsewhere(f.db, f.config, f.year_id, kProductStudent, 5, {}).empty());
}

BOOST_AUTO_TEST_CASE(empty_id_type_is_stored_and_matched_as_resident_id) {
  Fixture f;
  int64_t e = f.enroll(1);
  f.store(e, kProductStudent, {person(2, "张三", "男", "", kMale1)});
  auto row = f.db.query_one("SELECT id_type, id_hmac FROM roster_rows WHERE enrollment_id = ?", {e});
  BOOST_TEST_REQUIRE(row.has_value());
  BOOST_TEST(row->str("id_type") == "居民身份证");
  BOOST_TEST(row->str("id_hmac") == pii_hmac(f.config, "居民身份证", kMale1));
  auto p = roster_duplicates_elsewhere(f.db, f.config, f.year_id, kProductStudent, 5,
                                       {person(3, "张三", "男", "居民身份证", kMale1), person(4, "张三", "男", "", kMale1)});
  BOOST_TEST(p.size() == 2u);
}

BOOST_AUTO_TEST_CASE(duplicates_elsewhere_over_many_rows) {
  Fixture f;
  std::vector<std::string> ids = many_ids(3600);
  std::vector<RosterRow> first, second;
  for (size_t i = 0; i < 2500; ++i) first.push_back(person(i + 2, "甲", "男", "居民身份证", ids[i]));
  int64_t e1 = f.enroll(3);
  f.store(e1, kProductStudent, first);
  BOOST_TEST(f.db.query_one("SELECT COUNT(*) AS n FROM roster_rows WHERE enrollment_id = ?", {e1})->i64("n") == 2500);
  // School 5 uploads 1,100 rows of which every 10th (110 rows, spread over both lookup
  // chunks of 1,000) is already at school 3.
  for (size_t i = 0; i < 1100; ++i) second.push_back(person(i + 2, "乙", "男", "居民身份证", ids[i % 10 == 0 ? i : 2500 + i]));
  std::vector<RosterProblem> p = roster_duplicates_elsewhere(f.db, f.config, f.year_id, kProductStudent, 5, second);
  BOOST_TEST(p.size() == 110u);
  BOOST_TEST(p.front().row == 2u);
  BOOST_TEST(p.back().row == 1092u);
  BOOST_TEST(p.front().reason.find("中牟县官渡镇****小学") != std::string::npos, p.front().reason);
  std::vector<RosterRow> back = roster_load(f.db, f.config, e1);
  BOOST_TEST_REQUIRE(back.size() == 2500u);
  BOOST_TEST(back[1234].id_number == ids[1234]);
  BOOST_TEST(back[2499].row_no == 2500u);
}

// The cells of a student row: 序号, 姓名, 性别, 证件类型, 证件号码, 年级, 班级, 备注.
SheetRow student_cells(size_t seq, const std::string& name, const std::string& number) {
  return cells({std::to_string(seq), name, "男", "居民身份证", number, "一年级", "1班", ""});
}

// Feeds the template header (row 1) and data (rows 2...) into an intake; returns its result.
RosterCheck feed(RosterIntake& intake, const std::vector<SheetRow>& data) {
  intake.add(1, header_row());
  for (size_t i = 0; i < data.size(); ++i) intake.add(i + 2, data[i]);
  return intake.finish();
}

// The stored rows of an enrollment (row_no, ID number, its HMAC) against the rows it should hold.
void expect_holds(Fixture& f, int64_t e, const std::vector<RosterRow>& valid) {
  std::vector<RosterRow> back = roster_load(f.db, f.config, e);
  Rows hmacs = f.db.query("SELECT id_hmac FROM roster_rows WHERE enrollment_id = ? ORDER BY row_no", {e});
  BOOST_TEST_REQUIRE(back.size() == valid.size());
  BOOST_TEST_REQUIRE(hmacs.size() == valid.size());
  for (size_t i = 0; i < back.size(); ++i) {
    BOOST_TEST_REQUIRE(back[i].row_no == i + 1);
    BOOST_TEST_REQUIRE(back[i].id_number == valid[i].id_number, "row " << i + 1);
    BOOST_TEST_REQUIRE(hmacs[i].str("id_hmac") == pii_hmac(f.config, "居民身份证", valid[i].id_number), "row " << i + 1);
  }
}

// Male IDs only (student_cells says 男): the odd sequence numbers of many_ids.
std::vector<std::string> male_ids(size_t n) {
  std::vector<std::string> all = many_ids(2 * n + 2), out;
  for (const std::string& id : all)
    if ((id[16] - '0') % 2 == 1 && out.size() < n) out.push_back(id);
  return out;
}

// Data rows of students 甲 with the first n of ids, 序号 1, 2, ...
std::vector<SheetRow> student_rows(const std::vector<std::string>& ids, size_t n) {
  std::vector<SheetRow> data;
  for (size_t i = 0; i < n; ++i) data.push_back(student_cells(i + 1, "甲", ids[i]));
  return data;
}

// Feeds data into an intake of school 1 storing into enrollment e, in a transaction that
// commits; returns the intake's result.
RosterCheck feed_into(Fixture& f, int64_t e, size_t limit, bool keep_valid, const std::vector<SheetRow>& data) {
  RosterCheck got;
  f.db.transaction([&] {
    RosterIntake intake(f.db, f.config, kProductStudent, f.year_id, 1);
    intake.store_into(e, limit, keep_valid);
    got = feed(intake, data);
  });
  return got;
}

// The rows stored for an enrollment.
int64_t stored_rows(Fixture& f, int64_t e) {
  return f.db.query_one("SELECT COUNT(*) AS n FROM roster_rows WHERE enrollment_id = ?", {e})->i64("n");
}

BOOST_AUTO_TEST_CASE(intake_gives_what_check_then_duplicates_elsewhere_give) {
  Fixture f;
  std::vector<std::string> ids = male_ids(6000);
  std::vector<RosterRow> at_school_3;
  for (size_t i = 0; i < 2500; ++i) at_school_3.push_back(person(i + 2, "甲", "男", "居民身份证", ids[i]));
  f.store(f.enroll(3), kProductStudent, at_school_3);
  // School 5's 2,600 rows over three batches: every 10th already at school 3, an empty name,
  // an in-file duplicate across batches (data rows 5 and 1,500), and one that is both (rows
  // 20 and 2,400 carry an ID of school 3).
  std::vector<SheetRow> data;
  for (size_t i = 0; i < 2600; ++i) data.push_back(student_cells(i + 1, "乙", ids[i % 10 == 0 ? i : 3000 + i]));
  data[77] = student_cells(78, "", ids[3077]);
  data[1500] = student_cells(1501, "丙", ids[3005]);
  data[2400] = student_cells(2401, "丁", ids[20]);
  RosterIntake intake(f.db, f.config, kProductStudent, f.year_id, 5);
  RosterCheck got = feed(intake, data);

  std::vector<std::pair<size_t, SheetRow>> sheet = {{1, header_row()}};
  for (size_t i = 0; i < data.size(); ++i) sheet.emplace_back(i + 2, data[i]);
  RosterCheck want = roster_check(kProductStudent, sheet);
  std::vector<RosterProblem> elsewhere =
      roster_duplicates_elsewhere(f.db, f.config, f.year_id, kProductStudent, 5, want.valid);
  std::erase_if(want.valid, [&](const RosterRow& r) {
    return std::any_of(elsewhere.begin(), elsewhere.end(), [&](const RosterProblem& p) { return p.row == r.row_no; });
  });
  want.problems.insert(want.problems.end(), elsewhere.begin(), elsewhere.end());

  BOOST_TEST(elsewhere.size() == 247u);  // 250 tenth rows below 2,500, less rows 1,500 (replaced), 20 and 2,400
  BOOST_TEST(got.data_rows == want.data_rows);
  BOOST_TEST_REQUIRE(got.valid.size() == want.valid.size());
  for (size_t i = 0; i < got.valid.size(); ++i) BOOST_TEST_REQUIRE(got.valid[i].row_no == want.valid[i].row_no);
  BOOST_TEST_REQUIRE(got.problems.size() == want.problems.size());
  for (size_t i = 0; i < got.problems.size(); ++i) {
    BOOST_TEST(got.problems[i].row == want.problems[i].row);
    BOOST_TEST(got.problems[i].reason == want.problems[i].reason);
  }
}

BOOST_AUTO_TEST_CASE(intake_stores_each_batch_and_ends_with_exactly_the_valid_rows) {
  Fixture f;
  std::vector<std::string> ids = male_ids(2400);
  std::vector<SheetRow> data = student_rows(ids, 2345);
  int64_t e = f.enroll(1);
  f.store(e, kProductStudent, {person(2, "旧", "男", "居民身份证", ids[2399])});  // replaced
  f.db.transaction([&] {
    RosterIntake intake(f.db, f.config, kProductStudent, f.year_id, 1);
    intake.store_into(e, 2345, false);
    intake.add(1, header_row());
    for (size_t i = 0; i < 1000; ++i) intake.add(i + 2, data[i]);
    // Stored as soon as a batch was checked, before the file ends.
    BOOST_TEST(stored_rows(f, e) == 1000);
    for (size_t i = 1000; i < data.size(); ++i) intake.add(i + 2, data[i]);
    RosterCheck got = intake.finish();
    BOOST_TEST(got.problems.empty());
    expect_holds(f, e, got.valid);
  });

  // 只保存正确的行 with a bad row and an in-file duplicate across batches (data rows 3 and
  // 2,100, the first stored long before the second came): stored again without them.
  data[1200] = student_cells(1201, "甲", "410105201001011234");  // wrong check digit
  data[2099] = student_cells(2100, "甲", ids[2]);
  RosterCheck got = feed_into(f, e, 2345, true, data);
  BOOST_TEST(got.valid.size() == 2342u);
  BOOST_TEST(got.problems.size() == 3u);
  expect_holds(f, e, got.valid);
}

BOOST_AUTO_TEST_CASE(intake_stops_storing_what_will_be_refused) {
  Fixture f;
  std::vector<std::string> ids = male_ids(3000);
  std::vector<SheetRow> data = student_rows(ids, 3000);
  int64_t e = f.enroll(1);
  // A problem in the second batch without 只保存正确的行: nothing after the first batch (the
  // caller rolls back; here the transaction commits to show what was stored).
  std::vector<SheetRow> bad = data;
  bad[1500] = student_cells(1501, "", ids[1500]);
  BOOST_TEST(feed_into(f, e, 3000, false, bad).problems.size() == 1u);
  BOOST_TEST(stored_rows(f, e) == 1000);
  // More valid rows than the limit (the declared count): stops at the batch that passes it.
  BOOST_TEST(feed_into(f, e, 2500, false, data).valid.size() == 3000u);
  BOOST_TEST(stored_rows(f, e) == 2000);
  // ... unless in-file duplicates bring the valid rows back to the limit: then all of them.
  std::vector<SheetRow> dup(data.begin(), data.begin() + 2502);
  dup[2501] = student_cells(2502, "甲", ids[10]);
  RosterCheck got = feed_into(f, e, 2500, true, dup);
  BOOST_TEST(got.valid.size() == 2500u);
  expect_holds(f, e, got.valid);
  RosterIntake outside(f.db, f.config, kProductStudent, f.year_id, 1);
  BOOST_CHECK_THROW(outside.store_into(e, 10, false), std::logic_error);
}

// A student roster of n people written by openpyxl (t/fixtures/make-roster.py) in a fresh
// directory; returns its path.
std::string openpyxl_roster(size_t n) {
  std::string dir = (std::filesystem::temp_directory_path() / ("roster-" + to_hex(random_bytes(6)))).string();
  std::filesystem::create_directories(dir);
  std::string path = dir + "/roster.xlsx";
  std::string cmd = "/usr/bin/python3 t/fixtures/make-roster.py " + path + " " + std::to_string(n) + " >/dev/null";
  if (std::system(cmd.c_str()) != 0) throw std::runtime_error("make-roster.py failed");
  return path;
}

BOOST_AUTO_TEST_CASE(intake_read_stores_a_real_roster_through_its_reader_thread) {
  Fixture f;
  std::string path = openpyxl_roster(2500);
  int64_t e = f.enroll(1);
  f.db.transaction([&] {
    RosterIntake intake(f.db, f.config, kProductStudent, f.year_id, 1);
    intake.store_into(e, 2500, false);
    intake.read(path, SheetLimits{});
    RosterCheck got = intake.finish();
    BOOST_TEST(got.problems.empty());
    BOOST_TEST(got.valid.size() == 2500u);
    expect_holds(f, e, got.valid);
  });
  // School 3 (and no longer school 1) insured two of these people: read() (its lookups on the
  // reader's own connection) names them, in the second and third batch.
  f.db.exec("DELETE FROM roster_rows WHERE enrollment_id = ?", {e});
  std::vector<std::string> ids;
  std::ifstream id_file(path + ".ids");
  for (std::string line; std::getline(id_file, line);) ids.push_back(line);
  BOOST_TEST_REQUIRE(ids.size() == 2500u);
  f.store(f.enroll(3), kProductStudent,
          {person(2, "甲", "男", "居民身份证", ids[1200]), person(3, "乙", "女", "居民身份证", ids[2400])});
  RosterIntake intake(f.db, f.config, kProductStudent, f.year_id, 5);
  intake.read(path, SheetLimits{});
  RosterCheck got = intake.finish();
  BOOST_TEST_REQUIRE(got.problems.size() == 2u);
  BOOST_TEST(got.problems[0].row == 1202u);  // data row 1,201 under the header
  BOOST_TEST(got.problems[1].value == ids[2400]);
  BOOST_TEST(got.problems[1].reason.find("中牟县官渡镇****小学") != std::string::npos, got.problems[1].reason);
  BOOST_TEST(got.valid.size() == 2498u);
  std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

BOOST_AUTO_TEST_CASE(intake_read_passes_errors_through_and_leaves_no_reader) {
  Fixture f;
  std::string path = openpyxl_roster(2500);
  // The database refuses the first batch (no such enrollment): the reader thread and its
  // sandboxed child are stopped, and the error reaches the caller.
  BOOST_CHECK_THROW(f.db.transaction([&] {
    RosterIntake intake(f.db, f.config, kProductStudent, f.year_id, 1);
    intake.store_into(999999999, 2500, false);
    intake.read(path, SheetLimits{});
  }), DbError);
  BOOST_TEST((waitpid(-1, nullptr, WNOHANG) < 0 && errno == ECHILD), "a sandbox child was left");
  // A file the reader refuses (an .xlsx cut short): its SheetError.
  std::ofstream(path, std::ios::trunc) << std::string("PK\x03\x04", 4) << std::string(200, 'x');
  RosterIntake intake(f.db, f.config, kProductStudent, f.year_id, 1);
  BOOST_CHECK_THROW(intake.read(path, SheetLimits{}), SheetError);
  std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

BOOST_AUTO_TEST_CASE(query_in_chunks_and_pads) {
  Config c = test_config();
  Db db(c);
  std::vector<Param> ids;
  for (int64_t i = 1; i <= 2001; ++i) ids.emplace_back(i);
  // Schools 1..5 exist; chunks of 3 (padded: the last chunk of 2001 % 3 = 0 ...) and 1000.
  for (size_t chunk : {size_t(1), size_t(3), size_t(1000)}) {
    Rows r = db.query_in("SELECT id FROM schools WHERE id <= ? AND id", " ORDER BY id", {int64_t{5}}, ids, chunk);
    BOOST_TEST_REQUIRE(r.size() == 5u, "chunk " << chunk);
    BOOST_TEST(r[4].i64("id") == 5);
  }
  // A short list padded to 4 placeholders gives each row once.
  Rows r = db.query_in("SELECT id FROM schools WHERE id <= ? AND id", "", {int64_t{5}},
                       {Param(int64_t{2}), Param(int64_t{4}), Param(int64_t{9})});
  BOOST_TEST(r.size() == 2u);
  BOOST_TEST(db.query_in("SELECT id FROM schools WHERE id", "", {}, {}).empty());
}

BOOST_AUTO_TEST_SUITE_END()
