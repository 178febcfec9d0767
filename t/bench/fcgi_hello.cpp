// t/bench/fcgi_hello.cpp - the FastCGI ceiling of this machine for t/bench/http.sh: the least a
// FastCGI page can cost (PERFORMANCE.md's "libfcgi hello, 2 processes behind the same nginx").
// Listens on a unix socket, forks N worker processes that each accept requests one at a time
// and answer a short fixed HTML page; no database, no templates. Runs until SIGTERM.
//
//   fcgi_hello --socket PATH [--workers N]
#include <fcgiapp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

const char kPage[] =
    "Status: 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>hello</title></head>"
    "<body><p>hello</p></body></html>\n";

void serve(int fd) {
  FCGX_Request req;
  FCGX_InitRequest(&req, fd, 0);
  while (FCGX_Accept_r(&req) >= 0) {
    FCGX_PutStr(kPage, sizeof kPage - 1, req.out);
    FCGX_Finish_r(&req);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string socket;
  int workers = 2;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--socket")) socket = argv[i + 1];
    else if (!std::strcmp(argv[i], "--workers")) workers = static_cast<int>(std::strtol(argv[i + 1], nullptr, 10));
  }
  if (socket.empty() || workers < 1) {
    std::fprintf(stderr, "usage: fcgi_hello --socket PATH [--workers N]\n");
    return 2;
  }
  if (FCGX_Init() != 0) return 1;
  unlink(socket.c_str());
  int fd = FCGX_OpenSocket(socket.c_str(), 1024);
  if (fd < 0) {
    std::perror("fcgi_hello: socket");
    return 1;
  }
  std::vector<pid_t> children;
  for (int i = 0; i < workers; ++i) {
    pid_t pid = fork();
    if (pid == 0) {
      serve(fd);
      _exit(0);
    }
    children.push_back(pid);
  }
  std::signal(SIGTERM, [](int) {});
  pause();
  for (pid_t pid : children) kill(pid, SIGTERM);
  for (pid_t pid : children) waitpid(pid, nullptr, 0);
  unlink(socket.c_str());
  return 0;
}
