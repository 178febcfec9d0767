// t/unit/password_test.cpp - Argon2id password hashes (modules/password).
#include <boost/test/unit_test.hpp>

#include "password.h"

BOOST_AUTO_TEST_SUITE(password)

BOOST_AUTO_TEST_CASE(hash_then_verify_round_trip) {
  std::string phc = password_hash("正确的密码 Abc123!");
  BOOST_TEST(password_verify(phc, "正确的密码 Abc123!"));
}

BOOST_AUTO_TEST_CASE(wrong_password_is_refused) {
  std::string phc = password_hash("Abc123456");
  BOOST_TEST(!password_verify(phc, "Abc12345"));
  BOOST_TEST(!password_verify(phc, "abc123456"));
  BOOST_TEST(!password_verify(phc, ""));
  BOOST_TEST(!password_verify(phc, std::string("Abc123456\0", 10)));
}

BOOST_AUTO_TEST_CASE(hash_is_a_phc_string_with_todays_parameters) {
  std::string phc = password_hash("x");
  const std::string prefix = "$argon2id$v=19$m=19456,t=2,p=1$";
  BOOST_TEST(phc.compare(0, prefix.size(), prefix) == 0, phc);
  std::string rest = phc.substr(prefix.size());
  size_t dollar = rest.find('$');
  BOOST_TEST_REQUIRE(dollar != std::string::npos, phc);
  BOOST_TEST(dollar == 22u, phc);                     // 16-byte salt, unpadded base64
  BOOST_TEST(rest.size() - dollar - 1 == 43u, phc);   // 32-byte hash, unpadded base64
  BOOST_TEST(phc.find('\0') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(two_hashes_of_one_password_differ) {
  std::string a = password_hash("same"), b = password_hash("same");
  BOOST_TEST(a != b);
  BOOST_TEST(password_verify(a, "same"));
  BOOST_TEST(password_verify(b, "same"));
}

BOOST_AUTO_TEST_CASE(malformed_strings_verify_false) {
  std::string good = password_hash("pw");
  for (std::string bad : {std::string(), std::string("garbage"), std::string("$argon2id$"),
                          std::string("$argon2id$v=19$m=19456,t=2,p=1$"), std::string("$argon2id$v=19$m=19456,t=2,p=1$!!!!$!!!!"),
                          good.substr(0, good.size() - 5), good.substr(0, good.rfind('$')),
                          "$argon2i$" + good.substr(10), "$argon2d$" + good.substr(10),
                          good + "$extra", std::string("$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA")})
    BOOST_TEST(!password_verify(bad, "pw"), bad);
}

BOOST_AUTO_TEST_CASE(needs_rehash_for_weak_or_garbage_hashes) {
  BOOST_TEST(password_needs_rehash(
      "$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI"));
  BOOST_TEST(password_needs_rehash(
      "$argon2id$v=19$m=19456,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI"));
  BOOST_TEST(password_needs_rehash("garbage"));
  BOOST_TEST(password_needs_rehash(""));
  BOOST_TEST(password_needs_rehash("$2y$10$abcdefghijklmnopqrstuv"));  // bcrypt
}

BOOST_AUTO_TEST_CASE(fresh_hash_needs_no_rehash) { BOOST_TEST(!password_needs_rehash(password_hash("pw"))); }

BOOST_AUTO_TEST_SUITE_END()
