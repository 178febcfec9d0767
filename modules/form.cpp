// form.cpp - typed parameter readers (see form.h).
#include "form.h"

#include <algorithm>
#include <vector>

#include "dates.h"
#include "http.h"
#include "http_error.h"

namespace {

const std::string& require(const Request& req, std::string_view name) {
  const std::string* v = req.param(name);
  if (!v) throw HttpError(400, "缺少参数：" + std::string(name));
  return *v;
}

[[noreturn]] void bad(std::string_view name, std::string_view what) {
  throw HttpError(400, "参数 " + std::string(name) + " 无效：" + std::string(what));
}

}  // namespace

bool check_utf8_text(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    size_t len;
    if (c < 0x80) { cp = c; len = 1; }
    else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; len = 2; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; len = 3; }
    else if ((c & 0xF8) == 0xF0) { cp = c & 0x07; len = 4; }
    else return false;
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static const uint32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return false;
    i += len;
  }
  return true;
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool check_mobile(std::string_view s) {
  if (s.size() != 11 || s[0] != '1' || s[1] < '3' || s[1] > '9') return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string trim_text(std::string_view s) {
  static const std::string_view ideographic_space = "\xE3\x80\x80";
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    else if (s.substr(0, 3) == ideographic_space) s.remove_prefix(3);
    else break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == ideographic_space) s.remove_suffix(3);
    else break;
  }
  return std::string(s);
}

int64_t param_id(const Request& req, std::string_view name) {
  const std::string& v = require(req, name);
  if (v.empty() || v.size() > 18 || v[0] == '0') bad(name, "应为正整数");
  int64_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') bad(name, "应为正整数");
    n = n * 10 + (c - '0');
  }
  return n;
}

std::string param_text(const Request& req, std::string_view name, size_t max_chars, bool required) {
  const std::string* v = req.param(name);
  if (!v) {
    if (required) throw HttpError(400, "缺少参数：" + std::string(name));
    return "";
  }
  if (!check_utf8_text(*v)) bad(name, "含有无法识别的字符");
  std::string t = trim_text(*v);
  if (utf8_length(t) > max_chars) bad(name, "不能超过 " + std::to_string(max_chars) + " 个字");
  return t;
}

std::string param_multiline(const Request& req, std::string_view name, size_t max_chars) {
  const std::string* v = req.param(name);
  if (!v) return "";
  std::vector<std::string> lines;
  std::string line;
  for (size_t i = 0; i <= v->size(); ++i) {
    char c = i < v->size() ? (*v)[i] : '\n';
    if (c == '\r' && i + 1 < v->size() && (*v)[i + 1] == '\n') continue;  // CRLF: the LF ends the line
    if (c == '\r' || c == '\n') {
      if (!check_utf8_text(line)) bad(name, "含有无法识别的字符");
      lines.push_back(trim_text(line));
      line.clear();
    } else {
      line += c == '\t' ? ' ' : c;
    }
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  size_t first = 0;
  while (first < lines.size() && lines[first].empty()) ++first;
  std::string t;
  for (size_t i = first; i < lines.size(); ++i) t += (i > first ? "\n" : "") + lines[i];
  if (utf8_length(t) > max_chars) bad(name, "不能超过 " + std::to_string(max_chars) + " 个字");
  return t;
}

std::string param_enum(const Request& req, std::string_view name, std::initializer_list<std::string_view> allowed) {
  const std::string& v = require(req, name);
  for (auto a : allowed)
    if (v == a) return v;
  bad(name, "不在可选范围内");
}

std::string param_date(const Request& req, std::string_view name) {
  const std::string& v = require(req, name);
  if (!valid_date(v)) bad(name, "日期格式应为 YYYY-MM-DD");
  return v;
}

std::string param_mobile(const Request& req, std::string_view name) {
  std::string v = trim_text(require(req, name));
  if (!check_mobile(v)) bad(name, "请填写11位手机号码");
  return v;
}

std::string cut_utf8(std::string_view s, size_t max) {
  size_t count = 0, i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (count == max) break;
    i += len;
    ++count;
  }
  return std::string(s.substr(0, std::min(i, s.size())));
}
