// mask.h - masked display of personal data in lists (SECURITY.md "Personal data").
#pragma once
#include <string>
#include <string_view>

// "13812345678" → "138****5678"; anything not 11 characters → all but the last 2 starred.
std::string mask_mobile(std::string_view mobile);
// "410105201001011234" → "4101**********1234"; short values → all but the last 2 starred.
std::string mask_id_number(std::string_view id);
