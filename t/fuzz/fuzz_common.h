// fuzz_common.h - what the libFuzzer targets of t/fuzz share: a per-process scratch file on
// tmpfs for the readers that take a path, a UTF-8 validity check for output invariants, and
// FUZZ_CHECK, which aborts (a crash libFuzzer records) when an invariant of the code under
// test does not hold. Header-only; each target is its own executable (t/fuzz/check.sh).
#pragma once
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#define FUZZ_CHECK(cond)                                                                       \
  do {                                                                                         \
    if (!(cond)) {                                                                             \
      std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                            \
    }                                                                                          \
  } while (0)

// A scratch path private to this process: /dev/shm when present (no disk writes), else /tmp.
inline std::string fuzz_scratch(std::string_view tag) {
  const char* dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  return std::string(dir) + "/hnedu-fuzz-" + std::string(tag) + "-" + std::to_string(getpid());
}

// Replaces the file at path with data; aborts when it cannot (the harness is broken then).
inline void fuzz_write_file(const std::string& path, const uint8_t* data, size_t size) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  FUZZ_CHECK(fd >= 0);
  size_t off = 0;
  while (off < size) {
    ssize_t n = write(fd, data + off, size - off);
    FUZZ_CHECK(n > 0);
    off += static_cast<size_t>(n);
  }
  close(fd);
}

// Well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
inline bool fuzz_valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if (cc < (k == 1 ? lo : 0x80) || cc > (k == 1 ? hi : 0xBF)) return false;
    }
    i += len;
  }
  return true;
}
