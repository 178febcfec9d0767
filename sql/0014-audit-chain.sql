-- 0014-audit-chain: the audit log becomes an HMAC chain (issue #8; design in modules/audit.h).
--   audit_log.seq          position in the chain: 1, 2, 3 ... without gaps, given by the writer
--                          under the lock of audit_chain_head; NULL for rows written before this
--                          migration (they stay outside the chain: nothing here knows the key to
--                          seal them) and for rows not written by the application.
--   audit_log.prev_hmac    row_hmac of the row before in the chain (32 zero bytes for seq 1).
--   audit_log.row_hmac     HMAC-SHA256 under a key derived from the secret key file, over
--                          prev_hmac and the canonical encoding of seq, at and every field
--                          (not id, unknown before the INSERT: the verifier checks that ids
--                          rise with seq).
--   audit_chain_head       one row: the last seq and its row_hmac. Writers lock it with
--                          SELECT ... FOR UPDATE just before COMMIT, so links are made one at a
--                          time; the verifier compares it with the last row (a cut tail).
-- The application's database user gets SELECT and INSERT only on audit_log and SELECT and
-- UPDATE only on audit_chain_head (conf/db-grants.sh).

ALTER TABLE audit_log
  ADD COLUMN seq BIGINT UNSIGNED NULL COMMENT 'position in the HMAC chain; NULL = outside it' AFTER id,
  ADD UNIQUE KEY audit_log_seq (seq);

CREATE TABLE audit_chain_head (
  id        TINYINT UNSIGNED NOT NULL COMMENT 'always 1',
  last_seq  BIGINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'seq of the newest chained audit_log row; 0 = none yet',
  last_hmac BINARY(32) NULL COMMENT 'its row_hmac; NULL = none yet',
  PRIMARY KEY (id),
  CONSTRAINT audit_chain_head_one CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT 'the head of the audit_log HMAC chain (one row)';

INSERT INTO audit_chain_head (id, last_seq, last_hmac) VALUES (1, 0, NULL);
