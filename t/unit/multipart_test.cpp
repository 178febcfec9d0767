// t/unit/multipart_test.cpp - the streaming multipart/form-data parser (modules/multipart),
// the csrf read-ahead of Request::parse, and content-addressed storage (modules/files):
// boundaries split across reads, CRLF and near-delimiters inside data, a missing closing
// delimiter, duplicate names, oversize bodies and files, temporary files cleaned up.
#include <boost/test/unit_test.hpp>

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "config.h"
#include "crypto.h"
#include "files.h"
#include "http.h"
#include "http_error.h"
#include "multipart.h"
#include "support.h"

namespace {

const std::string kBoundary = "----hnBoundary7MA4YWxk";

// A body reader that hands out at most `step` bytes per call (1 = the worst case).
struct ChunkReader {
  std::string data;
  size_t step;
  size_t pos = 0;
  size_t operator()(char* buf, size_t n) {
    size_t k = std::min({n, step, data.size() - pos});
    data.copy(buf, k, pos);
    pos += k;
    return k;
  }
};

std::string text_part(const std::string& name, const std::string& value) {
  return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
}

std::string file_part(const std::string& name, const std::string& filename, const std::string& content,
                      const std::string& type = "application/octet-stream") {
  return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename +
         "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n";
}

std::string closing() { return "--" + kBoundary + "--\r\n"; }

// Config with a private storage directory (removed by the destructor).
struct Fixture {
  Config config = test_config();
  std::string storage;
  Fixture() {
    char tmpl[] = "/tmp/hnedu-multipart-XXXXXX";
    storage = mkdtemp(tmpl);
    config.storage = storage;
    config.upload_bytes = 1 << 20;
  }
  ~Fixture() { std::filesystem::remove_all(storage); }

  size_t temp_files() const {
    std::string dir = storage + "/tmp";
    if (!std::filesystem::exists(dir)) return 0;
    size_t n = 0;
    for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(dir)) ++n;
    return n;
  }
};

// Parses body as a multipart POST, handing out `step` bytes per read.
struct Upload {
  ChunkReader reader;
  FakeEnv env;
  Request req;
  Upload(const std::string& body, size_t step, std::string content_type = "")
      : reader{body, step},
        env({"REQUEST_METHOD=POST", "REQUEST_URI=/school/files/register", "REMOTE_ADDR=127.0.0.1",
             "CONTENT_TYPE=" + (content_type.empty() ? "multipart/form-data; boundary=" + kBoundary : content_type),
             "CONTENT_LENGTH=" + std::to_string(body.size())}),
        req(Request::parse(env.envp(), std::ref(reader), RequestLimits{})) {}
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(multipart)

BOOST_FIXTURE_TEST_CASE(fields_and_file_whatever_the_read_size, Fixture) {
  std::string content = "%PDF-1.4\r\n--" + kBoundary.substr(0, 10) + "\r\n\r\n--\r\n-" + std::string(3000, 'x') + "\r\n";
  std::string body = text_part("csrf", "abc123") + text_part("name", "郑州市第一小学") +
                     file_part("certificate", "证书.pdf", content) + text_part("captcha", "0427") + closing();
  for (size_t step : {size_t{1}, size_t{2}, size_t{3}, size_t{7}, size_t{64}, size_t{1000}, size_t{1} << 20}) {
    BOOST_TEST_CONTEXT("read size " << step) {
      Upload up(body, step);
      BOOST_TEST(*up.req.param("csrf") == "abc123");  // read ahead for serve()'s CSRF check
      MultipartForm form = multipart_parse(up.req, config, {});
      BOOST_TEST(form.fields.size() == 3u);
      BOOST_TEST(*form.field("csrf") == "abc123");
      BOOST_TEST(*form.field("name") == "郑州市第一小学");
      BOOST_TEST(*form.field("captcha") == "0427");
      UploadedFile* f = form.file("certificate");
      BOOST_REQUIRE(f);
      BOOST_TEST(f->filename == "证书.pdf");
      BOOST_TEST(f->size == content.size());
      BOOST_TEST(!f->too_large);
      BOOST_TEST(read_file(f->path) == content);
      BOOST_TEST(f->sha256 == sha256(content));
      BOOST_TEST(f->head == content.substr(0, 64));
    }
  }
  BOOST_TEST(temp_files() == 0u);  // every UploadedFile removed its temporary file
}

BOOST_FIXTURE_TEST_CASE(delimiter_like_bytes_inside_data, Fixture) {
  // CRLF, "--boundary" without a CRLF before it, CRLF "--" + a boundary prefix, a CR last.
  // (A sender must pick a boundary that its content does not contain after a CRLF.)
  std::string tricky = std::string("a\r\nb\r\n\r\n---") + kBoundary + "\r\r\n--" +
                       kBoundary.substr(0, kBoundary.size() - 1) + "\r\n-\r";
  std::string body = text_part("csrf", "t") + text_part("note", tricky) + file_part("f", "a.bin", tricky) + closing();
  for (size_t step : {size_t{1}, size_t{5}, size_t{4096}}) {
    Upload up(body, step);
    MultipartForm form = multipart_parse(up.req, config, {});
    BOOST_TEST(*form.field("note") == tricky);
    BOOST_TEST(read_file(form.file("f")->path) == tricky);
  }
}

BOOST_FIXTURE_TEST_CASE(missing_final_boundary_is_400, Fixture) {
  std::string open_file = text_part("csrf", "t") + "--" + kBoundary +
                          "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 cut";
  {
    Upload up(open_file, 3);
    BOOST_TEST(http_status_of([&] { multipart_parse(up.req, config, {}); }) == 400);
  }
  BOOST_TEST(temp_files() == 0u);
  Upload no_close(text_part("csrf", "t") + text_part("a", "b"), 3);  // last part never closed
  BOOST_TEST(http_status_of([&] { multipart_parse(no_close.req, config, {}); }) == 400);
}

BOOST_FIXTURE_TEST_CASE(malformed_parts_are_400, Fixture) {
  auto status = [&](const std::string& body) {
    Upload up(body, 16);
    return http_status_of([&] { multipart_parse(up.req, config, {}); });
  };
  std::string b = "--" + kBoundary;
  BOOST_TEST(status(b + "\r\nContent-Type: text/plain\r\n\r\nx\r\n" + closing()) == 400);  // no disposition
  BOOST_TEST(status(b + "\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n" + closing()) == 400);
  BOOST_TEST(status(b + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n" + closing()) == 400);  // no name
  BOOST_TEST(status(b + "\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n" + closing()) == 400);
  BOOST_TEST(status(b + "\r\nno colon here\r\n\r\nx\r\n" + closing()) == 400);
  BOOST_TEST(status(b + "junk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n" + closing()) == 400);
  BOOST_TEST(status("no boundary at all") == 400);
  BOOST_TEST(status(b + "\r\n" + std::string(9000, 'h') + "\r\n\r\nx\r\n" + closing()) == 400);  // header block cap
  BOOST_TEST(status(text_part("a", "1") + text_part("a", "2") + closing()) == 400);  // duplicate name
  BOOST_TEST(status(text_part("a", "1") + file_part("a", "x.pdf", "%PDF") + closing()) == 400);
  BOOST_TEST(status(text_part(std::string(65, 'n'), "1") + closing()) == 400);  // long name
}

BOOST_FIXTURE_TEST_CASE(request_level_checks, Fixture) {
  std::string body = text_part("csrf", "t") + closing();
  // No or bad boundary: refused by Request::parse.
  BOOST_TEST(http_status_of([&] { Upload up(body, 64, "multipart/form-data"); }) == 400);
  BOOST_TEST(http_status_of([&] { Upload up(body, 64, "multipart/form-data; boundary=\"a b \""); }) == 400);
  BOOST_TEST(http_status_of([&] { Upload up(body, 64, "multipart/form-data; boundary=" + std::string(71, 'b')); }) == 400);
  // A quoted boundary is fine.
  Upload quoted(body, 64, "multipart/form-data; charset=utf-8; boundary=\"" + kBoundary + "\"");
  BOOST_TEST(*quoted.req.param("csrf") == "t");
  // Not multipart: 415 from the parser.
  Request plain = fake_request({"REQUEST_METHOD=POST", "REQUEST_URI=/x", "CONTENT_TYPE=application/x-www-form-urlencoded",
                                "CONTENT_LENGTH=3"}, "a=b");
  BOOST_TEST(http_status_of([&] { multipart_parse(plain, config, {}); }) == 415);
  // csrf twice (query and first part): duplicate parameter.
  ChunkReader reader{body, 64};
  FakeEnv env({"REQUEST_METHOD=POST", "REQUEST_URI=/x?csrf=q", "QUERY_STRING=csrf=q",
               "CONTENT_TYPE=multipart/form-data; boundary=" + kBoundary, "CONTENT_LENGTH=" + std::to_string(body.size())});
  BOOST_TEST(http_status_of([&] { Request::parse(env.envp(), std::ref(reader), RequestLimits{}); }) == 400);
}

BOOST_FIXTURE_TEST_CASE(csrf_is_read_ahead_only_as_first_field, Fixture) {
  Upload second(text_part("name", "x") + text_part("csrf", "t") + closing(), 64);
  BOOST_TEST(second.req.param("csrf") == nullptr);  // serve() then refuses the POST (403)
  MultipartForm form = multipart_parse(second.req, config, {});
  BOOST_TEST(*form.field("csrf") == "t");  // the handler still sees it, but too late to count
  Upload file_first(file_part("csrf", "x.txt", "t") + closing(), 64);
  BOOST_TEST(file_first.req.param("csrf") == nullptr);
  BOOST_TEST(!multipart_leading_field(text_part("csrf", std::string(300, 'a')) + closing(), kBoundary, "csrf"));
  BOOST_TEST(!multipart_leading_field(text_part("csrf", "abc"), kBoundary, "csrf"));  // not complete
  auto token = multipart_leading_field(text_part("csrf", "abc") + "--" + kBoundary + "\r\n", kBoundary, "csrf");
  BOOST_TEST((token && *token == "abc"));
  BOOST_TEST(multipart_boundary_of("multipart/form-data; boundary=abc") == "abc");
  BOOST_TEST(multipart_boundary_of("multipart/form-data; BOUNDARY=\"a:b\"") == "a:b");
  BOOST_TEST(multipart_boundary_of("multipart/form-data; boundary=a;b") == "a");
  BOOST_TEST(multipart_boundary_of("multipart/form-data; boundary=a<b") == "");
}

BOOST_FIXTURE_TEST_CASE(oversize_body_is_413_before_reading, Fixture) {
  config.upload_bytes = 4096;
  std::string body = text_part("csrf", "t") + file_part("f", "big.pdf", std::string(5000, 'p')) + closing();
  Upload up(body, 1 << 16);
  size_t before = up.reader.pos;
  BOOST_TEST(http_status_of([&] { multipart_parse(up.req, config, {}); }) == 413);
  BOOST_TEST(up.reader.pos == before);  // nothing past the csrf read-ahead was read
  BOOST_TEST(temp_files() == 0u);
}

BOOST_FIXTURE_TEST_CASE(oversize_file_is_marked_and_discarded, Fixture) {
  std::string big(10000, 'j');
  std::string body = text_part("csrf", "t") + file_part("f", "big.jpg", "\xFF\xD8\xFF" + big) +
                     text_part("after", "still here") + closing();
  Upload up(body, 999);
  MultipartLimits limits;
  limits.file_bytes = 5000;
  MultipartForm form = multipart_parse(up.req, config, limits);
  UploadedFile* f = form.file("f");
  BOOST_REQUIRE(f);
  BOOST_TEST(f->too_large);
  BOOST_TEST(f->path.empty());
  BOOST_TEST(f->size == big.size() + 3);
  BOOST_TEST(*form.field("after") == "still here");
  BOOST_TEST(temp_files() == 0u);
}

BOOST_FIXTURE_TEST_CASE(field_and_count_caps, Fixture) {
  MultipartLimits limits;
  limits.field_bytes = 10;
  {
    Upload up(text_part("csrf", "t") + text_part("a", std::string(11, 'x')) + closing(), 7);
    BOOST_TEST(http_status_of([&] { multipart_parse(up.req, config, limits); }) == 400);
  }
  {
    Upload up(text_part("csrf", "t") + file_part("f1", "a.pdf", "%PDF-1") + file_part("f2", "b.pdf", "%PDF-2") + closing(), 7);
    BOOST_TEST(http_status_of([&] { multipart_parse(up.req, config, {}); }) == 400);  // one file allowed
  }
  {
    limits.max_fields = 2;
    Upload up(text_part("csrf", "t") + text_part("a", "1") + text_part("b", "2") + closing(), 7);
    BOOST_TEST(http_status_of([&] { multipart_parse(up.req, config, limits); }) == 400);
  }
  BOOST_TEST(temp_files() == 0u);
}

BOOST_FIXTURE_TEST_CASE(empty_file_part_means_no_file, Fixture) {
  Upload up(text_part("csrf", "t") + file_part("f", "", "") + closing(), 64);
  MultipartForm form = multipart_parse(up.req, config, {});
  BOOST_TEST(form.files.empty());
  BOOST_TEST(form.file("f") == nullptr);
  BOOST_TEST(temp_files() == 0u);
}

BOOST_FIXTURE_TEST_CASE(store_by_hash_with_dedupe, Fixture) {
  std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + "image data";
  std::string hex = to_hex(sha256(png));
  for (int i = 0; i < 2; ++i) {
    Upload up(text_part("csrf", "t") + file_part("f", "a.png", png) + closing(), 64);
    MultipartForm form = multipart_parse(up.req, config, {});
    UploadedFile* f = form.file("f");
    BOOST_TEST(files_detect_type(f->head, kCertificateTypes) == "image/png");
    BOOST_TEST(files_store(config, *f) == hex);
    BOOST_TEST(f->path.empty());
  }
  std::string stored = storage + "/" + hex.substr(0, 2) + "/" + hex;
  BOOST_TEST(read_file(stored) == png);
  BOOST_TEST(temp_files() == 0u);
}

BOOST_AUTO_TEST_CASE(type_by_magic_bytes_and_safe_names) {
  BOOST_TEST(files_detect_type("\xFF\xD8\xFF\xE0rest", kCertificateTypes) == "image/jpeg");
  BOOST_TEST(files_detect_type("%PDF-1.7", kCertificateTypes) == "application/pdf");
  BOOST_TEST(files_detect_type("%PDF-1.7", kJpeg | kPng) == "");
  BOOST_TEST(files_detect_type("hello, I am text.pdf", kCertificateTypes) == "");
  BOOST_TEST(files_detect_type("", kCertificateTypes) == "");
  BOOST_TEST(files_safe_name("C:\\fakepath\\办学许可证.pdf", "x") == "办学许可证.pdf");
  BOOST_TEST(files_safe_name("../../etc/passwd", "x") == "passwd");
  BOOST_TEST(files_safe_name("a<b>:\"c\".pdf", "x") == "abc.pdf");
  BOOST_TEST(files_safe_name("..", "证书.pdf") == "证书.pdf");
  BOOST_TEST(files_safe_name("bad\xff.pdf", "证书.pdf") == "证书.pdf");
  BOOST_TEST(files_safe_name("a\nb.pdf", "证书.pdf") == "证书.pdf");
  BOOST_TEST(files_safe_name(std::string(300, 'a'), "x").size() == 100u);
}

BOOST_AUTO_TEST_SUITE_END()
