#!/bin/bash
# t0310-admin-accounts: the admin's 账号管理. Every account is searchable by kind, name / login /
# mobile and status, 20 a page, mobiles masked. 停用 ends the account's sessions, 启用 undoes it,
# 重置密码 sends a one-time password by SMS (must be changed; failures and lock cleared; every
# session ended), 解锁 clears a lock. All audited; bad input is 400/404; the admin cannot act
# on itself here; only the admin gets in.
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}
acct() { sql "SELECT id FROM accounts WHERE login_name = '$1'"; }

test_expect_success 'the list shows every kind, newest first, masked, 20 a page' '
	admin_login &&
	cgi GET /school/admin/accounts && expect_status 200 &&
	expect_body "共 <strong>43</strong> 个账号" && expect_body "第 1 / 3 页" &&
	expect_body "开封市特殊教育学校" && expect_body "138****0028" && expect_no_body "13800000028" &&
	expect_body "href=\"/school/admin/accounts?page=2\"" &&
	cgi GET "/school/admin/accounts?page=2" && expect_status 200 &&
	expect_body "管理中心" && expect_body "pingan_henan" && expect_body "承保机构（省级）" &&
	expect_body "139****0201" && expect_no_body "13900000201" && expect_body "当前账号"
'

test_expect_success 'filters: kind, search text, status; paging links keep them' '
	cgi GET "/school/admin/accounts?kind=department" && expect_status 200 &&
	expect_body "共 <strong>4</strong> 个账号" && expect_body "金水区" && expect_no_body "pingan_henan" &&
	expect_body "<option value=\"department\" selected>" &&
	cgi GET "/school/admin/accounts?q=$(urlencode 中牟县官渡镇)" && expect_body "共 <strong>4</strong> 个账号" &&
	cgi GET "/school/admin/accounts?q=13800000001" && expect_body "共 <strong>1</strong> 个账号" && expect_body "$DEMO_SCHOOL" &&
	cgi GET "/school/admin/accounts?q=$(urlencode "%")" && expect_body "共 <strong>0</strong> 个账号" && expect_body "没有符合条件的账号" &&
	cgi GET "/school/admin/accounts?kind=school&q=$(urlencode 郑州)" && expect_body "共 <strong>14</strong> 个账号" &&
	cgi GET "/school/admin/accounts?kind=school" &&
	expect_body "href=\"/school/admin/accounts?kind=school&amp;page=2\"" &&
	cgi GET "/school/admin/accounts?kind=school&q=$(urlencode 学)" && expect_body "第 1 / 2 页" &&
	expect_body "href=\"/school/admin/accounts?kind=school&amp;q=%E5%AD%A6&amp;page=2\"" &&
	cgi GET "/school/admin/accounts?status=disabled" && expect_body "共 <strong>0</strong> 个账号"
'

test_expect_success 'bad filter values are 400' '
	cgi GET "/school/admin/accounts?kind=root" && expect_status 400 &&
	cgi GET "/school/admin/accounts?status=x" && expect_status 400 &&
	cgi GET "/school/admin/accounts?page=0" && expect_status 400
'

test_expect_success 'disable ends the sessions of the account and it cannot sign in' '
	cp "$TRASH/cookies" "$TRASH/admin-cookies" &&
	login_as school "$DEMO_SCHOOL" School@2026 && cp "$TRASH/cookies" "$TRASH/school-cookies" &&
	cp "$TRASH/admin-cookies" "$TRASH/cookies" &&
	id=$(acct "$DEMO_SCHOOL") &&
	cgi GET "/school/admin/accounts?kind=school" &&
	cgi POST /school/admin/account/status "csrf=$(csrf_token)&id=$id&action=disable&kind=school&q=&status=&page=1" &&
	expect_status 303 && expect_header Location "/school/admin/accounts\?kind=school&done=disabled" &&
	test "$(sql "SELECT status FROM accounts WHERE id = $id")" = disabled &&
	test "$(sql "SELECT COUNT(*) FROM sessions WHERE account_id = $id")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"account_disabled\" AND object_id = \"$id\"")" = 1 &&
	cgi GET "/school/admin/accounts?kind=school&done=disabled" && expect_body "账号已停用" && expect_body "已停用" &&
	cp "$TRASH/school-cookies" "$TRASH/cookies" && cgi GET /school/s/ && expect_status 302 &&
	cgi GET /school/ && cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026" &&
	expect_status 200 && expect_body "已停用"
'

test_expect_success 'enable gives the account back' '
	admin_login && id=$(acct "$DEMO_SCHOOL") &&
	cgi GET "/school/admin/accounts?status=disabled" && expect_body "共 <strong>1</strong> 个账号" &&
	cgi POST /school/admin/account/status "csrf=$(csrf_token)&id=$id&action=enable" && expect_status 303 &&
	test "$(sql "SELECT status FROM accounts WHERE id = $id")" = active &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"account_enabled\"")" = 1 &&
	login_as school "$DEMO_SCHOOL" School@2026
'

test_expect_success 'reset: one-time password by SMS, must change, lock cleared, sessions ended' '
	login_as department 金水区 County@2026 && cp "$TRASH/cookies" "$TRASH/dept-cookies" &&
	id=$(acct 金水区) &&
	sql "UPDATE accounts SET failed_logins = 3, locked_until = UTC_TIMESTAMP() + INTERVAL 10 MINUTE WHERE id = $id" &&
	admin_login &&
	cgi GET "/school/admin/accounts?status=locked" && expect_body "共 <strong>1</strong> 个账号" && expect_body "锁定中" &&
	cgi POST /school/admin/account/reset "csrf=$(csrf_token)&id=$id&status=locked" && expect_status 303 &&
	expect_header Location "/school/admin/accounts\?status=locked&done=reset" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", must_change_password, failed_logins, locked_until IS NULL) FROM accounts WHERE id = $id")" = "1|0|1" &&
	test "$(sql "SELECT COUNT(*) FROM sessions WHERE account_id = $id")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"password_reset\" AND object_id = \"$id\"")" = 1 &&
	body=$(sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13900000101) AND template = \"password_reset\"") &&
	pw=$(printf "%s" "$body" | sed -n "s/.*临时密码为\([^，]*\)，.*/\1/p") && test -n "$pw" &&
	cp "$TRASH/dept-cookies" "$TRASH/cookies" && cgi GET /school/dept/ && expect_status 302 &&
	! login_as department 金水区 County@2026 && expect_status 200 && expect_body "账号或密码错误" &&
	login_as department 金水区 "$pw" && cgi GET /school/dept/ && expect_status 302 && expect_header Location "/school/password"
'

test_expect_success 'unlock clears failures and the lock, audited' '
	id=$(acct pingan_henan) &&
	sql "UPDATE accounts SET failed_logins = 5, locked_until = UTC_TIMESTAMP() + INTERVAL 10 MINUTE WHERE id = $id" &&
	admin_login &&
	cgi GET "/school/admin/accounts?kind=insurer" && expect_body "解锁" &&
	cgi POST /school/admin/account/unlock "csrf=$(csrf_token)&id=$id&kind=insurer" && expect_status 303 &&
	test "$(sql "SELECT CONCAT(failed_logins, locked_until IS NULL) FROM accounts WHERE id = $id")" = 01 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"account_unlocked\"")" = 1 &&
	login_as insurer pingan_henan Insurer@2026
'

test_expect_success 'unknown ids are 404, bad actions 400, no CSRF 403' '
	admin_login && cgi GET /school/admin/accounts && tok=$(csrf_token) &&
	cgi POST /school/admin/account/status "csrf=$tok&id=999999&action=disable" && expect_status 404 &&
	cgi POST /school/admin/account/reset "csrf=$tok&id=999999" && expect_status 404 &&
	cgi POST /school/admin/account/unlock "csrf=$tok&id=999999" && expect_status 404 &&
	cgi POST /school/admin/account/status "csrf=$tok&id=1&action=delete" && expect_status 400 &&
	cgi POST /school/admin/account/status "id=1&action=disable" && expect_status 403 &&
	cgi GET /school/admin/account/status && expect_status 405 &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE status = \"disabled\"")" = 0
'

test_expect_success 'the admin cannot disable or reset its own account here' '
	me=$(acct admin) && cgi GET /school/admin/accounts && tok=$(csrf_token) &&
	cgi POST /school/admin/account/status "csrf=$tok&id=$me&action=disable" && expect_status 409 &&
	expect_body "无法完成操作" &&
	cgi POST /school/admin/account/reset "csrf=$tok&id=$me" && expect_status 409 &&
	test "$(sql "SELECT status FROM accounts WHERE id = $me")" = active
'

test_expect_success 'an account without a mobile cannot be reset by SMS' '
	id=$(acct 开封市) && sql "UPDATE accounts SET mobile = NULL, mobile_enc = NULL, mobile_hmac = NULL WHERE id = $id" &&
	cgi GET /school/admin/accounts && expect_body "—" &&
	cgi POST /school/admin/account/reset "csrf=$(csrf_token)&id=$id" && expect_status 409 && expect_body "未登记手机号"
'

test_expect_success 'other accounts cannot use the account pages' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/admin/accounts && expect_status 403 &&
	cgi POST /school/admin/account/reset "csrf=$(csrf_token)&id=1" && expect_status 403
'

test_done
