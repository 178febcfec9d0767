#!/bin/bash
# t0285-account-password: 修改密码 under 账户信息 of every area (one implementation): current
# password, policy, confirmation, not the current one; success stores a new Argon2id hash,
# stamps password_changed_at, ends the account's other sessions (this one stays), sends the
# "password_changed" notice without the password, audits, and returns to 账户信息 with a notice.
. "$(dirname "$0")/test-lib.sh"
setup_db

change() {
	cgi GET "$1/password" && expect_status 200 &&
	cgi POST "$1/password" "csrf=$(csrf_token)&current_password=$(urlencode "$2")&new_password=$(urlencode "$3")&confirm_password=$(urlencode "$4")"
}

test_expect_success 'the form has the three fields, the rule and a way back' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/account/password && expect_status 200 && expect_body "修改密码" &&
	expect_body "name=\"current_password\"" && expect_body "name=\"new_password\"" &&
	expect_body "name=\"confirm_password\"" && expect_body "8-64 位" && expect_body "href=\"/school/s/account\"" &&
	expect_body "操作导航"
'

test_expect_success 'bad input gets per-field messages and changes nothing' '
	hash=$(sql "SELECT password_hash FROM accounts WHERE school_id = 1") &&
	change /school/s/account "" "" "" && expect_body "请输入当前密码" && expect_body "请输入新密码" &&
	change /school/s/account School@2026 "abc" "abc" && expect_body "密码至少 8 位" &&
	change /school/s/account School@2026 "$(printf "Ab1#%.0s" $(seq 1 17))" "x" && expect_body "密码不能超过 64 位" &&
	change /school/s/account School@2026 "郑州市金水区文化路第一小学Ab1" "郑州市金水区文化路第一小学Ab1" && expect_body "不能包含登录账号" &&
	change /school/s/account School@2026 "Qw#13800000001" "Qw#13800000001" && expect_body "不能包含手机号" &&
	change /school/s/account School@2026 "Qw#Er5Ty7" "Qw#Er5Ty8" && expect_body "两次输入的新密码不一致" &&
	change /school/s/account School@2026 School@2026 School@2026 && expect_body "该密码过于常见" &&
	change /school/s/account Wrong@2026 "Qw#Er5Ty7" "Qw#Er5Ty7" && expect_body "当前密码不正确" &&
	expect_no_body "Qw#Er5Ty7" &&
	test "$(sql "SELECT password_hash FROM accounts WHERE school_id = 1")" = "$hash"
'

test_expect_success 'a change ends the other sessions only, notifies, audits, returns with a notice' '
	cp "$TRASH/cookies" "$TRASH/mine" &&
	login_as school 13800000001 School@2026 && cp "$TRASH/cookies" "$TRASH/other" &&
	login_as school "$DEMO_CENTER" Center@2026 && cp "$TRASH/cookies" "$TRASH/center" &&
	cp "$TRASH/mine" "$TRASH/cookies" &&
	change /school/s/account School@2026 "Qw#Er5Ty7" "Qw#Er5Ty7" &&
	expect_status 303 && expect_header Location "/school/s/account\?done=password$" &&
	cgi GET "/school/s/account?done=password" && expect_status 200 && expect_body "密码已修改" &&
	cp "$TRASH/other" "$TRASH/cookies" && cgi GET /school/s/ && expect_status 302 &&
	cp "$TRASH/center" "$TRASH/cookies" && cgi GET /school/s/ && expect_status 200 &&
	body=$(sql "SELECT body FROM sms_messages WHERE template = \"password_changed\" AND mobile_hmac = $(mh 13800000001)") &&
	echo "$body" | grep -q "郑州市金水区文化路第一小学" && ! echo "$body" | grep -q "Qw#Er5Ty7" &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"password_changed\"")" = self &&
	test "$(sql "SELECT password_changed_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE FROM accounts WHERE school_id = 1")" = 1
'

test_expect_success 'the new password signs in, the old one does not; the same one is refused' '
	login_as school "$DEMO_SCHOOL" "Qw#Er5Ty7" &&
	change /school/s/account "Qw#Er5Ty7" "Qw#Er5Ty7" "Qw#Er5Ty7" && expect_status 200 &&
	expect_body "新密码不能与当前密码相同" &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026" &&
	expect_body "账号或密码错误"
'

test_expect_success 'departments, insurers and the admin change theirs the same way' '
	login_as department 郑州市 City@2026 &&
	change /school/dept/account City@2026 "Zz#City2027" "Zz#City2027" && expect_status 303 &&
	expect_header Location "/school/dept/account\?done=password$" &&
	login_as department 郑州市 "Zz#City2027" &&
	login_as insurer pingan_henan Insurer@2026 &&
	change /school/insurer/account Insurer@2026 "Pa#Henan2027" "Pa#Henan2027" && expect_status 303 &&
	expect_header Location "/school/insurer/account\?done=password$" &&
	login_as admin admin Admin@2026 &&
	change /school/admin/account Admin@2026 "Hn#Center2027" "Hn#Center2027" && expect_status 303 &&
	expect_header Location "/school/admin/account\?done=password$" &&
	login_as admin admin "Hn#Center2027" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"password_changed\"")" = 4
'

test_expect_success 'an expired password is renewed by the change' '
	sql "UPDATE accounts SET password_changed_at = UTC_TIMESTAMP() - INTERVAL 100 DAY WHERE login_name = \"开封市\"" &&
	login_as department 开封市 City@2026 && cgi GET /school/dept/ && expect_status 302 &&
	cgi GET /school/password && cgi POST /school/password "csrf=$(csrf_token)&current_password=City%402026&new_password=Kf%23City2027&confirm_password=Kf%23City2027" &&
	expect_status 303 && cgi GET /school/dept/account && expect_status 200 &&
	expect_body "密码有效期 90 天"
'

test_expect_success 'the POST needs the CSRF token' '
	login_as department 中牟县 County@2026 &&
	cgi POST /school/dept/account/password "current_password=County%402026&new_password=Zm%23County27&confirm_password=Zm%23County27" &&
	expect_status 403 && login_as department 中牟县 County@2026
'

test_done
