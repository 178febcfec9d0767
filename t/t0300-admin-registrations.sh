#!/bin/bash
# t0300-admin-registrations: the admin's 注册审核. The queue lists pending registrations oldest
# first (20 a page) with region path, masked mobile and whether a certificate was uploaded; the
# detail page shows everything and links the certificate (which the admin can download).
# Approve opens the school account with a one-time password sent by SMS (must be changed);
# reject needs a reason (≤ 200 characters) that goes to the contact by SMS. Decided
# applications cannot be decided again (409), unknown ids are 404, every decision is audited,
# and only the admin gets in.
# The trigger-kept list counters of migration 0015 agree after the approved registrations (manage coverage-check).
. "$(dirname "$0")/test-lib.sh"
setup_db

# admin_login: signs in as the demo admin and marks the session as past the second factor
# (the SMS code step belongs to the sign-in pages, tested elsewhere).
admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}

app_id() { sql "SELECT a.id FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = '$1' AND a.kind = 'registration'"; }

test_expect_success 'the queue lists the demo registrations oldest first, masked' '
	admin_login &&
	cgi GET /school/admin/registrations && expect_status 200 &&
	expect_body "郑州市金水区小星星幼儿园" && expect_body "兰考县仪封镇代庄小学" &&
	expect_body "郑州市 / 金水区" && expect_body "开封市 / 兰考县" &&
	expect_body "138****0038" && expect_no_body "13800000038" &&
	expect_body "未上传" &&
	first=$(grep -n "小星星" "$TRASH/body" | head -n 1 | cut -d: -f1) &&
	second=$(grep -n "代庄" "$TRASH/body" | head -n 1 | cut -d: -f1) &&
	test "$first" -lt "$second"
'

test_expect_success 'the nav entry is live and marked current' '
	expect_body "href=\"/school/admin/registrations\" aria-current=\"page\">注册审核</a>"
'

test_expect_success 'the queue pages by 20 and shows a 市直 school as such' '
	for i in $(seq 1 22); do
		echo "INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile, status, created_at)
		      VALUES (\"测试市直学校$i\", \"410100\", \"410100\", \"高中\", \"公办\", \"联系人\", \"139000100$(printf %02d "$i")\", \"pending\", \"2026-10-01 00:00:00\" + INTERVAL $i MINUTE);
		      INSERT INTO applications (kind, school_id, payload, created_at) VALUES (\"registration\", LAST_INSERT_ID(), \"{}\", \"2026-10-01 00:00:00\" + INTERVAL $i MINUTE);"
	done >"$TRASH/many.sql" &&
	sql "$(cat "$TRASH/many.sql")" && pii_seal &&
	cgi GET /school/admin/registrations && expect_status 200 &&
	expect_body "共 <strong>24</strong> 件" && expect_body "第 1 / 2 页" &&
	expect_body "测试市直学校18<" && expect_no_body "测试市直学校19<" &&
	expect_body "郑州市 市直" && expect_body "href=\"/school/admin/registrations?page=2\"" &&
	cgi GET "/school/admin/registrations?page=2" && expect_status 200 &&
	expect_body "测试市直学校19<" && expect_body "测试市直学校22<" && expect_no_body "小星星" &&
	cgi GET "/school/admin/registrations?page=abc" && expect_status 400
'

test_expect_success 'a demo application without certificate says so' '
	id=$(app_id 郑州市金水区小星星幼儿园) &&
	cgi GET "/school/admin/registration?id=$id" && expect_status 200 &&
	expect_body "未上传资质证书" && expect_body "民办" && expect_body "沈涛" && expect_body "138****0038" &&
	expect_body "data-confirm=" && expect_body "admin-confirm.js"
'

test_expect_success 'unknown or malformed ids are 404 / 400' '
	cgi GET "/school/admin/registration?id=999999" && expect_status 404 &&
	cgi GET "/school/admin/registration?id=x" && expect_status 400 &&
	cgi GET "/school/admin/registration" && expect_status 400
'

test_expect_success 'a certificate is linked and the admin may download it' '
	sid=$(sql "SELECT id FROM schools WHERE name = \"兰考县仪封镇代庄小学\"") &&
	sql "INSERT INTO files (id, sha256, kind, school_id, original_name, size_bytes, content_type) VALUES
	     (901, REPEAT(\"ab\", 32), \"certificate\", $sid, \"办学许可证.pdf\", 20480, \"application/pdf\"),
	     (902, REPEAT(\"cd\", 32), \"certificate\", NULL, \"事业单位法人证书.png\", 1000, \"image/png\")" &&
	sql "UPDATE applications SET payload = JSON_OBJECT(\"certificate_file_id\", 901) WHERE school_id = $sid" &&
	id=$(app_id 兰考县仪封镇代庄小学) &&
	cgi GET "/school/admin/registration?id=$id" && expect_status 200 &&
	expect_body "href=\"/school/files/download?id=901\"" && expect_body "办学许可证.pdf" && expect_no_body "未上传资质证书" &&
	cgi GET /school/admin/registrations && expect_body "已上传" &&
	cgi GET "/school/files/download?id=901" && expect_status 200 &&
	expect_header X-Accel-Redirect "/_files/ab/abab" && expect_header Content-Disposition "attachment" &&
	cgi GET "/school/files/download?id=902" && expect_status 200
'

test_expect_success 'a school cannot download a pending school certificate' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET "/school/files/download?id=901" && expect_status 404
'

test_expect_success 'reject needs a reason: empty and too long are refused inline, values kept' '
	admin_login &&
	id=$(app_id 兰考县仪封镇代庄小学) &&
	cgi GET "/school/admin/registration?id=$id" &&
	cgi POST /school/admin/registration/reject "csrf=$(csrf_token)&id=$id&reason=" && expect_status 200 &&
	expect_body "请填写驳回原因" && expect_body "aria-invalid=\"true\"" &&
	long=$(printf "证%.0s" $(seq 1 201)) &&
	cgi POST /school/admin/registration/reject "csrf=$(csrf_token)&id=$id&reason=$(urlencode "$long")" && expect_status 200 &&
	expect_body "不能超过 200 个字" && expect_body "$long" &&
	test "$(sql "SELECT status FROM applications WHERE id = $id")" = pending
'

test_expect_success 'a POST without the CSRF token is refused and changes nothing' '
	id=$(app_id 兰考县仪封镇代庄小学) &&
	cgi POST /school/admin/registration/approve "id=$id" && expect_status 403 &&
	test "$(sql "SELECT status FROM applications WHERE id = $id")" = pending
'

test_expect_success 'reject: school rejected, reason stored, SMS to the contact, audited' '
	id=$(app_id 兰考县仪封镇代庄小学) &&
	cgi GET "/school/admin/registration?id=$id" &&
	cgi POST /school/admin/registration/reject "csrf=$(csrf_token)&id=$id&reason=$(urlencode "资质证书不清晰，请重新上传")" &&
	expect_status 303 && expect_header Location "/school/admin/registration\?id=$id&done=rejected" &&
	test "$(sql "SELECT status FROM schools WHERE name = \"兰考县仪封镇代庄小学\"")" = rejected &&
	test "$(sql "SELECT CONCAT(status, \"|\", decision_reason, \"|\", decided_by IS NOT NULL, \"|\", decided_at IS NOT NULL) FROM applications WHERE id = $id")" = "rejected|资质证书不清晰，请重新上传|1|1" &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000039) AND template = \"registration_rejected\"" | grep -q "资质证书不清晰，请重新上传" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"registration_rejected\" AND account_kind = \"admin\"")" = 1 &&
	cgi GET "/school/admin/registration?id=$id&done=rejected" && expect_body "已驳回" && expect_body "资质证书不清晰" &&
	expect_no_body "action=\"/school/admin/registration/approve\""
'

test_expect_success 'a rejected application cannot be approved or rejected again (409)' '
	id=$(app_id 兰考县仪封镇代庄小学) &&
	cgi POST /school/admin/registration/approve "csrf=$(csrf_token)&id=$id" && expect_status 409 &&
	expect_body "已经处理过" &&
	cgi POST /school/admin/registration/reject "csrf=$(csrf_token)&id=$id&reason=x" && expect_status 409 &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE login_name = \"兰考县仪封镇代庄小学\"")" = 0
'

test_expect_success 'approve: school active, account with a one-time password by SMS, audited' '
	id=$(app_id 郑州市金水区小星星幼儿园) &&
	cgi GET "/school/admin/registration?id=$id" &&
	cgi POST /school/admin/registration/approve "csrf=$(csrf_token)&id=$id" &&
	expect_status 303 && expect_header Location "/school/admin/registration\?id=$id&done=approved" &&
	test "$(sql "SELECT CONCAT(status, \"|\", approved_at IS NOT NULL) FROM schools WHERE name = \"郑州市金水区小星星幼儿园\"")" = "active|1" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", a.kind, a.mobile, a.mobile_hmac = $(mh 13800000038), a.display_name, a.must_change_password, a.password_changed_at IS NOT NULL, a.status, a.school_id = s.id)
		FROM accounts a JOIN schools s ON s.name = a.login_name WHERE a.login_name = \"郑州市金水区小星星幼儿园\"")" = "school|138****0038|1|郑州市金水区小星星幼儿园|1|1|active|1" &&
	test "$(sql "SELECT CONCAT(status, \"|\", decided_by IS NOT NULL) FROM applications WHERE id = $id")" = "approved|1" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"registration_approved\"")" = 1 &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000038) AND template = \"initial_password\"" >"$TRASH/sms" &&
	test "$(wc -l <"$TRASH/sms")" = 1 &&
	sed -n "s/.*初始密码为\([^，]*\)，.*/\1/p" "$TRASH/sms" >"$TRASH/password" && test -s "$TRASH/password" &&
	! sql "SELECT password_hash FROM accounts WHERE login_name = \"郑州市金水区小星星幼儿园\"" | grep -qF "$(cat "$TRASH/password")" &&
	cgi GET "/school/admin/registration?id=$id&done=approved" && expect_body "已通过" && expect_body "初始密码已通过短信发送"
'

test_expect_success 'the approved school signs in with the SMS password and must change it' '
	login_as school 郑州市金水区小星星幼儿园 "$(cat "$TRASH/password")" &&
	cgi GET /school/s/ && expect_status 302 && expect_header Location "/school/password"
'

test_expect_success 'an approved application cannot be decided again (409); twice-approve opens one account' '
	admin_login &&
	id=$(app_id 郑州市金水区小星星幼儿园) &&
	cgi GET "/school/admin/registration?id=$id" &&
	cgi POST /school/admin/registration/approve "csrf=$(csrf_token)&id=$id" && expect_status 409 &&
	cgi POST /school/admin/registration/reject "csrf=$(csrf_token)&id=$id&reason=x" && expect_status 409 &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE login_name = \"郑州市金水区小星星幼儿园\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13800000038)")" = 1 &&
	cgi POST /school/admin/registration/approve "csrf=$(csrf_token)&id=999999" && expect_status 404
'

test_expect_success 'a school whose name is already a school login cannot be approved' '
	sql "INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile, status)
	     VALUES (\"郑州市第八中学\", \"410102\", \"410100\", \"初中\", \"公办\", \"某人\", \"13900009999\", \"pending\");
	     INSERT INTO applications (kind, school_id, payload) VALUES (\"registration\", LAST_INSERT_ID(), \"{}\")" && pii_seal &&
	id=$(sql "SELECT MAX(id) FROM applications") &&
	cgi GET "/school/admin/registration?id=$id" &&
	cgi POST /school/admin/registration/approve "csrf=$(csrf_token)&id=$id" && expect_status 409 &&
	expect_body "已有学校账号使用该学校名称登录" &&
	test "$(sql "SELECT status FROM applications WHERE id = $id")" = pending
'

test_expect_success 'other kinds of account get 403 on the review pages' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/admin/registrations && expect_status 403 &&
	login_as department 金水区 County@2026 &&
	cgi GET "/school/admin/registration?id=1" && expect_status 403 &&
	rm -f "$TRASH/cookies" && cgi GET /school/admin/registrations && expect_status 302 &&
	expect_header Location "/school/admin/login"
'

test_expect_success 'the list counters (school_counters, insurer_counters, copies) agree after the approved registrations' '
	"$ROOT/cgi-bin/manage" coverage-check >"$TRASH/counters.out" 2>&1;
	grep -qx "list counters: 0 differing rows" "$TRASH/counters.out"
'

test_done
