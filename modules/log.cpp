// log.cpp - stderr logging with a UTC timestamp, area name and pid.
#include "log.h"

#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <string>

static std::string g_area = "hnedu";

void log_set_area(std::string_view area) { g_area = area; }

void log_line(std::string_view level, std::string_view message) {
  time_t now = time(nullptr);
  struct tm tm {};
  gmtime_r(&now, &tm);
  char stamp[32];
  strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::string line;
  line.reserve(message.size() + 64);
  line += stamp;
  line += ' ';
  line += g_area;
  line += '[' + std::to_string(getpid()) + "] ";
  line += level;
  line += ": ";
  for (char c : message) line += (c == '\n' || c == '\r') ? ' ' : c;
  line += '\n';
  fwrite(line.data(), 1, line.size(), stderr);
  fflush(stderr);
}
