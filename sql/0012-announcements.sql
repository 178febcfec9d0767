-- 0012-announcements: 公告管理 (issue #7). The admin addresses an announcement to chosen roles
-- in a chosen region; accounts see it on their 系统首页 and each reading is a receipt.
--   announcements.audience      now the roles: school (every school account), center (a 中心校's
--                               account), department_city / department_county, insurer_province /
--                               insurer_city / insurer_county (the old 'department' and
--                               'insurer' values become both levels / all three levels).
--   announcements.region_code   the region: 410000 = the whole province, a city code = its
--                               counties and 市直, a county code = that county. An account matches
--                               by its region (a school by schools.region_code) LIKE the pattern.
--   announcements.company_id    NULL = every insurance company; else only that company's insurers.
--   announcements.expires_on    last day it is shown (China time); NULL = until withdrawn.
--   announcements.withdrawn_at  when it was withdrawn (status 'withdrawn').

ALTER TABLE announcements
  MODIFY audience SET('school','department','insurer','center','department_city','department_county',
                      'insurer_province','insurer_city','insurer_county') NOT NULL;

UPDATE announcements SET audience = CONCAT_WS(',', audience,
  IF(FIND_IN_SET('department', audience), 'department_city,department_county', NULL),
  IF(FIND_IN_SET('insurer', audience), 'insurer_province,insurer_city,insurer_county', NULL));
UPDATE announcements SET audience = TRIM(BOTH ',' FROM
  REPLACE(REPLACE(CONCAT(',', audience, ','), ',department,', ','), ',insurer,', ','));

ALTER TABLE announcements
  MODIFY audience SET('school','center','department_city','department_county',
                      'insurer_province','insurer_city','insurer_county') NOT NULL
    COMMENT 'roles that see it',
  ADD COLUMN region_code CHAR(6) NOT NULL DEFAULT '410000'
    COMMENT '410000 = whole province; a city = its counties and 市直; a county' AFTER audience,
  ADD COLUMN company_id INT UNSIGNED NULL COMMENT 'insurers of this company only; NULL = all' AFTER region_code,
  ADD COLUMN expires_on DATE NULL COMMENT 'last day shown (China time); NULL = until withdrawn' AFTER published_at,
  ADD COLUMN withdrawn_at DATETIME NULL AFTER expires_on,
  ADD KEY announcements_region (region_code),
  ADD KEY announcements_company (company_id),
  ADD CONSTRAINT fk_announcements_region FOREIGN KEY (region_code) REFERENCES regions (code),
  ADD CONSTRAINT fk_announcements_company FOREIGN KEY (company_id) REFERENCES insurance_companies (id);
