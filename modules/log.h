// log.h - one-line log records to stderr (the process supervisor collects them).
#pragma once
#include <string_view>

// Writes "<UTC time> <area>[pid] <level>: <message>" to stderr; never throws.
void log_line(std::string_view level, std::string_view message);
// Sets the area name shown in every line (once, at start-up).
void log_set_area(std::string_view area);
