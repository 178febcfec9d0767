// throttle.h - sliding-window limits kept in the database (auth_throttle), so every worker
// process sees the same counts: logins per address, SMS sends per phone and per address.
#pragma once
#include <string>
#include <string_view>
#include <vector>

class Db;

// Counts the events of key in the last window_seconds; when fewer than limit, records one
// more and returns true; otherwise records nothing and returns false.
bool throttle_take(Db& db, std::string_view key, int limit, int window_seconds);
// Events of key in the last window_seconds (nothing recorded).
int throttle_count(Db& db, std::string_view key, int window_seconds);
// The keys starting with prefix that have at least count events in the last window_seconds.
std::vector<std::string> throttle_keys_at_least(Db& db, std::string_view prefix, int count, int window_seconds);
// Forgets the events of key (e.g. after a successful login).
void throttle_clear(Db& db, std::string_view key);
