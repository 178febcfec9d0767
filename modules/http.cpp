// http.cpp - request parsing with limits, response serialisation (see http.h).
#include "http.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "http_error.h"
#include "multipart.h"

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string url_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      if (i + 2 >= s.size()) throw HttpError(400, "请求参数编码有误。");
      int hi = hex_digit(s[i + 1]), lo = hex_digit(s[i + 2]);
      if (hi < 0 || lo < 0) throw HttpError(400, "请求参数编码有误。");
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

void parse_urlencoded(std::string_view text, std::map<std::string, std::string, std::less<>>& out,
                      const RequestLimits& limits) {
  while (!text.empty()) {
    size_t amp = text.find('&');
    std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string name = url_decode(pair.substr(0, eq));
    std::string value = eq == std::string_view::npos ? "" : url_decode(pair.substr(eq + 1));
    if (name.empty() || name.size() > limits.max_name) throw HttpError(400, "请求参数名称无效。");
    if (value.size() > limits.max_value) throw HttpError(400, "提交的内容过长。");
    if (out.size() >= limits.max_params) throw HttpError(400, "请求参数过多。");
    if (!out.emplace(std::move(name), std::move(value)).second)
      throw HttpError(400, "请求参数重复。");
  }
}

void parse_cookies(std::string_view header, std::map<std::string, std::string, std::less<>>& out) {
  while (!header.empty()) {
    size_t semi = header.find(';');
    std::string_view pair = trim(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    size_t eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view value = trim(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    out.emplace(std::string(trim(pair.substr(0, eq))), std::string(value));
  }
}

Request Request::parse(char** envp, Reader read, const RequestLimits& limits) {
  Request r;
  std::string uri, content_length, raw_type;
  for (char** e = envp; e && *e; ++e) {
    std::string_view kv(*e);
    size_t eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view name = kv.substr(0, eq), value = kv.substr(eq + 1);
    if (name == "REQUEST_METHOD") r.method = value;
    else if (name == "REQUEST_URI") uri = value;
    else if (name == "QUERY_STRING") r.query_string = value;
    else if (name == "REMOTE_ADDR") r.remote_addr = value;
    else if (name == "CONTENT_TYPE") r.content_type = raw_type = value;
    else if (name == "CONTENT_LENGTH") content_length = value;
    else if (name == "HTTPS") r.https = (value == "on" || value == "1");
    else if (name.substr(0, 5) == "HTTP_") r.headers_.emplace(name.substr(5), value);
  }
  if (r.method.empty()) throw HttpError(400, "请求无效。");
  r.path = uri.substr(0, uri.find('?'));
  if (r.path.empty()) r.path = "/";
  r.content_type = lower(trim(std::string_view(r.content_type).substr(0, r.content_type.find(';'))));

  parse_urlencoded(r.query_string, r.params_, limits);
  parse_cookies(r.header("Cookie"), r.cookies_);

  if (!content_length.empty()) {
    auto [end, ec] = std::from_chars(content_length.data(), content_length.data() + content_length.size(),
                                     r.content_length_);
    if (ec != std::errc() || end != content_length.data() + content_length.size())
      throw HttpError(400, "请求长度无效。");
  }
  if (r.content_type == "multipart/form-data") {
    // Streamed by the uploads area with its own limit (modules/multipart.h).
    r.boundary_ = multipart_boundary_of(raw_type);
    if (r.boundary_.empty()) throw HttpError(400, "请求格式有误。");
    if (r.method == "POST" && r.content_length_ > 0) {
      std::string head(std::min<size_t>(r.content_length_, 4096), '\0');
      size_t got = 0;
      while (got < head.size()) {
        size_t n = read(head.data() + got, head.size() - got);
        if (n == 0) break;
        got += n;
      }
      head.resize(got);
      if (auto token = multipart_leading_field(head, r.boundary_, "csrf"))
        if (!r.params_.emplace("csrf", std::move(*token)).second) throw HttpError(400, "请求参数重复。");
      size_t pos = 0;
      r.body_reader_ = [head = std::move(head), pos, read = std::move(read)](char* buf, size_t n) mutable {
        if (pos < head.size()) {
          size_t k = std::min(n, head.size() - pos);
          head.copy(buf, k, pos);
          pos += k;
          return k;
        }
        return read(buf, n);
      };
    } else {
      r.body_reader_ = std::move(read);
    }
  } else if (r.content_length_ > 0) {
    if (r.content_length_ > limits.body_bytes) throw HttpError(413, "提交的内容过大。");
    std::string body(r.content_length_, '\0');
    size_t got = 0;
    while (got < body.size()) {
      size_t n = read(body.data() + got, body.size() - got);
      if (n == 0) break;
      got += n;
    }
    if (got != body.size()) throw HttpError(400, "请求内容不完整。");
    if (r.content_type == "application/x-www-form-urlencoded") {
      parse_urlencoded(body, r.params_, limits);
    } else {
      throw HttpError(415, "不支持的提交格式。");
    }
  }
  return r;
}

std::string Request::header(std::string_view name) const {
  std::string key;
  for (char c : name) key += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto it = headers_.find(key);
  return it == headers_.end() ? std::string() : it->second;
}

const std::string* Request::param(std::string_view name) const {
  auto it = params_.find(name);
  return it == params_.end() ? nullptr : &it->second;
}

const std::string* Request::cookie(std::string_view name) const {
  auto it = cookies_.find(name);
  return it == cookies_.end() ? nullptr : &it->second;
}

static void check_header_value(std::string_view name, std::string_view value) {
  if (name.find_first_of("\r\n:") != std::string_view::npos || value.find_first_of("\r\n") != std::string_view::npos)
    throw std::invalid_argument("header with CR/LF");
}

void Response::set_header(std::string_view name, std::string_view value) {
  check_header_value(name, value);
  for (auto& h : headers)
    if (lower(h.first) == lower(name)) {
      h.second = value;
      return;
    }
  headers.emplace_back(name, value);
}

void Response::add_header(std::string_view name, std::string_view value) {
  check_header_value(name, value);
  headers.emplace_back(name, value);
}

void Response::attachment(std::string_view file_name) {
  set_header("Content-Disposition", "attachment; filename*=UTF-8''" + url_encode(file_name));
  set_header("Cache-Control", "private, no-store");
}

std::string url_encode(std::string_view s) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                 c == '.' || c == '~' || c == '-';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

void Response::redirect(std::string_view location, bool after_post) {
  if (location.empty() || location[0] != '/' || (location.size() > 1 && (location[1] == '/' || location[1] == '\\')))
    throw std::invalid_argument("redirect target must be site-relative");
  status = after_post ? 303 : 302;
  set_header("Location", location);
  body.clear();
}

std::string Response::serialize() const {
  std::string out = "Status: " + std::to_string(status) + " " + status_reason(status) + "\r\n";
  for (const auto& [name, value] : headers) out += name + ": " + value + "\r\n";
  out += "\r\n";
  out += body;
  return out;
}

const char* status_reason(int status) {
  switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 507: return "Insufficient Storage";
    default: return "Status";
  }
}
