// mask.cpp - masking of mobiles and ID numbers (see mask.h). Works on ASCII values; any
// non-ASCII input becomes "**", so a multi-byte character is never cut in half.
#include "mask.h"

static std::string star_all_but_tail(std::string_view s) {
  if (s.size() <= 2) return std::string(s.size(), '*');
  return std::string(s.size() - 2, '*') + std::string(s.substr(s.size() - 2));
}

static bool ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string mask_mobile(std::string_view m) {
  if (m.empty()) return "";
  if (m.size() != 11 || !ascii(m)) return star_all_but_tail(ascii(m) ? m : std::string_view("**"));
  return std::string(m.substr(0, 3)) + "****" + std::string(m.substr(7));
}

std::string mask_id_number(std::string_view id) {
  if (id.empty()) return "";
  if (id.size() != 18 || !ascii(id)) return star_all_but_tail(ascii(id) ? id : std::string_view("**"));
  return std::string(id.substr(0, 4)) + std::string(10, '*') + std::string(id.substr(14));
}
