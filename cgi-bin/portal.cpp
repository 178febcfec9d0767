// portal.fcgi - /school/ : the public entrance (login, logout, health check).
#include "portal/healthz.h"
#include "portal/login.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/", Role::Public, portal_login_page},
    {"POST", "/school/login", Role::Public, portal_login},
    {"POST", "/school/logout", Role::Public, portal_logout},
    {"GET", "/school/healthz", Role::Public, portal_healthz},
    // registration, captcha, recovery, SMS codes:
    // second factor, password change:
    // SMS gateway callback:
};

int main(int argc, char** argv) {
  return serve({"portal", "/school/", "/school/", routes}, argc, argv);
}
