// t/unit/idcard_test.cpp - the GB 11643 resident ID validator (modules/idcard). The valid
// numbers were computed outside the code under test (ISO 7064 MOD 11-2 by hand/script), plus
// the standard's own example 11010519491231002X.
#include <boost/test/unit_test.hpp>

#include <string>

#include "dates.h"
#include "idcard.h"

namespace {

// A number with the given first 17 digits and the check character the code computes: for
// the cases that test other rules (dates), not the check digit itself.
std::string with_check(const std::string& first17) { return first17 + idcard_check_char(first17); }

}  // namespace

BOOST_AUTO_TEST_SUITE(idcard)

BOOST_AUTO_TEST_CASE(valid_numbers_pass_with_birth_and_sex) {
  IdNumber a = idcard_check("11010519491231002X");
  BOOST_TEST(a.ok);
  BOOST_TEST(a.normalized == "11010519491231002X");
  BOOST_TEST(a.birth == "1949-12-31");
  BOOST_TEST(a.sex == 'F');
  BOOST_TEST(a.error.empty());

  IdNumber b = idcard_check("410105201001011233");
  BOOST_TEST(b.ok);
  BOOST_TEST(b.birth == "2010-01-01");
  BOOST_TEST(b.sex == 'M');

  BOOST_TEST(idcard_check("410102200002290031").ok);  // 29 February of a leap year (2000)
  BOOST_TEST(idcard_check("41010520100108124X").ok);
  BOOST_TEST(idcard_check("410105201203041000").ok);
  BOOST_TEST(idcard_check("410105198506120035").ok);
}

BOOST_AUTO_TEST_CASE(check_char_matches_hand_computed_values) {
  BOOST_TEST(idcard_check_char("11010519491231002") == 'X');
  BOOST_TEST(idcard_check_char("41010520100101123") == '3');
  BOOST_TEST(idcard_check_char("41010220000229003") == '1');
  BOOST_TEST(idcard_check_char("41010520120304100") == '0');
  BOOST_TEST(idcard_check_char("4101052010010112") == 0);   // 16 digits
  BOOST_TEST(idcard_check_char("4101052010010112a") == 0);  // not digits
}

BOOST_AUTO_TEST_CASE(wrong_check_digit_is_refused) {
  for (const char* s : {"410105201001011234", "410105201001011230", "110105194912310021", "41010520100101123X"}) {
    IdNumber r = idcard_check(s);
    BOOST_TEST(!r.ok, s);
    BOOST_TEST(r.error.find("校验位") != std::string::npos, s << ": " << r.error);
    BOOST_TEST(r.normalized == s);  // the shape was right
  }
}

BOOST_AUTO_TEST_CASE(impossible_dates_are_refused) {
  // 30 February, 29 February of 2001 (not a leap year), 1900-02-29 (1900 is not a leap
  // year), month 13, day 32, day 00, year before 1900.
  for (const char* d : {"20100230", "20010229", "19000229", "20101301", "20100132", "20100100", "18991231"}) {
    std::string id = with_check(std::string("410105") + d + "123");
    IdNumber r = idcard_check(id);
    BOOST_TEST(!r.ok, id);
    BOOST_TEST(r.error.find("出生日期") != std::string::npos, id << ": " << r.error);
  }
  BOOST_TEST(idcard_check(with_check("41010520080229123")).ok);  // 2008 is a leap year
}

BOOST_AUTO_TEST_CASE(future_birth_date_is_refused) {
  std::string today = today_cn();  // YYYY-MM-DD
  int next_year = std::stoi(today.substr(0, 4)) + 1;
  std::string id = with_check("410105" + std::to_string(next_year) + "0101123");
  IdNumber r = idcard_check(id);
  BOOST_TEST(!r.ok);
  BOOST_TEST(r.error.find("晚于今天") != std::string::npos, r.error);
  std::string t = today.substr(0, 4) + today.substr(5, 2) + today.substr(8, 2);
  BOOST_TEST(idcard_check(with_check("410105" + t + "123")).ok);  // born today is fine
}

BOOST_AUTO_TEST_CASE(lower_case_x_is_accepted_as_upper_case) {
  IdNumber r = idcard_check("11010519491231002x");
  BOOST_TEST(r.ok);
  BOOST_TEST(r.normalized == "11010519491231002X");
}

BOOST_AUTO_TEST_CASE(full_width_digits_and_spaces_are_accepted) {
  // "４１０１０５２０１００１０１１２３３" with a full-width space before and spaces after.
  IdNumber r = idcard_check("\xE3\x80\x80\xEF\xBC\x94\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x95"
                            "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x90"
                            "\xEF\xBC\x91\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x93  ");
  BOOST_TEST(r.ok, r.error);
  BOOST_TEST(r.normalized == "410105201001011233");
  // Full-width X (U+FF38) and x (U+FF58) as the check character.
  BOOST_TEST(idcard_check("11010519491231002\xEF\xBC\xB8").normalized == "11010519491231002X");
  BOOST_TEST(idcard_check("11010519491231002\xEF\xBD\x98").ok);
  BOOST_TEST(idcard_check(" 410105201001011233\t").ok);
}

BOOST_AUTO_TEST_CASE(wrong_length_is_refused) {
  IdNumber r17 = idcard_check("41010520100101123");
  BOOST_TEST(!r17.ok);
  BOOST_TEST(r17.error.find("18位") != std::string::npos);
  BOOST_TEST(r17.error.find("17") != std::string::npos);
  IdNumber r19 = idcard_check("4101052010010112330");
  BOOST_TEST(!r19.ok);
  BOOST_TEST(r19.error.find("19") != std::string::npos);
  BOOST_TEST(!idcard_check("").ok);
  BOOST_TEST(!idcard_check("   ").ok);
  BOOST_TEST(!idcard_check("410105 201001011233").ok);  // a space inside makes 19 characters
  // 15-digit first-generation numbers are not accepted.
  BOOST_TEST(!idcard_check("410105100101123").ok);
}

BOOST_AUTO_TEST_CASE(letters_inside_are_refused) {
  for (const char* s : {"4101052010O1011233", "41010520100101123A", "X10105201001011233", "4101052010-1011233",
                        "41010520100101I233"}) {
    IdNumber r = idcard_check(s);
    BOOST_TEST(!r.ok, s);
    BOOST_TEST(r.error.find("数字") != std::string::npos, s << ": " << r.error);
  }
  // 17 characters + a Chinese character: 18 code points, more bytes.
  BOOST_TEST(!idcard_check("41010520100101123号").ok);
}

BOOST_AUTO_TEST_CASE(unknown_province_is_refused) {
  IdNumber r = idcard_check(with_check("99010520100101123"));
  BOOST_TEST(!r.ok);
  BOOST_TEST(r.error.find("省份") != std::string::npos);
  BOOST_TEST(!idcard_check(with_check("01010520100101123")).ok);
}

BOOST_AUTO_TEST_SUITE_END()
