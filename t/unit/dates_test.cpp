// t/unit/dates_test.cpp - date validation and Chinese date text (modules/dates).
#include <boost/test/unit_test.hpp>

#include "dates.h"

BOOST_AUTO_TEST_SUITE(dates)

BOOST_AUTO_TEST_CASE(valid_date_checks_leap_years) {
  BOOST_TEST(valid_date("2024-02-29"));
  BOOST_TEST(!valid_date("2023-02-29"));
  BOOST_TEST(!valid_date("1900-02-29"));  // divisible by 100, not by 400
  BOOST_TEST(valid_date("2000-02-29"));   // divisible by 400
  BOOST_TEST(valid_date("2023-02-28"));
  BOOST_TEST(!valid_date("2024-02-30"));
}

BOOST_AUTO_TEST_CASE(valid_date_checks_month_lengths) {
  BOOST_TEST(valid_date("2026-01-31"));
  BOOST_TEST(valid_date("2026-12-31"));
  BOOST_TEST(!valid_date("2026-04-31"));
  BOOST_TEST(!valid_date("2026-09-31"));
  BOOST_TEST(valid_date("2026-09-30"));
  BOOST_TEST(!valid_date("2026-00-10"));
  BOOST_TEST(!valid_date("2026-13-01"));
  BOOST_TEST(!valid_date("2026-01-00"));
  BOOST_TEST(!valid_date("2026-01-32"));
}

BOOST_AUTO_TEST_CASE(valid_date_refuses_other_formats) {
  for (const char* bad : {"", "2026-9-30", "2026-09-3", "2026/09/30", "20260930", "2026-09-30 ", " 2026-09-30",
                          "2026-09-30T00:00", "2026-0a-30", "+026-09-30", "2026--9-30", "2026-09-+3",
                          "２０２６-09-30", "26-09-30", "abcd-ef-gh"})
    BOOST_TEST(!valid_date(bad), '"' << bad << '"');
}

BOOST_AUTO_TEST_CASE(month_day_cn_drops_leading_zeros) {
  BOOST_TEST(month_day_cn("2026-09-30") == "9月30日");
  BOOST_TEST(month_day_cn("2026-10-01") == "10月1日");
  BOOST_TEST(month_day_cn("2026-01-05") == "1月5日");
}

BOOST_AUTO_TEST_CASE(full_date_cn_has_year_month_day) {
  BOOST_TEST(full_date_cn("2026-09-30") == "2026年9月30日");
  BOOST_TEST(full_date_cn("2024-02-29") == "2024年2月29日");
}

BOOST_AUTO_TEST_CASE(days_between_counts_calendar_days) {
  BOOST_TEST(days_between("2026-09-30", "2026-09-30") == 0);
  BOOST_TEST(days_between("2026-09-29", "2026-09-30") == 1);
  BOOST_TEST(days_between("2026-09-30", "2026-09-29") == -1);
  BOOST_TEST(days_between("2026-08-31", "2026-09-30") == 30);
  BOOST_TEST(days_between("2026-12-31", "2027-01-01") == 1);
  BOOST_TEST(days_between("2024-02-28", "2024-03-01") == 2);  // leap year
  BOOST_TEST(days_between("2026-02-28", "2026-03-01") == 1);
  BOOST_TEST(days_between("2026-01-01", "2027-01-01") == 365);
  BOOST_TEST(days_between("2099-12-31", "2100-03-01") == 60);  // 2100 is not a leap year
}

BOOST_AUTO_TEST_CASE(today_cn_is_a_valid_date) {
  std::string t = today_cn();
  BOOST_TEST(t.size() == 10u);
  BOOST_TEST(valid_date(t), t);
  BOOST_TEST(t >= std::string("2025-01-01"), t);
}

BOOST_AUTO_TEST_CASE(now_cn_minute_is_today_cn_with_the_time) {
  std::string day = today_cn(), now = now_cn_minute();
  BOOST_TEST(now.size() == 16u, now);
  bool same_day = now.compare(0, 10, day) == 0 || now.substr(11) == "00:00";  // midnight in between
  BOOST_TEST(same_day, now + " vs " + day);
  BOOST_TEST(now[10] == ' ');
  BOOST_TEST(now[13] == ':');
}

BOOST_AUTO_TEST_SUITE_END()
