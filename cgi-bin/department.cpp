// department.fcgi - /school/dept/ : city and county education departments.
#include "department/centers.h"
#include "department/claims.h"
#include "department/home.h"
#include "department/school_settings.h"
#include "department/schools.h"
#include "department/statistics_export.h"
#include "department/statistics_form.h"
#include "department/statistics_page.h"
#include "department/statistics_versions.h"
#include "department/uncovered.h"
#include "department/uncovered_remind.h"
#include "account/change_mobile.h"
#include "account/change_password.h"
#include "account/overview.h"
#include "announcements.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/dept/", Role::Department, department_home},
    // 公告 (announcements.h):
    {"GET", "/school/dept/announcements", Role::Department, area_announcements},
    {"GET", "/school/dept/announcement", Role::Department, area_announcement},
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
