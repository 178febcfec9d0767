#!/bin/bash
# t0230-forgot-password: 忘记密码 (找回密码) of school accounts. The page as in the manual with
# the policy text of SECURITY.md; a reset with mobile + SMS code + new password sets the hash,
# clears the change flag, failures and lock, ends every session, sends the notice SMS, audits
# password_reset_self and lands on the login page with a notice. Wrong, expired and reused
# codes, weak or mismatched passwords, a mobile shared by two schools, the no-JavaScript
# 发送验证码 (captcha guarded, no enumeration), CSRF and escaping.
. "$(dirname "$0")/test-lib.sh"
setup_db

SCHOOL=郑州市金水区纬五路第一小学
MOBILE=13800000005
NEW='Weiwu#Road2026'
account() { sql "SELECT $1 FROM accounts WHERE login_name = '$SCHOOL'"; }
visit() { rm -f "$TRASH/cookies" && cgi GET /school/forgot-password && csrf_token >"$TRASH/csrf"; }
# new_code: a reset_password code for $MOBILE through the JSON endpoint (limits reset first).
new_code() {
	sql "DELETE FROM auth_throttle" && set_captcha forgot_password 1379 &&
	cgi POST /school/sms/send-code "csrf=$(cat "$TRASH/csrf")&purpose=reset_password&mobile=$MOBILE&captcha=1379" &&
	expect_body "\"ok\":true" && sms_code reset_password "$MOBILE"
}
# reset CODE PASSWORD [CONFIRM]
reset() {
	cgi POST /school/forgot-password "csrf=$(cat "$TRASH/csrf")&mobile=$MOBILE&sms_code=$1&new_password=$(urlencode "$2")&confirm_password=$(urlencode "${3-$2}")"
}

test_expect_success 'the page: fields of the manual, the password policy, captcha, 返回登录' '
	visit && expect_status 200 &&
	for t in 找回密码 "此找回密码仅为学校用户找回密码" 注册联系人手机 短信验证码 发送验证码 新的登录密码 确认新密码 \
		"8-64 位，至少包含小写字母、大写字母、数字、符号中的三类" 重设密码 "href=\"/school/\">返回登录" \
		"src=\"/school/captcha?for=forgot_password\"" "data-sms-purpose=\"reset_password\"" "data-captcha-field=\"reset-captcha\""; do
		expect_body "$t" || exit 1
	done &&
	expect_no_body "6-16"
'

test_expect_success 'setup: a signed-in session of the school, and the account locked with failures' '
	login_as school "$SCHOOL" School@2026 && cp "$TRASH/cookies" "$TRASH/cookies.session" &&
	test "$(sql "SELECT COUNT(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.login_name = \"$SCHOOL\"")" = 1 &&
	sql "UPDATE accounts SET failed_logins = 4, locked_until = UTC_TIMESTAMP() + INTERVAL 10 MINUTE, must_change_password = 1,
	     password_changed_at = \"2020-01-01\" WHERE login_name = \"$SCHOOL\""
'

test_expect_success 'a weak password, a mismatch or a bad code format: messages, the code is not spent' '
	visit && code=$(new_code) && test -n "$code" && hash=$(account password_hash) &&
	reset "$code" "password1" && expect_status 200 && expect_body "三类" &&
	reset "$code" "Ab1!" && expect_body "密码至少 8 位" &&
	reset "$code" "$NEW" "Other#Road2026" && expect_body "两次输入的新密码不一致" &&
	reset "12345" "$NEW" && expect_body "请填写短信中的 6 位验证码" &&
	reset "$code" "Aa1!$MOBILE" && expect_body "密码不能包含手机号" &&
	expect_body "value=\"$MOBILE\"" && expect_body "value=\"$code\"" && expect_no_body "$NEW" &&
	test "$(account password_hash)" = "$hash" &&
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh $MOBILE) AND purpose = \"reset_password\" AND used_at IS NULL AND attempts = 0")" = 1
'

test_expect_success 'a wrong code is refused and counted; an expired code is refused' '
	code=$(sms_code reset_password "$MOBILE") &&
	wrong=$(printf "%06d" $(( (10#$code + 1) % 1000000 ))) &&
	reset "$wrong" "$NEW" && expect_status 200 && expect_body "短信验证码错误或已失效" && expect_no_body "value=\"$wrong\"" &&
	test "$(sql "SELECT attempts FROM sms_codes WHERE mobile_hmac = $(mh $MOBILE) AND used_at IS NULL")" = 1 &&
	sql "UPDATE sms_codes SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE mobile_hmac = $(mh $MOBILE)" &&
	reset "$code" "$NEW" && expect_body "短信验证码错误或已失效" &&
	test "$(account "password_changed_at < \"2021-01-01\"")" = 1
'

test_expect_success 'a password containing the login name is refused after the code (which is then spent)' '
	visit && code=$(new_code) &&
	reset "$code" "${SCHOOL}Aa1!" && expect_status 200 && expect_body "密码不能包含登录账号" && expect_body "重新获取" &&
	test "$(account "password_changed_at < \"2021-01-01\"")" = 1
'

test_expect_success 'the reset: new hash, flags cleared, sessions ended, notice SMS, audit, login page with a notice' '
	visit && code=$(new_code) && before=$(sql "SELECT COUNT(*) FROM sms_messages") &&
	reset "$code" "$NEW" && expect_status 303 && expect_header Location "/school/\\?done=password_reset" &&
	test "$(account "CONCAT_WS(\",\", must_change_password, failed_logins, locked_until IS NULL, password_changed_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE)")" = "0,0,1,1" &&
	test "$(sql "SELECT COUNT(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.login_name = \"$SCHOOL\"")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages")" = $((before + 1)) &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh $MOBILE) AND template = \"password_changed\"" | grep -q "“$SCHOOL”的密码已于" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"password_reset_self\" AND account_id = $(account id)")" = 1 &&
	cgi GET "/school/?done=password_reset" && expect_status 200 && expect_body "密码已重设，请使用新密码登录。"
'

test_expect_success 'the old session is gone; the old password fails and the new one signs in' '
	cp "$TRASH/cookies.session" "$TRASH/cookies" && cgi GET /school/s/ && expect_status 302 &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(urlencode "$SCHOOL")&password=School%402026" &&
	expect_status 200 && expect_body "账号或密码错误" &&
	login_as school "$SCHOOL" "$NEW" && expect_header Location /school/s/
'

test_expect_success 'the used code cannot reset again' '
	visit && code=$(sms_code reset_password "$MOBILE") &&
	reset "$code" "Another#Pass2026" && expect_status 200 && expect_body "短信验证码错误或已失效"
'

test_expect_success 'a mobile shared by two schools cannot reset either of them' '
	sql "UPDATE accounts SET mobile = \"$MOBILE\", mobile_enc = NULL WHERE login_name = \"郑州市金水区黄河路第一小学\"" && pii_seal &&
	visit && code=$(new_code) && test -n "$code" && hash=$(account password_hash) &&
	reset "$code" "Shared#Mobile2026" && expect_status 200 && expect_body "该手机号登记在多个学校账号下" &&
	test "$(account password_hash)" = "$hash" &&
	sql "UPDATE accounts SET mobile = \"13800000006\", mobile_enc = NULL WHERE login_name = \"郑州市金水区黄河路第一小学\"" && pii_seal
'

test_expect_success 'without JavaScript 发送验证码: the captcha is needed, the answer is neutral, values kept' '
	visit && sql "DELETE FROM auth_throttle" && before=$(sql "SELECT COUNT(*) FROM sms_messages") &&
	cgi POST /school/forgot-password "csrf=$(cat "$TRASH/csrf")&mobile=$MOBILE&captcha=0000&send_code=1" &&
	expect_status 200 && expect_body "图形验证码错误" && expect_body "value=\"$MOBILE\"" &&
	set_captcha forgot_password 2468 &&
	cgi POST /school/forgot-password "csrf=$(cat "$TRASH/csrf")&mobile=$MOBILE&captcha=2468&send_code=1" &&
	expect_status 200 && expect_body "如该手机号为已注册学校的联系人手机，验证码已发送" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages")" = $((before + 1)) &&
	set_captcha forgot_password 2468 &&
	cgi POST /school/forgot-password "csrf=$(cat "$TRASH/csrf")&mobile=13911112222&captcha=2468&send_code=1" &&
	expect_status 200 && expect_body "如该手机号为已注册学校的联系人手机，验证码已发送" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages")" = $((before + 1))
'

test_expect_success 'an unknown mobile never resets anything' '
	visit && reset 123456 "$NEW" && expect_status 200 && expect_body "短信验证码错误或已失效" &&
	cgi POST /school/forgot-password "csrf=$(cat "$TRASH/csrf")&mobile=13911112222&sms_code=123456&new_password=$(urlencode "$NEW")&confirm_password=$(urlencode "$NEW")" &&
	expect_body "短信验证码错误或已失效"
'

test_expect_success 'markup in the fields comes back escaped' '
	x="\"><script>x</script>" && y="\"><b>y</b>" &&
	cgi POST /school/forgot-password "csrf=$(cat "$TRASH/csrf")&mobile=$(urlencode "$x")&sms_code=$(urlencode "$y")&new_password=$(urlencode "$x")" &&
	expect_status 200 && expect_no_body "<script>x" && expect_no_body "<b>y" &&
	expect_body "&quot;&gt;&lt;script&gt;x&lt;/script&gt;" && expect_body "&quot;&gt;&lt;b&gt;y&lt;/b&gt;"
'

test_expect_success 'CSRF: no token or a foreign origin is 403 and changes nothing' '
	visit && code=$(new_code) && hash=$(account password_hash) &&
	cgi POST /school/forgot-password "mobile=$MOBILE&sms_code=$code&new_password=$(urlencode "$NEW")&confirm_password=$(urlencode "$NEW")" &&
	expect_status 403 &&
	ORIGIN=https://evil.example reset "$code" "Evil#Origin2026" && expect_status 403 &&
	test "$(account password_hash)" = "$hash" &&
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh $MOBILE) AND used_at IS NULL")" = 1
'

test_expect_success 'attempts are throttled per address (30 an hour)' '
	sql "INSERT INTO auth_throttle (throttle_key, at) SELECT \"reset:ip:10.6.6.6\", UTC_TIMESTAMP(6) FROM seq_1_to_30" &&
	REMOTE_ADDR_OVERRIDE=10.6.6.6 reset 123456 "$NEW" && expect_status 429
'

test_done
