// insurer/policy_fields.cpp - checks of the policy fields (see insurer/policy_fields.h).
#include "insurer/policy_fields.h"

#include "dates.h"

namespace {

bool all_digits(std::string_view s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos; }

int64_t digits_value(std::string_view s) {
  int64_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool policy_no_valid(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-')) return false;
  return true;
}

int64_t policy_premium_fen(std::string_view s) {
  size_t dot = s.find('.');
  std::string_view whole = s.substr(0, dot);
  std::string_view cents = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  if (!all_digits(whole) || whole.size() > 12) return -1;
  if (dot != std::string_view::npos && (cents.empty() || cents.size() > 2 || !all_digits(cents))) return -1;
  int64_t fen = digits_value(whole) * 100;
  if (cents.size() == 1) fen += digits_value(cents) * 10;
  if (cents.size() == 2) fen += digits_value(cents);
  return fen;
}

int64_t policy_positive_count(std::string_view s) {
  if (!all_digits(s) || s.size() > 7) return -1;
  int64_t v = digits_value(s);
  return v > 0 ? v : -1;
}

std::map<std::string, std::string> policy_check(const PolicyInput& in, PolicyValues& out) {
  std::map<std::string, std::string> e;
  if (in.policy_no.empty()) e.emplace("policy_no", "请填写保单号。");
  else if (!policy_no_valid(in.policy_no)) e.emplace("policy_no", "保单号应为 1-64 位字母、数字或“-”。");
  int64_t count = policy_positive_count(in.insured_count);
  if (in.insured_count.empty()) e.emplace("insured_count", "请填写承保人数。");
  else if (count < 0) e.emplace("insured_count", "承保人数应为正整数。");
  int64_t fen = policy_premium_fen(in.premium);
  if (in.premium.empty()) e.emplace("premium", "请填写保费。");
  else if (fen < 0) e.emplace("premium", "保费应为不小于 0 的金额（元），最多两位小数，如 1234.50。");
  bool from_ok = valid_date(in.starts_on), to_ok = valid_date(in.ends_on);
  if (!from_ok) e.emplace("starts_on", "请填写正确的起保日期，格式如 2026-09-01。");
  if (!to_ok) e.emplace("ends_on", "请填写正确的终保日期，格式如 2027-08-31。");
  else if (from_ok && in.ends_on < in.starts_on) e.emplace("ends_on", "终保日期不能早于起保日期。");
  if (e.empty()) out = PolicyValues{in.policy_no, count, fen, in.starts_on, in.ends_on};
  return e;
}

void policy_default_period(std::string_view year_label, std::string& from, std::string& to) {
  from.clear();
  to.clear();
  if (year_label.size() != 9 || !all_digits(year_label.substr(0, 4)) || !all_digits(year_label.substr(5, 4))) return;
  from = std::string(year_label.substr(0, 4)) + "-09-01";
  to = std::string(year_label.substr(5, 4)) + "-08-31";
}
