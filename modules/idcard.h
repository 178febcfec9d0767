// idcard.h - the 18-character resident ID number (居民身份证号码, GB 11643-1999): format,
// real birth date and the ISO 7064 MOD 11-2 check character. Pure function, no I/O.
#pragma once
#include <string>
#include <string_view>

struct IdNumber {
  bool ok = false;
  std::string normalized;  // 17 ASCII digits + digit or 'X' (set whenever the shape is right)
  std::string error;       // Chinese reason when !ok, for the user
  std::string birth;       // YYYY-MM-DD when ok
  char sex = 0;            // 'M' / 'F' from digit 17 (odd = male) when ok
};

// 18-character resident ID (GB 11643): full-width digits/X → ASCII, lower-case x → X, spaces
// trimmed; 17 digits + check character; real birth date (not in the future, after 1900);
// ISO 7064 MOD 11-2 check digit. error is a Chinese reason. sex 'M'/'F' from digit 17.
IdNumber idcard_check(std::string_view raw);

// The check character ('0'..'9' or 'X') of the first 17 digits; 0 when they are not 17 digits.
char idcard_check_char(std::string_view first17);
