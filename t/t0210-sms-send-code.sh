#!/bin/bash
# t0210-sms-send-code: POST /school/sms/send-code, the 发送验证码 of 学校注册 and 找回密码.
# JSON answers; a register code goes to any valid mobile; a reset_password code needs the
# 找回密码 captcha and goes only to an active school account's mobile, yet the answer (and the
# counted limits) are the same for an unknown mobile; refused sends (limits, bad input, wrong
# captcha, CSRF) never add an SMS.
. "$(dirname "$0")/test-lib.sh"
setup_db

messages() { sql "SELECT COUNT(*) FROM sms_messages"; }
# send BODY: POST to the endpoint with the visitor's token (kept in $TRASH/csrf).
send() { cgi POST /school/sms/send-code "csrf=$(cat "$TRASH/csrf")&$1"; }
visit() { rm -f "$TRASH/cookies" && cgi GET "$1" && csrf_token >"$TRASH/csrf"; }

test_expect_success 'a register code: JSON ok, one SMS with a 6-digit code for 学校注册' '
	visit /school/register && before=$(messages) &&
	send "purpose=register&mobile=13900000301" && expect_status 200 &&
	expect_header Content-Type "application/json" &&
	test "$(cat "$TRASH/body")" = "{\"ok\":true,\"message\":\"验证码已发送至 139****0301，5 分钟内有效。\"}" &&
	test "$(messages)" = $((before + 1)) &&
	sql "SELECT body FROM sms_messages ORDER BY id DESC LIMIT 1" | grep -qE "验证码为[0-9]{6}，5分钟内有效，仅用于学校注册" &&
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh 13900000301) AND purpose = \"register\"")" = 1
'

test_expect_success 'a second send within 60 s is refused and sends nothing' '
	before=$(messages) &&
	send "purpose=register&mobile=13900000301" && expect_status 200 &&
	expect_body "\"ok\":false" && expect_body "60 秒后再试" && expect_body "\"field\":\"mobile\"" &&
	test "$(messages)" = "$before"
'

test_expect_success 'five sends an hour per phone, then refused; the gateway sees nothing more' '
	sql "DELETE FROM auth_throttle;
	     INSERT INTO auth_throttle (throttle_key, at) SELECT \"sms:mobile:$(mobile_hmac 13900000302)\", UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE FROM seq_1_to_5" &&
	before=$(messages) &&
	send "purpose=register&mobile=13900000302" && expect_body "\"ok\":false" && expect_body "次数过多" &&
	test "$(messages)" = "$before" &&
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh 13900000302)")" = 0
'

test_expect_success 'thirty sends an hour per address, then refused' '
	sql "DELETE FROM auth_throttle;
	     INSERT INTO auth_throttle (throttle_key, at) SELECT \"sms:ip:10.7.7.7\", UTC_TIMESTAMP(6) FROM seq_1_to_30" &&
	before=$(messages) &&
	REMOTE_ADDR_OVERRIDE=10.7.7.7 send "purpose=register&mobile=13900000303" && expect_body "当前网络获取验证码次数过多" &&
	test "$(messages)" = "$before" &&
	send "purpose=register&mobile=13900000303" && expect_body "\"ok\":true" && test "$(messages)" = $((before + 1))
'

test_expect_success 'a malformed mobile is refused with a message, nothing sent' '
	before=$(messages) &&
	for m in 1390000030 139000003011 23900000304 "1390000030x" ""; do
		send "purpose=register&mobile=$m" && expect_status 200 && expect_body "\"ok\":false" &&
		expect_body "11位手机号码" || exit 1
	done &&
	test "$(messages)" = "$before"
'

test_expect_success 'an unknown purpose is a 400; no CSRF token or a foreign origin is a 403' '
	before=$(messages) &&
	send "purpose=login_mfa&mobile=13900000305" && expect_status 400 &&
	send "purpose=change_mobile&mobile=13900000305" && expect_status 400 &&
	cgi POST /school/sms/send-code "purpose=register&mobile=13900000305" && expect_status 403 &&
	ORIGIN=https://evil.example send "purpose=register&mobile=13900000305" && expect_status 403 &&
	NO_COOKIES=1 send "purpose=register&mobile=13900000305" && expect_status 403 &&
	test "$(messages)" = "$before"
'

test_expect_success 'reset_password needs the 找回密码 captcha: missing or wrong, nothing sent' '
	visit /school/forgot-password && sql "DELETE FROM auth_throttle" && before=$(messages) &&
	send "purpose=reset_password&mobile=13800000005" && expect_body "\"ok\":false" && expect_body "\"field\":\"captcha\"" &&
	set_captcha forgot_password 2580 &&
	send "purpose=reset_password&mobile=13800000005&captcha=0852" && expect_body "图形验证码错误" &&
	send "purpose=reset_password&mobile=13800000005&captcha=2580" && expect_body "图形验证码错误" &&
	set_captcha register 2580 &&
	send "purpose=reset_password&mobile=13800000005&captcha=2580" && expect_body "图形验证码错误" &&
	test "$(messages)" = "$before"
'

test_expect_success 'reset_password to a school account mobile: the code is sent, bound to the account' '
	set_captcha forgot_password 2580 && before=$(messages) &&
	send "purpose=reset_password&mobile=13800000005&captcha=2580" && expect_body "\"ok\":true" &&
	cp "$TRASH/body" "$TRASH/known.json" &&
	test "$(messages)" = $((before + 1)) &&
	test "$(sql "SELECT s.name FROM sms_codes c JOIN accounts a ON a.id = c.account_id JOIN schools s ON s.id = a.school_id
	             WHERE c.mobile_hmac = $(mh 13800000005) AND c.purpose = \"reset_password\"")" = 郑州市金水区纬五路第一小学 &&
	test -n "$(sms_code reset_password 13800000005)"
'

test_expect_success 'reset_password to an unknown mobile: the very same answer, no SMS, the same limits counted' '
	set_captcha forgot_password 2580 && before=$(messages) &&
	send "purpose=reset_password&mobile=13912345678&captcha=2580" && expect_status 200 &&
	cmp "$TRASH/body" "$TRASH/known.json" &&
	test "$(messages)" = "$before" &&
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh 13912345678)")" = 0 &&
	set_captcha forgot_password 2580 &&
	send "purpose=reset_password&mobile=13912345678&captcha=2580" && expect_body "60 秒后再试" &&
	set_captcha forgot_password 2580 &&
	send "purpose=reset_password&mobile=13800000005&captcha=2580" && expect_body "60 秒后再试"
'

test_expect_success 'reset_password to a pending school, a department or a disabled account: no SMS' '
	sql "DELETE FROM auth_throttle; UPDATE accounts SET mobile = \"13700000001\", mobile_enc = NULL WHERE kind = \"department\" AND login_name = \"金水区\";
	     UPDATE accounts SET status = \"disabled\" WHERE mobile_hmac = $(mh 13800000006)" && pii_seal &&
	before=$(messages) &&
	for m in 13800000038 13700000001 13800000006; do
		set_captcha forgot_password 2580 &&
		send "purpose=reset_password&mobile=$m&captcha=2580" && cmp "$TRASH/body" "$TRASH/known.json" || exit 1
	done &&
	test "$(messages)" = "$before"
'

test_done
