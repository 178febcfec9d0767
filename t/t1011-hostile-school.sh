#!/bin/bash
# t1011-hostile-school: hostile values in every field of the school's and the center's forms
# (账号信息, 名称/区域变更, 手机号, 密码, 投保数据 and 多家保险公司, 增加所辖学校, a subordinate's
# 明白人 and 注销) and in the query of every school and center page, and in every cell of an
# uploaded roster: never a 500, never raw markup (the result page and its 问题清单 .xlsx keep
# them as text, no formula), nothing stored half.
. "$(dirname "$0")/test-lib.sh"
. "$ROOT/t/hostile-lib.sh"
. "$ROOT/t/enroll-lib.sh"
. "$ROOT/t/register-lib.sh"
setup_db
enroll_setup && make_fixtures

test_expect_success 'every field of the school account forms takes every hostile value safely' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	SWEEP_HOOK="sql \"DELETE FROM auth_throttle\"" &&
	for page in /school/s/account/basic /school/s/account/change-name /school/s/account/change-region \
		/school/s/account/mobile /school/s/account/password; do
		sweep_forms "$page" || exit 1
	done
'

test_expect_success 'every field of 投保数据 and 多家保险公司 (no roster file) takes every hostile value safely' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	sweep_forms /school/s/enroll && sweep_forms /school/s/enroll/extra
'

test_expect_success 'the query of every school page takes every hostile value safely' '
	login_as school "$DEMO_SCHOOL" School@2026 && sweep_routes school School
'

test_expect_success 'roster cells with markup, SQL, formulas, 10,000 characters, control characters, full-width digits: no raw markup, a 问题清单 of text cells, nothing stored' '
	make_roster "$TRASH/base.xlsx" 2 >/dev/null && hostile_sheet "$TRASH/base.xlsx" "$TRASH/hostile.xlsx" &&
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 && submit 1 "$TRASH/hostile.xlsx" 2 &&
	expect_safe 200 && expect_body "未保存任何数据" && expect_body "内容过长" &&
	HOSTILE_NO_LONG=1 hostile_sheet "$TRASH/base.xlsx" "$TRASH/hostile.xlsx" &&
	open_form 1 && submit 1 "$TRASH/hostile.xlsx" 2 && expect_safe 200 && expect_body "未保存任何数据" &&
	report=$(sed -n "s|.*href=\"\(/school/files/download?id=[0-9]*\)\".*|\1|p" "$TRASH/body" | head -n 1) &&
	test -n "$report" && cgi GET "$report" && expect_status 200 && save_download "$TRASH/report.xlsx" &&
	xlsx_text_only "$TRASH/report.xlsx" &&
	test "$(sql "SELECT COUNT(*) FROM enrollments")" = 0
'

test_expect_success 'a 参保人数 in full-width digits is read or refused in Chinese, never a 500' '
	make_roster "$TRASH/r3.xlsx" 3 500 >/dev/null &&
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 &&
	submit 1 "$TRASH/r3.xlsx" "３" && expect_safe &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE declared_count NOT IN (3)")" = 0
'

test_expect_success 'every field of the center forms (增加所辖学校, 明白人, 注销) takes every hostile value safely' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	SWEEP_HOOK="sql \"DELETE FROM auth_throttle\"" &&
	sweep_forms /school/center/register &&
	sub=$(sql "SELECT id FROM schools WHERE name = \"中牟县官渡镇第一小学\"") &&
	sweep_forms "/school/center/school?id=$sub"
'

test_expect_success 'the query of every center page takes every hostile value safely' '
	login_as school "$DEMO_CENTER" Center@2026 && sweep_routes center Center &&
	sweep_get /school/center/school id
'

test_expect_success 'a subordinate registered by the center with markup is shown escaped' '
	login_as school "$DEMO_CENTER" Center@2026 && cgi GET /school/center/register &&
	cgi_multipart /school/files/center-register "csrf=$(csrf_token)" "name=<script>alert(1)</script>分校" \
		"school_type=小学" "nature=公办" "contact_name=\"><img src=x onerror=alert(1)>" "mobile=13912300077" \
		"certificate=@$TRASH/cert.pdf" && expect_safe &&
	cgi GET /school/center/register && expect_safe 200 &&
	login_as admin admin Admin@2026 && cgi GET /school/admin/registrations && expect_safe 200
'

test_expect_success 'nothing was stored half: no control characters, no 10,000-character values' '
	found=$(stored_half) && { test -z "$found" || { echo "stored half: $found"; false; }; }
'

test_done
