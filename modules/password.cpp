// password.cpp - Argon2id hashing and verification (see password.h).
#include "password.h"

#include <argon2.h>

#include <stdexcept>

#include "crypto.h"

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19456;
constexpr uint32_t kParallelism = 1;
constexpr size_t kSaltLen = 16;
constexpr size_t kHashLen = 32;
}  // namespace

std::string password_hash(std::string_view password) {
  std::string salt = random_bytes(kSaltLen);
  size_t len = argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, kSaltLen, kHashLen, Argon2_id);
  std::string encoded(len, '\0');
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, password.data(), password.size(),
                                 salt.data(), salt.size(), kHashLen, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("argon2: ") + argon2_error_message(rc));
  encoded.resize(encoded.find('\0'));
  return encoded;
}

bool password_verify(std::string_view phc, std::string_view password) {
  if (phc.substr(0, 10) != "$argon2id$") return false;
  std::string z(phc);  // argon2 wants a NUL-terminated string
  return argon2id_verify(z.c_str(), password.data(), password.size()) == ARGON2_OK;
}

void password_verify_dummy(std::string_view password) {
  static const std::string dummy = password_hash(to_hex(random_bytes(12)));
  (void)password_verify(dummy, password);
}

bool password_needs_rehash(std::string_view phc) {
  unsigned m = 0, t = 0, p = 0;
  std::string z(phc);
  if (sscanf(z.c_str(), "$argon2id$v=19$m=%u,t=%u,p=%u$", &m, &t, &p) != 3) return true;
  return m < kMemoryKiB || t < kTimeCost;
}
