-- 0006-policies: what 保单上传 (issue #5, policies) adds to the schema.
--   policies.enrollment_version  the enrollments.version the policy was issued for; an
--                                enrollment whose version is now higher (an approved 申请修改)
--                                needs a 批单 (a revised policy). The latest policy counts.

ALTER TABLE policies
  ADD COLUMN enrollment_version SMALLINT UNSIGNED NOT NULL DEFAULT 1
    COMMENT 'enrollments.version at upload; lower than the enrollment''s now = 需上传批单' AFTER enrollment_id;
