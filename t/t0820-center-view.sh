#!/bin/bash
# t0820-center-view: 查看 of a subordinate school on a center's 所辖学校. The page shows the
# school's details with the mobile masked; 修改明白人手机号 changes the school's contact and login
# mobile, tells the old and the new number by SMS and is audited naming the school acted for
# (messages in Chinese with the typed value kept); 申请注销 takes only 合并 or 撤销 with a reason
# and files an application (the center's account as applicant) that the admin's 注销审核 lists;
# the page then shows its state and no second form. A school that is not a subordinate is 404
# with an access_denied row, POSTs need the CSRF token, and removing the center status ends it.
. "$(dirname "$0")/test-lib.sh"
setup_db
SUB=中牟县官渡镇第一小学   # school 3, subordinate of the demo center (school 2)
CENTER_ACCOUNT=$(sql "SELECT id FROM accounts WHERE login_name = '$DEMO_CENTER'")
denied() { sql "SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied' AND object_id = '$1'"; }
view() { cgi GET "/school/center/school?id=$1" && expect_status 200; }
post() { local what=$1 id=$2; shift 2; cgi POST "/school/center/school/$what" "csrf=$(csrf_token)&id=$id&$*"; }

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}

test_expect_success '所辖学校 links 查看; the page shows the school, mobile masked' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	cgi GET /school/center/ && expect_status 200 && expect_body "href=\"/school/center/school?id=3\"" &&
	view 3 && expect_body "$SUB" && expect_body "郑州市 / 中牟县" && expect_body "张敏" &&
	expect_body "138****0003" && expect_no_body "13800000003" && expect_body "修改明白人手机号" &&
	expect_body "action=\"/school/center/school/cancel\""
'

test_expect_success 'mobile: messages in Chinese with the typed value kept, nothing changed' '
	view 3 && post mobile 3 mobile=1380000 && expect_status 200 &&
	expect_body "请输入正确的11位手机号码" && expect_body "value=\"1380000\"" &&
	post mobile 3 mobile=13800000003 && expect_body "新手机号与当前联系人手机相同" &&
	post mobile 3 mobile=13800000001 && expect_body "该手机号已是其他学校的登录手机号" &&
	test "$(sql "SELECT contact_mobile_hmac = $(mh 13800000003) FROM schools WHERE id = 3")" = 1 &&
	cgi POST /school/center/school/mobile "id=3&mobile=13912345678" && expect_status 403 &&
	test "$(sql "SELECT contact_mobile_hmac = $(mh 13800000003) FROM schools WHERE id = 3")" = 1
'

test_expect_success 'mobile: school and login mobile change, both numbers told by SMS, audited' '
	view 3 && post mobile 3 mobile=13912345678 && expect_status 303 &&
	expect_header Location "/school/center/school\\?id=3&done=mobile" &&
	test "$(sql "SELECT contact_mobile_hmac = $(mh 13912345678) FROM schools WHERE id = 3")" = 1 &&
	test "$(sql "SELECT mobile_hmac = $(mh 13912345678) FROM accounts WHERE kind = \"school\" AND school_id = 3")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE template = \"mobile_changed\" AND mobile_hmac IN ($(mh 13800000003), $(mh 13912345678))")" = 2 &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000003) AND template = \"mobile_changed\"" | grep -q "139\*\*\*\*5678" &&
	test "$(sql "SELECT CONCAT_WS(\" \", account_id, acting_school_id, detail) FROM audit_log WHERE action = \"mobile_changed\" AND object_id = \"3\"")" = \
		"$CENTER_ACCOUNT 3 by center 138****0003 -> 139****5678" &&
	cgi GET "/school/center/school?id=3&done=mobile" && expect_body "新旧手机号均已收到短信通知" && expect_body "139****5678"
'

test_expect_success '申请注销: only 合并 or 撤销 with a reason; values kept' '
	view 4 && post cancel 4 "reason=$(urlencode 停办)" && expect_status 200 &&
	expect_body "请选择注销原因" && expect_body "停办" &&
	post cancel 4 "cause=other&reason=x" && expect_body "请选择注销原因" &&
	post cancel 4 "cause=closure&reason=" && expect_body "请填写注销说明" && expect_body "value=\"closure\" checked" &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE kind = \"cancellation\"")" = 0
'

test_expect_success '申请注销 goes to the admin 注销审核 queue; the page shows it pending' '
	post cancel 4 "cause=merger&reason=$(urlencode 并入官渡镇第一小学)" && expect_status 303 &&
	expect_header Location "/school/center/school\\?id=4&done=cancel" &&
	test "$(sql "SELECT CONCAT_WS(\" \", school_id, applicant_account_id, status, JSON_VALUE(payload, \"$.cause\")) FROM applications WHERE kind = \"cancellation\"")" = \
		"4 $CENTER_ACCOUNT pending merger" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"cancellation_requested\" AND acting_school_id = 4")" = 1 &&
	view 4 && expect_no_body "您正在代所辖学校" && expect_body "待审核" && expect_body "并入官渡镇第一小学" && expect_no_body "action=\"/school/center/school/cancel\"" &&
	post cancel 4 "cause=merger&reason=again" && expect_body "该学校已有待审核的注销申请" &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE kind = \"cancellation\"")" = 1 &&
	admin_login && cgi GET /school/admin/cancellations && expect_status 200 &&
	expect_body "中牟县官渡镇杨桥小学" && expect_body "学校合并" && expect_body "$DEMO_CENTER"
'

test_expect_success 'a school that is not a subordinate is 404 with an access_denied row' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	before=$(denied 1) &&
	cgi GET "/school/center/school?id=1" && expect_status 404 && expect_no_body "$DEMO_SCHOOL" &&
	test "$(denied 1)" = $((before + 1)) &&
	view 3 && post mobile 1 mobile=13912340001 && expect_status 404 &&
	view 3 && post cancel 1 "cause=closure&reason=x" && expect_status 404 &&
	test "$(denied 1)" = $((before + 3)) &&
	test "$(sql "SELECT contact_mobile_hmac = $(mh 13800000001) FROM schools WHERE id = 1")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE kind = \"cancellation\" AND school_id = 1")" = 0 &&
	cgi GET "/school/center/school?id=2" && expect_status 404 &&
	cgi GET "/school/center/school?id=abc" && expect_status 400
'

test_expect_success 'after the center status is removed the center is refused' '
	view 3 && sql "UPDATE schools SET is_center = 0 WHERE id = 2" &&
	post mobile 3 mobile=13912340002 && test "$(cat "$TRASH/status")" != 303 &&
	test "$(sql "SELECT contact_mobile_hmac = $(mh 13912345678) FROM schools WHERE id = 3")" = 1 &&
	cgi GET "/school/center/school?id=3" && test "$(cat "$TRASH/status")" != 200
'

test_done
