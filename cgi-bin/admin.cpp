// admin.fcgi - /school/admin/ : the provincial center (管理中心), with its own login page.
#include "admin/home.h"
#include "admin/login.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/admin/login", Role::Public, admin_login_page},
    {"POST", "/school/admin/login", Role::Public, admin_login},
    {"GET", "/school/admin/", Role::Admin, admin_home},
    // admin console: registrations, accounts, companies, SMS log, change applications:
    // account pages:
};

int main(int argc, char** argv) {
  return serve({"admin", "/school/admin/", "/school/admin/login", routes}, argc, argv);
}
