// form.h - typed request parameters. Each reader rejects garbage with HttpError(400) and a
// Chinese message naming the field, so handlers only ever see well-formed values.
// (Soft checks that re-render a form with per-field messages use the check_* predicates.)
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

class Request;

// A positive integer id (up to 18 digits). Missing or malformed → 400.
int64_t param_id(const Request& req, std::string_view name);
// Trimmed UTF-8 text without control characters, at most max_chars characters.
// Missing and required → 400; missing and optional → "".
std::string param_text(const Request& req, std::string_view name, size_t max_chars, bool required = true);
// Text of a <textarea>: like param_text, but line breaks (CRLF, CR, LF) are kept as "\n" and
// tabs become spaces; blank lines at either end are dropped. Missing → "" (never 400 for that).
std::string param_multiline(const Request& req, std::string_view name, size_t max_chars);
// One of the allowed values, else 400.
std::string param_enum(const Request& req, std::string_view name, std::initializer_list<std::string_view> allowed);
// A real calendar date written YYYY-MM-DD, else 400.
std::string param_date(const Request& req, std::string_view name);
// A mainland mobile number (11 digits, 1[3-9]...), else 400.
std::string param_mobile(const Request& req, std::string_view name);

// Predicates shared with soft validation.
bool check_utf8_text(std::string_view s);  // valid UTF-8, no C0/C1 control characters
size_t utf8_length(std::string_view s);    // code points of valid UTF-8
bool check_mobile(std::string_view s);
std::string trim_text(std::string_view s);  // strips ASCII and full-width (U+3000) spaces
std::string cut_utf8(std::string_view s, size_t max);  // at most max code points of valid UTF-8
