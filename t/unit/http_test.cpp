// t/unit/http_test.cpp - request parsing limits and response serialisation (modules/http).
#include <boost/test/unit_test.hpp>

#include "http.h"
#include "http_error.h"
#include "support.h"

namespace {

Request parse(FakeEnv env, std::string body = "", RequestLimits limits = {}) {
  StringReader reader{std::move(body)};
  return Request::parse(env.envp(), std::ref(reader), limits);
}

int status_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const HttpError& e) {
    return e.status();
  }
  return 0;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(http)

BOOST_AUTO_TEST_CASE(get_with_query_and_headers) {
  Request r = parse({"REQUEST_METHOD=GET", "REQUEST_URI=/school/s/?id=12&q=%E9%87%91+%E6%B0%B4", "QUERY_STRING=id=12&q=%E9%87%91+%E6%B0%B4",
                     "HTTP_USER_AGENT=test", "HTTP_ORIGIN=http://x", "REMOTE_ADDR=10.0.0.1"});
  BOOST_TEST(r.method == "GET");
  BOOST_TEST(r.path == "/school/s/");
  BOOST_TEST(*r.param("id") == "12");
  BOOST_TEST(*r.param("q") == "金 水");
  BOOST_TEST(r.param("missing") == nullptr);
  BOOST_TEST(r.header("User-Agent") == "test");
  BOOST_TEST(r.header("origin") == "http://x");
  BOOST_TEST(r.remote_addr == "10.0.0.1");
}

BOOST_AUTO_TEST_CASE(post_urlencoded_body) {
  std::string body = "login=%E9%87%91%E6%B0%B4%E5%8C%BA&password=a%26b%3Dc&kind=department";
  Request r = parse({"REQUEST_METHOD=POST", "REQUEST_URI=/school/login", "CONTENT_TYPE=application/x-www-form-urlencoded; charset=UTF-8",
                     "CONTENT_LENGTH=" + std::to_string(body.size())},
                    body);
  BOOST_TEST(r.content_type == "application/x-www-form-urlencoded");
  BOOST_TEST(*r.param("login") == "金水区");
  BOOST_TEST(*r.param("password") == "a&b=c");
}

BOOST_AUTO_TEST_CASE(duplicate_parameters_refused) {
  BOOST_TEST(status_of([] { parse({"REQUEST_METHOD=GET", "REQUEST_URI=/?a=1&a=2", "QUERY_STRING=a=1&a=2"}); }) == 400);
  std::string body = "a=2";
  BOOST_TEST(status_of([&] {
               parse({"REQUEST_METHOD=POST", "REQUEST_URI=/?a=1", "QUERY_STRING=a=1",
                      "CONTENT_TYPE=application/x-www-form-urlencoded", "CONTENT_LENGTH=3"},
                     body);
             }) == 400);
}

BOOST_AUTO_TEST_CASE(body_limit_gives_413) {
  std::string body(2048, 'a');
  RequestLimits limits;
  limits.body_bytes = 1024;
  BOOST_TEST(status_of([&] {
               parse({"REQUEST_METHOD=POST", "REQUEST_URI=/", "CONTENT_TYPE=application/x-www-form-urlencoded",
                      "CONTENT_LENGTH=2048"},
                     "x=" + body, limits);
             }) == 413);
}

BOOST_AUTO_TEST_CASE(short_body_and_bad_length_give_400) {
  BOOST_TEST(status_of([] {
               parse({"REQUEST_METHOD=POST", "REQUEST_URI=/", "CONTENT_TYPE=application/x-www-form-urlencoded",
                      "CONTENT_LENGTH=100"},
                     "a=1");
             }) == 400);
  BOOST_TEST(status_of([] {
               parse({"REQUEST_METHOD=POST", "REQUEST_URI=/", "CONTENT_TYPE=application/x-www-form-urlencoded",
                      "CONTENT_LENGTH=12x"},
                     "a=1");
             }) == 400);
}

BOOST_AUTO_TEST_CASE(other_body_types_refused) {
  BOOST_TEST(status_of([] {
               parse({"REQUEST_METHOD=POST", "REQUEST_URI=/", "CONTENT_TYPE=application/json", "CONTENT_LENGTH=2"}, "{}");
             }) == 415);
}

BOOST_AUTO_TEST_CASE(parameter_limits) {
  RequestLimits limits;
  limits.max_params = 3;
  limits.max_value = 5;
  BOOST_TEST(status_of([&] { parse({"REQUEST_METHOD=GET", "QUERY_STRING=a=1&b=2&c=3&d=4"}, "", limits); }) == 400);
  BOOST_TEST(status_of([&] { parse({"REQUEST_METHOD=GET", "QUERY_STRING=a=123456"}, "", limits); }) == 400);
  BOOST_TEST(status_of([&] { parse({"REQUEST_METHOD=GET", "QUERY_STRING=" + std::string(65, 'n') + "=1"}); }) == 400);
  BOOST_TEST(status_of([&] { parse({"REQUEST_METHOD=GET", "QUERY_STRING==1"}); }) == 400);
}

BOOST_AUTO_TEST_CASE(bad_escapes_refused) {
  BOOST_TEST(status_of([] { parse({"REQUEST_METHOD=GET", "QUERY_STRING=a=%zz"}); }) == 400);
  BOOST_TEST(status_of([] { parse({"REQUEST_METHOD=GET", "QUERY_STRING=a=%4"}); }) == 400);
  BOOST_TEST(status_of([] { parse({"REQUEST_METHOD=GET", "QUERY_STRING=a=%"}); }) == 400);
}

BOOST_AUTO_TEST_CASE(missing_method_refused) { BOOST_TEST(status_of([] { parse({"REQUEST_URI=/"}); }) == 400); }

BOOST_AUTO_TEST_CASE(cookies) {
  Request r = parse({"REQUEST_METHOD=GET", "HTTP_COOKIE=a=1; hnedu=abc ; b=\"q\"; junk; a=2"});
  BOOST_TEST(*r.cookie("hnedu") == "abc");
  BOOST_TEST(*r.cookie("a") == "1");
  BOOST_TEST(*r.cookie("b") == "q");
  BOOST_TEST(r.cookie("junk") == nullptr);
}

BOOST_AUTO_TEST_CASE(response_serialisation) {
  Response res;
  res.status = 404;
  res.set_header("Content-Type", "text/plain");
  res.set_header("content-type", "text/html");
  res.add_header("Set-Cookie", "a=1");
  res.add_header("Set-Cookie", "b=2");
  res.body = "x";
  BOOST_TEST(res.serialize() == "Status: 404 Not Found\r\nContent-Type: text/html\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\nx");
}

BOOST_AUTO_TEST_CASE(header_injection_refused) {
  Response res;
  BOOST_CHECK_THROW(res.set_header("X", "a\r\nSet-Cookie: evil=1"), std::invalid_argument);
  BOOST_CHECK_THROW(res.add_header("X\n", "a"), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(only_relative_redirects) {
  Response res;
  res.redirect("/school/s/", true);
  BOOST_TEST(res.status == 303);
  res.redirect("/school/", false);
  BOOST_TEST(res.status == 302);
  BOOST_CHECK_THROW(res.redirect("https://evil.example/", false), std::invalid_argument);
  BOOST_CHECK_THROW(res.redirect("//evil.example/", false), std::invalid_argument);
  BOOST_CHECK_THROW(res.redirect("/\\evil.example", false), std::invalid_argument);
  BOOST_CHECK_THROW(res.redirect("", false), std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
