// t/unit/money_test.cpp - fen shown as yuan (modules/money).
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <limits>

#include "money.h"

BOOST_AUTO_TEST_SUITE(money)

BOOST_AUTO_TEST_CASE(yuan_text_groups_thousands_with_two_decimals) {
  BOOST_TEST(yuan_text(0) == "0.00");
  BOOST_TEST(yuan_text(5) == "0.05");
  BOOST_TEST(yuan_text(50) == "0.50");
  BOOST_TEST(yuan_text(100) == "1.00");
  BOOST_TEST(yuan_text(123456) == "1,234.56");
  BOOST_TEST(yuan_text(1234560) == "12,345.60");
  BOOST_TEST(yuan_text(99999) == "999.99");
  BOOST_TEST(yuan_text(100000) == "1,000.00");
  BOOST_TEST(yuan_text(123456789012) == "1,234,567,890.12");
}

BOOST_AUTO_TEST_CASE(yuan_text_keeps_the_sign) {
  BOOST_TEST(yuan_text(-150) == "-1.50");
  BOOST_TEST(yuan_text(-123456) == "-1,234.56");
  BOOST_TEST(yuan_text(std::numeric_limits<int64_t>::min()) == "-92,233,720,368,547,758.08");
}

BOOST_AUTO_TEST_CASE(yuan_plain_has_no_separators) {
  BOOST_TEST(yuan_plain(123450) == "1234.50");
  BOOST_TEST(yuan_plain(7) == "0.07");
  BOOST_TEST(yuan_plain(100000000) == "1000000.00");
  BOOST_TEST(yuan_plain(-5) == "-0.05");
}

BOOST_AUTO_TEST_SUITE_END()
