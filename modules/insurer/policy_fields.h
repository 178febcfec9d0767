// insurer/policy_fields.h - the fields of one policy (保单) as an insurer types them, on the
// single upload form and in the bulk .xlsx list, and their checks. Every check returns a
// Chinese message for the user ("" = fine); parsing never uses floating point.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

// The values as typed (trimmed), kept so a refused form shows them again.
struct PolicyInput {
  std::string policy_no, insured_count, premium, starts_on, ends_on;
};

// The checked values of a PolicyInput.
struct PolicyValues {
  std::string policy_no;
  int64_t insured_count = 0;
  int64_t premium_fen = 0;
  std::string starts_on, ends_on;  // YYYY-MM-DD
};

// 保单号: 1-64 characters, ASCII letters, digits and '-'.
bool policy_no_valid(std::string_view s);
// 保费 in yuan: digits with an optional '.' and 1-2 decimals, at most 12 integer digits, not
// negative → fen; -1 when malformed. "1234.5" → 123450.
int64_t policy_premium_fen(std::string_view s);
// A positive whole number of at most 7 digits, else -1.
int64_t policy_positive_count(std::string_view s);

// Checks every field of in; fills out when the map it returns is empty. Keys of the map:
// policy_no, insured_count, premium, starts_on, ends_on (one message each).
std::map<std::string, std::string> policy_check(const PolicyInput& in, PolicyValues& out);

// The default 保险期间 of an academic year labelled "2026-2027": 2026-09-01 and 2027-08-31.
void policy_default_period(std::string_view year_label, std::string& from, std::string& to);
