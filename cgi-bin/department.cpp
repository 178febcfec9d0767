// department.fcgi - /school/dept/ : city and county education departments.
#include "department/claims.h"
#include "department/home.h"
#include "department/statistics_export.h"
#include "department/statistics_form.h"
#include "department/statistics_page.h"
#include "department/statistics_versions.h"
#include "account/change_mobile.h"
#include "account/change_password.h"
#include "account/overview.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/dept/", Role::Department, department_home},
    // 数据提交 (statistics form):
    {"GET", "/school/dept/statistics-form", Role::Department, department_statistics_form},
    {"POST", "/school/dept/statistics-form", Role::Department, department_statistics_form_submit},
    {"GET", "/school/dept/statistics-form/versions", Role::Department, department_statistics_versions},
    {"GET", "/school/dept/statistics-form/version", Role::Department, department_statistics_version},
    {"GET", "/school/dept/statistics-form/export", Role::Department, department_statistics_export},
    // 数据统计:
    {"GET", "/school/dept/statistics", Role::Department, department_statistics},
    {"GET", "/school/dept/statistics/export", Role::Department, department_statistics_export_xlsx},
    // 未决案件 / 理赔案件 of the region:
    {"GET", "/school/dept/claims-pending", Role::Department, department_claims_pending},
    {"GET", "/school/dept/claims-pending/export", Role::Department, department_claims_pending_export},
    {"GET", "/school/dept/claims-settled", Role::Department, department_claims_settled},
    {"GET", "/school/dept/claims-settled/export", Role::Department, department_claims_settled_export},
    {"GET", "/school/dept/claim", Role::Department, department_claim},
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
