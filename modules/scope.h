// scope.h - the one place that turns a signed-in account into the region it may see.
// Queries over schools (and tables copying schools.region_code) add
// "AND x.region_code LIKE ?" with region_pattern(account): a county sees its code, a city
// its code prefix (its counties and its 市直 schools), the province everything.
#pragma once
#include <string>

struct Account;

// LIKE pattern for region_code; throws std::logic_error for account kinds without a region.
std::string region_pattern(const Account& account);
// Same for a bare region code (410105 → "410105", 410100 → "4101%", 410000 → "41%").
std::string region_pattern_for_code(const std::string& code);
