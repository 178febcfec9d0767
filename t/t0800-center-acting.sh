#!/bin/bash
# t0800-center-acting: a center school (中心校) and its subordinate schools. 所辖学校 lists each
# active subordinate school with the current year's progress per product, its 明白人 (mobile
# masked) and 上传; with school=N the school's 投保数据 pages work for that school (banner, forms
# and links keep school=N): the roster is stored for the subordinate school, submitted_by is the
# center's account and the audit row names both; problem reports and roster downloads work while
# acting. A school that is not a subordinate (or a plain school account, or a center whose
# status was removed) gets 404 with an access_denied audit row; a malformed id 400.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup && make_rosters || exit 1
SUB=中牟县官渡镇第一小学   # school 3, subordinate of the demo center (school 2)
count() { sql "$1"; }
CENTER_ACCOUNT=$(sql "SELECT id FROM accounts WHERE login_name = '$DEMO_CENTER'")

# open_form_for SCHOOL PRODUCT: open_form on the 投保数据 page acting for SCHOOL.
open_form_for() {
	cgi GET "/school/s/enroll?school=$1" && expect_status 200 &&
	csrf_token >"$TRASH/csrf" &&
	perl -0ne 'print $1 if /name="product" value="'"$2"'">\s*<input type="hidden" name="batch_key" value="([0-9a-f]+)"/' \
		"$TRASH/body" >"$TRASH/batch.$2" && test -s "$TRASH/batch.$2"
}

test_expect_success '所辖学校 lists the subordinate schools with progress, masked 明白人 and 上传' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	cgi GET /school/center/ && expect_status 200 &&
	expect_body "$SUB" && expect_body "中牟县官渡镇杨桥小学" && expect_no_body "$DEMO_SCHOOL" &&
	expect_body "张敏" && expect_body "138****0003" && expect_no_body "13800000003" &&
	expect_body "校方责任险（无过失责任保险）" && expect_body "未提交" &&
	expect_body "href=\"/school/s/enroll?school=3\""
'

test_expect_success 'the 投保数据 page acting for a subordinate school names it and keeps school=N' '
	open_form_for 3 1 &&
	expect_body "您正在代所辖学校" && expect_body "<strong>$SUB</strong>" && expect_body "返回所辖学校" &&
	expect_body "中牟县" && expect_body "action=\"/school/files/enroll?school=3\"" &&
	expect_body "href=\"/school/s/enroll/extra?school=3\""
'

test_expect_success 'a roster with problems: the report is downloadable while acting' '
	UPLOAD_URI="/school/files/enroll?school=3" submit 1 "$TRASH/bad.xlsx" 3 && expect_status 200 &&
	expect_body "未保存任何数据" && expect_body "您正在代所辖学校" &&
	report=$(sed -n "s|.*href=\"\(/school/files/download?id=[0-9]*&amp;school=3\)\".*|\1|p" "$TRASH/body" | head -n 1) &&
	test -n "$report" && test "$(count "SELECT school_id FROM files WHERE kind = '\''other'\''")" = 3 &&
	cgi GET "$(echo "$report" | sed "s/&amp;/\&/")" && expect_status 200 && expect_header X-Accel-Redirect "/_files/"
'

test_expect_success 'submitting for the subordinate school stores its enrollment, by the center, audited for both' '
	open_form_for 3 1 &&
	UPLOAD_URI="/school/files/enroll?school=3" submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 &&
	expect_header Location "/school/s/enroll\\?school=3&done=submitted" &&
	test "$(count "SELECT CONCAT(school_id, \" \", status, \" \", stored_count, \" \", submitted_by) FROM enrollments")" = "3 submitted 3 $CENTER_ACCOUNT" &&
	test "$(count "SELECT COUNT(*) FROM enrollments WHERE school_id = 2")" = 0 &&
	test "$(count "SELECT CONCAT(account_id, \" \", account_kind, \" \", acting_school_id) FROM audit_log WHERE action = '\''enrollment_submitted'\''")" = "$CENTER_ACCOUNT school 3" &&
	coverage_ok &&
	cgi GET /school/center/ && expect_status 200 && expect_body "已提交"
'

test_expect_success 'roster download and 申请修改 work acting for the school, not for the center itself' '
	E=$(count "SELECT id FROM enrollments WHERE school_id = 3") &&
	cgi GET "/school/s/enroll/roster?id=$E&school=3" && expect_status 200 &&
	cgi GET "/school/s/enroll/roster?id=$E" && expect_status 404 &&
	cgi GET "/school/s/enroll/modify?id=$E&school=3" && expect_status 200 && expect_body "您正在代所辖学校" &&
	expect_body "action=\"/school/files/enroll/modify?school=3\"" &&
	expect_body "href=\"/school/s/enroll/roster?id=$E&amp;school=3\""
'

test_expect_success 'a school that is not a subordinate is 404 with an access_denied row; a bad id 400' '
	before=$(count "SELECT COUNT(*) FROM audit_log WHERE action = '\''access_denied'\'' AND object_id = '\''1'\''") &&
	cgi GET "/school/s/enroll?school=1" && expect_status 404 && expect_no_body "$DEMO_SCHOOL" &&
	test "$(count "SELECT COUNT(*) FROM audit_log WHERE action = '\''access_denied'\'' AND object_id = '\''1'\''")" = $((before + 1)) &&
	open_form_for 3 2 &&
	UPLOAD_URI="/school/files/enroll?school=5" submit 2 "$TRASH/good.xlsx" 3 && expect_status 404 &&
	test "$(count "SELECT COUNT(*) FROM enrollments WHERE school_id = 5")" = 0 &&
	cgi GET "/school/s/enroll?school=abc" && expect_status 400
'

test_expect_success 'a plain school account cannot act for another school' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET "/school/s/enroll?school=3" && expect_status 404 &&
	cgi GET "/school/s/enroll?school=1" && expect_status 200 && expect_no_body "您正在代所辖学校"
'

test_expect_success 'after the center status is removed the center can no longer act' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	sql "UPDATE schools SET is_center = 0 WHERE id = 2" &&
	cgi GET "/school/s/enroll?school=3" && expect_status 404 &&
	cgi GET /school/center/ && test "$(cat "$TRASH/status")" != 200
'

test_done
