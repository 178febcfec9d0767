// pii.h - protection of personal data at rest (SECURITY.md "Personal data"): ID numbers and
// mobiles are stored encrypted with AES-256-GCM and looked up through a keyed HMAC. Both keys are derived
// from config.secret (the key file outside the database) with HMAC-SHA256 and a label, so the
// same secret never serves two purposes.
#pragma once
#include <string>
#include <string_view>

struct Config;

// Keyed lookup value of an identity document: HMAC-SHA256(key "pii-hmac-v1", id_type || 0 ||
// number); 32 raw bytes. The same type and number always give the same value under one secret.
std::string pii_hmac(const Config&, std::string_view id_type, std::string_view number);
// AES-256-GCM under key "pii-enc-v1" with a fresh random nonce: version(1) || nonce(12) ||
// ciphertext || tag(16), i.e. 29 bytes more than plain.
std::string pii_encrypt(const Config&, std::string_view plain);
// The same with the caller's 12-byte nonce instead of a random one. Only for generated
// bench data that must be byte-identical per seed (t/bench/province_gen): a nonce must never
// repeat under one secret, so the application itself always uses pii_encrypt.
std::string pii_encrypt_with_nonce(const Config&, std::string_view plain, std::string_view nonce);
// The plain text of a pii_encrypt() blob; throws std::runtime_error when the blob is short,
// of an unknown version, or was changed (tag mismatch).
std::string pii_decrypt(const Config&, std::string_view blob);

// ---- mobiles ---------------------------------------------------------------------------
// A stored mobile is three columns: <col>_enc (pii_encrypt of the 11 digits), <col>_hmac
// (pii_mobile_hmac, for lookups, duplicate checks and send limits) and <col> itself, which
// keeps only the masked copy 138****5678 that lists show. No column holds the plain number.

// Keyed lookup value of a mobile: pii_hmac(config, "mobile", mobile); 32 raw bytes.
std::string pii_mobile_hmac(const Config&, std::string_view mobile);
// The same value as 64 lowercase hex digits (for text keys such as auth_throttle's).
std::string pii_mobile_hmac_hex(const Config&, std::string_view mobile);

// The three stored values of one mobile; all empty for an empty mobile.
struct SealedMobile {
  std::string enc, hmac, masked;
};
SealedMobile pii_seal_mobile(const Config&, std::string_view mobile);
// The plain mobile of a <col>_enc value; "" for an empty value (NULL column). Throws like
// pii_decrypt for a damaged value.
std::string pii_open_mobile(const Config&, std::string_view enc);
