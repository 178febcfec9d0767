// insurer.fcgi - /school/insurer/ : insurance companies (province, city and county accounts).
#include "insurer/home.h"
#include "insurer/policy.h"
#include "insurer/policy_bulk.h"
#include "account/change_mobile.h"
#include "account/change_password.h"
#include "account/overview.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/insurer/", Role::Insurer, insurer_home},
    // policies (保单上传):
    {"GET", "/school/insurer/policy", Role::Insurer, insurer_policy},
    {"GET", "/school/insurer/policies/import", Role::Insurer, insurer_policy_import},
    {"GET", "/school/insurer/policies/import/template", Role::Insurer, insurer_policy_import_template},
    {"GET", "/school/insurer/policies/import/report", Role::Insurer, insurer_policy_import_report},
    // account pages:
    {"GET", "/school/insurer/account", Role::Insurer, account_overview},
    {"GET", "/school/insurer/account/mobile", Role::Insurer, account_mobile_page},
    {"POST", "/school/insurer/account/mobile", Role::Insurer, account_mobile},
    {"POST", "/school/insurer/account/mobile/code", Role::Insurer, account_mobile_code},
    {"GET", "/school/insurer/account/password", Role::Insurer, account_password_page},
    {"POST", "/school/insurer/account/password", Role::Insurer, account_password},
};

int main(int argc, char** argv) {
  return serve({"insurer", "/school/insurer/", "/school/", routes}, argc, argv);
}
