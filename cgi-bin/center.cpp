// center.fcgi - /school/center/ : a center school's work for its subordinate schools.
#include "center/home.h"
#include "announcements.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/center/", Role::Center, center_home},
    {"GET", "/school/center/announcements", Role::Center, area_announcements},
    {"GET", "/school/center/announcement", Role::Center, area_announcement},
};

int main(int argc, char** argv) {
  return serve({"center", "/school/center/", "/school/", routes}, argc, argv);
}
