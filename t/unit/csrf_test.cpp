// t/unit/csrf_test.cpp - CSRF tokens and the same-origin check of POSTs (modules/csrf).
#include <boost/test/unit_test.hpp>

#include "config.h"
#include "csrf.h"
#include "session.h"
#include "support.h"

namespace {

const std::string kSid1 = std::string(64, 'a');
const std::string kSid2 = std::string(63, 'a') + "b";

Config csrf_config(std::string secret = std::string(32, 'k')) {
  Config c;
  c.origins = {"http://127.0.0.1:8081", "http://localhost:8081"};
  c.secret = std::move(secret);
  return c;
}

Session session_of(const std::string& sid, bool new_cookie = false) {
  Session s;
  s.sid = sid;
  s.new_cookie = new_cookie;
  return s;
}

// A POST with the given extra environment entries (HTTP_ORIGIN=..., HTTP_REFERER=...) and body.
Request post(std::initializer_list<std::string> headers, const std::string& body = "") {
  std::vector<std::string> vars = {"REQUEST_METHOD=POST", "REQUEST_URI=/school/x",
                                   "CONTENT_TYPE=application/x-www-form-urlencoded",
                                   "CONTENT_LENGTH=" + std::to_string(body.size())};
  vars.insert(vars.end(), headers.begin(), headers.end());
  return fake_request(std::move(vars), body);
}

bool origin_ok(std::initializer_list<std::string> headers) { return csrf_origin_ok(csrf_config(), post(headers)); }

}  // namespace

BOOST_AUTO_TEST_SUITE(csrf)

BOOST_AUTO_TEST_CASE(token_is_deterministic_per_session) {
  Config c = csrf_config();
  std::string t = csrf_token(c, session_of(kSid1));
  BOOST_TEST(t.size() == 64u);
  BOOST_TEST(t.find_first_not_of("0123456789abcdef") == std::string::npos);
  BOOST_TEST(csrf_token(c, session_of(kSid1)) == t);
}

BOOST_AUTO_TEST_CASE(token_differs_across_sessions_and_secrets) {
  std::string t = csrf_token(csrf_config(), session_of(kSid1));
  BOOST_TEST(csrf_token(csrf_config(), session_of(kSid2)) != t);
  BOOST_TEST(csrf_token(csrf_config(std::string(32, 'j')), session_of(kSid1)) != t);
  BOOST_TEST(t != kSid1);  // not the session id itself
}

BOOST_AUTO_TEST_CASE(matching_origin_accepted) {
  BOOST_TEST(origin_ok({"HTTP_ORIGIN=http://127.0.0.1:8081"}));
  BOOST_TEST(origin_ok({"HTTP_ORIGIN=http://localhost:8081"}));
}

BOOST_AUTO_TEST_CASE(foreign_origin_refused_even_with_good_referer) {
  BOOST_TEST(!origin_ok({"HTTP_ORIGIN=http://evil.example"}));
  BOOST_TEST(!origin_ok({"HTTP_ORIGIN=http://127.0.0.1:8082"}));
  BOOST_TEST(!origin_ok({"HTTP_ORIGIN=http://127.0.0.1:8081.evil.com"}));
  BOOST_TEST(!origin_ok({"HTTP_ORIGIN=https://127.0.0.1:8081"}));
  BOOST_TEST(!origin_ok({"HTTP_ORIGIN=http://evil.example", "HTTP_REFERER=http://127.0.0.1:8081/school/"}));
}

BOOST_AUTO_TEST_CASE(null_origin_falls_back_to_referer) {
  BOOST_TEST(origin_ok({"HTTP_ORIGIN=null", "HTTP_REFERER=http://127.0.0.1:8081/school/s/"}));
  BOOST_TEST(!origin_ok({"HTTP_ORIGIN=null", "HTTP_REFERER=http://evil.example/school/s/"}));
  BOOST_TEST(!origin_ok({"HTTP_ORIGIN=null"}));
}

BOOST_AUTO_TEST_CASE(referer_without_origin) {
  BOOST_TEST(origin_ok({"HTTP_REFERER=http://localhost:8081/school/login?x=1"}));
  BOOST_TEST(!origin_ok({"HTTP_REFERER=http://evil.example/http://127.0.0.1:8081/"}));
}

BOOST_AUTO_TEST_CASE(referer_prefix_trick_refused) {
  BOOST_TEST(!origin_ok({"HTTP_REFERER=http://127.0.0.1:8081.evil.com/"}));
  BOOST_TEST(!origin_ok({"HTTP_REFERER=http://127.0.0.1:80810/"}));
  BOOST_TEST(!origin_ok({"HTTP_REFERER=http://127.0.0.1:8081@evil.com/"}));
  BOOST_TEST(!origin_ok({"HTTP_REFERER=http://127.0.0.1:8081"}));  // no path: not a page of ours
}

BOOST_AUTO_TEST_CASE(neither_origin_nor_referer_refused) {
  BOOST_TEST(!origin_ok({}));
  BOOST_TEST(!origin_ok({"HTTP_ORIGIN=", "HTTP_REFERER="}));
}

BOOST_AUTO_TEST_CASE(check_refuses_missing_or_wrong_token) {
  Config c = csrf_config();
  Session s = session_of(kSid1);
  std::string good = csrf_token(c, s);
  BOOST_TEST(http_status_of([&] { csrf_check(c, post({"HTTP_ORIGIN=http://127.0.0.1:8081"}, "a=1"), s); }) == 403);
  std::string wrong = csrf_token(c, session_of(kSid2));
  BOOST_TEST(http_status_of([&] { csrf_check(c, post({"HTTP_ORIGIN=http://127.0.0.1:8081"}, "csrf=" + wrong), s); }) == 403);
  BOOST_TEST(http_status_of([&] {
               csrf_check(c, post({"HTTP_ORIGIN=http://127.0.0.1:8081"}, "csrf=" + good.substr(0, 63)), s);
             }) == 403);
  BOOST_TEST(http_status_of([&] { csrf_check(c, post({"HTTP_ORIGIN=http://127.0.0.1:8081"}, "csrf="), s); }) == 403);
}

BOOST_AUTO_TEST_CASE(check_refuses_new_cookie_session) {
  // A session made for this very response: the browser never had a token for it.
  Config c = csrf_config();
  Session s = session_of(kSid1, true);
  std::string good = csrf_token(c, s);
  BOOST_TEST(http_status_of([&] { csrf_check(c, post({"HTTP_ORIGIN=http://127.0.0.1:8081"}, "csrf=" + good), s); }) == 403);
}

BOOST_AUTO_TEST_CASE(check_refuses_bad_origin_with_right_token) {
  Config c = csrf_config();
  Session s = session_of(kSid1);
  std::string good = csrf_token(c, s);
  BOOST_TEST(http_status_of([&] { csrf_check(c, post({"HTTP_ORIGIN=http://evil.example"}, "csrf=" + good), s); }) == 403);
  BOOST_TEST(http_status_of([&] { csrf_check(c, post({}, "csrf=" + good), s); }) == 403);
}

BOOST_AUTO_TEST_CASE(check_passes_with_right_token_and_origin) {
  Config c = csrf_config();
  Session s = session_of(kSid1);
  std::string good = csrf_token(c, s);
  BOOST_TEST(http_status_of([&] { csrf_check(c, post({"HTTP_ORIGIN=http://127.0.0.1:8081"}, "csrf=" + good), s); }) == 0);
  BOOST_TEST(http_status_of([&] {
               csrf_check(c, post({"HTTP_REFERER=http://localhost:8081/school/s/"}, "csrf=" + good), s);
             }) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
