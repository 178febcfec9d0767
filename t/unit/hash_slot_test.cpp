// t/unit/hash_slot_test.cpp - the cap on concurrent password hashing (modules/password:
// HashSlot, password_slots_init): N slots admit N holders, the next one gets a fast 503,
// a released slot is free again, and the slots are shared between processes (flock).
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <optional>

#include "http_error.h"
#include "password.h"
#include "support.h"

namespace {

// A private lock directory; the cap is switched off again when the fixture ends.
struct SlotDir {
  std::string path;
  SlotDir() {
    char tmpl[] = "/tmp/hnedu-slot-test.XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~SlotDir() {
    password_slots_init("", -1);
    std::filesystem::remove_all(path);
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(hash_slot)

BOOST_AUTO_TEST_CASE(uncapped_until_initialised) {
  password_slots_init("", -1);
  BOOST_TEST(password_slots() == 0);
  HashSlot a, b, c, d;  // no limit, no lock files
  BOOST_TEST(password_verify(password_hash("Abc#12345"), "Abc#12345"));
}

BOOST_AUTO_TEST_CASE(two_slots_admit_two_and_refuse_the_third_fast) {
  SlotDir dir;
  BOOST_TEST_REQUIRE(password_slots_init(dir.path, 2));
  BOOST_TEST(password_slots() == 2);
  BOOST_TEST(std::filesystem::exists(dir.path + "/hnedu-hash.0.lock"));
  BOOST_TEST(std::filesystem::exists(dir.path + "/hnedu-hash.1.lock"));
  std::optional<HashSlot> first(std::in_place);
  HashSlot second;
  auto t0 = std::chrono::steady_clock::now();
  BOOST_TEST(http_status_of([] { HashSlot third; }) == 503);
  BOOST_TEST(http_status_of([] { (void)password_hash("Abc#12345"); }) == 503);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  BOOST_TEST(ms < 1000, "two refusals took " << ms << " ms");
  first.reset();  // releasing one slot admits the next holder
  BOOST_TEST(http_status_of([] { HashSlot third; }) == 0);
}

BOOST_AUTO_TEST_CASE(the_503_says_the_system_is_busy) {
  SlotDir dir;
  BOOST_TEST_REQUIRE(password_slots_init(dir.path, 1));
  HashSlot held;
  try {
    HashSlot other;
    BOOST_FAIL("a second slot was granted");
  } catch (const HttpError& e) {
    BOOST_TEST(e.status() == 503);
    BOOST_TEST(std::string(e.what()).find("系统繁忙") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(hashing_and_verifying_work_under_the_cap) {
  SlotDir dir;
  BOOST_TEST_REQUIRE(password_slots_init(dir.path, 1));
  std::string phc = password_hash("Abc#12345");
  BOOST_TEST(password_verify(phc, "Abc#12345"));
  BOOST_TEST(!password_verify(phc, "Abc#12346"));
  password_verify_dummy("whatever");  // takes and releases the slot too
  BOOST_TEST(http_status_of([] { HashSlot again; }) == 0);
}

BOOST_AUTO_TEST_CASE(slots_are_shared_between_processes) {
  SlotDir dir;
  BOOST_TEST_REQUIRE(password_slots_init(dir.path, 1));
  int ready[2], done[2];
  BOOST_TEST_REQUIRE(pipe(ready) == 0);
  BOOST_TEST_REQUIRE(pipe(done) == 0);
  pid_t child = fork();
  BOOST_TEST_REQUIRE(child >= 0);
  if (child == 0) {
    {
      HashSlot mine;
      char c = 'x';
      (void)!write(ready[1], &c, 1);
      (void)!read(done[0], &c, 1);  // hold the slot until the parent has tried
    }
    _exit(0);
  }
  char c = 0;
  BOOST_TEST_REQUIRE(read(ready[0], &c, 1) == 1);
  BOOST_TEST(http_status_of([] { HashSlot mine; }) == 503);
  BOOST_TEST(http_status_of([] { (void)password_verify(password_hash("x"), "x"); }) == 503);
  (void)!write(done[1], &c, 1);
  int status = 0;
  waitpid(child, &status, 0);
  BOOST_TEST(WIFEXITED(status));
  BOOST_TEST(http_status_of([] { HashSlot mine; }) == 0);  // the child's exit freed it
  for (int fd : {ready[0], ready[1], done[0], done[1]}) close(fd);
}

BOOST_AUTO_TEST_CASE(zero_slots_means_the_number_of_cores) {
  SlotDir dir;
  BOOST_TEST_REQUIRE(password_slots_init(dir.path, 0));
  BOOST_TEST(password_slots() == static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN)));
}

BOOST_AUTO_TEST_CASE(an_unusable_lock_dir_leaves_hashing_uncapped) {
  BOOST_TEST(!password_slots_init("/nonexistent/hnedu-no-such-dir", 2));
  BOOST_TEST(password_slots() == 0);
  BOOST_TEST(http_status_of([] { HashSlot a, b, c; }) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
