#!/bin/bash
# t0250-verify: the SMS second factor (登录验证) after the password. The admin always gets a
# 6-digit code (purpose login_mfa) at its mobile and must enter it at /school/verify before any
# other page; the right code gives the session a new id marked mfa_passed. Wrong codes are
# counted (5 void the code), used and expired codes fail, 重新发送 obeys the send limits, and
# everything is audited. [security] mfa_department switches it on for departments.
. "$(dirname "$0")/test-lib.sh"
setup_db

ADMIN_MOBILE=13900000001
admin_password_only() {
	rm -f "$TRASH/cookies" && cgi GET /school/admin/login &&
	cgi POST /school/admin/login "csrf=$(csrf_token)&login=admin&password=Admin%402026" &&
	expect_status 303 && expect_header Location "/school/verify$"
}
live_codes() {
	sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh $ADMIN_MOBILE) AND purpose = 'login_mfa'
		AND used_at IS NULL AND attempts < 5 AND expires_at > UTC_TIMESTAMP()"
}
reset_send_limits() { sql "DELETE FROM auth_throttle WHERE throttle_key LIKE 'sms:%'"; }

test_expect_success 'the admin password leads to 登录验证 and a code goes to its mobile' '
	admin_password_only &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh $ADMIN_MOBILE) AND purpose = \"code:login_mfa\"")" = 1 &&
	sql "SELECT body FROM sms_messages WHERE purpose = \"code:login_mfa\"" | grep -qE "验证码为[0-9]{6}.*登录验证" &&
	test "$(sql "SELECT mfa_passed FROM sessions")" = 0 &&
	test "$(sql "SELECT code_hmac REGEXP \"^[0-9]{6}$\" FROM sms_codes")" = 0
'

test_expect_success 'the verify page shows the masked mobile, the form, 重新发送 and 退出, no navigation' '
	cgi GET /school/verify && expect_status 200 &&
	expect_body "登录验证" && expect_body "139****0001" && expect_no_body "13900000001" &&
	expect_body "name=\"code\"" && expect_body "重新发送" && expect_body "action=\"/school/verify/resend\"" &&
	expect_body "action=\"/school/logout\"" && expect_no_body "操作导航" && expect_no_body "当前没有有效的验证码"
'

test_expect_success 'every other page sends the half-signed-in admin to /school/verify' '
	for p in /school/admin/ /school/admin/account /school/admin/accounts /school/password; do
		cgi GET "$p" && expect_status 302 && expect_header Location "/school/verify$" || exit 1
	done &&
	cgi GET /school/ && expect_status 302
'

test_expect_success 'a wrong code is refused with the tries left and audited' '
	cgi GET /school/verify && cgi POST /school/verify "csrf=$(csrf_token)&code=000000" &&
	expect_status 200 && expect_body "验证码不正确，还可再试 4 次" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"mfa_failed\"")" = 1 &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=" && expect_status 200 && expect_body "请输入短信验证码" &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=12ab56" && expect_status 200 && expect_body "还可再试 3 次"
'

test_expect_success 'the fifth wrong code voids it: even the right one then fails, the page asks to resend' '
	code=$(sms_code login_mfa $ADMIN_MOBILE) &&
	wrong=$(printf "%06d" $(( (10#$code + 1) % 1000000 ))) &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=$wrong" && expect_body "还可再试 2 次" &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=$wrong" && expect_body "还可再试 1 次" &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=$wrong" && expect_body "验证码已失效" && expect_body "重新发送" &&
	test "$(live_codes)" = 0 &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=$code" && expect_status 200 && expect_body "验证码已失效" &&
	cgi GET /school/verify && expect_body "当前没有有效的验证码" &&
	cgi GET /school/admin/ && expect_status 302 && expect_header Location "/school/verify$"
'

test_expect_success '重新发送 within 60 s is refused and sends nothing' '
	n=$(sql "SELECT COUNT(*) FROM sms_messages") &&
	cgi GET /school/verify && cgi POST /school/verify/resend "csrf=$(csrf_token)" &&
	expect_status 200 && expect_body "60 秒" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages")" = "$n" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"mfa_code_refused\"")" = 1
'

test_expect_success '重新发送 sends a fresh code and says so' '
	reset_send_limits &&
	cgi GET /school/verify && cgi POST /school/verify/resend "csrf=$(csrf_token)" &&
	expect_status 303 && expect_header Location "/school/verify\?sent=1$" &&
	cgi GET "/school/verify?sent=1" && expect_status 200 && expect_body "新的验证码已发送至 139****0001" &&
	test "$(live_codes)" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"mfa_code_sent\"")" = 1
'

test_expect_success 'the right code: new session id marked mfa_passed, start page, audited' '
	before=$(cat "$TRASH/cookies") &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=$(sms_code login_mfa $ADMIN_MOBILE)" &&
	expect_status 303 && expect_header Location "/school/admin/$" &&
	after=$(cat "$TRASH/cookies") && test "$before" != "$after" &&
	sid=$(sed "s/^hnedu=//" "$TRASH/cookies") &&
	test "$(sql "SELECT mfa_passed FROM sessions WHERE id_hash = UNHEX(SHA2(UNHEX(\"$sid\"), 256))")" = 1 &&
	old=$(printf "%s" "$before" | sed "s/^hnedu=//") &&
	test "$(sql "SELECT COUNT(*) FROM sessions WHERE id_hash = UNHEX(SHA2(UNHEX(\"$old\"), 256))")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"mfa_passed\"")" = 1 &&
	cgi GET /school/admin/ && expect_status 200 && expect_body "操作导航" &&
	cgi GET /school/verify && expect_status 302 && expect_header Location "/school/admin/$"
'

test_expect_success 'a used code does not pass a second time' '
	code=$(sms_code login_mfa $ADMIN_MOBILE) &&
	admin_password_only &&
	cgi GET /school/verify && cgi POST /school/verify "csrf=$(csrf_token)&code=$code" &&
	expect_status 200 && expect_body "验证码已失效"
'

test_expect_success 'an expired code does not pass' '
	reset_send_limits && admin_password_only &&
	sql "UPDATE sms_codes SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE used_at IS NULL" &&
	cgi GET /school/verify && expect_body "当前没有有效的验证码" &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=$(sms_code login_mfa $ADMIN_MOBILE)" &&
	expect_status 200 && expect_body "验证码已失效"
'

test_expect_success 'the verify POST needs the CSRF token' '
	cgi POST /school/verify "code=123456" && expect_status 403 &&
	cgi POST /school/verify/resend "" && expect_status 403
'

test_expect_success 'anonymous visitors and accounts without a second factor never see the form' '
	rm -f "$TRASH/cookies" && cgi GET /school/verify && expect_status 302 && expect_header Location "/school/$" &&
	login_as school "$DEMO_SCHOOL" School@2026 && expect_header Location "/school/s/$" &&
	cgi GET /school/verify && expect_status 302 && expect_header Location "/school/s/$" &&
	login_as department 金水区 County@2026 && expect_header Location "/school/dept/$"
'

test_expect_success 'an operator reads the code of a demo stack with manage sms-outbox' '
	"$ROOT/cgi-bin/manage" sms-outbox 1 >"$TRASH/outbox" &&
	grep -q "13900000001  【河南省教育保险管理系统】您的验证码为$(sms_code login_mfa $ADMIN_MOBILE)" "$TRASH/outbox" &&
	test "$("$ROOT/cgi-bin/manage" sms-outbox 3 | wc -l)" = 3 &&
	! "$ROOT/cgi-bin/manage" sms-outbox 0 2>/dev/null
'

test_expect_success 'login_as admin completes the second factor (test library)' '
	login_as admin admin Admin@2026 && expect_header Location "/school/admin/$" &&
	cgi GET /school/admin/ && expect_status 200
'

test_expect_success 'logout from the verify page ends the half session' '
	admin_password_only && cgi GET /school/verify &&
	cgi POST /school/logout "csrf=$(csrf_token)" && expect_status 303 &&
	expect_header Location "/school/admin/login$" &&
	cgi GET /school/verify && expect_status 302 && expect_header Location "/school/$"
'

test_expect_success '[security] mfa_department = true: departments pass the second factor too' '
	printf "\n[security]\nmfa_department = true\n" >>"$HNEDU_CONF" &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=department&login=$(urlencode 金水区)&password=County%402026" &&
	expect_status 303 && expect_header Location "/school/verify$" &&
	cgi GET /school/dept/ && expect_status 302 && expect_header Location "/school/verify$" &&
	cgi GET /school/verify && expect_body "139****0101" &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=$(sms_code login_mfa 13900000101)" &&
	expect_status 303 && expect_header Location "/school/dept/$" &&
	cgi GET /school/dept/ && expect_status 200 &&
	login_as department 金水区 County@2026 && cgi GET /school/dept/ && expect_status 200
'

test_expect_success 'mfa_insurer stays off: the insurer goes straight in' '
	login_as insurer pingan_henan Insurer@2026 && expect_header Location "/school/insurer/$" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13900000201)")" = 0
'

test_done
