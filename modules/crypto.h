// crypto.h - the small set of primitives the application uses, all from OpenSSL:
// random bytes, SHA-256, HMAC-SHA256, hex, constant-time comparison.
#pragma once
#include <string>
#include <string_view>

// n bytes from the OpenSSL CSPRNG; throws std::runtime_error if it fails.
std::string random_bytes(size_t n);
// Raw 32-byte digest.
std::string sha256(std::string_view data);
// Raw 32-byte HMAC-SHA256 of data under key.
std::string hmac_sha256(std::string_view key, std::string_view data);
// Lower-case hex of raw bytes.
std::string to_hex(std::string_view raw);
// Decodes hex (either case); returns false (and leaves out unspecified) on odd length or bad digit.
bool from_hex(std::string_view hex, std::string& out);
// True when a and b are equal; time depends only on the lengths.
bool equal_ct(std::string_view a, std::string_view b);

// SHA-256 of data that arrives in pieces (uploads are hashed while they stream to disk).
class Sha256Stream {
 public:
  Sha256Stream();
  ~Sha256Stream();
  Sha256Stream(const Sha256Stream&) = delete;
  Sha256Stream& operator=(const Sha256Stream&) = delete;
  void update(std::string_view data);
  // Raw 32-byte digest of everything given to update(); call once.
  std::string finish();

 private:
  void* ctx_;  // EVP_MD_CTX
};
