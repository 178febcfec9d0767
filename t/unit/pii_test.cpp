// t/unit/pii_test.cpp - AES-256-GCM and keyed HMAC of personal data (modules/pii): round
// trip, tampering, fresh nonces (and a caller's nonce for bench data), stable and key-dependent HMAC, the mobile helpers. No
// database needed.
#include <boost/test/unit_test.hpp>

#include <set>
#include <stdexcept>

#include "config.h"
#include "crypto.h"
#include "pii.h"

namespace {

Config with_secret(const std::string& s) {
  Config c;
  c.secret = s;
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pii)

BOOST_AUTO_TEST_CASE(encrypt_decrypt_round_trip) {
  Config c = with_secret(std::string(32, '\x11'));
  for (std::string plain : {std::string("410105201001011233"), std::string("H12345678"), std::string(),
                            std::string("\0\x01\xff", 3), std::string(30, 'Z')}) {
    std::string blob = pii_encrypt(c, plain);
    BOOST_TEST(blob.size() == plain.size() + 29);
    BOOST_TEST(blob[0] == '\x01');  // key version
    BOOST_TEST(pii_decrypt(c, blob) == plain);
    if (!plain.empty()) BOOST_TEST(blob.find(plain) == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(blob_fits_the_column) {
  Config c = with_secret("k");
  BOOST_TEST(pii_encrypt(c, std::string(30, '9')).size() <= 96u);  // id_enc VARBINARY(96)
}

BOOST_AUTO_TEST_CASE(tampering_throws) {
  Config c = with_secret(std::string(32, '\x22'));
  std::string blob = pii_encrypt(c, "410105201001011233");
  for (size_t i = 0; i < blob.size(); ++i) {
    std::string bad = blob;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    BOOST_CHECK_THROW(pii_decrypt(c, bad), std::runtime_error);
  }
  BOOST_CHECK_THROW(pii_decrypt(c, blob.substr(0, 28)), std::runtime_error);  // too short
  BOOST_CHECK_THROW(pii_decrypt(c, blob.substr(0, blob.size() - 1)), std::runtime_error);
  BOOST_CHECK_THROW(pii_decrypt(c, blob + "x"), std::runtime_error);
  // Another key cannot read it.
  BOOST_CHECK_THROW(pii_decrypt(with_secret(std::string(32, '\x23')), blob), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(every_encryption_uses_a_fresh_nonce) {
  Config c = with_secret("secret");
  std::set<std::string> blobs, nonces;
  for (int i = 0; i < 50; ++i) {
    std::string b = pii_encrypt(c, "410105201001011233");
    blobs.insert(b);
    nonces.insert(b.substr(1, 12));
  }
  BOOST_TEST(blobs.size() == 50u);
  BOOST_TEST(nonces.size() == 50u);
}

BOOST_AUTO_TEST_CASE(a_given_nonce_gives_the_same_blob_that_opens) {
  Config c = with_secret("secret");
  std::string nonce(12, '\x07');
  std::string a = pii_encrypt_with_nonce(c, "410105201001011233", nonce);
  BOOST_TEST(a == pii_encrypt_with_nonce(c, "410105201001011233", nonce));
  BOOST_TEST(a.substr(1, 12) == nonce);
  BOOST_TEST(pii_decrypt(c, a) == "410105201001011233");
  BOOST_TEST(a != pii_encrypt_with_nonce(c, "410105201001011233", std::string(12, '\x08')));
  BOOST_CHECK_THROW(pii_encrypt_with_nonce(c, "x", "short"), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(hmac_is_stable_and_key_dependent) {
  Config a = with_secret("secret-a"), b = with_secret("secret-b");
  std::string h1 = pii_hmac(a, "居民身份证", "410105201001011233");
  BOOST_TEST(h1.size() == 32u);
  BOOST_TEST(pii_hmac(a, "居民身份证", "410105201001011233") == h1);
  BOOST_TEST(pii_hmac(b, "居民身份证", "410105201001011233") != h1);
  BOOST_TEST(pii_hmac(a, "居民身份证", "410105201001011241") != h1);
  BOOST_TEST(pii_hmac(a, "护照", "410105201001011233") != h1);  // the type is part of it
  // The separator keeps type and number apart: ("ab", "c") differs from ("a", "bc").
  BOOST_TEST(pii_hmac(a, "ab", "c") != pii_hmac(a, "a", "bc"));
  // Back to the first key after using another (the derived keys are cached per secret).
  BOOST_TEST(pii_hmac(a, "居民身份证", "410105201001011233") == h1);
}

BOOST_AUTO_TEST_CASE(keys_are_derived_per_purpose) {
  Config a = with_secret("secret-a");
  std::string input = std::string("居民身份证") + '\0' + "410105201001011233";
  // Not the HMAC under the secret itself, but under HMAC(secret, "pii-hmac-v1").
  BOOST_TEST(pii_hmac(a, "居民身份证", "410105201001011233") != hmac_sha256("secret-a", input));
  BOOST_TEST(pii_hmac(a, "居民身份证", "410105201001011233") ==
             hmac_sha256(hmac_sha256("secret-a", "pii-hmac-v1"), input));
  BOOST_CHECK_THROW(pii_encrypt(with_secret(""), "x"), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(mobiles_sealed_opened_and_looked_up) {
  Config c = with_secret(std::string(32, '\x22'));
  SealedMobile m = pii_seal_mobile(c, "13812345678");
  BOOST_TEST(m.masked == "138****5678");
  BOOST_TEST(m.enc.size() <= 64u);  // *_enc VARBINARY(64)
  BOOST_TEST(m.enc.find("13812345678") == std::string::npos);
  BOOST_TEST(pii_open_mobile(c, m.enc) == "13812345678");
  BOOST_TEST(m.hmac == pii_mobile_hmac(c, "13812345678"));
  BOOST_TEST(m.hmac.size() == 32u);
  BOOST_TEST(pii_mobile_hmac_hex(c, "13812345678") == to_hex(m.hmac));
  BOOST_TEST(pii_mobile_hmac(c, "13812345679") != m.hmac);
  // A mobile and an ID number of the same digits never share a lookup value.
  BOOST_TEST(pii_mobile_hmac(c, "13812345678") != pii_hmac(c, "居民身份证", "13812345678"));
  SealedMobile none = pii_seal_mobile(c, "");
  BOOST_TEST((none.enc.empty() && none.hmac.empty() && none.masked.empty()));
  BOOST_TEST(pii_open_mobile(c, "").empty());
  BOOST_CHECK_THROW(pii_open_mobile(with_secret(std::string(32, '\x23')), m.enc), std::runtime_error);
}

BOOST_AUTO_TEST_SUITE_END()
