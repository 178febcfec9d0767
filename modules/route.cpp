// route.cpp - exact-path route lookup and the role rules (see route.h).
#include "route.h"

#include "config.h"
#include "session.h"

RouteMatch find_route(std::span<const Route> routes, std::string_view method, std::string_view path) {
  RouteMatch m;
  std::string_view want = method == "HEAD" ? std::string_view("GET") : method;
  for (const Route& r : routes) {
    if (path != r.path) continue;
    if (want == r.method) {
      m.route = &r;
      m.allow.clear();
      return m;
    }
    if (!m.allow.empty()) m.allow += ", ";
    m.allow += r.method;
  }
  return m;
}

bool role_allows(Role role, const Account* a) {
  switch (role) {
    case Role::Public: return true;
    case Role::Gateway: return true;
    case Role::Pending: return a != nullptr;
    case Role::SignedIn: return a != nullptr;
    case Role::School: return a && a->kind == "school";
    case Role::Center: return a && a->kind == "school" && a->is_center;
    case Role::Department: return a && a->kind == "department";
    case Role::Insurer: return a && a->kind == "insurer";
    case Role::Admin: return a && a->kind == "admin";
  }
  return false;
}

std::string account_gate(const Account& a, const Config& config) {
  if (a.needs_second_factor(config) && !a.mfa_passed) return "/school/verify";
  if (a.must_change_password || a.password_expired) return "/school/password";
  return "";
}

std::string home_for(const Account& a) {
  if (a.kind == "school") return "/school/s/";
  if (a.kind == "department") return "/school/dept/";
  if (a.kind == "insurer") return "/school/insurer/";
  if (a.kind == "admin") return "/school/admin/";
  return "/school/";
}
