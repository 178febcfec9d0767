// json.cpp - JSON string literals and a small flat-object reader (see json.h).
#include "json.h"

namespace {

// A small JSON reader, enough for the gateway's answer: the top-level object's string, true,
// false, null and number members are collected; nested values are checked and skipped.
class JsonObjectReader {
 public:
  explicit JsonObjectReader(std::string_view text) : s_(text) {}

  // Members of the top-level object; nullopt when the text is not exactly one JSON object.
  std::optional<JsonMembers> read() {
    JsonMembers members;
    space();
    if (!object(&members, 0)) return std::nullopt;
    space();
    if (i_ != s_.size()) return std::nullopt;
    return members;
  }

 private:
  static constexpr int kMaxDepth = 16;

  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool eat(char c) {
    space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  static void put_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }
  bool hex4(uint32_t& v) {
    if (s_.size() - i_ < 4) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }
  bool string(std::string& out) {
    space();
    if (i_ >= s_.size() || s_[i_] != '"') return false;
    ++i_;
    while (i_ < s_.size()) {
      char c = s_[i_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) return false;
      char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xd800 && cp < 0xdc00) {
            uint32_t lo = 0;
            if (s_.substr(i_, 2) != "\\u") return false;
            i_ += 2;
            if (!hex4(lo) || lo < 0xdc00 || lo >= 0xe000) return false;
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          } else if (cp >= 0xdc00 && cp < 0xe000) {
            return false;
          }
          put_utf8(out, cp);
          break;
        }
        default: return false;
      }
    }
    return false;
  }
  bool literal(std::string_view word, std::string* out) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    if (out) *out = word;
    return true;
  }
  bool number(std::string* out) {
    size_t start = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    size_t digits = i_;
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
    if (i_ == digits) return false;
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      size_t frac = i_;
      while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
      if (i_ == frac) return false;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      size_t exp = i_;
      while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
      if (i_ == exp) return false;
    }
    if (out) *out = s_.substr(start, i_ - start);
    return true;
  }
  // One value; scalars go to out (when given), containers are parsed and dropped.
  bool value(JsonScalar* out, int depth) {
    if (depth > kMaxDepth) return false;
    space();
    if (i_ >= s_.size()) return false;
    char c = s_[i_];
    if (c == '{') return object(nullptr, depth + 1);
    if (c == '[') return array(depth + 1);
    std::string* text = out ? &out->text : nullptr;
    if (c == '"') {
      std::string tmp;
      if (!string(tmp)) return false;
      if (out) *out = {true, std::move(tmp)};
      return true;
    }
    if (c == 't') return literal("true", text);
    if (c == 'f') return literal("false", text);
    if (c == 'n') return literal("null", text);
    return number(text);
  }
  bool array(int depth) {
    if (!eat('[')) return false;
    if (eat(']')) return true;
    do {
      if (!value(nullptr, depth)) return false;
    } while (eat(','));
    return eat(']');
  }
  bool object(JsonMembers* members, int depth) {
    if (!eat('{')) return false;
    if (eat('}')) return true;
    do {
      std::string key;
      JsonScalar val;
      if (!string(key) || !eat(':') || !value(members ? &val : nullptr, depth)) return false;
      if (members) (*members)[key] = val;
    } while (eat(','));
    return eat('}');
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

// JSON string literal (with quotes): ", \ and control characters escaped, UTF-8 kept.
std::string json_string(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || u == 0x7f) {
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;
    }
  }
  return out + '"';
}


std::optional<JsonMembers> json_read_object(std::string_view text) { return JsonObjectReader(text).read(); }
