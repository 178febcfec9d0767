// http.h - one HTTP request as FastCGI/CGI hands it over, and the buffered response.
// Request::parse reads the environment and (for url-encoded POSTs) the body once, with limits;
// malformed or oversized input throws HttpError(400/413) before any handler runs.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct RequestLimits {
  size_t body_bytes = 1 << 20;  // largest url-encoded body read
  size_t max_params = 256;      // query + form parameters together
  size_t max_name = 64;         // bytes in a parameter name
  size_t max_value = 64 << 10;  // bytes in one parameter value
};

class Request {
 public:
  using Reader = std::function<size_t(char* buf, size_t n)>;

  // envp: NULL-terminated "NAME=value" array (environ for CGI, FCGX_Request::envp for FastCGI).
  // read: pulls body bytes. Duplicate parameter names (also across query and body) → 400.
  static Request parse(char** envp, Reader read, const RequestLimits& limits);

  std::string method;        // GET, POST, ... (HEAD is reported as HEAD)
  std::string path;          // path part of REQUEST_URI, not decoded; routes match it exactly
  std::string query_string;
  std::string remote_addr;
  std::string content_type;  // media type only, lower-case, without parameters
  bool https = false;

  // Header by HTTP name ("Origin", "User-Agent"); "" when absent.
  std::string header(std::string_view name) const;
  // Query or form parameter; nullptr when absent.
  const std::string* param(std::string_view name) const;
  // Cookie value; nullptr when absent (the first one wins if a name repeats).
  const std::string* cookie(std::string_view name) const;
  const std::map<std::string, std::string, std::less<>>& params() const { return params_; }
  // For multipart bodies, which only the uploads area reads (streamed); empty otherwise.
  // For a multipart POST, parse() reads the first part ahead when it is the form's csrf
  // field and puts it into the parameters, so serve() checks the token of an upload before
  // any file byte is read; body_reader() replays those bytes, then streams the rest.
  const Reader& body_reader() const { return body_reader_; }
  // The boundary of a multipart/form-data body (400 at parse() when missing); "" otherwise.
  const std::string& multipart_boundary() const { return boundary_; }
  size_t content_length() const { return content_length_; }

 private:
  std::map<std::string, std::string, std::less<>> headers_;  // HTTP_* env, name upper-case
  std::map<std::string, std::string, std::less<>> params_;
  std::map<std::string, std::string, std::less<>> cookies_;
  Reader body_reader_;
  std::string boundary_;
  size_t content_length_ = 0;
};

// Decodes application/x-www-form-urlencoded pairs into out; throws HttpError(400) on bad
// escapes, empty or long names, long values, too many or duplicate names.
void parse_urlencoded(std::string_view text, std::map<std::string, std::string, std::less<>>& out,
                      const RequestLimits& limits);
// Parses a Cookie header into out (first value of a repeated name wins); ignores junk pairs.
void parse_cookies(std::string_view header, std::map<std::string, std::string, std::less<>>& out);

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  // Replaces any header of that name. Values with CR or LF throw std::invalid_argument.
  void set_header(std::string_view name, std::string_view value);
  // Adds another header line (Set-Cookie).
  void add_header(std::string_view name, std::string_view value);
  // Content-Disposition: attachment with the UTF-8 file name (RFC 6266 filename*, every byte
  // outside [A-Za-z0-9_.~-] percent-encoded) and Cache-Control: private, no-store.
  void attachment(std::string_view file_name);
  // 303 after POST / 302 otherwise; only site-relative targets ("/school/...") are allowed.
  void redirect(std::string_view location, bool after_post);
  // The CGI/FastCGI wire form: "Status: ..." + headers + blank line + body.
  std::string serialize() const;
};

// Percent-encodes every byte outside [A-Za-z0-9_.~-] (query values, file names).
std::string url_encode(std::string_view s);

// Standard reason phrase for a status code ("Not Found").
const char* status_reason(int status);
