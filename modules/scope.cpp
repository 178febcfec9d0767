// scope.cpp - region scope patterns (see scope.h).
#include "scope.h"

#include <stdexcept>

#include "session.h"

std::string region_pattern_for_code(const std::string& code) {
  if (code.size() != 6) throw std::logic_error("region code must have 6 digits");
  if (code.substr(2) == "0000") return code.substr(0, 2) + "%";  // province
  if (code.substr(4) == "00") return code.substr(0, 4) + "%";    // prefecture-level city
  return code;                                                    // county, or 济源 (419001)
}

std::string region_pattern(const Account& a) {
  if (a.kind == "admin") return "41%";
  if (a.kind == "department" || a.kind == "insurer") return region_pattern_for_code(a.region_code);
  throw std::logic_error("account kind has no region scope: " + a.kind);
}
