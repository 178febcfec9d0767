// school.fcgi - /school/s/ : a school's own pages.
#include "school/home.h"
#include "school/enroll.h"
#include "school/enroll_modify.h"
#include "school/policies.h"
#include "school/claims.h"
#include "school/enroll_extra.h"
#include "school/enroll_manage.h"
#include "account/change_mobile.h"
#include "account/change_password.h"
#include "school/account.h"
#include "school/account_basic.h"
#include "school/account_change.h"
#include "announcements.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/s/", Role::School, school_home},
    // 公告 (announcements.h):
    {"GET", "/school/s/announcements", Role::School, area_announcements},
    {"GET", "/school/s/announcement", Role::School, area_announcement},
    // account pages:
    {"GET", "/school/s/account", Role::School, school_account},
    {"GET", "/school/s/account/basic", Role::School, school_account_basic_page},
    {"POST", "/school/s/account/basic", Role::School, school_account_basic},
    {"GET", "/school/s/account/change-name", Role::School, school_account_change_name_page},
    {"POST", "/school/s/account/change-name", Role::School, school_account_change_name},
    {"GET", "/school/s/account/change-region", Role::School, school_account_change_region_page},
    {"POST", "/school/s/account/change-region", Role::School, school_account_change_region},
    {"GET", "/school/s/account/mobile", Role::School, account_mobile_page},
    {"POST", "/school/s/account/mobile", Role::School, account_mobile},
    {"POST", "/school/s/account/mobile/code", Role::School, account_mobile_code},
    {"GET", "/school/s/account/password", Role::School, account_password_page},
    {"POST", "/school/s/account/password", Role::School, account_password},
    // enrollment:
    {"GET", "/school/s/enroll", Role::School, school_enroll},
    {"GET", "/school/s/enroll/template", Role::School, school_enroll_template},
    {"GET", "/school/s/enroll/roster", Role::School, school_enroll_roster},
    {"GET", "/school/s/enroll/modify", Role::School, school_enroll_modify},
    // policies:
    {"GET", "/school/s/policies", Role::School, school_policies},
    // 理赔信息 (claims recorded by insurers):
    {"GET", "/school/s/claims", Role::School, school_claims},
    {"GET", "/school/s/enroll/manage", Role::School, school_enroll_manage},
    {"GET", "/school/s/enroll/extra", Role::School, school_enroll_extra},
    {"POST", "/school/s/enroll/extra", Role::School, school_enroll_extra_submit},
};

int main(int argc, char** argv) {
  return serve({"school", "/school/s/", "/school/", routes}, argc, argv);
}
