// pii_seal.cpp - sealing plain mobiles and re-keying stored personal data (see pii_seal.h).
#include "pii_seal.h"

#include <stdexcept>

#include "config.h"
#include "db.h"
#include "pii.h"

namespace {

// The statements of one mobile column set (the masked/plain column, its _enc and _hmac), as
// literals: k = the row id, v = the plain value, e = the encrypted one.
struct MobileColumns {
  const char* table;
  const char* plain_rows;  // rows still plain: k, v
  const char* seal;        // masked, enc, hmac, k
  const char* sealed_rows; // rows with a value: k, e
  const char* rekey;       // enc, hmac, k
};

const MobileColumns kMobiles[] = {
    {"accounts",
     "SELECT id AS k, mobile AS v FROM accounts WHERE mobile_enc IS NULL AND mobile <> '' AND mobile NOT LIKE '%*%'"
     " FOR UPDATE",
     "UPDATE accounts SET mobile = ?, mobile_enc = ?, mobile_hmac = ? WHERE id = ?",
     "SELECT id AS k, mobile_enc AS e FROM accounts WHERE mobile_enc IS NOT NULL FOR UPDATE",
     "UPDATE accounts SET mobile_enc = ?, mobile_hmac = ? WHERE id = ?"},
    {"schools",
     "SELECT id AS k, contact_mobile AS v FROM schools WHERE contact_mobile_enc IS NULL AND contact_mobile <> ''"
     " AND contact_mobile NOT LIKE '%*%' FOR UPDATE",
     "UPDATE schools SET contact_mobile = ?, contact_mobile_enc = ?, contact_mobile_hmac = ? WHERE id = ?",
     "SELECT id AS k, contact_mobile_enc AS e FROM schools WHERE contact_mobile_enc IS NOT NULL FOR UPDATE",
     "UPDATE schools SET contact_mobile_enc = ?, contact_mobile_hmac = ? WHERE id = ?"},
    {"sms_messages",
     "SELECT id AS k, mobile AS v FROM sms_messages WHERE mobile_enc IS NULL AND mobile <> ''"
     " AND mobile NOT LIKE '%*%' FOR UPDATE",
     "UPDATE sms_messages SET mobile = ?, mobile_enc = ?, mobile_hmac = ? WHERE id = ?",
     "SELECT id AS k, mobile_enc AS e FROM sms_messages WHERE mobile_enc IS NOT NULL FOR UPDATE",
     "UPDATE sms_messages SET mobile_enc = ?, mobile_hmac = ? WHERE id = ?"},
};

int64_t& count_of(PiiSealCounts& c, const std::string& table) {
  if (table == "accounts") return c.accounts;
  if (table == "schools") return c.schools;
  return c.sms_messages;
}

int64_t seal_table(Db& db, const Config& config, const MobileColumns& m) {
  Rows rows = db.query(m.plain_rows);
  for (const Row& r : rows) {
    SealedMobile s = pii_seal_mobile(config, r.str("v"));
    db.exec(m.seal, {s.masked, s.enc, s.hmac, r.i64("k")});
  }
  return static_cast<int64_t>(rows.size());
}

// The plain text of blob: under the new secret if it opens so (already re-keyed), else
// under the old one; the flag tells which.
std::string open_either(const Config& fresh, const Config& old, const std::string& blob, bool& was_old) {
  try {
    was_old = false;
    return pii_decrypt(fresh, blob);
  } catch (const std::runtime_error&) {
    was_old = true;
    return pii_decrypt(old, blob);  // throws when neither key opens it
  }
}

}  // namespace

PiiSealCounts pii_seal_all(Db& db, const Config& config) {
  PiiSealCounts c;
  db.transaction([&] {
    c = {};
    for (const MobileColumns& m : kMobiles) count_of(c, m.table) = seal_table(db, config, m);
  });
  return c;
}

PiiSealCounts pii_rekey_all(Db& db, const Config& config, const std::string& old_secret) {
  if (old_secret.empty() || old_secret == config.secret)
    throw std::runtime_error("the old secret must differ from the new one");
  Config old = config;
  old.secret = old_secret;
  PiiSealCounts c;
  db.transaction([&] {
    c = {};
    for (const MobileColumns& m : kMobiles) {
      for (const Row& r : db.query(m.sealed_rows)) {
        bool was_old = false;
        std::string mobile = open_either(config, old, r.str("e"), was_old);
        if (!was_old) continue;
        db.exec(m.rekey, {pii_encrypt(config, mobile), pii_mobile_hmac(config, mobile), r.i64("k")});
        ++count_of(c, m.table);
      }
    }
    Rows ids = db.query(
        "SELECT enrollment_id, row_no, id_type, id_enc FROM roster_rows WHERE id_enc IS NOT NULL FOR UPDATE");
    for (const Row& r : ids) {
      bool was_old = false;
      std::string number = open_either(config, old, r.str("id_enc"), was_old);
      if (!was_old) continue;
      db.exec("UPDATE roster_rows SET id_enc = ?, id_hmac = ? WHERE enrollment_id = ? AND row_no = ?",
              {pii_encrypt(config, number), pii_hmac(config, r.str("id_type"), number), r.i64("enrollment_id"),
               r.i64("row_no")});
      ++c.roster_rows;
    }
    db.exec("DELETE FROM sms_codes");
    db.exec("DELETE FROM auth_throttle WHERE throttle_key LIKE 'sms:mobile:%'"
            " OR throttle_key LIKE 'login:fail:name:%:mobile:%'");
  });
  return c;
}
