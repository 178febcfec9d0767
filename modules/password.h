// password.h - password hashing with Argon2id (libargon2), PHC string format.
// Parameters: m = 19 MiB, t = 2, p = 1, 16-byte salt, 32-byte hash (SECURITY.md "Accounts").
// Concurrency cap: once password_slots_init() has run (serve() calls it at start-up), every
// hash or verification holds one of N slots, shared by all processes through flock() on the
// files <lock_dir>/hnedu-hash.<i>.lock; when all are busy it throws HttpError(503) at once
// (after at most ~250 ms), so a flood of logins cannot starve the site of CPU and memory.
// Without the init call (the manage CLI, unit tests) hashing is not capped.
#pragma once
#include <string>
#include <string_view>

// Enables the cap: slots concurrent hashes (0 = the number of online cores; negative turns the
// cap off again) coordinated by lock files in lock_dir. Returns false (and leaves hashing
// uncapped) when the lock files cannot be created there; the caller logs it.
bool password_slots_init(const std::string& lock_dir, int slots);
// The number of slots in force (0 = uncapped).
int password_slots();

// RAII: holds one hashing slot for its lifetime. Throws HttpError(503, "系统繁忙…") when every
// slot stays busy. A no-op when the cap is not enabled. Not copyable.
class HashSlot {
 public:
  HashSlot();
  ~HashSlot();
  HashSlot(const HashSlot&) = delete;
  HashSlot& operator=(const HashSlot&) = delete;

 private:
  int fd_ = -1;
};

// A new PHC string ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash") for the password.
std::string password_hash(std::string_view password);
// True when password matches the PHC string; false for any malformed string. Constant time
// in the comparison (libargon2).
bool password_verify(std::string_view phc, std::string_view password);
// Burns the same time as a real verification; used for unknown accounts so timing does not
// reveal which login names exist.
void password_verify_dummy(std::string_view password);
// True when the stored hash uses weaker parameters than today's (rehash at next login).
bool password_needs_rehash(std::string_view phc);
