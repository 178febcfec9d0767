// serve.h - the only request loop. serve() runs an area's executable in one of three modes:
//   X.fcgi                       one plain CGI request (FCGX_IsCGI), or FastCGI on fd 0
//                                when that is a socket (systemd socket activation);
//   X.fcgi --workers N           pre-fork master on the fd-0 socket;
//   X.fcgi --socket P --workers N [--pidfile F]
//                                pre-fork master that opens unix socket P itself.
//   X.fcgi --routes              prints the route table ("METHOD PATH ROLE" a line) and exits.
// The master restarts a worker that dies and, on SIGTERM, lets workers finish their request,
// removes its socket and pid file and exits 0.
// Every request follows one flow: parse → route (404/405) → session → role (login redirect /
// 403) → CSRF on every POST → handler → security headers. HttpError becomes a status page;
// an unreachable database a 503; any other exception is logged and answered with a plain 500.
#pragma once
#include <string>

#include "http.h"
#include "route.h"

class Db;
struct Config;

int serve(const Area& area, int argc, char** argv);

// One request through the whole flow (exposed for unit tests and the CGI mode).
Response handle_request(const Area& area, const Config& config, Db& db, char** envp, Request::Reader read);
