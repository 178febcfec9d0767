// school.fcgi - /school/s/ : a school's own pages.
#include "school/home.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/s/", Role::School, school_home},
    // account pages:
};

int main(int argc, char** argv) {
  return serve({"school", "/school/s/", "/school/", routes}, argc, argv);
}
