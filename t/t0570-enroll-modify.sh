#!/bin/bash
# t0570-enroll-modify: 申请修改 by a school. After submission the 投保数据 page offers 申请修改;
# the form shows the current values and the roster download; bad input (no reason, a count
# that differs from the stored rows without a new roster, nothing changed, a roster with
# problems or with another count) shows the form again with what was typed and writes
# nothing; a valid application (also after the deadline: it is the application path) stores
# the new roster file and a pending application, marks the enrollment 修改中 and changes none
# of its values; a retried POST files nothing twice; the page then shows old → new; another
# school's or an unsubmitted enrollment is a 404; no csrf is a 403.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
enroll_setup && make_rosters || exit 1
modify() {  # modify FILE FIELD=VALUE...: POST /school/files/enroll/modify with csrf first
	local file=$1
	shift
	UPLOAD_URI=/school/files/enroll/modify post_roster "$file" "csrf=$(cat "$TRASH/csrf")" "$@"
}
state() { sql "SELECT CONCAT_WS(',', status, declared_count, stored_count, company_id, version) FROM enrollments WHERE id = $EID"; }
apps() { sql "SELECT COUNT(*) FROM applications WHERE kind = 'modification'"; }

test_expect_success 'a submitted product offers 申请修改 with the current values' '
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 && submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 &&
	EID=$(sql "SELECT id FROM enrollments WHERE school_id = 1 AND product_id = 1") && echo "$EID" >"$TRASH/eid" &&
	cgi GET /school/s/enroll && expect_body "href=\"/school/s/enroll/modify?id=$EID\"" && expect_no_body "申请修改<span class=\"tag-off\"" &&
	cgi GET "/school/s/enroll/modify?id=$EID" && expect_status 200 && expect_body "申请修改投保数据" &&
	expect_body "校方责任险（无过失责任保险）" && expect_body "郑州市 金水区" &&
	grep -q "name=\"declared_count\"[^>]*value=\"3\"" "$TRASH/body" && expect_body "<option value=\"1\" selected>" &&
	expect_body "/school/s/enroll/roster?id=$EID" && expect_body "无改动无需重复上传" && expect_body "提交修改申请" &&
	csrf_token >"$TRASH/csrf"
'
EID=$(cat "$TRASH/eid" 2>/dev/null)

test_expect_success 'no reason: the form again with the typed values, nothing written' '
	modify - "id=$EID" "declared_count=3" "company_id=2" "reason=" && expect_status 200 &&
	expect_body "请填写修改原因" && expect_body "<option value=\"2\" selected>" &&
	test "$(apps)" = 0 && test "$(state)" = "submitted,3,3,1,1"
'

test_expect_success 'a new count without a new roster, or no change at all, is refused' '
	modify - "id=$EID" "declared_count=4" "company_id=1" "reason=$(printf 人员变更)" && expect_status 200 &&
	expect_body "人数有变化时请上传新的花名册" && grep -q "name=\"reason\"[^>]*value=\"人员变更\"" "$TRASH/body" &&
	modify - "id=$EID" "declared_count=3" "company_id=1" "reason=没变" && expect_status 200 &&
	expect_body "没有修改任何内容" && test "$(apps)" = 0
'

test_expect_success 'a new roster with problems or another count is refused with its report' '
	modify "$TRASH/bad.xlsx" "id=$EID" "declared_count=3" "company_id=1" "reason=更正" && expect_status 200 &&
	expect_body "问题清单" && expect_body "未提交申请" &&
	modify "$TRASH/good4.xlsx" "id=$EID" "declared_count=3" "company_id=1" "reason=更正" && expect_status 200 &&
	expect_body "新花名册的人数（4 人）不一致" && test "$(apps)" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM files WHERE kind = \"roster\"")" = 1
'

test_expect_success 'another school or an unsubmitted enrollment is a 404; no csrf is a 403' '
	modify - "id=999999" "declared_count=3" "company_id=2" "reason=x" && expect_status 404 &&
	UPLOAD_URI=/school/files/enroll/modify post_roster - "id=$EID" "declared_count=3" "company_id=2" "reason=x" &&
	expect_status 403 &&
	login_as school 郑州市金水区纬五路第一小学 School@2026 &&
	cgi GET "/school/s/enroll/modify?id=$EID" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_id = \"$EID\"")" = 1 &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET "/school/s/enroll/modify?id=$EID" && csrf_token >"$TRASH/csrf"
'

test_expect_success 'after the deadline a valid application is filed; the enrollment is 修改中, unchanged' '
	sql "UPDATE academic_years SET enroll_deadline = \"$(cn_day -1)\" WHERE id = 2" &&
	modify "$TRASH/good4.xlsx" "id=$EID" "declared_count=4" "company_id=2" "reason=人员变更，保险公司选择错误" &&
	expect_status 303 && expect_header Location "/school/s/enroll/modify\?id=$EID&done=applied" &&
	test "$(apps)" = 1 && test "$(state)" = "modifying,3,3,1,1" &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows WHERE enrollment_id = $EID")" = 3 &&
	test "$(sql "SELECT CONCAT_WS(\",\", status, product_id, JSON_VALUE(payload, \"\$.declared_count\"), JSON_VALUE(payload, \"\$.company_id\"), JSON_VALUE(payload, \"\$.roster_rows\"), JSON_VALUE(payload, \"\$.previous_status\")) FROM applications WHERE kind = \"modification\"")" = "pending,1,4,2,4,submitted" &&
	test "$(sql "SELECT f.kind FROM files f JOIN applications a ON f.id = JSON_VALUE(a.payload, \"\$.roster_file_id\")")" = roster &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"modification_requested\"")" = 1
'

test_expect_success 'a retried POST files nothing twice' '
	modify "$TRASH/good4.xlsx" "id=$EID" "declared_count=4" "company_id=2" "reason=人员变更，保险公司选择错误" &&
	expect_status 303 && test "$(apps)" = 1
'

test_expect_success 'the pages show the pending application: old → new, 修改中' '
	cgi GET "/school/s/enroll/modify?id=$EID&done=applied" && expect_status 200 && expect_body "修改申请已提交" &&
	expect_body "修改申请审核中" && expect_body "<td>3 人</td>" && expect_body "<strong>4 人</strong>" &&
	expect_body "<strong>平安财险</strong>" && expect_body "人员变更，保险公司选择错误" &&
	expect_no_body "提交修改申请" &&
	cgi GET /school/s/enroll && expect_body "修改中" && expect_body "查看修改申请"
'

test_done
