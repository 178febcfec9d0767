-- 0003-reference.sql: fixed reference data every installation needs: the three insurance
-- products (PRODUCT.md names exactly; ids 1–3 are fixed) and the school types with the
-- statistics row each is counted in. Contract: applied once by sql/migrate.sh.
-- Statistics categories follow the national education statistics: 九年一贯制 counts as 初中,
-- 完全中学 as 高中, 教学点 (primary teaching sites) as 小学; vocational and special schools
-- are outside the four rows of the department form (其他).

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

INSERT INTO products (id, code, name, insured_kind, vocational_only, sort_order) VALUES
(1, 'student', '校方责任险（无过失责任保险）', '学生',   0, 1),
(2, 'staff',   '教职工校方责任保险',           '教职工', 0, 2),
(3, 'intern',  '职业院校学生实习责任保险',     '实习生', 1, 3);

INSERT INTO school_types (name, stats_category, vocational, sort_order) VALUES
('幼儿园',     '幼儿园', 0, 1),
('小学',       '小学',   0, 2),
('初中',       '初中',   0, 3),
('高中',       '高中',   0, 4),
('九年一贯制', '初中',   0, 5),
('完全中学',   '高中',   0, 6),
('中职',       '其他',   1, 7),
('高职',       '其他',   1, 8),
('特殊教育',   '其他',   0, 9),
('教学点',     '小学',   0, 10);
