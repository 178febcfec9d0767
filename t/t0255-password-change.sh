#!/bin/bash
# t0255-password-change: the forced password change at /school/password. An initial password
# (after the admin approves a registration), a password reset by the admin, and a password
# older than [security] password_max_age_days (departments, insurers, admin) each send the
# account there from every page until it picks a new one: current password right, policy
# (password_problem), confirmation equal, not the current one. Success stores the hash,
# clears the flag, stamps password_changed_at, ends the other sessions, sends the notice SMS,
# audits and goes to the start page.
. "$(dirname "$0")/test-lib.sh"
setup_db

# change_form CURRENT NEW CONFIRM: POSTs the forced change form with the page's token.
change_form() {
	cgi GET /school/password && expect_status 200 &&
	cgi POST /school/password "csrf=$(csrf_token)&current_password=$(urlencode "$1")&new_password=$(urlencode "$2")&confirm_password=$(urlencode "$3")"
}
sms_password() { sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh $1) AND template = '$2' ORDER BY id DESC LIMIT 1" | sed -n 's/.*密码为\([^，]*\)，.*/\1/p'; }

test_expect_success 'approval sends a one-time password that must be changed at first login' '
	login_as admin admin Admin@2026 &&
	app=$(sql "SELECT a.id FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = \"郑州市金水区小星星幼儿园\"") &&
	cgi GET "/school/admin/registration?id=$app" && expect_status 200 &&
	cgi POST /school/admin/registration/approve "csrf=$(csrf_token)&id=$app" && expect_status 303 &&
	initial=$(sms_password 13800000038 initial_password) && test -n "$initial" &&
	echo "$initial" >"$TRASH/initial" &&
	login_as school 郑州市金水区小星星幼儿园 "$initial" && expect_header Location "/school/s/$" &&
	cgi GET /school/s/ && expect_status 302 && expect_header Location "/school/password$"
'

test_expect_success 'while the change is owed every page of every area leads to /school/password' '
	for p in /school/s/ /school/s/account /school/s/account/password /school/files/download?id=1; do
		cgi GET "$p" && expect_status 302 && expect_header Location "/school/password$" || exit 1
	done &&
	cgi POST /school/s/account/basic "csrf=x&contact_name=y" && expect_status 302 &&
	cgi GET /school/verify && expect_status 302 && expect_header Location "/school/password$"
'

test_expect_success 'the page explains why, has the three fields and its own 退出, no navigation' '
	cgi GET /school/password && expect_status 200 &&
	expect_body "初始密码或管理员重置的临时密码" && expect_body "当前密码" && expect_body "新密码" &&
	expect_body "确认新密码" && expect_body "8-64 位" && expect_body "action=\"/school/logout\"" &&
	expect_no_body "操作导航"
'

test_expect_success 'bad input: per-field Chinese messages, nothing stored, passwords not echoed' '
	initial=$(cat "$TRASH/initial") &&
	hash=$(sql "SELECT password_hash FROM accounts WHERE login_name = \"郑州市金水区小星星幼儿园\"") &&
	change_form "" "" "" && expect_status 200 && expect_body "请输入当前密码" && expect_body "请输入新密码" &&
	change_form "$initial" "short1A" "short1A" && expect_body "密码至少 8 位" && expect_no_body "short1A" &&
	change_form "$initial" "alllowercase" "alllowercase" && expect_body "三类" &&
	change_form "$initial" "Password123" "Password123" && expect_body "过于常见" &&
	change_form "$initial" "Ab1!13800000038" "Ab1!13800000038" && expect_body "不能包含手机号" &&
	change_form "$initial" "Xk#29dLq!v" "Xk#29dLq!w" && expect_body "两次输入的新密码不一致" &&
	change_form "$initial" "Xk#29dLq!v" "" && expect_body "请再次输入新密码" &&
	change_form "Wrong#Pass99" "Xk#29dLq!v" "Xk#29dLq!v" && expect_body "当前密码不正确" &&
	change_form "$initial" "$initial" "$initial" && expect_body "新密码不能与当前密码相同" &&
	expect_body "class=\"field has-error\"" && expect_body "aria-invalid=\"true\"" &&
	expect_no_body "value=\"Xk#" &&
	test "$(sql "SELECT password_hash FROM accounts WHERE login_name = \"郑州市金水区小星星幼儿园\"")" = "$hash" &&
	test "$(sql "SELECT must_change_password FROM accounts WHERE login_name = \"郑州市金水区小星星幼儿园\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"password_check_failed\"")" = 1
'

test_expect_success 'a second session exists before the change' '
	cp "$TRASH/cookies" "$TRASH/first" &&
	login_as school 13800000038 "$(cat "$TRASH/initial")" && cp "$TRASH/cookies" "$TRASH/second" &&
	test "$(sql "SELECT COUNT(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.mobile_hmac = $(mh 13800000038)")" = 2
'

test_expect_success 'the right form changes the password and goes to the start page' '
	cp "$TRASH/first" "$TRASH/cookies" &&
	change_form "$(cat "$TRASH/initial")" "Xk#29dLq!v" "Xk#29dLq!v" &&
	expect_status 303 && expect_header Location "/school/s/$" &&
	test "$(sql "SELECT must_change_password FROM accounts WHERE mobile_hmac = $(mh 13800000038)")" = 0 &&
	test "$(sql "SELECT password_changed_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE FROM accounts WHERE mobile_hmac = $(mh 13800000038)")" = 1 &&
	sql "SELECT password_hash FROM accounts WHERE mobile_hmac = $(mh 13800000038)" | grep -qF "\$argon2id\$v=19\$m=19456,t=2,p=1\$" &&
	cgi GET /school/s/ && expect_status 200 && expect_body "操作导航"
'

test_expect_success 'the other session ended, this one stays; notice SMS without the password; audited' '
	test "$(sql "SELECT COUNT(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.mobile_hmac = $(mh 13800000038)")" = 1 &&
	cp "$TRASH/second" "$TRASH/cookies" && cgi GET /school/s/ && expect_status 302 && expect_header Location "/school/$" &&
	body=$(sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000038) AND template = \"password_changed\"") &&
	echo "$body" | grep -q "密码已于" && ! echo "$body" | grep -q "Xk#29" &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"password_changed\"")" = forced
'

test_expect_success 'the new password signs in, the initial one no longer does' '
	login_as school 郑州市金水区小星星幼儿园 "Xk#29dLq!v" && cgi GET /school/s/ && expect_status 200 &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=13800000038&password=$(urlencode "$(cat "$TRASH/initial")")" &&
	expect_status 200 && expect_body "账号或密码错误"
'

test_expect_success 'a password reset by the admin forces a change too' '
	login_as admin admin Admin@2026 &&
	id=$(sql "SELECT id FROM accounts WHERE login_name = \"中牟县\"") &&
	cgi GET /school/admin/accounts && cgi POST /school/admin/account/reset "csrf=$(csrf_token)&id=$id" && expect_status 303 &&
	temp=$(sms_password 13900000103 password_reset) && test -n "$temp" &&
	login_as department 中牟县 "$temp" && cgi GET /school/dept/ && expect_status 302 && expect_header Location "/school/password$" &&
	change_form "$temp" "Zhongmu#2027x" "Zhongmu#2027x" && expect_status 303 && expect_header Location "/school/dept/$" &&
	cgi GET /school/dept/ && expect_status 200
'

test_expect_success 'an expired department password forces a change, with its own reason' '
	sql "UPDATE accounts SET password_changed_at = UTC_TIMESTAMP() - INTERVAL 91 DAY WHERE login_name = \"金水区\"" &&
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/account && expect_status 302 && expect_header Location "/school/password$" &&
	cgi GET /school/password && expect_status 200 && expect_body "超过 90 天未修改" &&
	change_form County@2026 "Jinshui#2027y" "Jinshui#2027y" && expect_status 303 && expect_header Location "/school/dept/$" &&
	cgi GET /school/dept/account && expect_status 200
'

test_expect_success 'schools have no maximum password age' '
	sql "UPDATE accounts SET password_changed_at = UTC_TIMESTAMP() - INTERVAL 400 DAY WHERE login_name = \"$DEMO_SCHOOL\"" &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/ && expect_status 200
'

test_expect_success 'the admin passes the second factor first, then changes its expired password' '
	sql "UPDATE accounts SET password_changed_at = UTC_TIMESTAMP() - INTERVAL 91 DAY WHERE login_name = \"admin\"" &&
	rm -f "$TRASH/cookies" && cgi GET /school/admin/login &&
	cgi POST /school/admin/login "csrf=$(csrf_token)&login=admin&password=Admin%402026" && expect_header Location "/school/verify$" &&
	cgi GET /school/password && expect_status 302 && expect_header Location "/school/verify$" &&
	pass_second_factor 13900000001 && expect_status 303 && expect_header Location "/school/password$" &&
	change_form Admin@2026 "Center#Henan2027" "Center#Henan2027" && expect_status 303 && expect_header Location "/school/admin/$"
'

test_expect_success 'a settled account at /school/password is sent to its own 修改密码' '
	cgi GET /school/password && expect_status 302 && expect_header Location "/school/admin/account/password$" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/password && expect_status 302 && expect_header Location "/school/s/account/password$" &&
	cgi GET /school/s/ && cgi POST /school/password "csrf=$(csrf_token)" && expect_status 303 &&
	expect_header Location "/school/s/account/password$"
'

test_expect_success 'the form needs the CSRF token; anonymous visitors go to the login page' '
	sql "UPDATE accounts SET must_change_password = 1 WHERE login_name = \"$DEMO_SCHOOL\"" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi POST /school/password "current_password=School%402026&new_password=Abc%23123456&confirm_password=Abc%23123456" &&
	expect_status 403 &&
	test "$(sql "SELECT must_change_password FROM accounts WHERE login_name = \"$DEMO_SCHOOL\"")" = 1 &&
	rm -f "$TRASH/cookies" && cgi GET /school/password && expect_status 302 && expect_header Location "/school/$"
'

test_expect_success 'five wrong current passwords in 15 minutes stop the checks' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	for i in 1 2 3 4 5; do change_form "Wrong#Pass$i" "Abc#12345xy" "Abc#12345xy" && expect_body "当前密码不正确" || exit 1; done &&
	change_form School@2026 "Abc#12345xy" "Abc#12345xy" && expect_status 200 && expect_body "输错次数过多" &&
	test "$(sql "SELECT must_change_password FROM accounts WHERE login_name = \"$DEMO_SCHOOL\"")" = 1
'

test_done
