// money.cpp - fen shown as yuan (see money.h).
#include "money.h"

namespace {

// Sign, whole yuan (optionally grouped by thousands) and two-digit cents.
std::string format_fen(int64_t fen, bool grouped) {
  const bool negative = fen < 0;
  const uint64_t v = negative ? 0 - static_cast<uint64_t>(fen) : static_cast<uint64_t>(fen);
  std::string whole = std::to_string(v / 100);
  if (grouped)
    for (size_t i = whole.size(); i > 3; i -= 3) whole.insert(i - 3, ",");
  const uint64_t cents = v % 100;
  return (negative ? "-" : "") + whole + (cents < 10 ? ".0" : ".") + std::to_string(cents);
}

}  // namespace

std::string yuan_text(int64_t fen) { return format_fen(fen, true); }

std::string yuan_plain(int64_t fen) { return format_fen(fen, false); }
