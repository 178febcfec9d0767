// t/unit/route_test.cpp - route lookup (404/405/HEAD) and the role rules (modules/route).
#include <boost/test/unit_test.hpp>

#include <array>

#include "route.h"
#include "session.h"

namespace {

void noop(Ctx&) {}

const Route kRoutes[] = {
    {"GET", "/school/s/", Role::School, noop},
    {"GET", "/school/s/edit", Role::School, noop},
    {"POST", "/school/s/edit", Role::School, noop},
    {"GET", "/school/login", Role::Public, noop},
};

Account account(const std::string& kind, bool center = false) {
  Account a;
  a.id = 7;
  a.kind = kind;
  a.is_center = center;
  return a;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(route)

BOOST_AUTO_TEST_CASE(exact_path_and_method_found) {
  RouteMatch m = find_route(kRoutes, "GET", "/school/s/edit");
  BOOST_TEST_REQUIRE(m.route != nullptr);
  BOOST_TEST(m.route == &kRoutes[1]);
  BOOST_TEST(m.allow.empty());
  m = find_route(kRoutes, "POST", "/school/s/edit");
  BOOST_TEST(m.route == &kRoutes[2]);
}

BOOST_AUTO_TEST_CASE(trailing_slash_difference_is_404) {
  for (const char* path : {"/school/s", "/school/s/edit/", "/school/login/", "/school/S/", "/school/s//", ""}) {
    RouteMatch m = find_route(kRoutes, "GET", path);
    BOOST_TEST(m.route == nullptr, path);
    BOOST_TEST(m.allow.empty(), path);
  }
}

BOOST_AUTO_TEST_CASE(wrong_method_gives_405_allow_list) {
  RouteMatch m = find_route(kRoutes, "PUT", "/school/s/edit");
  BOOST_TEST(m.route == nullptr);
  BOOST_TEST(m.allow == "GET, POST");
  m = find_route(kRoutes, "POST", "/school/s/");
  BOOST_TEST(m.route == nullptr);
  BOOST_TEST(m.allow == "GET");
  m = find_route(kRoutes, "get", "/school/s/");  // methods are case-sensitive
  BOOST_TEST(m.route == nullptr);
  BOOST_TEST(m.allow == "GET");
}

BOOST_AUTO_TEST_CASE(head_uses_the_get_route) {
  RouteMatch m = find_route(kRoutes, "HEAD", "/school/s/");
  BOOST_TEST(m.route == &kRoutes[0]);
  m = find_route(kRoutes, "HEAD", "/school/s/edit");
  BOOST_TEST(m.route == &kRoutes[1]);
}

BOOST_AUTO_TEST_CASE(role_allows_every_role_and_account_kind) {
  Account school = account("school"), center = account("school", true), dept = account("department"),
          insurer = account("insurer"), admin = account("admin");
  // Columns: school, center school, department, insurer, admin, anonymous.
  const std::array<const Account*, 6> who = {&school, &center, &dept, &insurer, &admin, nullptr};
  const char* names[] = {"school", "center", "department", "insurer", "admin", "anonymous"};
  struct Expect {
    Role role;
    const char* name;
    std::array<bool, 6> allowed;
  };
  const Expect table[] = {
      {Role::Public, "Public", {true, true, true, true, true, true}},
      {Role::School, "School", {true, true, false, false, false, false}},
      {Role::Center, "Center", {false, true, false, false, false, false}},
      {Role::Department, "Department", {false, false, true, false, false, false}},
      {Role::Insurer, "Insurer", {false, false, false, true, false, false}},
      {Role::Admin, "Admin", {false, false, false, false, true, false}},
      {Role::SignedIn, "SignedIn", {true, true, true, true, true, false}},
  };
  for (const Expect& e : table)
    for (size_t i = 0; i < who.size(); ++i)
      BOOST_TEST(role_allows(e.role, who[i]) == e.allowed[i], "Role::" << e.name << " × " << names[i]);
}

BOOST_AUTO_TEST_CASE(unknown_account_kind_gets_no_kind_role) {
  Account odd = account("visitor");
  BOOST_TEST(!role_allows(Role::School, &odd));
  BOOST_TEST(!role_allows(Role::Admin, &odd));
  BOOST_TEST(role_allows(Role::Public, &odd));
}

BOOST_AUTO_TEST_CASE(home_for_each_kind) {
  BOOST_TEST(home_for(account("school")) == "/school/s/");
  BOOST_TEST(home_for(account("school", true)) == "/school/s/");
  BOOST_TEST(home_for(account("department")) == "/school/dept/");
  BOOST_TEST(home_for(account("insurer")) == "/school/insurer/");
  BOOST_TEST(home_for(account("admin")) == "/school/admin/");
  BOOST_TEST(home_for(account("")) == "/school/");
}

BOOST_AUTO_TEST_SUITE_END()
