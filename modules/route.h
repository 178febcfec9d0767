// route.h - what an area can do: a table of exact paths, each with its method, the role it
// needs and its handler. cgi-bin/<area>.cpp declares the table; serve() consults it.
#pragma once
#include <span>
#include <string>
#include <string_view>

struct Ctx;
struct Account;
struct Config;

enum class Role {
  Public,      // anyone, signed in or not
  School,      // a school account (center schools included)
  Center,      // a school account whose school is a 中心校
  Department,  // a city or county education department
  Insurer,     // an insurance company account (province, city or county)
  Admin,       // the provincial center
  SignedIn,    // any signed-in account (file downloads check scope themselves)
  Pending,     // any signed-in account, even one that still owes the second factor or a
               // password change (the pages that settle those, and nothing else)
  Gateway,     // the SMS gateway's delivery callback: no session, no CSRF token; the
               // handler itself must verify the request signature (the one exemption)
};

using Handler = void (*)(Ctx&);

struct Route {
  const char* method;  // "GET" or "POST" (HEAD is answered by the GET route)
  const char* path;    // exact, e.g. "/school/s/"
  Role role;
  Handler handler;
};

struct Area {
  const char* name;       // "school": log name and CSS class
  const char* home;       // area start page, e.g. "/school/s/"
  const char* login_url;  // where anonymous visitors of non-public routes are sent
  std::span<const Route> routes;
};

struct RouteMatch {
  const Route* route = nullptr;  // null when not found
  std::string allow;             // for 405: the methods the path does accept ("GET, POST")
};

// Looks up method + path. No route and empty allow = 404; no route and non-empty allow = 405.
RouteMatch find_route(std::span<const Route> routes, std::string_view method, std::string_view path);
// True when the signed-in account (or nullptr for anonymous) may use a route of this role.
// Apart from Pending, an account must be settled (see account_gate) first.
bool role_allows(Role role, const Account* account);
// Where an account that owes something must go first: "/school/verify" (second factor),
// "/school/password" (initial, reset or expired password), or "" when it is settled.
std::string account_gate(const Account& account, const Config& config);
// The start page of the area an account belongs to ("/school/dept/" for a department).
std::string home_for(const Account& account);
