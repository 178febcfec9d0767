// department.fcgi - /school/dept/ : city and county education departments.
#include "department/home.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/dept/", Role::Department, department_home},
    // account pages:
};

int main(int argc, char** argv) {
  return serve({"department", "/school/dept/", "/school/", routes}, argc, argv);
}
