// t/unit/serve_test.cpp - the request flow of handle_request (modules/serve) with a small
// route table of its own: 404/405, login redirect, CSRF, error pages, security headers,
// the session cookie and HEAD.
#include <boost/test/unit_test.hpp>

#include "config.h"
#include "context.h"
#include "csrf.h"
#include "db.h"
#include "page.h"
#include "serve.h"
#include "session.h"
#include "support.h"

namespace {

int g_handler_runs = 0;

void ok_handler(Ctx& ctx) {
  ++g_handler_runs;
  ctx.res.set_header("Content-Type", "text/plain; charset=utf-8");
  ctx.res.body = "handler ran";
}
void conflict_handler(Ctx&) { throw HttpError(409, "冲突了<b>!</b>"); }
void crash_handler(Ctx&) { throw std::runtime_error("secret internals"); }
void busy_handler(Ctx&) { throw DbUnavailable("database unreachable"); }

const Route kRoutes[] = {
    {"GET", "/t/", Role::Public, ok_handler},
    {"POST", "/t/", Role::Public, ok_handler},
    {"GET", "/t/school", Role::School, ok_handler},
    {"GET", "/t/admin", Role::Admin, ok_handler},
    {"GET", "/t/conflict", Role::Public, conflict_handler},
    {"GET", "/t/crash", Role::Public, crash_handler},
    {"GET", "/t/busy", Role::Public, busy_handler},
};
const Area kArea{"school", "/t/", "/t/login", kRoutes};

// Config, templates and database as serve() would set them up.
struct Fixture {
  Config config = test_config();
  Db db{config};
  Fixture() {
    templates_init(config);
    g_handler_runs = 0;
  }

  Response request(const std::string& method, const std::string& uri, std::vector<std::string> extra = {},
                   const std::string& body = "") {
    std::vector<std::string> vars = {"REQUEST_METHOD=" + method, "REQUEST_URI=" + uri, "REMOTE_ADDR=127.0.0.1"};
    size_t q = uri.find('?');
    if (q != std::string::npos) vars.push_back("QUERY_STRING=" + uri.substr(q + 1));
    if (!body.empty()) {
      vars.push_back("CONTENT_TYPE=application/x-www-form-urlencoded");
      vars.push_back("CONTENT_LENGTH=" + std::to_string(body.size()));
    }
    vars.insert(vars.end(), extra.begin(), extra.end());
    FakeEnv env(std::move(vars));
    StringReader reader{body};
    return handle_request(kArea, config, db, env.envp(), std::ref(reader));
  }

  std::string origin() const { return "HTTP_ORIGIN=" + config.origins.at(0); }
};

std::string header(const Response& res, const std::string& name) {
  for (const auto& h : res.headers)
    if (h.first == name) return h.second;
  return "";
}

size_t header_count(const Response& res, const std::string& name) {
  return std::count_if(res.headers.begin(), res.headers.end(), [&](const auto& h) { return h.first == name; });
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// The session id of the response's Set-Cookie ("" when there is none).
std::string cookie_sid(const Response& res) {
  std::string c = header(res, "Set-Cookie");
  const std::string prefix = "hnedu=";
  if (c.compare(0, prefix.size(), prefix) != 0) return "";
  return c.substr(prefix.size(), c.find(';') - prefix.size());
}

void check_security_headers(const Response& res) {
  BOOST_TEST(contains(header(res, "Content-Security-Policy"), "default-src 'self'"), res.status);
  BOOST_TEST(contains(header(res, "Content-Security-Policy"), "frame-ancestors 'none'"), res.status);
  BOOST_TEST(header(res, "X-Content-Type-Options") == "nosniff", res.status);
  BOOST_TEST(header(res, "X-Frame-Options") == "DENY", res.status);
  BOOST_TEST(!header(res, "Referrer-Policy").empty(), res.status);
  BOOST_TEST(!header(res, "Content-Type").empty(), res.status);
}

}  // namespace

// The suite is named after the module; its namespace must not clash with ::serve().
namespace unit {
BOOST_AUTO_TEST_SUITE(serve)

BOOST_AUTO_TEST_CASE(unknown_path_gives_chinese_404_page) {
  Fixture f;
  Response res = f.request("GET", "/t/nope");
  BOOST_TEST(res.status == 404);
  BOOST_TEST(contains(res.body, "页面不存在"));
  BOOST_TEST(contains(res.body, "河南省教育保险管理系统"));
  BOOST_TEST(contains(header(res, "Content-Type"), "text/html"));
  BOOST_TEST(f.request("GET", "/t").status == 404);  // exact paths only
}

BOOST_AUTO_TEST_CASE(wrong_method_gives_405_with_allow) {
  Fixture f;
  Response res = f.request("PUT", "/t/");
  BOOST_TEST(res.status == 405);
  BOOST_TEST(header(res, "Allow") == "GET, POST");
  BOOST_TEST(contains(res.body, "请求方式不正确"));
  res = f.request("POST", "/t/school", {f.origin()});
  BOOST_TEST(res.status == 405);
  BOOST_TEST(header(res, "Allow") == "GET");
  BOOST_TEST(g_handler_runs == 0);
}

BOOST_AUTO_TEST_CASE(anonymous_on_school_route_redirects_to_login) {
  Fixture f;
  Response res = f.request("GET", "/t/school");
  BOOST_TEST(res.status == 302);
  BOOST_TEST(header(res, "Location") == "/t/login");
  BOOST_TEST(g_handler_runs == 0);
}

BOOST_AUTO_TEST_CASE(signed_in_school_on_admin_route_is_403) {
  Fixture f;
  auto account = f.db.query_one("SELECT id FROM accounts WHERE kind = 'school' AND login_name = ?",
                                {std::string("郑州市金水区文化路第一小学")});
  BOOST_TEST_REQUIRE(account.has_value());
  Session s;
  session_start(f.db, fake_request({"REQUEST_METHOD=POST"}), s, account->i64("id"));
  Response res = f.request("GET", "/t/admin", {"HTTP_COOKIE=hnedu=" + s.sid});
  Response school = f.request("GET", "/t/school", {"HTTP_COOKIE=hnedu=" + s.sid});
  session_end(f.db, s);
  BOOST_TEST(res.status == 403);
  BOOST_TEST(contains(res.body, "无权访问"));
  BOOST_TEST(contains(res.body, "href=\"/school/s/\""));  // back to the account's own home
  BOOST_TEST(school.status == 200);
  BOOST_TEST(g_handler_runs == 1);
}

BOOST_AUTO_TEST_CASE(post_without_csrf_token_is_403) {
  Fixture f;
  std::string sid = cookie_sid(f.request("GET", "/t/"));
  BOOST_TEST_REQUIRE(!sid.empty());
  g_handler_runs = 0;
  Response res = f.request("POST", "/t/", {f.origin(), "HTTP_COOKIE=hnedu=" + sid}, "name=x");
  BOOST_TEST(res.status == 403);
  check_security_headers(res);
  // A token without the cookie it belongs to is refused as well.
  Session s;
  s.sid = sid;
  res = f.request("POST", "/t/", {f.origin()}, "csrf=" + csrf_token(f.config, s));
  BOOST_TEST(res.status == 403);
  BOOST_TEST(g_handler_runs == 0);
}

BOOST_AUTO_TEST_CASE(post_with_token_from_foreign_origin_is_403) {
  Fixture f;
  std::string sid = cookie_sid(f.request("GET", "/t/"));
  Session s;
  s.sid = sid;
  g_handler_runs = 0;
  Response res = f.request("POST", "/t/", {"HTTP_ORIGIN=http://evil.example", "HTTP_COOKIE=hnedu=" + sid},
                           "csrf=" + csrf_token(f.config, s));
  BOOST_TEST(res.status == 403);
  BOOST_TEST(g_handler_runs == 0);
}

BOOST_AUTO_TEST_CASE(post_with_token_and_origin_reaches_handler) {
  Fixture f;
  Response first = f.request("GET", "/t/");
  std::string sid = cookie_sid(first);
  BOOST_TEST_REQUIRE(!sid.empty());
  Session s;
  s.sid = sid;
  g_handler_runs = 0;
  Response res = f.request("POST", "/t/", {f.origin(), "HTTP_COOKIE=hnedu=" + sid}, "csrf=" + csrf_token(f.config, s));
  BOOST_TEST(res.status == 200);
  BOOST_TEST(res.body == "handler ran");
  BOOST_TEST(g_handler_runs == 1);
  BOOST_TEST(header_count(res, "Set-Cookie") == 0u);  // the browser already holds this id
}

BOOST_AUTO_TEST_CASE(http_error_becomes_escaped_status_page) {
  Fixture f;
  Response res = f.request("GET", "/t/conflict");
  BOOST_TEST(res.status == 409);
  BOOST_TEST(contains(res.body, "冲突了&lt;b&gt;!&lt;/b&gt;"));
  BOOST_TEST(!contains(res.body, "<b>!</b>"));
  BOOST_TEST(contains(res.body, "河南省教育保险管理系统"));
}

BOOST_AUTO_TEST_CASE(other_exception_is_generic_500) {
  Fixture f;
  Response res = f.request("GET", "/t/crash");
  BOOST_TEST(res.status == 500);
  BOOST_TEST(!contains(res.body, "secret internals"));
  BOOST_TEST(contains(res.body, "系统错误"));
}

BOOST_AUTO_TEST_CASE(db_unavailable_is_503_with_retry_after) {
  Fixture f;
  Response res = f.request("GET", "/t/busy");
  BOOST_TEST(res.status == 503);
  BOOST_TEST(header(res, "Retry-After") == "5");
  BOOST_TEST(contains(res.body, "系统繁忙"));
}

BOOST_AUTO_TEST_CASE(malformed_request_is_400_page) {
  Fixture f;
  Response res = f.request("GET", "/t/?a=%zz");
  BOOST_TEST(res.status == 400);
  BOOST_TEST(contains(res.body, "请求有误"));
  check_security_headers(res);
}

BOOST_AUTO_TEST_CASE(every_response_has_security_headers) {
  Fixture f;
  std::string sid = cookie_sid(f.request("GET", "/t/"));
  std::vector<Response> all = {f.request("GET", "/t/"),         f.request("GET", "/t/nope"),
                               f.request("PUT", "/t/"),         f.request("GET", "/t/school"),
                               f.request("GET", "/t/conflict"), f.request("GET", "/t/crash"),
                               f.request("GET", "/t/busy"),     f.request("HEAD", "/t/"),
                               f.request("POST", "/t/", {f.origin(), "HTTP_COOKIE=hnedu=" + sid}, "a=1")};
  for (const Response& res : all) check_security_headers(res);
  BOOST_TEST(header(all[0], "Cache-Control") == "no-store");
  BOOST_TEST(header(all[0], "Content-Type") == "text/plain; charset=utf-8");  // the handler's own type is kept
}

BOOST_AUTO_TEST_CASE(first_visit_gets_session_cookie) {
  Fixture f;
  Response res = f.request("GET", "/t/");
  BOOST_TEST_REQUIRE(header_count(res, "Set-Cookie") == 1u);
  std::string sid = cookie_sid(res);
  BOOST_TEST(sid.size() == 64u, header(res, "Set-Cookie"));
  BOOST_TEST(sid.find_first_not_of("0123456789abcdef") == std::string::npos, sid);
  BOOST_TEST(header(res, "Set-Cookie") == "hnedu=" + sid + "; Path=/; HttpOnly; SameSite=Lax");
  Response again = f.request("GET", "/t/", {"HTTP_COOKIE=hnedu=" + sid});
  BOOST_TEST(header_count(again, "Set-Cookie") == 0u);
  BOOST_TEST(cookie_sid(f.request("GET", "/t/")) != sid);  // each new visitor a new id
}

BOOST_AUTO_TEST_CASE(head_gets_empty_body) {
  Fixture f;
  Response res = f.request("HEAD", "/t/");
  BOOST_TEST(res.status == 200);
  BOOST_TEST(res.body.empty());
  BOOST_TEST(g_handler_runs == 1);
  Response missing = f.request("HEAD", "/t/nope");
  BOOST_TEST(missing.status == 404);
  BOOST_TEST(missing.body.empty());
}

BOOST_AUTO_TEST_SUITE_END()
}  // namespace unit
