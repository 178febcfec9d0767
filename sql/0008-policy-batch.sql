-- 0008-policy-batch: a retried single 保单上传 POST (a double click) is recognised by the batch key
-- the form carries (a random hidden field, as the school's enrollment form has):
--   policies.batch_key  the key of the single upload that stored the policy; NULL for bulk
--                       uploads. Unique: a second POST with the same key stores nothing and is
--                       answered as the first one's success.

ALTER TABLE policies
  ADD COLUMN batch_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL
    COMMENT 'random key of the single upload form; a retried POST finds it' AFTER file_id,
  ADD UNIQUE KEY policies_batch_key (batch_key);
