// pii.cpp - AES-256-GCM encryption and keyed HMAC of personal data (see pii.h), OpenSSL EVP.
#include "pii.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <unistd.h>

#include <memory>
#include <stdexcept>

#include "config.h"
#include "crypto.h"
#include "mask.h"

namespace {

constexpr unsigned char kVersion = 1;
constexpr size_t kNonce = 12, kTag = 16;
constexpr size_t kNonceBuffer = 128;  // nonces fetched from the CSPRNG at once

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* bytes(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

// The derived keys of config.secret and OpenSSL contexts keyed with them, made once per
// thread and secret: a roster of 15,000 rows costs 15,000 encryptions and 30,000 HMACs, and
// OpenSSL 3 spends most of a one-shot call fetching the algorithm and scheduling the key.
struct Keys {
  std::string secret, enc, mac;
  CipherCtx encrypt{nullptr, &EVP_CIPHER_CTX_free};
  CipherCtx decrypt{nullptr, &EVP_CIPHER_CTX_free};
  MacCtx hmac{nullptr, &EVP_MAC_CTX_free};
};

CipherCtx keyed_cipher(const std::string& key, bool encrypt) {
  CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1 ||
      EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, bytes(key), nullptr, encrypt ? 1 : 0) != 1)
    throw std::runtime_error("pii: cipher set-up failed");
  return ctx;
}

MacCtx keyed_hmac(const std::string& key) {
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  if (!mac) throw std::runtime_error("pii: no HMAC");
  MacCtx ctx(EVP_MAC_CTX_new(mac), &EVP_MAC_CTX_free);
  EVP_MAC_free(mac);
  char digest[] = "SHA256";
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
  if (!ctx || EVP_MAC_init(ctx.get(), bytes(key), key.size(), params) != 1)
    throw std::runtime_error("pii: HMAC set-up failed");
  return ctx;
}

Keys& keys(const Config& config) {
  thread_local Keys k;
  if (k.enc.empty() || k.secret != config.secret) {
    if (config.secret.empty()) throw std::runtime_error("pii: no secret configured");
    k.secret = config.secret;
    k.enc = hmac_sha256(config.secret, "pii-enc-v1");
    k.mac = hmac_sha256(config.secret, "pii-hmac-v1");
    k.encrypt = keyed_cipher(k.enc, true);
    k.decrypt = keyed_cipher(k.enc, false);
    k.hmac = keyed_hmac(k.mac);
  }
  return k;
}

// A fresh random nonce. Taken from a buffer filled by the CSPRNG kNonceBuffer nonces at a
// time; the buffer belongs to one process (a forked child never reuses its parent's).
std::string next_nonce() {
  thread_local std::string buffer;
  thread_local size_t used = 0;
  thread_local pid_t owner = 0;
  if (owner != getpid() || used + kNonce > buffer.size()) {
    buffer = random_bytes(kNonce * kNonceBuffer);
    used = 0;
    owner = getpid();
  }
  std::string nonce = buffer.substr(used, kNonce);
  used += kNonce;
  return nonce;
}

}  // namespace

std::string pii_hmac(const Config& config, std::string_view id_type, std::string_view number) {
  Keys& k = keys(config);
  unsigned char md[EVP_MAX_MD_SIZE];
  size_t len = 0;
  const unsigned char zero = 0;
  // EVP_MAC_init without a key starts a new MAC under the key already set.
  if (EVP_MAC_init(k.hmac.get(), nullptr, 0, nullptr) != 1 ||
      EVP_MAC_update(k.hmac.get(), bytes(id_type), id_type.size()) != 1 ||
      EVP_MAC_update(k.hmac.get(), &zero, 1) != 1 ||
      EVP_MAC_update(k.hmac.get(), bytes(number), number.size()) != 1 ||
      EVP_MAC_final(k.hmac.get(), md, &len, sizeof md) != 1)
    throw std::runtime_error("pii: HMAC failed");
  return std::string(reinterpret_cast<char*>(md), len);
}

std::string pii_encrypt(const Config& config, std::string_view plain) {
  return pii_encrypt_with_nonce(config, plain, next_nonce());
}

std::string pii_encrypt_with_nonce(const Config& config, std::string_view plain, std::string_view nonce) {
  if (nonce.size() != kNonce) throw std::runtime_error("pii: nonce must be 12 bytes");
  Keys& k = keys(config);
  std::string out(1 + kNonce + plain.size() + kTag, '\0');
  out[0] = static_cast<char>(kVersion);
  out.replace(1, kNonce, nonce);
  EVP_CIPHER_CTX* ctx = k.encrypt.get();
  int len = 0;
  unsigned char* ct = bytes(out) + 1 + kNonce;
  // Init with only the nonce keeps the key schedule and starts a new message.
  if (EVP_EncryptInit_ex(ctx, nullptr, nullptr, nullptr, bytes(nonce)) != 1 ||
      EVP_EncryptUpdate(ctx, ct, &len, bytes(plain), static_cast<int>(plain.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx, ct + len, &len) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTag, ct + plain.size()) != 1)
    throw std::runtime_error("pii: encryption failed");
  return out;
}

std::string pii_decrypt(const Config& config, std::string_view blob) {
  if (blob.size() < 1 + kNonce + kTag) throw std::runtime_error("pii: ciphertext too short");
  if (static_cast<unsigned char>(blob[0]) != kVersion) throw std::runtime_error("pii: unknown key version");
  Keys& k = keys(config);
  std::string_view nonce = blob.substr(1, kNonce);
  std::string_view ct = blob.substr(1 + kNonce, blob.size() - 1 - kNonce - kTag);
  std::string tag(blob.substr(blob.size() - kTag));
  std::string plain(ct.size(), '\0');
  EVP_CIPHER_CTX* ctx = k.decrypt.get();
  int len = 0;
  if (EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, bytes(nonce)) != 1 ||
      EVP_DecryptUpdate(ctx, bytes(plain), &len, bytes(ct), static_cast<int>(ct.size())) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTag, tag.data()) != 1)
    throw std::runtime_error("pii: decryption failed");
  int final_len = 0;
  if (EVP_DecryptFinal_ex(ctx, bytes(plain) + len, &final_len) != 1)
    throw std::runtime_error("pii: ciphertext was changed (tag mismatch)");
  return plain;
}

std::string pii_mobile_hmac(const Config& config, std::string_view mobile) { return pii_hmac(config, "mobile", mobile); }

std::string pii_mobile_hmac_hex(const Config& config, std::string_view mobile) {
  return to_hex(pii_mobile_hmac(config, mobile));
}

SealedMobile pii_seal_mobile(const Config& config, std::string_view mobile) {
  if (mobile.empty()) return {};
  return {pii_encrypt(config, mobile), pii_mobile_hmac(config, mobile), mask_mobile(mobile)};
}

std::string pii_open_mobile(const Config& config, std::string_view enc) {
  return enc.empty() ? std::string() : pii_decrypt(config, enc);
}
