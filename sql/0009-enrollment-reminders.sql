-- 0009-enrollment-reminders: the 未投保学校 SMS reminders of departments (issue #6).
--   enrollment_reminders  one row per reminder a department sent to a school's 明白人 about
--                         one product of one year; the unique key allows one reminder per
--                         school, year, product and day (China time), so a double click or a
--                         second 全部提醒 the same day sends nothing. The SMS itself is in
--                         sms_messages (its status there shows 待发送/已发送/已送达/失败).

CREATE TABLE enrollment_reminders (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  school_id      BIGINT UNSIGNED NOT NULL,
  year_id        INT UNSIGNED NOT NULL,
  product_id     TINYINT UNSIGNED NOT NULL,
  reminded_on    DATE NOT NULL COMMENT 'day of the reminder in Asia/Shanghai: one per school, year, product and day',
  account_id     BIGINT UNSIGNED NOT NULL COMMENT 'the department account that sent it',
  sms_message_id BIGINT UNSIGNED DEFAULT NULL COMMENT 'the queued SMS (set in the same transaction)',
  created_at     DATETIME NOT NULL DEFAULT UTC_TIMESTAMP(),
  PRIMARY KEY (id),
  UNIQUE KEY enrollment_reminders_day (school_id, year_id, product_id, reminded_on),
  KEY enrollment_reminders_year (year_id, product_id),
  KEY enrollment_reminders_product (product_id),
  KEY enrollment_reminders_account (account_id),
  KEY enrollment_reminders_sms (sms_message_id),
  CONSTRAINT fk_enrollment_reminders_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_enrollment_reminders_year FOREIGN KEY (year_id) REFERENCES academic_years (id),
  CONSTRAINT fk_enrollment_reminders_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT fk_enrollment_reminders_account FOREIGN KEY (account_id) REFERENCES accounts (id),
  CONSTRAINT fk_enrollment_reminders_sms FOREIGN KEY (sms_message_id) REFERENCES sms_messages (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
