#!/bin/bash
# t0735-admin-cancellations: 注销审核 of school account cancellations filed by departments on a
# school's 设置 page. The queue lists pending ones oldest first with 合并/撤销 and the applicant;
# approving cancels the school (a center's subordinates are detached, it leaves its own center),
# disables its account and ends its sessions, withdraws its other pending applications and tells
# the applicant by SMS; a school no longer active is refused (409); rejecting needs a reason and
# leaves the school alone; the department sees the outcome. Audited; decided → 409; only the admin.
# The trigger-kept list counters of migration 0015 agree after the cancellations (manage coverage-check).
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}
dept() { sql "SELECT id FROM accounts WHERE kind = 'department' AND login_name = '$1'"; }

# Applications as the 设置 page files them (school 2 is a center with schools 3 and 4).
sql "INSERT INTO applications (id, kind, school_id, applicant_account_id, payload, reason, created_at) VALUES
 (701, 'cancellation', 8, $(dept 金水区), JSON_OBJECT('cause', 'merger'), '并入郑州市金水区实验幼儿园', '2026-09-10 01:00:00'),
 (702, 'cancellation', 7, $(dept 金水区), JSON_OBJECT('cause', 'closure'), '已撤销', '2026-09-10 02:00:00'),
 (703, 'cancellation', 2, $(dept 中牟县), JSON_OBJECT('cause', 'merger'), '与官渡镇第二中心校合并', '2026-09-10 03:00:00'),
 (704, 'cancellation', 38, $(dept 金水区), JSON_OBJECT('cause', 'closure'), '未开办', '2026-09-10 04:00:00'),
 (705, 'name_change', 8, NULL, JSON_OBJECT('name', '郑州市金水区启航幼儿园'), '更名', '2026-09-10 05:00:00');
 UPDATE schools SET center_school_id = 2 WHERE id = 12" || exit 1

test_expect_success 'the queue lists pending cancellations oldest first, in the admin nav' '
	admin_login &&
	cgi GET /school/admin/cancellations && expect_status 200 &&
	expect_body "共 <strong>4</strong> 件" && expect_body "学校合并" && expect_body "学校撤销" &&
	expect_body "郑州市金水区启航双语幼儿园" && expect_body "郑州市 / 金水区" && expect_body "郑州市金水区教育局" &&
	a=$(grep -n "启航双语幼儿园" "$TRASH/body" | head -n 1 | cut -d: -f1) &&
	b=$(grep -n "中牟县官渡镇中心学校" "$TRASH/body" | head -n 1 | cut -d: -f1) && test "$a" -lt "$b" &&
	expect_body "href=\"/school/admin/cancellations\" aria-current=\"page\">注销审核</a>" &&
	cgi GET /school/admin/ &&
	expect_body "<a href=\"/school/admin/cancellations\">注销审核</a></span><span class=\"stat-value\"><strong class=\"num\">4</strong> 件"
'

test_expect_success 'the detail page shows cause, reason, applicant and center ties; bad ids' '
	cgi GET "/school/admin/cancellation?id=703" && expect_status 200 &&
	expect_body "中牟县官渡镇中心学校" && expect_body "所辖学校 3 所" && expect_body "与官渡镇第二中心校合并" &&
	expect_body "data-confirm=" && expect_body "138****0002" &&
	cgi GET "/school/admin/cancellation?id=705" && expect_status 404 &&
	cgi GET "/school/admin/cancellation?id=999" && expect_status 404 &&
	cgi GET "/school/admin/cancellation?id=x" && expect_status 400
'

test_expect_success 'approve: school cancelled, account disabled, sessions ended, other applications withdrawn' '
	login_as school 郑州市金水区启航双语幼儿园 School@2026 && cp "$TRASH/cookies" "$TRASH/school.cookies" &&
	admin_login && cgi GET "/school/admin/cancellation?id=701" &&
	cgi POST /school/admin/cancellation/approve "csrf=$(csrf_token)&id=701" && expect_status 303 &&
	expect_header Location "/school/admin/cancellation\?id=701&done=approved" &&
	test "$(sql "SELECT CONCAT(status, is_center, IFNULL(center_school_id, \"-\")) FROM schools WHERE id = 8")" = "cancelled0-" &&
	test "$(sql "SELECT status FROM accounts WHERE kind = \"school\" AND school_id = 8")" = disabled &&
	test "$(sql "SELECT COUNT(*) FROM sessions WHERE account_id = (SELECT id FROM accounts WHERE kind = \"school\" AND school_id = 8)")" = 0 &&
	test "$(sql "SELECT CONCAT(status, \"|\", decision_reason) FROM applications WHERE id = 705")" = "withdrawn|学校账号已注销，申请自动撤回" &&
	test "$(sql "SELECT status FROM applications WHERE id = 701")" = approved &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13900000101) AND template = \"application_approved\"" | grep -q "学校账号注销申请已审核通过" &&
	sql "SELECT detail FROM audit_log WHERE action = \"application_approved\" AND object_id = \"701\"" | grep -q "cancellation school=8 .* cause=merger detached=0 withdrawn=1" &&
	cgi GET "/school/admin/cancellation?id=701&done=approved" && expect_body "学校账号已注销并停用"
'

test_expect_success 'the cancelled school can no longer sign in' '
	cp "$TRASH/school.cookies" "$TRASH/cookies" && cgi GET /school/s/ && expect_status 302 && expect_header Location "/school/$" &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(urlencode 郑州市金水区启航双语幼儿园)&password=School%402026" &&
	expect_status 200
'

test_expect_success 'approving a center detaches its subordinates' '
	admin_login && cgi GET "/school/admin/cancellation?id=703" &&
	cgi POST /school/admin/cancellation/approve "csrf=$(csrf_token)&id=703" && expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE center_school_id = 2")" = 0 &&
	test "$(sql "SELECT CONCAT(status, is_center) FROM schools WHERE id = 2")" = cancelled0 &&
	test "$(sql "SELECT status FROM schools WHERE id = 3")" = active &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13900000103)" | grep -q "学校账号注销申请已审核通过" &&
	sql "SELECT detail FROM audit_log WHERE object_id = \"703\" AND action = \"application_approved\"" | grep -q "detached=3"
'

test_expect_success 'a school that is not active is refused (409), nothing written' '
	cgi GET "/school/admin/cancellation?id=704" &&
	cgi POST /school/admin/cancellation/approve "csrf=$(csrf_token)&id=704" && expect_status 409 &&
	expect_body "已不是正常使用状态" &&
	test "$(sql "SELECT status FROM applications WHERE id = 704")" = pending &&
	test "$(sql "SELECT status FROM schools WHERE id = 38")" = pending
'

test_expect_success 'reject needs a reason, tells the applicant, leaves the school' '
	cgi GET "/school/admin/cancellation?id=702" &&
	cgi POST /school/admin/cancellation/reject "csrf=$(csrf_token)&id=702&reason=" && expect_status 200 &&
	expect_body "请填写驳回原因" &&
	cgi POST /school/admin/cancellation/reject "csrf=$(csrf_token)&id=702&reason=$(urlencode "请附撤销批准文件")" &&
	expect_status 303 && expect_header Location "/school/admin/cancellation\?id=702&done=rejected" &&
	test "$(sql "SELECT CONCAT(status, \"|\", decision_reason) FROM applications WHERE id = 702")" = "rejected|请附撤销批准文件" &&
	test "$(sql "SELECT status FROM schools WHERE id = 7")" = active &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13900000101) AND template = \"application_rejected\"" | grep -q "学校账号注销申请未通过审核，原因：请附撤销批准文件" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"application_rejected\" AND object_id = \"702\"")" = 1
'

test_expect_success 'decided applications are 409, unknown 404; the queue shrinks' '
	cgi GET "/school/admin/cancellation?id=701" && tok=$(csrf_token) &&
	cgi POST /school/admin/cancellation/approve "csrf=$tok&id=701" && expect_status 409 && expect_body "已经处理过" &&
	cgi POST /school/admin/cancellation/reject "csrf=$tok&id=702&reason=x" && expect_status 409 &&
	cgi POST /school/admin/cancellation/approve "csrf=$tok&id=999" && expect_status 404 &&
	cgi POST /school/admin/cancellation/approve "csrf=$tok&id=705" && expect_status 404 &&
	cgi GET /school/admin/cancellations && expect_body "共 <strong>1</strong> 件"
'

test_expect_success 'the department sees the outcome on the 设置 page; a rejected school may apply again' '
	login_as department 金水区 County@2026 &&
	cgi GET "/school/dept/schools/settings?id=8" && expect_status 200 && expect_body "已注销" && expect_body "已通过" &&
	expect_no_body "action=\"/school/dept/schools/settings/cancel\"" && expect_no_body "修改账号密码" &&
	cgi GET "/school/dept/schools/settings?id=7" && expect_body "已驳回" && expect_body "请附撤销批准文件" &&
	expect_body "action=\"/school/dept/schools/settings/cancel\""
'

test_expect_success 'CSRF and other roles are refused' '
	admin_login && cgi POST /school/admin/cancellation/approve "id=704" && expect_status 403 &&
	login_as department 金水区 County@2026 &&
	cgi GET /school/admin/cancellations && expect_status 403 &&
	cgi GET "/school/admin/cancellation?id=704" && expect_status 403
'

test_expect_success 'the list counters (school_counters, insurer_counters, copies) agree after the cancellations' '
	"$ROOT/cgi-bin/manage" coverage-check >"$TRASH/counters.out" 2>&1;
	grep -qx "list counters: 0 differing rows" "$TRASH/counters.out"
'

test_done
