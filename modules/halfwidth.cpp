// halfwidth.cpp - full-width folding and space trimming on UTF-8 text (see halfwidth.h).
#include "halfwidth.h"

namespace {

// Decodes the code point at s[i] (valid 2- or 3-byte sequences only; the rest is one byte).
// Returns the code point and sets len; for anything else returns the byte and len = 1.
char32_t decode(std::string_view s, size_t i, size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if ((c & 0xE0) == 0xC0 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
    len = 2;
    return (char32_t(c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
  }
  if ((c & 0xF0) == 0xE0 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
    len = 3;
    return (char32_t(c & 0x0F) << 12) | (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3F);
  }
  len = 1;
  return c;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == '\v' || cp == '\f' || cp == 0x3000 ||
         cp == 0x00A0 || cp == 0x200B || cp == 0xFEFF;
}

}  // namespace

std::string to_halfwidth(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    char32_t cp = decode(s, i, len);
    if (len == 3 && cp >= 0xFF01 && cp <= 0xFF5E) out += static_cast<char>(cp - 0xFF01 + 0x21);
    else if (len == 3 && cp == 0x3000) out += ' ';
    else out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string trim_spaces(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    size_t len = 1;
    if (!is_space(decode(s, begin, len))) break;
    begin += len;
  }
  // Scan forward remembering the end of the last non-space code point.
  size_t end = begin;
  for (size_t i = begin; i < s.size();) {
    size_t len = 1;
    char32_t cp = decode(s, i, len);
    i += len;
    if (!is_space(cp)) end = i;
  }
  return std::string(s.substr(begin, end - begin));
}
