#!/bin/bash
# t1012-hostile-dept: hostile values in every field of the department's forms (a school's 设置:
# 中心校, 加入/移出, 密码, 明白人手机, 注销申请; 中心校管理; 数据提交; 未投保学校 reminders; 账号) and in
# the search, filter, sort and page parameters of every department page; school names,
# 明白人 and claims holding markup and formulas shown escaped on the pages and as text cells
# (no formula) in every .xlsx export; nothing stored half.
. "$(dirname "$0")/test-lib.sh"
. "$ROOT/t/hostile-lib.sh"
. "$ROOT/t/enroll-lib.sh"
. "$ROOT/t/dept-lib.sh"
. "$ROOT/t/claims-lib.sh"
setup_db
enroll_setup

MARKUP='<script>alert(1)</script>'
FORMULA="=cmd|' /C calc'!A0"
school_id() { sql "SELECT id FROM schools WHERE name = '$1'"; }

test_expect_success 'every field of a school'"'"'s 设置 takes every hostile value safely' '
	county && id=$(school_id 郑州市金水区纬五路第一小学) && test -n "$id" &&
	SWEEP_HOOK="sql \"DELETE FROM auth_throttle\"" && sweep_forms "/school/dept/schools/settings?id=$id"
'

test_expect_success 'every field of 中心校管理, 数据提交, 未投保学校 and the account takes every hostile value safely' '
	login_as department 中牟县 County@2026 &&
	center=$(school_id 中牟县官渡镇中心学校) && sweep_forms "/school/dept/center?id=$center" &&
	county && sweep_forms /school/dept/statistics-form && sweep_forms /school/dept/uncovered &&
	SWEEP_HOOK="sql \"DELETE FROM auth_throttle\"" &&
	sweep_forms /school/dept/account/mobile && sweep_forms /school/dept/account/password
'

test_expect_success 'the search, filter, sort and page parameters of 学校数据, 未投保学校 and the claims lists' '
	city &&
	sweep_get /school/dept/schools county q type nature status product sort dir page &&
	sweep_get /school/dept/schools/export county q type nature status product sort dir &&
	sweep_get /school/dept/uncovered county q product page &&
	sweep_get /school/dept/claims-pending company county from to page &&
	sweep_get /school/dept/claims-settled/export company county from to &&
	sweep_get /school/dept/statistics year product county view &&
	sweep_get /school/dept/statistics-form year
'

test_expect_success 'the query of every department page takes every hostile value safely' '
	county && sweep_routes department Department
'

test_expect_success 'school names, 明白人 and claims with markup and formulas: escaped on the pages, text in the exports' '
	sql "UPDATE schools SET name = \"$MARKUP小学\", contact_name = \"\\\"><img src=x onerror=alert(1)>\" WHERE name = \"郑州市金水区纬五路第一小学\"" &&
	sql "UPDATE schools SET contact_name = \"$FORMULA\" WHERE name = \"$DEMO_SCHOOL\"" &&
	claims_fixtures &&
	sql "INSERT INTO claims (claim_no, school_id, year_id, product_id, company_id, injured_name, accident_on, cause, handling,
		status, created_by)
		SELECT \"=1+1\", e.school_id, e.year_id, e.product_id, e.company_id, \"$FORMULA\", CURDATE(), \"$MARKUP\",
		\"@SUM(A1)\", \"pending\", 1 FROM enrollments e WHERE e.school_id = 1" &&
	county &&
	cgi GET "/school/dept/schools?q=$(urlencode "<script>")" && expect_safe 200 && expect_body "&lt;script&gt;alert(1)&lt;/script&gt;小学" &&
	cgi GET /school/dept/uncovered && expect_safe 200 &&
	cgi GET /school/dept/claims-pending && expect_safe 200 && expect_body "&lt;script&gt;alert(1)" &&
	id=$(sql "SELECT id FROM claims WHERE claim_no = \"=1+1\"") &&
	cgi GET "/school/dept/claim?id=$id" && expect_safe 200 &&
	cgi GET /school/dept/schools/export && expect_status 200 && save_download "$TRASH/schools.xlsx" &&
	xlsx_text_only "$TRASH/schools.xlsx" "$MARKUP小学" "$FORMULA" &&
	cgi GET /school/dept/claims-pending/export && expect_status 200 && save_download "$TRASH/claims.xlsx" &&
	xlsx_text_only "$TRASH/claims.xlsx" "$FORMULA" "@SUM(A1)"
'

test_expect_success 'the city'"'"'s schools, statistics, county sum and submitted-form exports hold only text cells' '
	city &&
	cgi GET /school/dept/schools/export && expect_status 200 && save_download "$TRASH/city.xlsx" && xlsx_text_only "$TRASH/city.xlsx" &&
	cgi GET /school/dept/statistics/export && expect_safe 200 && save_download "$TRASH/stats.xlsx" && xlsx_text_only "$TRASH/stats.xlsx" &&
	cgi GET "/school/dept/statistics-form/export?sum=1" && expect_status 200 && save_download "$TRASH/sum.xlsx" &&
	xlsx_text_only "$TRASH/sum.xlsx" &&
	r="JSON_OBJECT(\"schools\", 1, \"students\", 2, \"students_insured\", 2, \"staff\", 1, \"staff_insured\", 1)" &&
	sql "INSERT INTO statistics_forms (region_code, year_id, version, data, unit_name, submitted_by)
		SELECT \"410105\", id, 99, JSON_OBJECT(\"幼儿园\", $r, \"小学\", $r, \"初中\", $r, \"高中\", $r), \"$FORMULA\", 1
		FROM academic_years WHERE is_current = 1" &&
	form=$(sql "SELECT id FROM statistics_forms WHERE region_code = \"410105\" AND version = 99") &&
	cgi GET "/school/dept/statistics-form/export?id=$form" && expect_status 200 && save_download "$TRASH/form.xlsx" &&
	xlsx_text_only "$TRASH/form.xlsx" "$FORMULA"
'

test_expect_success 'nothing was stored half: no control characters, no 10,000-character values' '
	found=$(stored_half) && { test -z "$found" || { echo "stored half: $found"; false; }; }
'

test_done
