// insurer.fcgi - /school/insurer/ : insurance companies (province, city and county accounts).
#include "insurer/home.h"
#include "serve.h"

static const Route routes[] = {
    {"GET", "/school/insurer/", Role::Insurer, insurer_home},
    // account pages:
};

int main(int argc, char** argv) {
  return serve({"insurer", "/school/insurer/", "/school/", routes}, argc, argv);
}
