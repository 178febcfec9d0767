// password.cpp - Argon2id hashing and verification, and the cross-process cap on concurrent
// hashing (see password.h).
#include "password.h"

#include <argon2.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <stdexcept>

#include "crypto.h"
#include "http_error.h"

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19456;
constexpr uint32_t kParallelism = 1;
constexpr size_t kSaltLen = 16;
constexpr size_t kHashLen = 32;

// Busy slots are retried this many times, kRetryMicros apart, before the 503 (~250 ms: a
// hash takes 30-100 ms, so a short burst queues briefly while a flood is refused at once).
constexpr int kSlotRounds = 11;
constexpr useconds_t kRetryMicros = 25 * 1000;

struct SlotConfig {
  std::string dir;
  int count = 0;  // 0 = uncapped
};

SlotConfig& slot_config() {
  static SlotConfig config;
  return config;
}

std::string slot_path(const std::string& dir, int i) { return dir + "/hnedu-hash." + std::to_string(i) + ".lock"; }

// A fresh open file description per acquisition: flock() locks belong to it, so two opens
// (in one process or two) exclude each other, and nothing leaks across fork().
int open_slot(const std::string& dir, int i) {
  return open(slot_path(dir, i).c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
}

std::string hash_unlimited(std::string_view password) {
  std::string salt = random_bytes(kSaltLen);
  size_t len = argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, kSaltLen, kHashLen, Argon2_id);
  std::string encoded(len, '\0');
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, password.data(), password.size(),
                                 salt.data(), salt.size(), kHashLen, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("argon2: ") + argon2_error_message(rc));
  encoded.resize(encoded.find('\0'));
  return encoded;
}

bool verify_unlimited(std::string_view phc, std::string_view password) {
  std::string z(phc);  // argon2 wants a NUL-terminated string
  return argon2id_verify(z.c_str(), password.data(), password.size()) == ARGON2_OK;
}

}  // namespace

bool password_slots_init(const std::string& lock_dir, int slots) {
  SlotConfig& config = slot_config();
  config = SlotConfig{};
  if (slots < 0) return true;
  int n = slots > 0 ? slots : static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
  if (n < 1) n = 1;
  for (int i = 0; i < n; ++i) {
    int fd = open_slot(lock_dir, i);
    if (fd < 0) return false;
    close(fd);
  }
  config.dir = lock_dir;
  config.count = n;
  return true;
}

int password_slots() { return slot_config().count; }

HashSlot::HashSlot() {
  const SlotConfig& config = slot_config();
  if (config.count == 0) return;
  int start = static_cast<int>(getpid() % config.count);  // spread processes over the slots
  for (int round = 0; round < kSlotRounds; ++round) {
    if (round > 0) usleep(kRetryMicros);
    for (int k = 0; k < config.count; ++k) {
      int i = (start + k) % config.count;
      int fd = open_slot(config.dir, i);
      if (fd < 0) throw std::runtime_error("cannot open " + slot_path(config.dir, i));
      if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
        fd_ = fd;
        return;
      }
      close(fd);
    }
  }
  throw HttpError(503, "系统繁忙，请稍后再试。");
}

HashSlot::~HashSlot() {
  if (fd_ >= 0) close(fd_);  // closing the description releases the lock
}

std::string password_hash(std::string_view password) {
  HashSlot slot;
  return hash_unlimited(password);
}

bool password_verify(std::string_view phc, std::string_view password) {
  if (phc.substr(0, 10) != "$argon2id$") return false;
  HashSlot slot;
  return verify_unlimited(phc, password);
}

void password_verify_dummy(std::string_view password) {
  HashSlot slot;
  static const std::string dummy = hash_unlimited(to_hex(random_bytes(12)));
  (void)verify_unlimited(dummy, password);
}

bool password_needs_rehash(std::string_view phc) {
  unsigned m = 0, t = 0, p = 0;
  std::string z(phc);
  if (sscanf(z.c_str(), "$argon2id$v=19$m=%u,t=%u,p=%u$", &m, &t, &p) != 3) return true;
  return m < kMemoryKiB || t < kTimeCost;
}
