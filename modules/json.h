// json.h - the little JSON this application speaks with the SMS gateway: writing string
// literals, and reading one flat object (its string and scalar members; nested values are
// checked and skipped). Not a general JSON library.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

// JSON string literal (with quotes): ", \ and control characters escaped, UTF-8 kept.
std::string json_string(std::string_view s);

// A member of an object: a decoded string, or a literal (true, false, null, a number) as
// written; nested objects and arrays have is_string false and empty text.
struct JsonScalar {
  bool is_string = false;
  std::string text;
};
using JsonMembers = std::map<std::string, JsonScalar>;

// Members of the top-level object of text; nullopt when text is not exactly one JSON object.
std::optional<JsonMembers> json_read_object(std::string_view text);
