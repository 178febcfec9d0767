// money.h - amounts are kept in fen (integers, DESIGN.md "Data") and shown in yuan with two
// decimals; no floating point anywhere. Parsing typed yuan stays with its form
// (insurer/claim_rules.h, insurer/policy_fields.h).
#pragma once
#include <cstdint>
#include <string>

// Fen as yuan with thousands separators and two decimals: 1234560 → "12,345.60", 5 → "0.05",
// -150 → "-1.50" (lists, totals, audit details).
std::string yuan_text(int64_t fen);
// Fen as yuan with two decimals and no separators: 123450 → "1234.50" (as typed in a form).
std::string yuan_plain(int64_t fen);
