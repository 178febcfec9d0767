#!/bin/bash
# t0280-account-mobile: 修改手机号 (one implementation for schools, departments, insurers and the
# admin). 发送验证码 sends a code (purpose change_mobile) to the NEW number within the send
# limits; the change needs that code and the current password; it updates accounts.mobile (and
# the school's contact mobile), tells the old and the new number by SMS and is audited. Wrong,
# reused or expired codes, a wrong password, a bad or taken number are refused in Chinese with
# the typed values kept.
. "$(dirname "$0")/test-lib.sh"
setup_db

NEW=13911112222
send_code() { cgi GET "$1/mobile" && cgi POST "$1/mobile/code" "csrf=$(csrf_token)&mobile=$2&code=&password="; }
change() { cgi GET "$1/mobile" && cgi POST "$1/mobile" "csrf=$(csrf_token)&mobile=$2&code=$3&password=$(urlencode "$4")"; }
# school_mobiles MOBILE: "1 1" when the school account's and the school's mobile of school 1 are MOBILE.
school_mobiles() {
	sql "SELECT CONCAT(a.mobile_hmac = $(mh "$1"), ' ', s.contact_mobile_hmac = $(mh "$1")) FROM accounts a
		JOIN schools s ON s.id = a.school_id WHERE s.id = 1"
}

test_expect_success 'the form shows the current mobile masked and the three fields' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/account/mobile && expect_status 200 && expect_body "修改手机号" &&
	expect_body "当前手机号：<strong>138****0001</strong>" && expect_no_body "13800000001" &&
	expect_body "name=\"mobile\"" && expect_body "name=\"code\"" && expect_body "name=\"password\"" &&
	expect_body "formaction=\"/school/s/account/mobile/code\"" && expect_body "发送验证码"
'

test_expect_success '发送验证码 refuses bad, unchanged or taken numbers without sending' '
	n=$(sql "SELECT COUNT(*) FROM sms_messages") &&
	send_code /school/s/account 1234 && expect_status 200 && expect_body "请输入正确的11位手机号码" && expect_body "value=\"1234\"" &&
	send_code /school/s/account "" && expect_body "请输入新的手机号码" &&
	send_code /school/s/account 13800000001 && expect_body "新手机号与当前手机号相同" &&
	send_code /school/s/account 13800000002 && expect_body "已是其他学校的登录手机号" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages")" = "$n"
'

test_expect_success '发送验证码 sends a code to the new number, keeps the number, audits' '
	send_code /school/s/account $NEW && expect_status 200 &&
	expect_body "验证码已发送至 139****2222" && expect_body "value=\"$NEW\"" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh $NEW) AND purpose = \"code:change_mobile\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13800000001)")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"mobile_code_sent\"")" = 1
'

test_expect_success 'a second send within 60 s is refused and sends nothing' '
	n=$(sql "SELECT COUNT(*) FROM sms_messages") &&
	send_code /school/s/account $NEW && expect_status 200 && expect_body "60 秒" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages")" = "$n"
'

test_expect_success 'missing code or password, wrong password, wrong code: refused, values kept' '
	change /school/s/account $NEW "" "" && expect_status 200 &&
	expect_body "请输入发送到新手机号的短信验证码" && expect_body "请输入当前密码" && expect_body "value=\"$NEW\"" &&
	code=$(sms_code change_mobile $NEW) &&
	change /school/s/account $NEW "$code" Wrong#Pass1 && expect_body "当前密码不正确" && expect_body "value=\"$code\"" &&
	expect_no_body "Wrong#Pass1" &&
	wrong=$(printf "%06d" $(( (10#$code + 1) % 1000000 ))) &&
	change /school/s/account $NEW "$wrong" School@2026 && expect_body "验证码不正确" &&
	test "$(school_mobiles 13800000001)" = "1 1" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"mobile_change_failed\"")" = 1
'

test_expect_success 'a code sent to another number does not change to this one' '
	change /school/s/account 13911113333 "$(sms_code change_mobile $NEW)" School@2026 && expect_body "验证码已失效" &&
	test "$(school_mobiles 13800000001)" = "1 1"
'

test_expect_success 'the right code and password change both mobiles; both numbers are told; audited' '
	change /school/s/account $NEW "$(sms_code change_mobile $NEW)" School@2026 &&
	expect_status 303 && expect_header Location "/school/s/account\?done=mobile$" &&
	test "$(school_mobiles $NEW)" = "1 1" &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000001) AND template = \"mobile_changed\"" | grep -q "变更为139\*\*\*\*2222" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh $NEW) AND template = \"mobile_changed\"")" = 1 &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"mobile_changed\"")" = "138****0001 -> 139****2222" &&
	cgi GET "/school/s/account?done=mobile" && expect_body "手机号已修改" && expect_body "联系人手机：</th><td>139****2222"
'

test_expect_success 'the code is used up by the change' '
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh $NEW) AND used_at IS NULL AND expires_at > UTC_TIMESTAMP()")" = 0
'

test_expect_success 'the school now signs in with the new mobile, not the old one' '
	login_as school $NEW School@2026 &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=13800000001&password=School%402026" && expect_body "账号或密码错误"
'

test_expect_success 'an expired code is refused' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	send_code /school/s/account 13922223333 && expect_body "验证码已发送" &&
	sql "UPDATE sms_codes SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE mobile_hmac = $(mh 13922223333)" &&
	change /school/s/account 13922223333 "$(sms_code change_mobile 13922223333)" Center@2026 && expect_body "验证码已失效" &&
	test "$(sql "SELECT mobile_hmac = $(mh 13800000002) FROM accounts WHERE school_id = 2")" = 1
'

test_expect_success 'a department changes its mobile through the same page' '
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/account/mobile && expect_status 200 && expect_body "139****0101" &&
	expect_body "formaction=\"/school/dept/account/mobile/code\"" &&
	send_code /school/dept/account 13933334444 && expect_body "验证码已发送至 139****4444" &&
	change /school/dept/account 13933334444 "$(sms_code change_mobile 13933334444)" County@2026 &&
	expect_status 303 && expect_header Location "/school/dept/account\?done=mobile$" &&
	test "$(sql "SELECT CONCAT(mobile, mobile_hmac = $(mh 13933334444)) FROM accounts WHERE login_name = \"金水区\"")" = "139****44441" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac IN ($(mh 13900000101), $(mh 13933334444)) AND template = \"mobile_changed\"")" = 2
'

test_expect_success 'the admin changes its mobile; the next second factor goes to the new number' '
	login_as admin admin Admin@2026 &&
	send_code /school/admin/account 13944445555 && expect_body "验证码已发送" &&
	change /school/admin/account 13944445555 "$(sms_code change_mobile 13944445555)" Admin@2026 && expect_status 303 &&
	login_as admin admin Admin@2026 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13944445555) AND purpose = \"code:login_mfa\"")" -ge 1
'

test_expect_success 'an insurer changes its mobile' '
	login_as insurer pingan_henan Insurer@2026 &&
	send_code /school/insurer/account 13955556666 &&
	change /school/insurer/account 13955556666 "$(sms_code change_mobile 13955556666)" Insurer@2026 && expect_status 303 &&
	test "$(sql "SELECT mobile_hmac = $(mh 13955556666) FROM accounts WHERE login_name = \"pingan_henan\"")" = 1
'

test_expect_success 'only the signed-in account changes: foreign ids in the form are ignored' '
	login_as department 中牟县 County@2026 &&
	other=$(sql "SELECT id FROM accounts WHERE login_name = \"郑州市\"") &&
	cgi GET /school/dept/account/mobile &&
	cgi POST /school/dept/account/mobile/code "csrf=$(csrf_token)&mobile=13966667777&id=$other&account_id=$other" &&
	cgi POST /school/dept/account/mobile "csrf=$(csrf_token)&mobile=13966667777&code=$(sms_code change_mobile 13966667777)&password=County%402026&id=$other&account_id=$other" &&
	expect_status 303 &&
	test "$(sql "SELECT mobile_hmac = $(mh 13966667777) FROM accounts WHERE login_name = \"中牟县\"")" = 1 &&
	test "$(sql "SELECT mobile_hmac = $(mh 13900000102) FROM accounts WHERE login_name = \"郑州市\"")" = 1
'

test_expect_success 'sms-code.js (purpose=change_mobile) gets JSON answers' '
	login_as insurer pingan_henan Insurer@2026 && cgi GET /school/insurer/account/mobile &&
	expect_body "data-sms-purpose=\"change_mobile\"" && expect_body "data-url=\"/school/insurer/account/mobile/code\"" &&
	expect_body "/js/sms-code.js" && token=$(csrf_token) &&
	cgi POST /school/insurer/account/mobile/code "csrf=$token&purpose=change_mobile&mobile=13988889999" &&
	expect_status 200 && expect_header Content-Type "application/json" &&
	test "$(cat "$TRASH/body")" = "{\"ok\":true,\"message\":\"验证码已发送至 139****9999，5 分钟内有效。\"}" &&
	cgi POST /school/insurer/account/mobile/code "csrf=$token&purpose=change_mobile&mobile=13988889999" &&
	expect_status 200 && grep -q "^{\"ok\":false,\"message\":\".*60 秒" "$TRASH/body" &&
	cgi POST /school/insurer/account/mobile/code "csrf=$token&purpose=change_mobile&mobile=123" &&
	test "$(cat "$TRASH/body")" = "{\"ok\":false,\"message\":\"请输入正确的11位手机号码。\"}" &&
	cgi POST /school/insurer/account/mobile/code "csrf=$token&purpose=register&mobile=13988880000" && expect_status 400
'

test_expect_success 'the POSTs need the CSRF token' '
	cgi POST /school/dept/account/mobile/code "mobile=13977778888" && expect_status 403 &&
	cgi POST /school/dept/account/mobile "mobile=13977778888&code=123456&password=x" && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13977778888)")" = 0
'

test_done
