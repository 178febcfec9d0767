// sheet_sandbox.cpp - sheet_read in a child process (see sheet.h). The child sets
// RLIMIT_AS 256 MB, RLIMIT_CPU 20 s (hard 21 s) and no core files, reads with sheet_read and
// writes each row to a pipe as a length-prefixed frame; the parent hands the rows to the
// callback as they come. Frames (host byte order, both ends are the same program):
//   'R' u64 row_number, u32 cells, then per cell u8 numeric, u32 length, bytes
//   'E' u32 length, message    (the child's SheetError; ends the stream)
//   'D'                        (done; ends the stream)
// The parent trusts nothing in them: sizes are checked against the limits. A child killed
// by a signal (a limit) → SheetError kSheetTooComplex. The child is always reaped (also when
// the callback throws: it is killed first), so no zombie is left.
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <string>
#include <vector>

#include "log.h"
#include "sheet_internal.h"

namespace {

constexpr rlim_t kMemoryBytes = rlim_t{256} << 20;
constexpr rlim_t kCpuSeconds = 20;
constexpr int kSilenceMs = 60 * 1000;  // no frame byte for this long: the child is stuck
constexpr size_t kMaxMessage = 4096;
constexpr size_t kFlushAt = 64 << 10;
constexpr int kPipeBytes = 1 << 20;  // the default /proc/sys/fs/pipe-max-size
const char* const kUnreadable = "无法读取该文件，请检查文件后重新上传";

// --- child side --------------------------------------------------------------------------

class FrameWriter {
 public:
  explicit FrameWriter(int fd) : fd_(fd) { buf_.reserve(kFlushAt * 2); }
  void row(size_t number, const SheetRow& cells) {
    buf_ += 'R';
    put<uint64_t>(number);
    put<uint32_t>(static_cast<uint32_t>(cells.size()));
    for (const auto& c : cells) {
      buf_ += static_cast<char>(c.numeric ? 1 : 0);
      put<uint32_t>(static_cast<uint32_t>(c.text.size()));
      buf_ += c.text;
    }
    if (buf_.size() >= kFlushAt) flush();
  }
  void error(std::string_view message) {
    message = message.substr(0, kMaxMessage);
    buf_ += 'E';
    put<uint32_t>(static_cast<uint32_t>(message.size()));
    buf_ += message;
    flush();
  }
  void done() {
    buf_ += 'D';
    flush();
  }
  void flush() {
    size_t off = 0;
    while (off < buf_.size()) {
      ssize_t n = write(fd_, buf_.data() + off, buf_.size() - off);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) _exit(3);  // the parent is gone or stopped listening
      off += static_cast<size_t>(n);
    }
    buf_.clear();
  }

 private:
  template <class T>
  void put(T v) {
    buf_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  int fd_;
  std::string buf_;
};

[[noreturn]] void run_child(int fd, const std::string& path, const SheetLimits& limits) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGINT, SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
  sigset_t none;  // the forking thread may block signals (RosterIntake's reader); RLIMIT_CPU's must arrive
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  struct rlimit core {0, 0};
  setrlimit(RLIMIT_CORE, &core);
  struct rlimit cpu {kCpuSeconds, kCpuSeconds + 1};
  setrlimit(RLIMIT_CPU, &cpu);
#if !defined(__SANITIZE_ADDRESS__)
  struct rlimit as {kMemoryBytes, kMemoryBytes};
  setrlimit(RLIMIT_AS, &as);
#endif
  FrameWriter out(fd);
  try {
    sheet_read(path, limits, [&](size_t number, const SheetRow& cells) { out.row(number, cells); });
    out.done();
  } catch (const SheetError& e) {
    out.error(e.what());
  } catch (const std::bad_alloc&) {
    out.error(kSheetTooComplex);
  } catch (...) {
    out.error(kUnreadable);
  }
  _exit(0);  // no destructors or atexit handlers of the parent's state
}

// --- parent side -------------------------------------------------------------------------

// The child process and the read end of its pipe; kills (if still running) and reaps it.
class Child {
 public:
  Child(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  ~Child() {
    if (fd_ >= 0) close(fd_);
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      reap();
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  int fd() const { return fd_; }
  // Waits for the child to end (closing the pipe first) and returns its wait status.
  int wait() {
    close(fd_);
    fd_ = -1;
    return reap();
  }

 private:
  int reap() {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    return status;
  }
  pid_t pid_;
  int fd_;
};

class FrameReader {
 public:
  explicit FrameReader(int fd) : fd_(fd), buf_(64 << 10) {}
  // Reads exactly n bytes; false at a clean end of stream before the first of them.
  bool get(void* out, size_t n) {
    char* dst = static_cast<char*>(out);
    size_t got = 0;
    while (got < n) {
      if (pos_ == end_ && !fill()) {
        if (got == 0) return false;
        throw Cut{};
      }
      size_t k = std::min(n - got, end_ - pos_);
      std::memcpy(dst + got, buf_.data() + pos_, k);
      pos_ += k, got += k;
    }
    return true;
  }
  // The stream ended inside a frame (the child died while writing).
  struct Cut {};
  template <class T>
  T value() {
    T v{};
    if (!get(&v, sizeof v)) throw Cut{};
    return v;
  }
  void text(std::string& out, size_t n) {
    out.resize(n);
    if (n > 0 && !get(out.data(), n)) throw Cut{};
  }

 private:
  bool fill() {
    for (;;) {
      struct pollfd p {fd_, POLLIN, 0};
      int r = poll(&p, 1, kSilenceMs);
      if (r < 0 && errno == EINTR) continue;
      if (r == 0) throw SheetError(kSheetTooComplex);  // the child hangs: killed by ~Child
      ssize_t n = read(fd_, buf_.data(), buf_.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      pos_ = 0, end_ = static_cast<size_t>(n);
      return true;
    }
  }
  int fd_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
};

}  // namespace

void sheet_read_sandboxed(const std::string& path, const SheetLimits& limits, const SheetEach& each) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) throw SheetError("服务器暂时无法读取文件，请稍后重试");
  // Room for about 10,000 rows, so the child keeps reading while the caller waits on the
  // database with a batch (RosterIntake); the default 64 kB would stop it after ~600 rows.
  // Best effort: a smaller pipe only costs overlap.
  fcntl(fds[0], F_SETPIPE_SZ, kPipeBytes);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    log_line("error", "sheet sandbox: fork failed");
    throw SheetError("服务器暂时无法读取文件，请稍后重试");
  }
  if (pid == 0) {
    close(fds[0]);
    run_child(fds[1], path, limits);
  }
  close(fds[1]);
  Child child(pid, fds[0]);
  FrameReader in(child.fd());
  SheetRow row;
  std::string message;
  size_t delivered = 0;
  bool done = false, failed = false;
  char tag = 0;
  try {
    while (!done && !failed && in.get(&tag, 1)) {
      if (tag == 'R') {
        auto number = in.value<uint64_t>();
        auto cells = in.value<uint32_t>();
        if (cells > limits.max_columns || ++delivered > limits.max_rows) throw SheetError(kUnreadable);
        row.resize(cells);
        for (auto& c : row) {
          c.numeric = in.value<uint8_t>() != 0;
          auto len = in.value<uint32_t>();
          if (len > limits.max_cell_bytes) throw SheetError(kUnreadable);
          in.text(c.text, len);
        }
        each(static_cast<size_t>(number), row);
      } else if (tag == 'E') {
        auto len = in.value<uint32_t>();
        if (len > kMaxMessage) throw SheetError(kUnreadable);
        in.text(message, len);
        failed = true;
      } else if (tag == 'D') {
        done = true;
      } else {
        throw SheetError(kUnreadable);
      }
    }
  } catch (const FrameReader::Cut&) {
    // the child's end status tells why
  }
  if (failed) throw SheetError(message);  // ~Child ends and reaps the child
  if (done) return;
  int status = child.wait();  // the stream ended without an answer: how did the child end?
  if (WIFSIGNALED(status)) {
    log_line("warn", "sheet sandbox: reader killed by signal " + std::to_string(WTERMSIG(status)));
    throw SheetError(kSheetTooComplex);
  }
  log_line("warn", "sheet sandbox: reader ended without an answer, status " + std::to_string(status));
  throw SheetError(kUnreadable);
}
