// dates.cpp - date validation and Chinese formatting (see dates.h).
#include "dates.h"

#include <time.h>

static int digits(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool valid_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int y = digits(s.substr(0, 4)), m = digits(s.substr(5, 2)), d = digits(s.substr(8, 2));
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string today_cn() {
  time_t now = time(nullptr) + 8 * 3600;
  struct tm tm {};
  gmtime_r(&now, &tm);
  char buf[16];
  strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string now_cn_minute() {
  time_t now = time(nullptr) + 8 * 3600;
  struct tm tm {};
  gmtime_r(&now, &tm);
  char buf[32];
  strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

std::string month_day_cn(std::string_view date) {
  return std::to_string(digits(date.substr(5, 2))) + "月" + std::to_string(digits(date.substr(8, 2))) + "日";
}

std::string full_date_cn(std::string_view date) {
  return std::string(date.substr(0, 4)) + "年" + month_day_cn(date);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static long day_number(std::string_view date) {
  return days_from_civil(digits(date.substr(0, 4)), digits(date.substr(5, 2)), digits(date.substr(8, 2)));
}

int days_between(std::string_view from, std::string_view to) {
  return static_cast<int>(day_number(to) - day_number(from));
}
