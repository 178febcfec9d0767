// department.fcgi - /school/dept/ : city and county education departments.
#include "department/home.h"
#include "department/schools.h"
#include "department/uncovered.h"
#include "department/uncovered_remind.h"
#include "department/centers.h"
#include "department/school_settings.h"
#include "account/change_mobile.h"
#include "account/change_password.h"
#include "account/overview.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/dept/", Role::Department, department_home},
    // 学校数据 and 未投保学校:
    {"GET", "/school/dept/schools", Role::Department, department_schools},
    {"GET", "/school/dept/schools/export", Role::Department, department_schools_export},
    {"GET", "/school/dept/uncovered", Role::Department, department_uncovered},
    {"POST", "/school/dept/uncovered/remind", Role::Department, department_uncovered_remind},
    {"POST", "/school/dept/uncovered/remind-all", Role::Department, department_uncovered_remind_all},
    // 设置 of one school (linked from 学校数据) and 中心校管理:
    {"GET", "/school/dept/schools/settings", Role::Department, department_school_settings},
    {"POST", "/school/dept/schools/settings/center", Role::Department, department_school_center},
    {"POST", "/school/dept/schools/settings/join", Role::Department, department_school_join},
    {"POST", "/school/dept/schools/settings/leave", Role::Department, department_school_leave},
    {"POST", "/school/dept/schools/settings/password", Role::Department, department_school_password},
    {"POST", "/school/dept/schools/settings/mobile", Role::Department, department_school_mobile},
    {"POST", "/school/dept/schools/settings/cancel", Role::Department, department_school_cancel},
    {"GET", "/school/dept/centers", Role::Department, department_centers},
    {"GET", "/school/dept/center", Role::Department, department_center},
    {"POST", "/school/dept/center/move", Role::Department, department_center_move},
    {"POST", "/school/dept/center/remove", Role::Department, department_center_remove},
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
