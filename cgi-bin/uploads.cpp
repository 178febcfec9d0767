// uploads.fcgi - /school/files/ : file downloads (scope-checked, sent by nginx) and multipart
// uploads (streamed, modules/multipart.h; the csrf field comes first in every upload form).
#include "serve.h"
#include "uploads/download.h"
#include "uploads/register.h"

static const Route routes[] = {
    {"GET", "/school/files/download", Role::SignedIn, uploads_download},
    // registration upload:
    {"POST", "/school/files/register", Role::Public, uploads_register},
};

int main(int argc, char** argv) {
  return serve({"uploads", "/school/files/", "/school/", routes}, argc, argv);
}
