-- 0004-accounts: what the account flows (issue #3) add to the schema.
--   captchas              image captcha answers, keyed by the visitor's session id hash
--   sms_delivery_reports  delivery reports from the SMS gateway (idempotent by body hash)
--   accounts.contact_name 联系人 of department and insurer accounts

CREATE TABLE captchas (
  sid_hash   BINARY(32) NOT NULL COMMENT 'SHA-256 of the visitor''s session cookie (anonymous visitors too)',
  purpose    VARCHAR(32) NOT NULL COMMENT 'login, register, forgot_account, forgot_password',
  code_hmac  BINARY(32) NOT NULL COMMENT 'HMAC-SHA256(key, purpose || answer)',
  expires_at DATETIME NOT NULL,
  PRIMARY KEY (sid_hash, purpose),
  KEY captchas_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sms_delivery_reports (
  id                 BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  body_sha256        BINARY(32) NOT NULL COMMENT 'a replayed report has the same body: stored once',
  gateway_message_id VARCHAR(64) NOT NULL,
  status             ENUM('delivered','failed') NOT NULL,
  reported_at        DATETIME NOT NULL COMMENT 'the gateway''s timestamp (UTC)',
  received_at        DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  detail             VARCHAR(255) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY sms_delivery_reports_body (body_sha256),
  KEY sms_delivery_reports_message (gateway_message_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE accounts
  ADD COLUMN contact_name VARCHAR(50) NULL COMMENT '联系人 (department and insurer accounts)' AFTER display_name;
