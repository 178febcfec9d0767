// uploads.fcgi - /school/files/ : file downloads (scope-checked, sent by nginx) and, with
// later issues, multipart uploads.
#include "serve.h"
#include "uploads/download.h"

static const Route routes[] = {
    {"GET", "/school/files/download", Role::SignedIn, uploads_download},
    // registration upload:
};

int main(int argc, char** argv) {
  return serve({"uploads", "/school/files/", "/school/", routes}, argc, argv);
}
