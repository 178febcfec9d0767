// department.fcgi - /school/dept/ : city and county education departments.
#include "department/home.h"
#include "account/change_mobile.h"
#include "account/change_password.h"
#include "account/overview.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/dept/", Role::Department, department_home},
    // account pages:
    {"GET", "/school/dept/account", Role::Department, account_overview},
    {"GET", "/school/dept/account/mobile", Role::Department, account_mobile_page},
    {"POST", "/school/dept/account/mobile", Role::Department, account_mobile},
    {"POST", "/school/dept/account/mobile/code", Role::Department, account_mobile_code},
    {"GET", "/school/dept/account/password", Role::Department, account_password_page},
    {"POST", "/school/dept/account/password", Role::Department, account_password},
};

int main(int argc, char** argv) {
  return serve({"department", "/school/dept/", "/school/", routes}, argc, argv);
}
