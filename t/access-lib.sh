# t/access-lib.sh - the accounts and the foreign-tenant objects of the access-control matrix
# (t/t1000-access-matrix.sh), sourced after t/test-lib.sh, setup_db, t/enroll-lib.sh and
# t/claims-lib.sh.
#
# Own tenant (郑州市, 平安财险 company 2): the demo school (金水区), the demo center school
# (中牟县), the departments 金水区 and 郑州市, the 平安 insurers of the province (pingan_henan),
# of 郑州市 (pingan_zz, added here) and of 中牟县 (pingan_zhongmu, claims_fixtures), the admin.
# Foreign tenant (开封市 兰考县, 人保财险 company 1): school 35 made a 中心校 with school 36 below
# it, its submitted enrollment with a roster row, a roster file, a claim, a published
# announcement for 开封市, a statistics form of 开封市, an export job, a policy-import report
# and a claim-import report of renbao_henan. The year's 统计 deadline is opened too.
# Nearer foreign objects for the county-level kinds (an id line NAME.KIND overrides NAME for
# that kind): for the department of 金水区 the center school of 中牟县 (2), its subordinate (3)
# with a roster file and a 平安 claim, the statistics form of 中牟县 and an announcement for
# 中牟县; for 平安's 中牟县 insurer the 平安 enrollment of the 金水区 school (1) with a roster
# file, a 平安 claim there and an announcement for 金水区. Their markers are in
# ACCESS_NEAR_county and ACCESS_NEAR_insc. Each object carries a marker that no page of an
# own-tenant account may show (ACCESS_MARKERS).

# The names of the account kinds, in the column order of t/access/policy.tsv.
ACCESS_KINDS="anon school center county city insc insy insp admin"

# Texts of the foreign tenant that must never reach an own-tenant account's page.
ACCESS_MARKERS="兰考县城关镇第一小学 外域伤者 外域公告 外域学生 外域花名册"
# Texts of the nearer foreign objects that the county-level kinds must not see.
ACCESS_NEAR_county="中牟县官渡镇第一小学 近域伤者甲 近域花名册甲 近域公告甲 近域填表单位"
ACCESS_NEAR_insc="郑州市金水区文化路第一小学 近域伤者乙 近域花名册乙 近域公告乙"

# access_fixtures: the accounts and foreign objects above; writes the ids the policy's
# placeholders name (@school_kf, @enr_kf, ...) to $TRASH/ids as NAME=VALUE lines.
access_fixtures() {
	claims_fixtures &&
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level,
		must_change_password, password_changed_at)
		SELECT 'insurer', 'pingan_zz', '13900000293', password_hash, '平安财险郑州中心支公司', '410100', 2, 'city', 0,
		UTC_TIMESTAMP() FROM accounts WHERE login_name = 'pingan_henan'" && pii_seal &&
	sql "UPDATE schools SET is_center = 1 WHERE id = 35; UPDATE schools SET center_school_id = 35 WHERE id = 36" &&
	local renbao admin &&
	renbao=$(sql "SELECT id FROM accounts WHERE login_name = 'renbao_henan'") &&
	admin=$(sql "SELECT id FROM accounts WHERE login_name = 'admin'") &&
	sql "INSERT INTO files (sha256, kind, school_id, original_name, size_bytes, content_type, uploaded_by) VALUES
		(SHA2('matrix roster', 256), 'roster', 35, '外域花名册.xlsx', 10, 'application/octet-stream', NULL),
		(SHA2('matrix policy report', 256), 'export', NULL, '外域花名册保单结果.xlsx', 10, 'application/octet-stream', $renbao),
		(SHA2('matrix claim report', 256), 'other', NULL, '外域花名册理赔结果.xlsx', 10, 'application/octet-stream', $renbao)" &&
	sql "INSERT INTO enrollments (school_id, year_id, product_id, seq, region_code, city_code, company_id, declared_count,
		stored_count, status, roster_file_id, submitted_at)
		SELECT 35, 2, 1, 1, '410225', '410200', 1, 1, 1, 'submitted', id, UTC_TIMESTAMP() FROM files
		WHERE original_name = '外域花名册.xlsx'" &&
	local enr &&
	enr=$(sql "SELECT id FROM enrollments WHERE school_id = 35") &&
	sql "INSERT INTO roster_rows (enrollment_id, row_no, year_id, product_id, name, sex, grade, class_name)
		VALUES ($enr, 1, 2, 1, '外域学生', '男', '三年级', '1班')" &&
	sql "INSERT INTO claims (company_id, school_id, year_id, product_id, accident_on, injured_name, cause, created_by)
		VALUES (1, 35, 2, 1, '$(cn_day -3)', '外域伤者', '外域事故', $renbao)" &&
	sql "INSERT INTO announcements (title, body, audience, region_code, status, created_by, published_at)
		VALUES ('外域公告', '只发给开封市', 'school,center,department_city,department_county,insurer_province,insurer_city,insurer_county',
		'410200', 'published', $admin, UTC_TIMESTAMP())" &&
	local row='{"schools": 1, "students": 2, "students_insured": 1, "staff": 1, "staff_insured": 1}' &&
	sql "INSERT INTO statistics_forms (region_code, year_id, data, unit_name, submitted_by)
		SELECT '410200', 2, JSON_OBJECT('幼儿园', JSON_EXTRACT('$row', '\$'), '小学', JSON_EXTRACT('$row', '\$'),
		'初中', JSON_EXTRACT('$row', '\$'), '高中', JSON_EXTRACT('$row', '\$')), '外域填表单位', id
		FROM accounts WHERE login_name = '开封市'" &&
	sql "UPDATE academic_years SET stats_deadline = '$(cn_day 30)' WHERE id = 2" &&
	sql "INSERT INTO jobs (kind, account_id, params, status) VALUES ('export_rosters', $renbao, '{}', 'queued')" &&
	local near_ann='近域公告甲' near_ann2='近域公告乙' &&
	sql "INSERT INTO files (sha256, kind, school_id, original_name, size_bytes, content_type, uploaded_by) VALUES
		(SHA2('matrix near roster 3', 256), 'roster', 3, '近域花名册甲.xlsx', 10, 'application/octet-stream', NULL),
		(SHA2('matrix near roster 1', 256), 'roster', 1, '近域花名册乙.xlsx', 10, 'application/octet-stream', NULL)" &&
	sql "INSERT INTO claims (company_id, school_id, year_id, product_id, accident_on, injured_name, cause, created_by)
		SELECT 2, 3, 2, 1, '$(cn_day -3)', '近域伤者甲', '近域事故', id FROM accounts WHERE login_name = 'pingan_henan'
		UNION ALL SELECT 2, 1, 2, 1, '$(cn_day -3)', '近域伤者乙', '近域事故', id FROM accounts WHERE login_name = 'pingan_henan'" &&
	sql "INSERT INTO announcements (title, body, audience, region_code, status, created_by, published_at) VALUES
		('$near_ann', '只发给中牟县', 'school,center,department_county,insurer_county', '410122', 'published', $admin, UTC_TIMESTAMP()),
		('$near_ann2', '只发给金水区', 'school,department_county,insurer_county', '410105', 'published', $admin, UTC_TIMESTAMP())" &&
	sql "INSERT INTO statistics_forms (region_code, year_id, data, unit_name, submitted_by)
		SELECT '410122', 2, data, '近域填表单位', (SELECT id FROM accounts WHERE login_name = '中牟县')
		FROM statistics_forms WHERE region_code = '410200'" &&
	{
		echo "school_kf=35"
		echo "center_kf=35"
		echo "sub_kf=36"
		echo "enr_kf=$enr"
		echo "file_kf=$(sql "SELECT id FROM files WHERE original_name = '外域花名册.xlsx'")"
		echo "polrep_kf=$(sql "SELECT id FROM files WHERE original_name = '外域花名册保单结果.xlsx'")"
		echo "clmrep_kf=$(sql "SELECT id FROM files WHERE original_name = '外域花名册理赔结果.xlsx'")"
		echo "claim_kf=$(sql "SELECT id FROM claims WHERE injured_name = '外域伤者'")"
		echo "ann_kf=$(sql "SELECT id FROM announcements WHERE title = '外域公告'")"
		echo "stat_kf=$(sql "SELECT id FROM statistics_forms WHERE region_code = '410200'")"
		echo "job_kf=$(sql "SELECT id FROM jobs WHERE account_id = $renbao")"
		echo "acct_kf=$renbao"
		echo "reg_kf=$(sql "SELECT id FROM applications WHERE kind = 'registration' AND school_id = 39")"
		echo "company_kf=1"
		echo "school_kf.county=3"
		echo "center_kf.county=2"
		echo "sub_kf.county=3"
		echo "file_kf.county=$(sql "SELECT id FROM files WHERE original_name = '近域花名册甲.xlsx'")"
		echo "claim_kf.county=$(sql "SELECT id FROM claims WHERE injured_name = '近域伤者甲'")"
		echo "ann_kf.county=$(sql "SELECT id FROM announcements WHERE title = '$near_ann'")"
		echo "stat_kf.county=$(sql "SELECT id FROM statistics_forms WHERE region_code = '410122'")"
		echo "enr_kf.insc=$(sql "SELECT id FROM enrollments WHERE school_id = 1 AND company_id = 2")"
		echo "file_kf.insc=$(sql "SELECT id FROM files WHERE original_name = '近域花名册乙.xlsx'")"
		echo "claim_kf.insc=$(sql "SELECT id FROM claims WHERE injured_name = '近域伤者乙'")"
		echo "ann_kf.insc=$(sql "SELECT id FROM announcements WHERE title = '$near_ann2'")"
	} >"$TRASH/ids"
}

# access_login KIND: signs KIND in (anon: only the visitor cookie of the login page) and keeps
# its cookie jar in $TRASH/jar.KIND and its form token in $TRASH/csrf.KIND.
access_login() {
	case "$1" in
	anon) rm -f "$TRASH/cookies" && cgi GET /school/ ;;
	school) login_as school "$DEMO_SCHOOL" School@2026 ;;
	center) login_as school "$DEMO_CENTER" Center@2026 ;;
	county) login_as department 金水区 County@2026 ;;
	city) login_as department 郑州市 City@2026 ;;
	insc) login_as insurer pingan_zhongmu Insurer@2026 ;;
	insy) login_as insurer pingan_zz Insurer@2026 ;;
	insp) login_as insurer pingan_henan Insurer@2026 ;;
	admin) login_as admin admin Admin@2026 ;;
	*) echo "unknown kind $1"; return 1 ;;
	esac || return 1
	if [ "$1" = anon ]; then csrf_token >"$TRASH/csrf.$1"; else
		local home
		home=$(sed -n 's/^Location: //p' "$TRASH/headers" | tr -d '\r')
		cgi GET "$home" && expect_status 200 && csrf_token >"$TRASH/csrf.$1"
	fi &&
	test -s "$TRASH/csrf.$1" && cp "$TRASH/cookies" "$TRASH/jar.$1"
}
