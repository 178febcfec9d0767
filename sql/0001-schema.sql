-- 0001-schema.sql: the whole schema of 河南省教育保险管理系统 as first released.
-- Contract: applied once by sql/migrate.sh (as root over unix_socket) to an empty database;
-- never edited after release (migrate.sh refuses a changed checksum) — later changes go in
-- new NNNN-name.sql files. Tables the C++ spine reads have the exact columns of the shared
-- contract (/tmp/hn/contract.md); the rest are designed here. Conventions: InnoDB,
-- utf8mb4_unicode_ci, times are UTC DATETIME (defaults use UTC_TIMESTAMP(), never the
-- session time zone), money is BIGINT fen, ID numbers are stored encrypted + keyed hash.
-- schema_migrations is created by migrate.sh itself.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------
-- Reference data
-- ---------------------------------------------------------------------------------------

-- GB/T 2260 divisions of Henan (sql/data/henan_regions.csv): province, 18 cities incl. 济源,
-- 156 counties. Scope predicates use code equality (county) or city_code (city).
CREATE TABLE regions (
  code        CHAR(6)     NOT NULL,
  name        VARCHAR(32) NOT NULL,
  parent_code CHAR(6)     NULL,
  level       ENUM('province','city','county') NOT NULL,
  PRIMARY KEY (code),
  KEY regions_parent (parent_code),
  KEY regions_name (name),
  CONSTRAINT fk_regions_parent FOREIGN KEY (parent_code) REFERENCES regions (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE insurance_companies (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name       VARCHAR(100) NOT NULL,
  short_name VARCHAR(32)  NOT NULL COMMENT 'shown in selects and lists, e.g. 平安财险',
  status     ENUM('active','disabled') NOT NULL DEFAULT 'active',
  PRIMARY KEY (id),
  UNIQUE KEY insurance_companies_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE school_types (
  name           VARCHAR(20) NOT NULL,
  stats_category ENUM('幼儿园','小学','初中','高中','其他') NOT NULL
                 COMMENT 'row of the department statistics form this type is counted in',
  vocational     TINYINT(1)  NOT NULL DEFAULT 0 COMMENT '1 = may enroll the intern product',
  sort_order     SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The three insurance products; ids are fixed (1 student, 2 staff, 3 intern).
CREATE TABLE products (
  id              TINYINT UNSIGNED NOT NULL,
  code            VARCHAR(16) NOT NULL COMMENT 'student | staff | intern',
  name            VARCHAR(64) NOT NULL,
  insured_kind    VARCHAR(16) NOT NULL COMMENT 'who the roster lists: 学生 / 教职工 / 实习生 (labels: 上传学生花名册)',
  vocational_only TINYINT(1)  NOT NULL DEFAULT 0,
  sort_order      TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY products_code (code),
  UNIQUE KEY products_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per 学年 (policy period 9/1–8/31). Exactly one row should have is_current = 1;
-- the admin page switches it inside one transaction.
CREATE TABLE academic_years (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT,
  label           CHAR(9) NOT NULL COMMENT '2025-2026',
  starts_on       DATE    NOT NULL,
  ends_on         DATE    NOT NULL,
  enroll_deadline DATE    NOT NULL COMMENT 'last day schools submit enrollments (default 9-30)',
  policy_deadline DATE    NOT NULL COMMENT 'last day insurers upload policies (default 10-31)',
  stats_deadline  DATE    NOT NULL COMMENT 'last day departments submit statistics (default 10-31)',
  is_current      TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY academic_years_label (label),
  KEY academic_years_current (is_current)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------
-- Schools and accounts
-- ---------------------------------------------------------------------------------------

CREATE TABLE schools (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  name             VARCHAR(100) NOT NULL COMMENT 'full name as on the certificate',
  region_code      CHAR(6) NOT NULL COMMENT 'county code, or the city code for 市直 schools',
  city_code        CHAR(6) NOT NULL COMMENT 'the city of region_code (equal to it for 市直)',
  school_type      VARCHAR(20) NOT NULL,
  nature           ENUM('公办','民办') NOT NULL,
  contact_name     VARCHAR(50) NOT NULL COMMENT '明白人',
  contact_mobile   VARCHAR(20) NOT NULL,
  is_center        TINYINT(1) NOT NULL DEFAULT 0 COMMENT '中心校',
  center_school_id BIGINT UNSIGNED NULL COMMENT 'the 中心校 this school is subordinate to',
  status           ENUM('pending','active','rejected','cancelled') NOT NULL DEFAULT 'pending',
  created_at       DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  approved_at      DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY schools_region_name (region_code, name),
  KEY schools_city (city_code),
  KEY schools_center (center_school_id),
  KEY schools_name (name),
  KEY schools_status (status, created_at),
  KEY schools_type (school_type),
  CONSTRAINT fk_schools_region FOREIGN KEY (region_code) REFERENCES regions (code),
  CONSTRAINT fk_schools_city FOREIGN KEY (city_code) REFERENCES regions (code),
  CONSTRAINT fk_schools_type FOREIGN KEY (school_type) REFERENCES school_types (name) ON UPDATE CASCADE,
  CONSTRAINT fk_schools_center FOREIGN KEY (center_school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accounts (
  id                  BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  kind                ENUM('school','department','insurer','admin') NOT NULL,
  login_name          VARCHAR(100) NOT NULL COMMENT 'school: full school name; department: region name',
  mobile              VARCHAR(20)  NULL,
  password_hash       VARCHAR(255) NOT NULL COMMENT 'Argon2id PHC string',
  display_name        VARCHAR(100) NOT NULL,
  school_id           BIGINT UNSIGNED NULL COMMENT 'kind school',
  region_code         CHAR(6) NULL COMMENT 'department: its region; insurer: its region (410000 = provincial branch)',
  company_id          INT UNSIGNED NULL COMMENT 'kind insurer',
  insurer_level       ENUM('province','city','county') NULL,
  parent_account_id   BIGINT UNSIGNED NULL COMMENT 'insurer account that created this one',
  status              ENUM('active','disabled') NOT NULL DEFAULT 'active',
  must_change_password TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'initial or reset password: change at next login',
  password_changed_at DATETIME NULL,
  failed_logins       INT NOT NULL DEFAULT 0,
  locked_until        DATETIME NULL,
  last_login_at       DATETIME NULL,
  created_at          DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  PRIMARY KEY (id),
  UNIQUE KEY accounts_kind_login (kind, login_name),
  KEY accounts_kind_mobile (kind, mobile),
  KEY accounts_school (school_id),
  KEY accounts_region (region_code),
  KEY accounts_company_region (company_id, region_code),
  KEY accounts_parent (parent_account_id),
  CONSTRAINT fk_accounts_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_accounts_region FOREIGN KEY (region_code) REFERENCES regions (code),
  CONSTRAINT fk_accounts_company FOREIGN KEY (company_id) REFERENCES insurance_companies (id),
  CONSTRAINT fk_accounts_parent FOREIGN KEY (parent_account_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sessions (
  id_hash      BINARY(32) NOT NULL COMMENT 'SHA-256 of the cookie value; the value itself is never stored',
  account_id   BIGINT UNSIGNED NOT NULL,
  created_at   DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()) COMMENT 'for the absolute timeout',
  last_seen_at DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()) COMMENT 'for the idle timeout',
  ip           VARCHAR(45)  NULL,
  user_agent   VARCHAR(255) NULL,
  mfa_passed   TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id_hash),
  KEY sessions_account (account_id),
  KEY sessions_last_seen (last_seen_at),
  CONSTRAINT fk_sessions_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only, HMAC-chained: row_hmac = HMAC(key, prev_hmac || row fields). The application
-- user should get only INSERT and SELECT here. No foreign keys: rows outlive what they name.
CREATE TABLE audit_log (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  at               DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
  account_id       BIGINT UNSIGNED NULL,
  account_kind     VARCHAR(16) NULL,
  acting_school_id BIGINT UNSIGNED NULL COMMENT 'school a center school acted for',
  action           VARCHAR(64) NOT NULL,
  object_type      VARCHAR(32) NULL,
  object_id        VARCHAR(64) NULL,
  ip               VARCHAR(45) NULL,
  detail           VARCHAR(1000) NULL,
  prev_hmac        BINARY(32) NULL,
  row_hmac         BINARY(32) NULL,
  PRIMARY KEY (id),
  KEY audit_log_at (at),
  KEY audit_log_account (account_id, at),
  KEY audit_log_action (action, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Admin-granted extensions of a year's deadline for one target. Which target columns are
-- set depends on the deadline: enroll → school_id (one school) or region_code (all schools
-- of that county/city); policy → company_id, optionally region_code; stats → region_code.
CREATE TABLE deadline_extensions (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
  year_id     INT UNSIGNED NOT NULL,
  deadline    ENUM('enroll','policy','stats') NOT NULL,
  school_id   BIGINT UNSIGNED NULL,
  region_code CHAR(6) NULL,
  company_id  INT UNSIGNED NULL,
  extended_to DATE NOT NULL COMMENT 'new last day (inclusive)',
  reason      VARCHAR(500) NOT NULL,
  granted_by  BIGINT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  PRIMARY KEY (id),
  KEY deadline_extensions_year (year_id, deadline),
  KEY deadline_extensions_school (school_id),
  KEY deadline_extensions_region (region_code),
  KEY deadline_extensions_company (company_id),
  KEY deadline_extensions_granted_by (granted_by),
  CONSTRAINT fk_deadline_extensions_year FOREIGN KEY (year_id) REFERENCES academic_years (id),
  CONSTRAINT fk_deadline_extensions_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_deadline_extensions_region FOREIGN KEY (region_code) REFERENCES regions (code),
  CONSTRAINT fk_deadline_extensions_company FOREIGN KEY (company_id) REFERENCES insurance_companies (id),
  CONSTRAINT fk_deadline_extensions_granted_by FOREIGN KEY (granted_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------
-- Files: content lives once in the storage dir under its SHA-256; one row per upload.
-- ---------------------------------------------------------------------------------------

CREATE TABLE files (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  sha256        CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'lower-case hex; names the stored blob',
  kind          ENUM('certificate','roster','policy','claim','statistics','announcement','export','other') NOT NULL,
  school_id     BIGINT UNSIGNED NULL COMMENT 'owner school (scope of downloads); NULL for exports and announcements',
  original_name VARCHAR(255) NOT NULL,
  size_bytes    BIGINT UNSIGNED NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  uploaded_by   BIGINT UNSIGNED NULL COMMENT 'NULL for a public registration upload',
  created_at    DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  PRIMARY KEY (id),
  KEY files_sha256 (sha256),
  KEY files_school_kind (school_id, kind),
  KEY files_uploaded_by (uploaded_by),
  CONSTRAINT fk_files_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_files_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------
-- Enrollments (投保数据), their history, rosters, policies, claims
-- ---------------------------------------------------------------------------------------

-- One row per school + year + product + seq. seq 1 always; 2, 3… only after an approved
-- extra_insurer application. declared_count is 参保人数 as typed; stored_count is the number
-- of roster_rows, kept by the upload transaction (statistics read counters, never rosters).
-- region_code/city_code are copies of the school's, filled by trigger enrollments_region_fill
-- and kept in step by schools_region_sync, so department and insurer scopes need no join.
CREATE TABLE enrollments (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  school_id      BIGINT UNSIGNED NOT NULL,
  year_id        INT UNSIGNED NOT NULL,
  product_id     TINYINT UNSIGNED NOT NULL,
  seq            TINYINT UNSIGNED NOT NULL DEFAULT 1,
  region_code    CHAR(6) NOT NULL COMMENT 'copy of schools.region_code (trigger-maintained)',
  city_code      CHAR(6) NOT NULL COMMENT 'copy of schools.city_code (trigger-maintained)',
  company_id     INT UNSIGNED NULL COMMENT '投保公司; NULL only while draft',
  declared_count INT UNSIGNED NOT NULL DEFAULT 0 COMMENT '参保人数 as declared by the school',
  stored_count   INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'roster_rows stored for this enrollment',
  status         ENUM('draft','submitted','insured','modifying') NOT NULL DEFAULT 'draft'
                 COMMENT 'insured = a policy was uploaded; modifying = a modification application is pending',
  roster_file_id BIGINT UNSIGNED NULL COMMENT 'the uploaded 花名册 the roster_rows came from',
  batch_key      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL
                 COMMENT 'key of the upload that last wrote this row: a retried POST finds it and does nothing',
  version        SMALLINT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'bumped by each approved modification; see enrollment_versions',
  submitted_by   BIGINT UNSIGNED NULL COMMENT 'account that submitted (the school or its center school)',
  created_at     DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  submitted_at   DATETIME NULL,
  insured_at     DATETIME NULL,
  updated_at     DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY enrollments_school_year_product_seq (school_id, year_id, product_id, seq),
  UNIQUE KEY enrollments_batch_key (batch_key),
  KEY enrollments_year_city (year_id, city_code, region_code),
  KEY enrollments_year_region (year_id, region_code),
  KEY enrollments_company_city (company_id, year_id, city_code, region_code),
  KEY enrollments_company_region (company_id, region_code, year_id),
  KEY enrollments_product (product_id),
  KEY enrollments_roster_file (roster_file_id),
  KEY enrollments_submitted_by (submitted_by),
  CONSTRAINT fk_enrollments_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_enrollments_year FOREIGN KEY (year_id) REFERENCES academic_years (id),
  CONSTRAINT fk_enrollments_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT fk_enrollments_company FOREIGN KEY (company_id) REFERENCES insurance_companies (id),
  CONSTRAINT fk_enrollments_roster_file FOREIGN KEY (roster_file_id) REFERENCES files (id),
  CONSTRAINT fk_enrollments_submitted_by FOREIGN KEY (submitted_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

DELIMITER //
CREATE TRIGGER enrollments_region_fill BEFORE INSERT ON enrollments FOR EACH ROW
BEGIN
  SET NEW.region_code = (SELECT region_code FROM schools WHERE id = NEW.school_id),
      NEW.city_code   = (SELECT city_code   FROM schools WHERE id = NEW.school_id);
END//
CREATE TRIGGER schools_region_sync AFTER UPDATE ON schools FOR EACH ROW
BEGIN
  IF NEW.region_code <> OLD.region_code OR NEW.city_code <> OLD.city_code THEN
    UPDATE enrollments SET region_code = NEW.region_code, city_code = NEW.city_code
     WHERE school_id = NEW.id;
  END IF;
END//
DELIMITER ;

-- Applications (admin review queue). school_id is the school concerned (for registration the
-- pending schools row). payload holds the requested values, by kind:
--   registration  {"certificate_file_id": N}
--   name_change   {"name": "..."}                   region_change {"region_code": "410105"}
--   extra_insurer {}  (product_id set)               cancellation  {}
--   modification  {"declared_count": N, "company_id": N, "roster_file_id": N|null} (enrollment_id set)
-- pending_key makes a second pending application for the same thing a duplicate-key error.
CREATE TABLE applications (
  id                   BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  kind                 ENUM('registration','name_change','region_change','extra_insurer','modification','cancellation') NOT NULL,
  school_id            BIGINT UNSIGNED NOT NULL,
  enrollment_id        BIGINT UNSIGNED NULL COMMENT 'modification',
  product_id           TINYINT UNSIGNED NULL COMMENT 'extra_insurer, modification',
  applicant_account_id BIGINT UNSIGNED NULL COMMENT 'school, center school or department account; NULL = public registration',
  payload              JSON NOT NULL DEFAULT '{}',
  reason               VARCHAR(1000) NULL COMMENT 'the applicant''s reason (修改原因, 注销原因, 申请事由)',
  status               ENUM('pending','approved','rejected','withdrawn') NOT NULL DEFAULT 'pending',
  decided_by           BIGINT UNSIGNED NULL,
  decision_reason      VARCHAR(500) NULL COMMENT 'required on rejection; sent to the applicant',
  created_at           DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  decided_at           DATETIME NULL,
  pending_key          VARCHAR(80) AS (IF(status = 'pending',
                         CONCAT_WS(':', school_id, kind, IFNULL(product_id, 0), IFNULL(enrollment_id, 0)),
                         NULL)) PERSISTENT,
  PRIMARY KEY (id),
  UNIQUE KEY applications_pending (pending_key),
  KEY applications_queue (status, kind, created_at),
  KEY applications_school (school_id, created_at),
  KEY applications_enrollment (enrollment_id),
  KEY applications_product (product_id),
  KEY applications_applicant (applicant_account_id),
  KEY applications_decided_by (decided_by),
  CONSTRAINT fk_applications_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_applications_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
  CONSTRAINT fk_applications_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT fk_applications_applicant FOREIGN KEY (applicant_account_id) REFERENCES accounts (id),
  CONSTRAINT fk_applications_decided_by FOREIGN KEY (decided_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The values an enrollment had before an approved modification replaced them (one row per
-- replaced version). The old roster survives as its file; its roster_rows are replaced.
CREATE TABLE enrollment_versions (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  enrollment_id  BIGINT UNSIGNED NOT NULL,
  version        SMALLINT UNSIGNED NOT NULL COMMENT 'enrollments.version these values had',
  company_id     INT UNSIGNED NULL,
  declared_count INT UNSIGNED NOT NULL,
  stored_count   INT UNSIGNED NOT NULL,
  roster_file_id BIGINT UNSIGNED NULL,
  submitted_at   DATETIME NULL COMMENT 'when this version was submitted',
  application_id BIGINT UNSIGNED NULL COMMENT 'the approved modification that replaced it',
  replaced_at    DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  PRIMARY KEY (id),
  UNIQUE KEY enrollment_versions_version (enrollment_id, version),
  KEY enrollment_versions_company (company_id),
  KEY enrollment_versions_roster_file (roster_file_id),
  KEY enrollment_versions_application (application_id),
  CONSTRAINT fk_enrollment_versions_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id) ON DELETE CASCADE,
  CONSTRAINT fk_enrollment_versions_company FOREIGN KEY (company_id) REFERENCES insurance_companies (id),
  CONSTRAINT fk_enrollment_versions_roster_file FOREIGN KEY (roster_file_id) REFERENCES files (id),
  CONSTRAINT fk_enrollment_versions_application FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The big table (tens of millions of rows a year). Clustered by enrollment so one roster is
-- contiguous (download, replace). An upload replaces an enrollment's rows in one transaction
-- (DELETE + multi-row INSERTs). year_id/product_id are copies of the enrollment's (no FK,
-- to keep inserts cheap) so roster_rows_dup answers "is this ID already insured for this
-- product this year" with one index probe.
CREATE TABLE roster_rows (
  enrollment_id   BIGINT UNSIGNED NOT NULL,
  row_no          INT UNSIGNED NOT NULL COMMENT '1-based data row number in the uploaded sheet',
  year_id         INT UNSIGNED NOT NULL COMMENT 'copy of enrollments.year_id',
  product_id      TINYINT UNSIGNED NOT NULL COMMENT 'copy of enrollments.product_id',
  name            VARCHAR(50) NOT NULL,
  sex             ENUM('男','女') NOT NULL,
  id_type         ENUM('居民身份证','港澳台居民居住证','港澳居民来往内地通行证','台湾居民来往大陆通行证',
                       '护照','外国人永久居留身份证','出生医学证明','无证件','其他') NOT NULL DEFAULT '居民身份证'
                  COMMENT '证件类型',
  id_hmac         BINARY(32) NULL COMMENT 'HMAC-SHA256(key, normalized id_type + number); NULL when there is no number',
  id_enc          VARBINARY(96) NULL COMMENT 'AES-256-GCM: key version(1) || nonce(12) || ciphertext || tag(16)',
  id_masked       VARCHAR(24) NULL COMMENT '4101**********1234',
  grade           VARCHAR(20) NULL COMMENT '年级 (students)',
  class_name      VARCHAR(30) NULL COMMENT '班级 (students)',
  position        VARCHAR(50) NULL COMMENT '岗位/职务 (staff)',
  major           VARCHAR(50) NULL COMMENT '专业 (interns)',
  internship_unit VARCHAR(100) NULL COMMENT '实习单位 (interns)',
  note            VARCHAR(200) NULL COMMENT '备注',
  PRIMARY KEY (enrollment_id, row_no),
  KEY roster_rows_dup (year_id, product_id, id_hmac),
  CONSTRAINT fk_roster_rows_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 保单 uploaded by the insurer for an enrollment.
CREATE TABLE policies (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  enrollment_id BIGINT UNSIGNED NOT NULL,
  company_id    INT UNSIGNED NOT NULL COMMENT 'the insurer that issued it (= enrollment company at upload)',
  policy_no     VARCHAR(64) NOT NULL COMMENT '保单号',
  insured_count INT UNSIGNED NOT NULL COMMENT '承保人数',
  premium_fen   BIGINT NOT NULL COMMENT '保费, fen',
  starts_on     DATE NOT NULL COMMENT '保险期间 from',
  ends_on       DATE NOT NULL COMMENT '保险期间 to (inclusive)',
  file_id       BIGINT UNSIGNED NULL COMMENT 'the policy PDF',
  uploaded_by   BIGINT UNSIGNED NOT NULL,
  created_at    DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  updated_at    DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY policies_company_no (company_id, policy_no),
  KEY policies_enrollment (enrollment_id),
  KEY policies_file (file_id),
  KEY policies_uploaded_by (uploaded_by),
  CONSTRAINT fk_policies_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
  CONSTRAINT fk_policies_company FOREIGN KEY (company_id) REFERENCES insurance_companies (id),
  CONSTRAINT fk_policies_file FOREIGN KEY (file_id) REFERENCES files (id),
  CONSTRAINT fk_policies_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES accounts (id),
  CONSTRAINT policies_premium CHECK (premium_fen >= 0),
  CONSTRAINT policies_period CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Claims uploaded by insurers: 未决案件 (status pending) and, once settled, 理赔案件.
-- Dates are local (Asia/Shanghai) calendar dates as reported, not UTC instants.
CREATE TABLE claims (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  company_id      INT UNSIGNED NOT NULL COMMENT '保险公司',
  school_id       BIGINT UNSIGNED NOT NULL COMMENT '出险学校',
  year_id         INT UNSIGNED NOT NULL COMMENT 'policy year the accident falls in',
  product_id      TINYINT UNSIGNED NULL,
  policy_id       BIGINT UNSIGNED NULL,
  claim_no        VARCHAR(64) NULL COMMENT 'insurer''s case number; makes bulk re-uploads idempotent',
  accident_on     DATE NOT NULL COMMENT '出险时间',
  injured_name    VARCHAR(50) NOT NULL COMMENT '伤者姓名',
  cause           VARCHAR(500) NOT NULL COMMENT '事故原因',
  handling        VARCHAR(1000) NULL COMMENT '保险公司处理情况',
  settlement_note VARCHAR(500) NULL COMMENT '理赔情况',
  status          ENUM('pending','settled') NOT NULL DEFAULT 'pending',
  paid_fen        BIGINT NULL COMMENT '赔偿金额, fen (settled)',
  closed_on       DATE NULL COMMENT '结案时间 (settled)',
  created_by      BIGINT UNSIGNED NOT NULL,
  created_at      DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  updated_at      DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY claims_company_no (company_id, claim_no),
  KEY claims_company_status (company_id, status, accident_on),
  KEY claims_school (school_id, accident_on),
  KEY claims_status (status, accident_on),
  KEY claims_year (year_id),
  KEY claims_product (product_id),
  KEY claims_policy (policy_id),
  KEY claims_created_by (created_by),
  CONSTRAINT fk_claims_company FOREIGN KEY (company_id) REFERENCES insurance_companies (id),
  CONSTRAINT fk_claims_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_claims_year FOREIGN KEY (year_id) REFERENCES academic_years (id),
  CONSTRAINT fk_claims_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT fk_claims_policy FOREIGN KEY (policy_id) REFERENCES policies (id),
  CONSTRAINT fk_claims_created_by FOREIGN KEY (created_by) REFERENCES accounts (id),
  CONSTRAINT claims_paid CHECK (paid_fen IS NULL OR paid_fen >= 0),
  CONSTRAINT claims_settled CHECK (status = 'pending' OR (paid_fen IS NOT NULL AND closed_on IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------
-- SMS, codes, throttling
-- ---------------------------------------------------------------------------------------

-- Outbox: every message is queued here; the driver (outbox or http) sends and updates it.
CREATE TABLE sms_messages (
  id                 BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  mobile             VARCHAR(20) NOT NULL,
  template           VARCHAR(32) NOT NULL COMMENT 'gateway template code',
  params             JSON NOT NULL DEFAULT '{}' COMMENT 'template parameters',
  body               VARCHAR(500) NOT NULL COMMENT 'rendered text (what the admin''s SMS log shows)',
  purpose            VARCHAR(32) NOT NULL COMMENT 'code:reset_password, notice:approved, ... (rate limits, log filter)',
  account_id         BIGINT UNSIGNED NULL,
  status             ENUM('queued','sent','failed','delivered') NOT NULL DEFAULT 'queued',
  attempts           TINYINT UNSIGNED NOT NULL DEFAULT 0,
  next_attempt_at    DATETIME NULL COMMENT 'queued: earliest next try (backoff)',
  gateway_message_id VARCHAR(64) NULL COMMENT 'id the gateway returned; matches delivery reports',
  last_error         VARCHAR(255) NULL,
  created_at         DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  sent_at            DATETIME NULL,
  delivered_at       DATETIME NULL,
  PRIMARY KEY (id),
  KEY sms_messages_mobile (mobile, created_at),
  KEY sms_messages_queue (status, next_attempt_at),
  KEY sms_messages_gateway_id (gateway_message_id),
  KEY sms_messages_created (created_at),
  KEY sms_messages_account (account_id),
  CONSTRAINT fk_sms_messages_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time SMS codes: 6 digits, stored as HMAC, 5 minutes, single use, void after 5 wrong tries.
CREATE TABLE sms_codes (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  mobile     VARCHAR(20) NOT NULL,
  purpose    VARCHAR(32) NOT NULL COMMENT 'reset_password, change_mobile, login_mfa, ...',
  account_id BIGINT UNSIGNED NULL,
  code_hmac  BINARY(32) NOT NULL COMMENT 'HMAC-SHA256(key, purpose || mobile || code)',
  expires_at DATETIME NOT NULL,
  attempts   TINYINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'wrong entries so far',
  used_at    DATETIME NULL,
  created_at DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  PRIMARY KEY (id),
  KEY sms_codes_lookup (mobile, purpose, created_at),
  KEY sms_codes_account (account_id),
  KEY sms_codes_expires (expires_at),
  CONSTRAINT fk_sms_codes_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per counted event (failed login, SMS send, captcha miss); the limiter counts rows
-- of a key inside its window and a periodic purge deletes old rows.
CREATE TABLE auth_throttle (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  throttle_key VARCHAR(160) NOT NULL COMMENT 'e.g. login:ip:203.0.113.5, sms:mobile:13800000001',
  at           DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
  PRIMARY KEY (id),
  KEY auth_throttle_key (throttle_key, at),
  KEY auth_throttle_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------
-- Department statistics, announcements, background jobs
-- ---------------------------------------------------------------------------------------

-- "YYYY-YYYY年度校方责任保险投保情况统计表": each submission or edit adds a version; the
-- highest version of (region, year) is the current one. data, one object per row:
--   {"幼儿园": {"schools": N, "students": N, "students_insured": N, "staff": N, "staff_insured": N},
--    "小学": {...}, "初中": {...}, "高中": {...}}
CREATE TABLE statistics_forms (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT,
  region_code  CHAR(6) NOT NULL COMMENT 'the department''s region',
  year_id      INT UNSIGNED NOT NULL,
  version      SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  data         JSON NOT NULL,
  unit_name    VARCHAR(100) NOT NULL COMMENT '填表单位',
  submitted_by BIGINT UNSIGNED NOT NULL,
  submitted_at DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  PRIMARY KEY (id),
  UNIQUE KEY statistics_forms_version (region_code, year_id, version),
  KEY statistics_forms_year (year_id),
  KEY statistics_forms_submitted_by (submitted_by),
  CONSTRAINT fk_statistics_forms_region FOREIGN KEY (region_code) REFERENCES regions (code),
  CONSTRAINT fk_statistics_forms_year FOREIGN KEY (year_id) REFERENCES academic_years (id),
  CONSTRAINT fk_statistics_forms_submitted_by FOREIGN KEY (submitted_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE announcements (
  id                 INT UNSIGNED NOT NULL AUTO_INCREMENT,
  title              VARCHAR(200) NOT NULL,
  body               TEXT NOT NULL COMMENT 'plain text; escaped on display',
  audience           SET('school','department','insurer') NOT NULL COMMENT 'account kinds that see it',
  status             ENUM('draft','published','withdrawn') NOT NULL DEFAULT 'draft',
  pinned             TINYINT(1) NOT NULL DEFAULT 0,
  attachment_file_id BIGINT UNSIGNED NULL,
  created_by         BIGINT UNSIGNED NOT NULL,
  created_at         DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  published_at       DATETIME NULL,
  updated_at         DATETIME NULL,
  PRIMARY KEY (id),
  KEY announcements_published (status, published_at),
  KEY announcements_file (attachment_file_id),
  KEY announcements_created_by (created_by),
  CONSTRAINT fk_announcements_file FOREIGN KEY (attachment_file_id) REFERENCES files (id),
  CONSTRAINT fk_announcements_created_by FOREIGN KEY (created_by) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE announcement_reads (
  account_id      BIGINT UNSIGNED NOT NULL,
  announcement_id INT UNSIGNED NOT NULL,
  read_at         DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  PRIMARY KEY (account_id, announcement_id),
  KEY announcement_reads_announcement (announcement_id),
  CONSTRAINT fk_announcement_reads_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  CONSTRAINT fk_announcement_reads_announcement FOREIGN KEY (announcement_id) REFERENCES announcements (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Long work (city-wide exports, bulk imports) run outside the request; the user watches
-- progress/total and downloads result_file_id when status = done.
CREATE TABLE jobs (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  kind           VARCHAR(32) NOT NULL COMMENT 'e.g. export_rosters, export_schools, import_policies',
  account_id     BIGINT UNSIGNED NOT NULL COMMENT 'who started it (its scope applies)',
  params         JSON NOT NULL DEFAULT '{}',
  status         ENUM('queued','running','done','failed','cancelled') NOT NULL DEFAULT 'queued',
  progress       BIGINT UNSIGNED NOT NULL DEFAULT 0,
  total          BIGINT UNSIGNED NULL COMMENT 'NULL while unknown',
  result_file_id BIGINT UNSIGNED NULL,
  error          VARCHAR(500) NULL COMMENT 'user-facing message when failed',
  worker         VARCHAR(64) NULL COMMENT 'host:pid that claimed it',
  created_at     DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  started_at     DATETIME NULL,
  heartbeat_at   DATETIME NULL COMMENT 'refreshed while running; a stale one means the worker died',
  finished_at    DATETIME NULL,
  PRIMARY KEY (id),
  KEY jobs_queue (status, created_at),
  KEY jobs_account (account_id, created_at),
  KEY jobs_result_file (result_file_id),
  CONSTRAINT fk_jobs_account FOREIGN KEY (account_id) REFERENCES accounts (id),
  CONSTRAINT fk_jobs_result_file FOREIGN KEY (result_file_id) REFERENCES files (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
