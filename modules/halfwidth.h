// halfwidth.h - tolerant reading of what people type into spreadsheets: full-width (全角)
// ASCII characters folded to ASCII, and the spaces Chinese input methods and Excel leave
// around values (full-width space, no-break space, zero-width space, BOM) trimmed.
// Works on UTF-8; invalid sequences are passed through unchanged. (Lengths: form.h utf8_length.)
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

// U+FF01..U+FF5E → '!'..'~', U+3000 (ideographic space) → ' '; everything else unchanged.
std::string to_halfwidth(std::string_view s);
// s without leading and trailing ASCII whitespace, U+3000, U+00A0, U+200B and U+FEFF.
std::string trim_spaces(std::string_view s);
