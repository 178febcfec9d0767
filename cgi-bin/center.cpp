// center.fcgi - /school/center/ : a center school's work for its subordinate schools.
#include "announcements.h"
#include "center/home.h"
#include "center/register.h"
#include "center/school.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/center/", Role::Center, center_home},
    {"GET", "/school/center/register", Role::Center, center_register_page},
    {"GET", "/school/center/school", Role::Center, center_school_page},
    {"POST", "/school/center/school/mobile", Role::Center, center_school_mobile},
    {"POST", "/school/center/school/cancel", Role::Center, center_school_cancel},
    {"GET", "/school/center/announcements", Role::Center, area_announcements},
    {"GET", "/school/center/announcement", Role::Center, area_announcement},
};

int main(int argc, char** argv) {
  return serve({"center", "/school/center/", "/school/", routes}, argc, argv);
}
