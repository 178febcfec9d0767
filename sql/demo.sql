-- demo.sql: demo data for `make run` and tests; load once into a freshly migrated database
-- (sql/migrate.sh), inside one transaction (a second load fails and changes nothing).
-- Contract (/tmp/hn/contract.md, demo table): the logins and passwords below. Every password
-- hash is an Argon2id PHC string (m=19456 KiB, t=2, p=1, 16-byte salt, 32-byte hash):
--   school accounts          School@2026  (the center school 中牟县官渡镇中心学校: Center@2026)
--   county departments      County@2026  (金水区, 中牟县)
--   city departments        City@2026    (郑州市, 开封市)
--   insurer provincial branch Insurer@2026 (pingan_henan)
--   admin                   Admin@2026   (admin)
-- No enrollments, rosters or policies: those only exist with real uploaded rosters.
-- password_changed_at is the load time so the demo passwords are not already expired.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;
START TRANSACTION;

INSERT INTO insurance_companies (id, name, short_name, status) VALUES
(1, '中国人民财产保险股份有限公司', '人保财险', 'active'),
(2, '中国平安财产保险股份有限公司', '平安财险', 'active'),
(3, '中国太平洋财产保险股份有限公司', '太平洋财险', 'active'),
(4, '中华联合财产保险股份有限公司', '中华联合', 'active');

INSERT INTO academic_years (id, label, starts_on, ends_on, enroll_deadline, policy_deadline, stats_deadline, is_current) VALUES
(1, '2025-2026', '2025-09-01', '2026-08-31', '2025-09-30', '2025-10-31', '2025-10-31', 0),
(2, '2026-2027', '2026-09-01', '2027-08-31', '2026-09-30', '2026-10-31', '2026-10-31', 1);

-- Schools: ids fixed so the center school (2) and its subordinates (3, 4) can refer to each other.
INSERT INTO schools (id, name, region_code, city_code, school_type, nature, contact_name, contact_mobile,
                     is_center, center_school_id, status, created_at, approved_at) VALUES
(1, '郑州市金水区文化路第一小学', '410105', '410100', '小学', '公办', '王丽', '13800000001', 0, NULL, 'active', '2025-06-01 01:00:00', '2025-07-01 03:00:00'),
(2, '中牟县官渡镇中心学校', '410122', '410100', '小学', '公办', '李强', '13800000002', 1, NULL, 'active', '2025-06-02 01:01:00', '2025-07-02 03:01:00'),
(3, '中牟县官渡镇第一小学', '410122', '410100', '小学', '公办', '张敏', '13800000003', 0, 2, 'active', '2025-06-03 01:02:00', '2025-07-03 03:02:00'),
(4, '中牟县官渡镇杨桥小学', '410122', '410100', '小学', '公办', '刘洋', '13800000004', 0, 2, 'active', '2025-06-04 01:03:00', '2025-07-04 03:03:00'),
(5, '郑州市金水区纬五路第一小学', '410105', '410100', '小学', '公办', '陈静', '13800000005', 0, NULL, 'active', '2025-06-05 01:04:00', '2025-07-05 03:04:00'),
(6, '郑州市金水区黄河路第一小学', '410105', '410100', '小学', '公办', '杨帆', '13800000006', 0, NULL, 'active', '2025-06-06 01:05:00', '2025-07-06 03:05:00'),
(7, '郑州市金水区实验幼儿园', '410105', '410100', '幼儿园', '公办', '赵磊', '13800000007', 0, NULL, 'active', '2025-06-07 01:06:00', '2025-07-07 03:06:00'),
(8, '郑州市金水区启航双语幼儿园', '410105', '410100', '幼儿园', '民办', '黄娟', '13800000008', 0, NULL, 'active', '2025-06-08 01:07:00', '2025-07-08 03:07:00'),
(9, '郑州市第八中学', '410105', '410100', '初中', '公办', '周涛', '13800000009', 0, NULL, 'active', '2025-06-09 01:08:00', '2025-07-09 03:08:00'),
(10, '郑州市金水区育才外国语学校', '410105', '410100', '九年一贯制', '民办', '吴芳', '13800000010', 0, NULL, 'active', '2025-06-10 01:09:00', '2025-07-10 03:09:00'),
(11, '郑州市二七区长江路第一小学', '410103', '410100', '小学', '公办', '徐明', '13800000011', 0, NULL, 'active', '2025-06-11 01:10:00', '2025-07-11 03:10:00'),
(12, '中牟县第一高级中学', '410122', '410100', '高中', '公办', '孙燕', '13800000012', 0, NULL, 'active', '2025-06-12 01:11:00', '2025-07-12 03:11:00'),
(13, '中牟县职业教育中心', '410122', '410100', '中职', '公办', '马超', '13800000013', 0, NULL, 'active', '2025-06-13 01:12:00', '2025-07-13 03:12:00'),
(14, '中牟县实验幼儿园', '410122', '410100', '幼儿园', '公办', '朱红', '13800000014', 0, NULL, 'active', '2025-06-14 01:13:00', '2025-07-14 03:13:00'),
(15, '中牟县东风路学校', '410122', '410100', '九年一贯制', '公办', '胡军', '13800000015', 0, NULL, 'active', '2025-06-15 01:14:00', '2025-07-15 03:14:00'),
(16, '中牟县官渡镇孙庄教学点', '410122', '410100', '教学点', '公办', '郭华', '13800000016', 0, NULL, 'active', '2025-06-16 01:15:00', '2025-07-16 03:15:00'),
(17, '中牟县春晖幼儿园', '410122', '410100', '幼儿园', '民办', '何平', '13800000017', 0, NULL, 'active', '2025-06-17 01:16:00', '2025-07-17 03:16:00'),
(18, '郑州市第一中学', '410100', '410100', '高中', '公办', '高峰', '13800000018', 0, NULL, 'active', '2025-06-18 01:17:00', '2025-07-18 03:17:00'),
(19, '郑州外国语学校', '410100', '410100', '完全中学', '公办', '林霞', '13800000019', 0, NULL, 'active', '2025-06-19 01:18:00', '2025-07-19 03:18:00'),
(20, '郑州市财贸学校', '410100', '410100', '中职', '公办', '罗斌', '13800000020', 0, NULL, 'active', '2025-06-20 01:19:00', '2025-07-20 03:19:00'),
(21, '郑州市特殊教育学校', '410100', '410100', '特殊教育', '公办', '郑伟', '13800000021', 0, NULL, 'active', '2025-06-21 01:20:00', '2025-07-21 03:20:00'),
(22, '郑州幼儿师范高等专科学校', '410100', '410100', '高职', '公办', '梁晨', '13800000022', 0, NULL, 'active', '2025-06-22 01:21:00', '2025-07-22 03:21:00'),
(23, '郑州市实验幼儿园', '410100', '410100', '幼儿园', '公办', '宋佳', '13800000023', 0, NULL, 'active', '2025-06-23 01:22:00', '2025-07-23 03:22:00'),
(24, '开封高级中学', '410200', '410200', '高中', '公办', '谢磊', '13800000024', 0, NULL, 'active', '2025-06-24 01:23:00', '2025-07-24 03:23:00'),
(25, '开封市第二十五中学', '410200', '410200', '完全中学', '公办', '韩梅', '13800000025', 0, NULL, 'active', '2025-06-25 01:24:00', '2025-07-25 03:24:00'),
(26, '开封市文化旅游学校', '410200', '410200', '中职', '公办', '唐亮', '13800000026', 0, NULL, 'active', '2025-06-26 01:25:00', '2025-07-26 03:25:00'),
(27, '开封文化艺术职业学院', '410200', '410200', '高职', '公办', '冯雪', '13800000027', 0, NULL, 'active', '2025-06-27 01:26:00', '2025-07-27 03:26:00'),
(28, '开封市特殊教育学校', '410200', '410200', '特殊教育', '公办', '于洋', '13800000028', 0, NULL, 'active', '2025-06-28 01:27:00', '2025-07-28 03:27:00'),
(29, '开封市龙亭区北道门小学', '410202', '410200', '小学', '公办', '董军', '13800000029', 0, NULL, 'active', '2025-06-01 01:28:00', '2025-07-01 03:28:00'),
(30, '开封市龙亭区智慧树幼儿园', '410202', '410200', '幼儿园', '民办', '萧然', '13800000030', 0, NULL, 'active', '2025-06-02 01:29:00', '2025-07-02 03:29:00'),
(31, '开封市鼓楼区财政厅东街小学', '410204', '410200', '小学', '公办', '程琳', '13800000031', 0, NULL, 'active', '2025-06-03 01:30:00', '2025-07-03 03:30:00'),
(32, '开封市鼓楼区实验幼儿园', '410204', '410200', '幼儿园', '公办', '曹刚', '13800000032', 0, NULL, 'active', '2025-06-04 01:31:00', '2025-07-04 03:31:00'),
(33, '开封市祥符区实验中学', '410212', '410200', '初中', '公办', '袁媛', '13800000033', 0, NULL, 'active', '2025-06-05 01:32:00', '2025-07-05 03:32:00'),
(34, '兰考县第一高级中学', '410225', '410200', '高中', '公办', '邓辉', '13800000034', 0, NULL, 'active', '2025-06-06 01:33:00', '2025-07-06 03:33:00'),
(35, '兰考县城关镇第一小学', '410225', '410200', '小学', '公办', '许晴', '13800000035', 0, NULL, 'active', '2025-06-07 01:34:00', '2025-07-07 03:34:00'),
(36, '兰考县东坝头镇张庄教学点', '410225', '410200', '教学点', '公办', '傅强', '13800000036', 0, NULL, 'active', '2025-06-08 01:35:00', '2025-07-08 03:35:00'),
(37, '兰考县育英中学', '410225', '410200', '初中', '民办', '蒋欣', '13800000037', 0, NULL, 'active', '2025-06-09 01:36:00', '2025-07-09 03:36:00'),
(38, '郑州市金水区小星星幼儿园', '410105', '410100', '幼儿园', '民办', '沈涛', '13800000038', 0, NULL, 'pending', '2026-09-03 02:37:00', NULL),
(39, '兰考县仪封镇代庄小学', '410225', '410200', '小学', '公办', '彭丽', '13800000039', 0, NULL, 'pending', '2026-09-04 02:38:00', NULL);

-- Registration applications of the two pending schools (admin queue; no certificate file in the demo).
INSERT INTO applications (kind, school_id, applicant_account_id, payload, reason, status, created_at) VALUES
('registration', 38, NULL, '{}', NULL, 'pending', '2026-09-03 02:37:00'),
('registration', 39, NULL, '{}', NULL, 'pending', '2026-09-04 02:38:00');

-- One school account per active school: login = full school name, mobile = contact mobile.
INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, school_id,
                      must_change_password, password_changed_at, created_at) VALUES
('school', '郑州市金水区文化路第一小学', '13800000001',
 '$argon2id$v=19$m=19456,t=2,p=1$eHVQclBEN3g5YkF4WHVhSQ$hUy1s6v8COndyDA5rKeK/Dnxo3NaVG+50Va8ldbFF5c',
 '郑州市金水区文化路第一小学', 1, 0, UTC_TIMESTAMP(), '2025-07-01 03:00:00'),
('school', '中牟县官渡镇中心学校', '13800000002',
 '$argon2id$v=19$m=19456,t=2,p=1$eU1VSWtnaWxKWlBHSmN0cQ$pz2s4cUNAXM2Be7sS4YnUIlQBiX9I1gcn9FGei9Qork',
 '中牟县官渡镇中心学校', 2, 0, UTC_TIMESTAMP(), '2025-07-02 03:01:00'),
('school', '中牟县官渡镇第一小学', '13800000003',
 '$argon2id$v=19$m=19456,t=2,p=1$U1hmcGpRUEgySmhZTG9NTA$pJkEnagZYbgc0OZCp4xtWRqvtgCBoeG3mwsZJkW3ISM',
 '中牟县官渡镇第一小学', 3, 0, UTC_TIMESTAMP(), '2025-07-03 03:02:00'),
('school', '中牟县官渡镇杨桥小学', '13800000004',
 '$argon2id$v=19$m=19456,t=2,p=1$enpBYUtsUWhRSTlyZHlIUQ$TnY3D23+DZgWgH+Hbo2UCCNRis30OcuYyoN6rOqOsOk',
 '中牟县官渡镇杨桥小学', 4, 0, UTC_TIMESTAMP(), '2025-07-04 03:03:00'),
('school', '郑州市金水区纬五路第一小学', '13800000005',
 '$argon2id$v=19$m=19456,t=2,p=1$TjNnYXEvNEZJMU1nRzdSVw$gPxtyi6dhKxLOrJ29qi8NALhF9OxBqihbKF7wWv0CQU',
 '郑州市金水区纬五路第一小学', 5, 0, UTC_TIMESTAMP(), '2025-07-05 03:04:00'),
('school', '郑州市金水区黄河路第一小学', '13800000006',
 '$argon2id$v=19$m=19456,t=2,p=1$S0NqcDFBell5dytyTXRPUg$Oko9eo+F4wZxiGqpkPADDzjtxfxgQvz0AvxRVSfKYdY',
 '郑州市金水区黄河路第一小学', 6, 0, UTC_TIMESTAMP(), '2025-07-06 03:05:00'),
('school', '郑州市金水区实验幼儿园', '13800000007',
 '$argon2id$v=19$m=19456,t=2,p=1$SFVCUDFuVEhxaTJnZjRkbw$CfFruYXoWTNvAIcmps/RJNLf9kVkNfIzic4lW3w4biI',
 '郑州市金水区实验幼儿园', 7, 0, UTC_TIMESTAMP(), '2025-07-07 03:06:00'),
('school', '郑州市金水区启航双语幼儿园', '13800000008',
 '$argon2id$v=19$m=19456,t=2,p=1$b2NCVE9sUU1OTUlabEs0eQ$FfblD0a3Z85Zxk+oztfKA0Ev64ZZv0zM2rW0OFFdSGw',
 '郑州市金水区启航双语幼儿园', 8, 0, UTC_TIMESTAMP(), '2025-07-08 03:07:00'),
('school', '郑州市第八中学', '13800000009',
 '$argon2id$v=19$m=19456,t=2,p=1$K2tWWHloanZ6bzVRai9MVg$PTyZjIDjqpGOinzWE8/sD5MHLcnpnt558tEFGRZg6EE',
 '郑州市第八中学', 9, 0, UTC_TIMESTAMP(), '2025-07-09 03:08:00'),
('school', '郑州市金水区育才外国语学校', '13800000010',
 '$argon2id$v=19$m=19456,t=2,p=1$RCtzaEsxR255dHlwRmF2Yg$d02qWXBrHA7lypaajjeCyQbaX1In9RpdZWtkkp4AlTg',
 '郑州市金水区育才外国语学校', 10, 0, UTC_TIMESTAMP(), '2025-07-10 03:09:00'),
('school', '郑州市二七区长江路第一小学', '13800000011',
 '$argon2id$v=19$m=19456,t=2,p=1$eE10Skd4NHdhM1JZbEwrcA$cUvu+DfuhRZgh3mpzKGOno9w0T+E2kpk/ZaXxr+4LX8',
 '郑州市二七区长江路第一小学', 11, 0, UTC_TIMESTAMP(), '2025-07-11 03:10:00'),
('school', '中牟县第一高级中学', '13800000012',
 '$argon2id$v=19$m=19456,t=2,p=1$ejZqSzFpcndMWm4xaVE4ZQ$jvpGA1Fv6XoSkJqxJmX0TnQ47GnHNZWJI3MyWV3XtFk',
 '中牟县第一高级中学', 12, 0, UTC_TIMESTAMP(), '2025-07-12 03:11:00'),
('school', '中牟县职业教育中心', '13800000013',
 '$argon2id$v=19$m=19456,t=2,p=1$c3c2NzFnYlh4dWdrZmxTYQ$BN3+Hwh0TNzwoh8POjol6rWFUI8M0DwRxu/euqlrxNA',
 '中牟县职业教育中心', 13, 0, UTC_TIMESTAMP(), '2025-07-13 03:12:00'),
('school', '中牟县实验幼儿园', '13800000014',
 '$argon2id$v=19$m=19456,t=2,p=1$OCt1WUp2R052VC9pMklLZA$b4jCWy+IZw+EKra4JGVB4x51IP7+AQwSJRy1biYiK6k',
 '中牟县实验幼儿园', 14, 0, UTC_TIMESTAMP(), '2025-07-14 03:13:00'),
('school', '中牟县东风路学校', '13800000015',
 '$argon2id$v=19$m=19456,t=2,p=1$WnZHcElnVHV1S3c2V21pUg$mPq5sbfLGYupdQtEM4dsJ5LKL2FSoO6Ub4w5EeEnCsg',
 '中牟县东风路学校', 15, 0, UTC_TIMESTAMP(), '2025-07-15 03:14:00'),
('school', '中牟县官渡镇孙庄教学点', '13800000016',
 '$argon2id$v=19$m=19456,t=2,p=1$NDRiNEtsanVWVkp1WXNHRQ$csWl0IVlnrBRGFoytwSgUYzntzFnhxO5lyqwCCzNLbI',
 '中牟县官渡镇孙庄教学点', 16, 0, UTC_TIMESTAMP(), '2025-07-16 03:15:00'),
('school', '中牟县春晖幼儿园', '13800000017',
 '$argon2id$v=19$m=19456,t=2,p=1$aFpLa2l3RDdKc2Fnb0w4RQ$WUhT8mzm9fzkru6rgkYH3tdC1SjCsksUxHtocqdmmak',
 '中牟县春晖幼儿园', 17, 0, UTC_TIMESTAMP(), '2025-07-17 03:16:00'),
('school', '郑州市第一中学', '13800000018',
 '$argon2id$v=19$m=19456,t=2,p=1$ZGd5Y3B3THJjVC9PbW9DLw$DLIYZO5OJwONZre/51V4/8dVLYOl7Qql+yyBtbbqA40',
 '郑州市第一中学', 18, 0, UTC_TIMESTAMP(), '2025-07-18 03:17:00'),
('school', '郑州外国语学校', '13800000019',
 '$argon2id$v=19$m=19456,t=2,p=1$M3NmY3ZPZlZCbStNYVZjTQ$Z3oQJWA83k6UKj6bRFQLqufYGDBmHsUi4dArOIQQxtk',
 '郑州外国语学校', 19, 0, UTC_TIMESTAMP(), '2025-07-19 03:18:00'),
('school', '郑州市财贸学校', '13800000020',
 '$argon2id$v=19$m=19456,t=2,p=1$aCt3WGwzdVgxS1l2ZDhFMw$PSaiL6eus1x0aE9xRkNX6YSAii9hLv2nATmndHxtqxI',
 '郑州市财贸学校', 20, 0, UTC_TIMESTAMP(), '2025-07-20 03:19:00'),
('school', '郑州市特殊教育学校', '13800000021',
 '$argon2id$v=19$m=19456,t=2,p=1$WkgyaVAycVphZkZDUjBUNQ$CoaUaWb/p0LVu8ZhcnRGQz6leOgkDmbanSywjDglxeA',
 '郑州市特殊教育学校', 21, 0, UTC_TIMESTAMP(), '2025-07-21 03:20:00'),
('school', '郑州幼儿师范高等专科学校', '13800000022',
 '$argon2id$v=19$m=19456,t=2,p=1$WDFvcXpBbjlqVU1aRkNETQ$S4vinylN8tzW/ljIljfGhQq/mvNG0CjwP36GsMiu8O4',
 '郑州幼儿师范高等专科学校', 22, 0, UTC_TIMESTAMP(), '2025-07-22 03:21:00'),
('school', '郑州市实验幼儿园', '13800000023',
 '$argon2id$v=19$m=19456,t=2,p=1$RUM0UlFpSUxqWU40Rks2OA$h8LDYKqEpO78r+Ge1idu1SwO6YZYh3SaltwHXJYvUVY',
 '郑州市实验幼儿园', 23, 0, UTC_TIMESTAMP(), '2025-07-23 03:22:00'),
('school', '开封高级中学', '13800000024',
 '$argon2id$v=19$m=19456,t=2,p=1$R0ZVdWQzejVpM3YwUEc0NQ$k1byKP4lDdh7QoA6zF59MOHhXvlIYdX1C+TGXW8ck9U',
 '开封高级中学', 24, 0, UTC_TIMESTAMP(), '2025-07-24 03:23:00'),
('school', '开封市第二十五中学', '13800000025',
 '$argon2id$v=19$m=19456,t=2,p=1$MDQ2YWVZT2xra0pTU08wTQ$Lsua19CmBopMsZtKgsQoWUevtzIFuKSgMAfaeGoaEWU',
 '开封市第二十五中学', 25, 0, UTC_TIMESTAMP(), '2025-07-25 03:24:00'),
('school', '开封市文化旅游学校', '13800000026',
 '$argon2id$v=19$m=19456,t=2,p=1$dnV4dFlrWTNQS3pwT3NFOA$3alLbE1enObtSrvhKGIsoEpAVHGHmyMV/y0sO7VypNU',
 '开封市文化旅游学校', 26, 0, UTC_TIMESTAMP(), '2025-07-26 03:25:00'),
('school', '开封文化艺术职业学院', '13800000027',
 '$argon2id$v=19$m=19456,t=2,p=1$clREbUVhZkhaMHp2SFpCQg$AU6/Vd5TZgPwPqvKkE7vphNBWGmEEjsQUzYLR7CXarM',
 '开封文化艺术职业学院', 27, 0, UTC_TIMESTAMP(), '2025-07-27 03:26:00'),
('school', '开封市特殊教育学校', '13800000028',
 '$argon2id$v=19$m=19456,t=2,p=1$OVJiTWdaTTRvN3RieDlwTQ$kzYLg5KqjS0hm2ZdJwWTPIkxRq1EHPfhYJRvfCfyp00',
 '开封市特殊教育学校', 28, 0, UTC_TIMESTAMP(), '2025-07-28 03:27:00'),
('school', '开封市龙亭区北道门小学', '13800000029',
 '$argon2id$v=19$m=19456,t=2,p=1$SDZxaVZYOGZXM2FFOTNNeQ$OqNyKDaUS7j96RPz7slu0Pz4EuaMywxRNSoZqp12p28',
 '开封市龙亭区北道门小学', 29, 0, UTC_TIMESTAMP(), '2025-07-01 03:28:00'),
('school', '开封市龙亭区智慧树幼儿园', '13800000030',
 '$argon2id$v=19$m=19456,t=2,p=1$V0RuUEtyRWZLemZqQ1czOA$IYbQyYzuZh8800Cynf+ighXYZrrqL12GAsg2SetlivA',
 '开封市龙亭区智慧树幼儿园', 30, 0, UTC_TIMESTAMP(), '2025-07-02 03:29:00'),
('school', '开封市鼓楼区财政厅东街小学', '13800000031',
 '$argon2id$v=19$m=19456,t=2,p=1$d3BFblhBakVMa1RGR3hxUQ$n0n8Yx9jm3zO6nbCnNUNrivrIxMNunFcma0DLuWM+xc',
 '开封市鼓楼区财政厅东街小学', 31, 0, UTC_TIMESTAMP(), '2025-07-03 03:30:00'),
('school', '开封市鼓楼区实验幼儿园', '13800000032',
 '$argon2id$v=19$m=19456,t=2,p=1$Q3pIZlphV2tDL0lEanI0VQ$81PFVScLRSkecn886odIVCxZNP5BZFPIwsBz59JR/cA',
 '开封市鼓楼区实验幼儿园', 32, 0, UTC_TIMESTAMP(), '2025-07-04 03:31:00'),
('school', '开封市祥符区实验中学', '13800000033',
 '$argon2id$v=19$m=19456,t=2,p=1$NUltdW1RMk9Jd0t5ZUdHRw$poF70bPypA5/Js99HhfYNAGoCeDAV07YJlf9NM70Ic0',
 '开封市祥符区实验中学', 33, 0, UTC_TIMESTAMP(), '2025-07-05 03:32:00'),
('school', '兰考县第一高级中学', '13800000034',
 '$argon2id$v=19$m=19456,t=2,p=1$cHJpNmRNV3VObGlRVlNZcQ$A4GTQ0cOz2aHMHJeCINt647Jg3Z7woP9jvSAJ1BnqU4',
 '兰考县第一高级中学', 34, 0, UTC_TIMESTAMP(), '2025-07-06 03:33:00'),
('school', '兰考县城关镇第一小学', '13800000035',
 '$argon2id$v=19$m=19456,t=2,p=1$ZnViUDNqbEJzaGpqYTFFRA$FGvzlLPPFOGG990JfuYpqP91lYjB6uRgPyvkVxVM/PU',
 '兰考县城关镇第一小学', 35, 0, UTC_TIMESTAMP(), '2025-07-07 03:34:00'),
('school', '兰考县东坝头镇张庄教学点', '13800000036',
 '$argon2id$v=19$m=19456,t=2,p=1$T2lMNnF5ckVwdUdVZHBpVQ$d/tWo4/7dEYNxvSTwMAnVLh8NOypj6h3z8PtFK78htc',
 '兰考县东坝头镇张庄教学点', 36, 0, UTC_TIMESTAMP(), '2025-07-08 03:35:00'),
('school', '兰考县育英中学', '13800000037',
 '$argon2id$v=19$m=19456,t=2,p=1$TWVrZTlhZHBocE4yVWd3WQ$08saVdTxMmYi94jQv0XFwUQWJVxJN0F4KDEKUEe2sLw',
 '兰考县育英中学', 37, 0, UTC_TIMESTAMP(), '2025-07-09 03:36:00');

-- Education departments: login = region name.
INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code,
                      must_change_password, password_changed_at, created_at) VALUES
('department', '金水区', '13900000101',
 '$argon2id$v=19$m=19456,t=2,p=1$U1I0c1ovL0E0a2REUHN0aw$dMJe1wuDIm73bkw1h6HUY2Cn23g94+nhbQMMc7+itNQ',
 '郑州市金水区教育局', '410105', 0, UTC_TIMESTAMP(), '2025-05-06 01:00:00'),
('department', '郑州市', '13900000102',
 '$argon2id$v=19$m=19456,t=2,p=1$NUNFTCtadTdtVGZJb05mRg$rFHeoYrUituz54LQnxJmlyXf5UWHlP6ID7xPHs+4S2E',
 '郑州市教育局', '410100', 0, UTC_TIMESTAMP(), '2025-05-06 01:00:00'),
('department', '中牟县', '13900000103',
 '$argon2id$v=19$m=19456,t=2,p=1$N1ZNWXpGSGNYUUxva21IeA$3bQ/8XAnwr1Tj3jr5vbGqOR9EIkMkNtkuGToZboWMms',
 '中牟县教育局', '410122', 0, UTC_TIMESTAMP(), '2025-05-06 01:00:00'),
('department', '开封市', '13900000104',
 '$argon2id$v=19$m=19456,t=2,p=1$SXFaMCtLZXhCeG1kUThRYw$5mUkqev93szah3gjjtr8PvsDsTBP4/Rx9sy1WiA4djE',
 '开封市教育局', '410200', 0, UTC_TIMESTAMP(), '2025-05-06 01:00:00');

-- Insurer provincial branch of 平安财险 (it creates its city/county accounts itself).
INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id,
                      insurer_level, must_change_password, password_changed_at, created_at) VALUES
('insurer', 'pingan_henan', '13900000201',
 '$argon2id$v=19$m=19456,t=2,p=1$RlM3UElwRGZZWGhEblBGTw$K4rwBeYyfIcrr8E+NJpsyAZe6g0Wb9yXyKtkquKoiDs',
 '中国平安财产保险股份有限公司河南分公司', '410000', 2, 'province', 0, UTC_TIMESTAMP(), '2025-05-06 01:00:00');

-- The provincial center (河南省教育资源保障中心 校园风险防范部); its mobile receives the second factor.
INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name,
                      must_change_password, password_changed_at, created_at) VALUES
('admin', 'admin', '13900000001',
 '$argon2id$v=19$m=19456,t=2,p=1$ZGp5L1dXTWxBYW5DaU96SA$S18sX2XybiNXDagOIZ+L6iL/dpXtXaUYnzct/C59XTc',
 '河南省教育资源保障中心校园风险防范部', 0, UTC_TIMESTAMP(), '2025-05-06 01:00:00');

COMMIT;
