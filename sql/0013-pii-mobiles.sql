-- 0013-pii-mobiles: mobiles encrypted at rest (issue #8, SECURITY.md "Personal data"), like the
-- ID numbers of roster_rows. A stored mobile becomes three columns:
--   <col>_enc    AES-256-GCM of the 11 digits (modules/pii.h: key version(1) || nonce(12) ||
--                ciphertext || tag(16)); decrypted only to send an SMS or for an audited reveal
--   <col>_hmac   HMAC-SHA256(key, "mobile" || 0 || digits): lookups (sign-in by mobile, 忘记密码,
--                duplicate checks), the SMS code rows and the per-phone send limits
--   <col>        keeps only the masked copy 138****5678 that lists show
-- Migrations are SQL only and the key is outside the database, so existing plain values are
-- converted by `cgi-bin/manage pii-seal`, which conf/stack.sh runs right after the migrations
-- (installs run it once after upgrading, before starting the workers): it encrypts every row
-- whose <col>_enc is still NULL and overwrites <col> with the masked copy.
--   sms_codes.mobile            replaced by mobile_hmac (codes live 5 minutes: the old rows go)
--   auth_throttle 'sms:mobile:<digits>' keys become 'sms:mobile:<hex of the HMAC>', and a mobile typed
--                               as login name 'login:fail:name:<kind>:mobile:<hex>' (old ones go)

ALTER TABLE accounts
  MODIFY mobile varchar(20) DEFAULT NULL COMMENT 'masked copy 138****5678 (plain only until manage pii-seal)',
  ADD COLUMN mobile_enc varbinary(64) DEFAULT NULL COMMENT 'AES-256-GCM of the mobile (modules/pii.h)' AFTER mobile,
  ADD COLUMN mobile_hmac binary(32) DEFAULT NULL COMMENT 'HMAC-SHA256(key, "mobile" || 0 || mobile)' AFTER mobile_enc,
  DROP KEY accounts_kind_mobile,
  ADD KEY accounts_kind_mobile (kind, mobile_hmac);

ALTER TABLE schools
  MODIFY contact_mobile varchar(20) NOT NULL COMMENT 'masked copy 138****5678 (plain only until manage pii-seal)',
  ADD COLUMN contact_mobile_enc varbinary(64) DEFAULT NULL COMMENT 'AES-256-GCM of the contact mobile' AFTER contact_mobile,
  ADD COLUMN contact_mobile_hmac binary(32) DEFAULT NULL COMMENT 'HMAC-SHA256(key, "mobile" || 0 || mobile)' AFTER contact_mobile_enc;

ALTER TABLE sms_messages
  MODIFY mobile varchar(20) NOT NULL COMMENT 'masked copy 138****5678 (plain only until manage pii-seal)',
  ADD COLUMN mobile_enc varbinary(64) DEFAULT NULL COMMENT 'AES-256-GCM of the mobile; the sender decrypts it' AFTER mobile,
  ADD COLUMN mobile_hmac binary(32) DEFAULT NULL COMMENT 'HMAC-SHA256(key, "mobile" || 0 || mobile)' AFTER mobile_enc,
  DROP KEY sms_messages_mobile,
  ADD KEY sms_messages_mobile (mobile_hmac, created_at);

DELETE FROM sms_codes;
ALTER TABLE sms_codes
  DROP KEY sms_codes_lookup,
  DROP COLUMN mobile,
  ADD COLUMN mobile_hmac binary(32) NOT NULL COMMENT 'HMAC-SHA256(key, "mobile" || 0 || mobile)' AFTER id,
  ADD KEY sms_codes_lookup (mobile_hmac, purpose, created_at);

DELETE FROM auth_throttle
  WHERE throttle_key LIKE 'sms:mobile:%' OR throttle_key REGEXP '^login:fail:name:[a-z_]+:1[3-9][0-9]{9}$';
