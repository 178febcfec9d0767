// dates.h - calendar dates as "YYYY-MM-DD" text, and "today" in China Standard Time
// (UTC+8, no daylight saving), which is when deadlines close.
#pragma once
#include <string>
#include <string_view>

// True for a real date written exactly YYYY-MM-DD, years 1900-2200 (leap years checked).
bool valid_date(std::string_view s);
// Today's date in Asia/Shanghai.
std::string today_cn();
// The current time in Asia/Shanghai to the minute, "2026-09-05 10:20" (SMS notices).
std::string now_cn_minute();
// "2026-09-30" → "9月30日" (input must be valid).
std::string month_day_cn(std::string_view date);
// "2026-09-30" → "2026年9月30日".
std::string full_date_cn(std::string_view date);
// Whole days from date `from` to date `to` (both valid): 0 for the same day, negative when
// `to` is earlier. ("2026-09-29", "2026-09-30") → 1.
int days_between(std::string_view from, std::string_view to);
