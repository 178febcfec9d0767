// pii_seal.h - the operator tasks over stored personal data (manage pii-seal, pii-rekey):
// sealing the plain mobiles that SQL alone could not encrypt (migration 0013, sql/demo.sql,
// rows written by an older release) and re-encrypting everything under a new key.
#pragma once
#include <cstdint>
#include <string>

struct Config;
class Db;

// Rows changed per column, for the operator's report.
struct PiiSealCounts {
  int64_t accounts = 0, schools = 0, sms_messages = 0, roster_rows = 0;
};

// Encrypts every mobile still stored in the clear (accounts.mobile, schools.contact_mobile,
// sms_messages.mobile whose *_enc is NULL and whose value is not already masked): writes
// *_enc and *_hmac and overwrites the plain column with the masked copy, in one transaction.
// Running it again changes nothing.
PiiSealCounts pii_seal_all(Db& db, const Config& config);

// Re-encrypts every sealed value (mobiles and roster ID numbers) and recomputes every HMAC
// under config.secret, reading values that were written under old_secret (a value that
// already opens under the new secret is left alone, so a broken run can be repeated). Also
// drops what is keyed by the old HMAC and short-lived (the SMS codes, per-phone send
// limits). One transaction; throws on a value that opens under neither secret.
PiiSealCounts pii_rekey_all(Db& db, const Config& config, const std::string& old_secret);
