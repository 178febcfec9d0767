// idcard.cpp - GB 11643-1999 resident ID numbers (see idcard.h).
#include "idcard.h"

#include "dates.h"
#include "form.h"
#include "halfwidth.h"

namespace {

// First two digits: the province-level codes of GB/T 2260 (81/82/83: residence permits of
// Hong Kong, Macao and Taiwan residents, which use the same format).
bool known_province(int code) {
  static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                              44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
  for (int c : codes)
    if (c == code) return true;
  return false;
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

}  // namespace

char idcard_check_char(std::string_view first17) {
  if (first17.size() != 17 || !all_digits(first17)) return 0;
  static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char check[12] = "10X98765432";
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * weights[i];
  return check[sum % 11];
}

IdNumber idcard_check(std::string_view raw) {
  IdNumber r;
  std::string s = trim_spaces(to_halfwidth(trim_spaces(raw)));
  if (!s.empty() && s.back() == 'x') s.back() = 'X';
  if (s.empty()) {
    r.error = "身份证号码为空";
    return r;
  }
  if (s.size() != 18 || utf8_length(s) != 18) {
    r.error = "身份证号码应为18位，实为" + std::to_string(utf8_length(s)) + "位";
    return r;
  }
  if (!all_digits(std::string_view(s).substr(0, 17)) || !(all_digits(s.substr(17)) || s[17] == 'X')) {
    r.error = "身份证号码只能由数字组成（最后一位可以是X）";
    return r;
  }
  r.normalized = s;
  if (!known_province((s[0] - '0') * 10 + (s[1] - '0'))) {
    r.error = "身份证号码前两位不是有效的省份代码";
    return r;
  }
  std::string birth = s.substr(6, 4) + "-" + s.substr(10, 2) + "-" + s.substr(12, 2);
  if (!valid_date(birth)) {
    r.error = "身份证号码中的出生日期（第7–14位）不是有效日期";
    return r;
  }
  if (birth > today_cn()) {
    r.error = "身份证号码中的出生日期晚于今天";
    return r;
  }
  if (idcard_check_char(std::string_view(s).substr(0, 17)) != s[17]) {
    r.error = "身份证号码校验位（最后一位）不符，请核对号码";
    return r;
  }
  r.ok = true;
  r.birth = birth;
  r.sex = ((s[16] - '0') % 2 == 1) ? 'M' : 'F';
  return r;
}
