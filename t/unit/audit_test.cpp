// t/unit/audit_test.cpp - the audit chain's HMAC (modules/audit.h): known answers computed
// independently (Python hmac) pin the canonical encoding, so a change of it cannot pass
// unnoticed; NULL and "" differ; each field and the link to the row before count.
#include <boost/test/unit_test.hpp>

#include "audit.h"
#include "crypto.h"

namespace {

const std::string kSecret = "0123456789abcdef0123456789abcdef";

AuditRowFields first_row() {
  AuditRowFields r;
  r.seq = 1;
  r.at = "2026-11-29 09:00:00.123456";
  r.account_id = "42";
  r.account_kind = "school";
  r.action = "login";
  r.object_type = "account";
  r.object_id = "42";
  r.ip = "127.0.0.1";
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_chain)

BOOST_AUTO_TEST_CASE(audit_row_hmac_known_answers) {
  std::string zero(32, '\0');
  std::string m1 = audit_row_hmac(kSecret, zero, first_row());
  BOOST_TEST(to_hex(m1) == "9c934767e067634b24366153d1115dc355152a1b95f79bbe97a6722c5945009c");
  AuditRowFields r2;
  r2.seq = 2;
  r2.at = "2026-11-29 09:00:01.000000";
  r2.action = "login_failed";
  r2.object_type = "account";
  r2.ip = "10.0.0.1";
  r2.detail = "login=张三";
  BOOST_TEST(to_hex(audit_row_hmac(kSecret, m1, r2)) == "45ec080dc3172aad57cf2945b79c1cdae63582276e527462680430386e07c065");
}

BOOST_AUTO_TEST_CASE(audit_row_hmac_covers_every_field_the_link_and_the_key) {
  std::string zero(32, '\0');
  const std::string base = audit_row_hmac(kSecret, zero, first_row());
  AuditRowFields r = first_row();
  r.detail = "";  // empty, not NULL
  BOOST_TEST(to_hex(audit_row_hmac(kSecret, zero, r)) == "b6968ff2f1dd496a0406b44eb90c48cea3709423e031386af142157ca95ad6c9");
  auto differs = [&](auto change) {
    AuditRowFields x = first_row();
    change(x);
    return audit_row_hmac(kSecret, zero, x) != base;
  };
  BOOST_TEST(differs([](AuditRowFields& x) { x.seq = 2; }));
  BOOST_TEST(differs([](AuditRowFields& x) { x.at = "2026-11-29 09:00:00.123457"; }));
  BOOST_TEST(differs([](AuditRowFields& x) { x.account_id = "43"; }));
  BOOST_TEST(differs([](AuditRowFields& x) { x.account_kind = std::nullopt; }));
  BOOST_TEST(differs([](AuditRowFields& x) { x.acting_school_id = "3"; }));
  BOOST_TEST(differs([](AuditRowFields& x) { x.action = "logout"; }));
  BOOST_TEST(differs([](AuditRowFields& x) { x.object_type = "school"; }));
  BOOST_TEST(differs([](AuditRowFields& x) { x.object_id = "4"; }));
  BOOST_TEST(differs([](AuditRowFields& x) { x.ip = "127.0.0.2"; }));
  // fields run into each other only with the length prefix missing: "ab"+"c" vs "a"+"bc"
  BOOST_TEST(differs([](AuditRowFields& x) { x.object_type = "accoun"; x.object_id = "t42"; }));
  BOOST_TEST(audit_row_hmac(kSecret, std::string(31, '\0') + "\1", first_row()) != base);
  BOOST_TEST(audit_row_hmac(std::string(32, 'x'), zero, first_row()) != base);
}

BOOST_AUTO_TEST_SUITE_END()
