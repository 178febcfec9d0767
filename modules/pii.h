// pii.h - protection of personal data at rest (SECURITY.md "Personal data"): ID numbers are
// stored encrypted with AES-256-GCM and looked up through a keyed HMAC. Both keys are derived
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
// The plain text of a pii_encrypt() blob; throws std::runtime_error when the blob is short,
// of an unknown version, or was changed (tag mismatch).
std::string pii_decrypt(const Config&, std::string_view blob);
