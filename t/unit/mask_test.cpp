// t/unit/mask_test.cpp - masked display of mobiles and ID numbers (modules/mask).
#include <boost/test/unit_test.hpp>

#include "mask.h"

namespace {

bool ascii_only(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(mask)

BOOST_AUTO_TEST_CASE(mobile_keeps_first_three_and_last_four) {
  BOOST_TEST(mask_mobile("13812345678") == "138****5678");
  BOOST_TEST(mask_mobile("19900001111") == "199****1111");
}

BOOST_AUTO_TEST_CASE(short_or_long_mobile_stars_all_but_last_two) {
  BOOST_TEST(mask_mobile("12345") == "***45");
  BOOST_TEST(mask_mobile("138123456789") == "**********89");
  BOOST_TEST(mask_mobile("12") == "**");
  BOOST_TEST(mask_mobile("1") == "*");
}

BOOST_AUTO_TEST_CASE(empty_mobile_stays_empty) { BOOST_TEST(mask_mobile("") == ""); }

BOOST_AUTO_TEST_CASE(non_ascii_mobile_is_fully_hidden_and_never_split) {
  for (std::string in : {std::string("１３８１２３４５６７８"), std::string("138一二三四5678"), std::string("电话")}) {
    std::string out = mask_mobile(in);
    BOOST_TEST(!out.empty(), in);
    BOOST_TEST(ascii_only(out), in << " → " << out);  // no half of a multi-byte character
    BOOST_TEST(out.find_first_not_of('*') == std::string::npos, in << " → " << out);
  }
}

BOOST_AUTO_TEST_CASE(id_number_keeps_first_four_and_last_four) {
  BOOST_TEST(mask_id_number("410105201001011234") == "4101**********1234");
  BOOST_TEST(mask_id_number("41010520100101123X") == "4101**********123X");
}

BOOST_AUTO_TEST_CASE(short_id_number_stars_all_but_last_two) {
  BOOST_TEST(mask_id_number("A1234567") == "******67");
  BOOST_TEST(mask_id_number("41010520100101123") == "***************23");
  BOOST_TEST(mask_id_number("ab") == "**");
  BOOST_TEST(mask_id_number("") == "");
}

BOOST_AUTO_TEST_CASE(non_ascii_id_number_is_fully_hidden_and_never_split) {
  for (std::string in : {std::string("４１０１０５２０１００１０１１２３４"), std::string("无证件"),
                         std::string("41010520100101123号")}) {
    std::string out = mask_id_number(in);
    BOOST_TEST(!out.empty(), in);
    BOOST_TEST(ascii_only(out), in << " → " << out);
    BOOST_TEST(out.find_first_not_of('*') == std::string::npos, in << " → " << out);
  }
}

BOOST_AUTO_TEST_SUITE_END()
