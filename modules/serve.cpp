// serve.cpp - request flow, CGI/FastCGI modes and the pre-fork master (see serve.h).
#include "serve.h"

#include <fcgiapp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <fstream>
#include <string_view>
#include <vector>

#include "audit.h"
#include "config.h"
#include "context.h"
#include "csrf.h"
#include "db.h"
#include "http_error.h"
#include "log.h"
#include "page.h"
#include "password.h"
#include "replica.h"

extern char** environ;

namespace {

volatile sig_atomic_t g_stop = 0;
void on_stop(int) { g_stop = 1; }

void install_stop_handler() {
  struct sigaction sa {};
  sa.sa_handler = on_stop;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocked accept() returns so the loop can end
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

void add_security_headers(Response& res) {
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                 "form-action 'self'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "same-origin");
  bool has_cache = false, has_type = false;
  for (const auto& h : res.headers) {
    has_cache |= h.first == "Cache-Control";
    has_type |= h.first == "Content-Type";
  }
  if (!has_cache) res.set_header("Cache-Control", "no-store");
  if (!has_type) res.set_header("Content-Type", "text/html; charset=utf-8");
}

// Replaces res with a status page; falls back to plain text if the templates fail.
void error_response(Response& res, const Config& config, int status, std::string_view message,
                    std::string_view home) {
  res = Response{};
  res.status = status;
  try {
    res.body = render_error_page(config, status, message, home);
  } catch (const std::exception& e) {
    log_line("error", std::string("error page failed: ") + e.what());
    res.body = std::string(status_heading(status)) + "\n";
    res.set_header("Content-Type", "text/plain; charset=utf-8");
  }
}

// The route's work, from session loading on; exceptions propagate to handle_request.
void dispatch(const Area& area, const Config& config, Db& db, const Request& req, const Route& route,
              Response& res, Session& session) {
  session = session_load(db, config, req);
  Ctx ctx{config, db, req, res, session, area, 0, {}};
  if (session.account && route.role != Role::Pending && route.role != Role::Public && route.role != Role::Gateway) {
    std::string gate = account_gate(*session.account, config);
    if (!gate.empty()) {
      res.redirect(gate, false);
      return;
    }
  }
  if (!role_allows(route.role, session.account ? &*session.account : nullptr)) {
    if (!session.account) {
      res.redirect(area.login_url, false);
      return;
    }
    audit(ctx, "access_denied", "route", req.path, "role");
    throw HttpError(403, "您的账号无权访问此页面。");
  }
  // Every POST is checked; the one exemption is the gateway callback, which its handler
  // authenticates by signature (Role::Gateway, declared in the route table).
  if (req.method == "POST" && route.role != Role::Gateway) csrf_check(config, req, session);
  route.handler(ctx);
}

}  // namespace

Response handle_request(const Area& area, const Config& config, Db& db, char** envp, Request::Reader read) {
  Response res;
  Session session;
  std::string route_name = "?";
  bool head = false, post = false;
  try {
    RequestLimits limits;
    limits.body_bytes = config.body_bytes;
    Request req = Request::parse(envp, std::move(read), limits);
    head = req.method == "HEAD";
    post = req.method == "POST";
    route_name = req.method + " " + req.path;
    RouteMatch m = find_route(area.routes, req.method, req.path);
    if (!m.route && !m.allow.empty()) {
      error_response(res, config, 405, "此页面不支持该请求方式。", area.home);
      res.set_header("Allow", m.allow);
    } else if (!m.route) {
      error_response(res, config, 404, "您访问的页面不存在，请检查地址或从导航进入。", area.home);
    } else {
      dispatch(area, config, db, req, *m.route, res, session);
    }
  } catch (const HttpError& e) {
    std::string home = session.account ? home_for(*session.account) : std::string(area.home);
    error_response(res, config, e.status(), e.what(), home);
  } catch (const DbUnavailable& e) {
    log_line("error", route_name + ": " + e.what());
    error_response(res, config, 503, "系统繁忙，请稍后再试。", "/school/");
    res.set_header("Retry-After", "5");
  } catch (const std::exception& e) {
    log_line("error", route_name + ": " + e.what());
    error_response(res, config, 500, "系统出现错误，请稍后再试。如持续出现，请联系管理中心。", "/school/");
  }
  if (!session.sid.empty()) session_write_cookie(config, session, res);
  if (post) replica_note_write(config, db, res);  // read-after-write: this browser reads the primary
  add_security_headers(res);
  if (head) res.body.clear();
  return res;
}

namespace {

int run_cgi(const Area& area, const Config& config) {
  Db db(config);
  Response res = handle_request(area, config, db, environ, [](char* buf, size_t n) { return fread(buf, 1, n, stdin); });
  std::string out = res.serialize();
  fwrite(out.data(), 1, out.size(), stdout);
  return fflush(stdout) == 0 ? 0 : 1;
}

int run_worker(const Area& area, const Config& config, int fd) {
  Db db(config);
  FCGX_Request req;
  FCGX_InitRequest(&req, fd, FCGI_FAIL_ACCEPT_ON_INTR);
  while (!g_stop) {
    if (FCGX_Accept_r(&req) < 0) {
      if (g_stop || errno == EINTR) continue;
      log_line("error", "FCGX_Accept_r failed");
      return 1;
    }
    FCGX_Stream* in = req.in;
    Response res = handle_request(area, config, db, req.envp, [in](char* buf, size_t n) {
      int got = FCGX_GetStr(buf, static_cast<int>(n), in);
      return got > 0 ? static_cast<size_t>(got) : size_t{0};
    });
    std::string out = res.serialize();
    FCGX_PutStr(out.data(), static_cast<int>(out.size()), req.out);
    FCGX_Finish_r(&req);
  }
  return 0;
}

pid_t spawn_worker(const Area& area, const Config& config, int fd) {
  pid_t pid = fork();
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    _exit(run_worker(area, config, fd));
  }
  if (pid < 0) log_line("error", "fork failed");
  return pid;
}

double now_seconds() {
  struct timespec ts {};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

int run_master(const Area& area, const Config& config, int fd, int workers, const std::string& socket_path,
               const std::string& pidfile) {
  if (!pidfile.empty()) std::ofstream(pidfile) << getpid() << "\n";
  log_line("info", "master started with " + std::to_string(workers) + " workers");
  std::vector<pid_t> kids(workers, 0);
  std::vector<double> started(workers, 0);
  while (!g_stop) {
    for (int i = 0; i < workers && !g_stop; ++i) {
      if (kids[i] > 0) continue;
      if (now_seconds() - started[i] < 1.0) usleep(500 * 1000);  // a worker that dies at once: slow down
      started[i] = now_seconds();
      kids[i] = spawn_worker(area, config, fd);
    }
    int status = 0;
    pid_t pid = waitpid(-1, &status, 0);
    if (pid <= 0) continue;  // EINTR (SIGTERM) or no children
    for (int i = 0; i < workers; ++i)
      if (kids[i] == pid) {
        kids[i] = 0;
        if (!g_stop) log_line("warn", "worker " + std::to_string(pid) + " ended (status " + std::to_string(status) + "), restarting");
      }
  }
  for (pid_t k : kids)
    if (k > 0) kill(k, SIGTERM);
  double deadline = now_seconds() + 10;
  for (;;) {
    bool alive = false;
    for (pid_t& k : kids) {
      if (k <= 0) continue;
      if (waitpid(k, nullptr, WNOHANG) == k) k = 0;
      else alive = true;
    }
    if (!alive) break;
    if (now_seconds() > deadline) {
      for (pid_t k : kids)
        if (k > 0) kill(k, SIGKILL);
      for (pid_t k : kids)
        if (k > 0) waitpid(k, nullptr, 0);
      break;
    }
    usleep(50 * 1000);
  }
  if (!socket_path.empty()) unlink(socket_path.c_str());
  if (!pidfile.empty()) unlink(pidfile.c_str());
  log_line("info", "master stopped");
  return 0;
}

int open_socket(const std::string& path) {
  struct stat st {};
  if (lstat(path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) unlink(path.c_str());
  int fd = FCGX_OpenSocket(path.c_str(), 128);
  if (fd < 0) return -1;
  chmod(path.c_str(), 0666);
  return fd;
}

void usage(const char* name) {
  fprintf(stderr, "usage: %s [--socket PATH] [--workers N] [--pidfile FILE] | --routes\n"
                  "  without --socket: one CGI request, or FastCGI on fd 0 if it is a socket\n"
                  "  --routes: print the route table (METHOD PATH ROLE, one a line) and exit\n"
                  "  configuration file: $HNEDU_CONF\n", name);
}

const char* role_name(Role role) {
  switch (role) {
    case Role::Public: return "public";
    case Role::School: return "school";
    case Role::Center: return "center";
    case Role::Department: return "department";
    case Role::Insurer: return "insurer";
    case Role::Admin: return "admin";
    case Role::SignedIn: return "signed-in";
    case Role::Pending: return "pending";
    case Role::Gateway: return "gateway";
  }
  return "?";
}

// --routes: the area's route table as the executable holds it (t/t1000-access-matrix.sh
// compares it with t/access/policy.tsv). Needs no configuration.
int print_routes(const Area& area) {
  for (const Route& r : area.routes) printf("%s %s %s\n", r.method, r.path, role_name(r.role));
  return fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

int serve(const Area& area, int argc, char** argv) {
  log_set_area(area.name);
  if (argc == 2 && std::string_view(argv[1]) == "--routes") return print_routes(area);
  std::string socket_path, pidfile;
  int workers = 0;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--socket" && has_value) socket_path = argv[++i];
    else if (a == "--pidfile" && has_value) pidfile = argv[++i];
    else if (a == "--workers" && has_value) {
      std::string_view v = argv[++i];
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), workers);
      if (ec != std::errc() || end != v.data() + v.size() || workers < 1 || workers > 256) {
        usage(argv[0]);
        return 2;
      }
    } else {
      usage(argv[0]);
      return 2;
    }
  }
  std::optional<Config> config;
  try {
    config = Config::from_env();
  } catch (const std::exception& e) {
    log_line("error", e.what());
    if (socket_path.empty() && FCGX_IsCGI()) fputs("Status: 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\n系统配置错误。\n", stdout);
    return 1;
  }
  templates_init(*config);
  if (!password_slots_init(config->lock_dir, config->hash_slots))
    log_line("error", "password hashing is not capped: cannot create lock files in " + config->lock_dir);
  install_stop_handler();
  if (FCGX_Init() != 0) {
    log_line("error", "FCGX_Init failed");
    return 1;
  }
  if (!socket_path.empty()) {
    int fd = open_socket(socket_path);
    if (fd < 0) {
      log_line("error", "cannot listen on " + socket_path);
      return 1;
    }
    return run_master(area, *config, fd, workers > 0 ? workers : 1, socket_path, pidfile);
  }
  if (FCGX_IsCGI()) return run_cgi(area, *config);
  if (workers > 1) return run_master(area, *config, 0, workers, "", pidfile);
  return run_worker(area, *config, 0);
}
