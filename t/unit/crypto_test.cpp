// t/unit/crypto_test.cpp - the OpenSSL primitives (modules/crypto): known-answer digests,
// hex coding, constant-time comparison and the random source.
#include <boost/test/unit_test.hpp>

#include "crypto.h"

BOOST_AUTO_TEST_SUITE(crypto)

BOOST_AUTO_TEST_CASE(sha256_of_abc_is_the_known_digest) {
  std::string d = sha256("abc");
  BOOST_TEST(d.size() == 32u);
  BOOST_TEST(to_hex(d) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  BOOST_TEST(to_hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

BOOST_AUTO_TEST_CASE(hmac_sha256_matches_rfc4231_case_2) {
  std::string mac = hmac_sha256("Jefe", "what do ya want for nothing?");
  BOOST_TEST(mac.size() == 32u);
  BOOST_TEST(to_hex(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

BOOST_AUTO_TEST_CASE(hex_round_trip_and_case) {
  std::string raw("\x00\x01\x7f\x80\xab\xff", 6);
  BOOST_TEST(to_hex(raw) == "00017f80abff");
  std::string back;
  BOOST_TEST_REQUIRE(from_hex(to_hex(raw), back));
  BOOST_TEST(back == raw);
  BOOST_TEST_REQUIRE(from_hex("00017F80ABFF", back));
  BOOST_TEST(back == raw);
  BOOST_TEST_REQUIRE(from_hex("", back));
  BOOST_TEST(back.empty());
}

BOOST_AUTO_TEST_CASE(from_hex_rejects_odd_length_and_bad_digits) {
  std::string out;
  BOOST_TEST(!from_hex("abc", out));
  BOOST_TEST(!from_hex("0g", out));
  BOOST_TEST(!from_hex("g0", out));
  BOOST_TEST(!from_hex("12 4", out));
  BOOST_TEST(!from_hex("-1", out));
  BOOST_TEST(!from_hex("０１", out));  // full-width digits
}

BOOST_AUTO_TEST_CASE(equal_ct_compares_content_and_length) {
  BOOST_TEST(equal_ct("", ""));
  BOOST_TEST(equal_ct("abc", "abc"));
  BOOST_TEST(!equal_ct("abc", "abd"));
  BOOST_TEST(!equal_ct("abc", "ab"));
  BOOST_TEST(!equal_ct("ab", "abc"));
  BOOST_TEST(equal_ct(std::string("a\0b", 3), std::string("a\0b", 3)));
  BOOST_TEST(!equal_ct(std::string("a\0b", 3), std::string("a\0c", 3)));
}

BOOST_AUTO_TEST_CASE(random_bytes_have_the_length_and_differ) {
  BOOST_TEST(random_bytes(0).empty());
  BOOST_TEST(random_bytes(1).size() == 1u);
  std::string a = random_bytes(32), b = random_bytes(32);
  BOOST_TEST(a.size() == 32u);
  BOOST_TEST(b.size() == 32u);
  BOOST_TEST(a != b);
  BOOST_TEST(a != std::string(32, '\0'));
}

BOOST_AUTO_TEST_SUITE_END()
