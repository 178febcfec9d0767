#!/bin/bash
# t0100-login: the login page, signing in with each demo account through the portal and the
# admin page (with its SMS second factor, see t0250), each reaching its area's 系统首页, and
# logging out.
. "$(dirname "$0")/test-lib.sh"
setup_db

test_expect_success 'login page shows the three tabs, fields, links and button' '
	NO_COOKIES=1 cgi GET /school/ &&
	expect_status 200 &&
	expect_body "账户登录" && expect_body "请注意选择账号类型" &&
	expect_body ">学校</label>" && expect_body ">教育部门</label>" && expect_body ">承保机构</label>" &&
	expect_body "请输入学校全称或联系人手机号" && expect_body "登录系统" &&
	expect_body "学校注册" && expect_body "忘记密码?" && expect_body "忘记登录账号?" &&
	expect_header Set-Cookie "hnedu=[0-9a-f]{64}; Path=/; HttpOnly; SameSite=Lax" &&
	expect_header Content-Security-Policy "default-src .self." &&
	expect_header X-Content-Type-Options nosniff
'

test_expect_success 'a school signs in with its full name and reaches 系统首页' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	expect_header Location /school/s/ &&
	cgi GET /school/s/ &&
	expect_status 200 &&
	expect_body "系统首页" && expect_body "$DEMO_SCHOOL" && expect_body "2026-2027" &&
	expect_body "操作导航" && expect_body "投保数据" && expect_body "等待保险公司承保"
'

test_expect_success 'the session id changes at login (no fixation)' '
	rm -f "$TRASH/cookies" &&
	cgi GET /school/ && before=$(cat "$TRASH/cookies") &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026" &&
	expect_status 303 &&
	after=$(cat "$TRASH/cookies") &&
	test "$before" != "$after" &&
	test "$(sql "SELECT COUNT(*) FROM sessions")" -ge 1
'

test_expect_success 'only the hash of the session id is stored' '
	sid=$(sed "s/^hnedu=//" "$TRASH/cookies") &&
	test "$(sql "SELECT COUNT(*) FROM sessions WHERE id_hash = UNHEX(SHA2(UNHEX(\"$sid\"), 256))")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM sessions WHERE HEX(id_hash) = UPPER(\"$sid\")")" = 0
'

test_expect_success 'a school signs in with its contact mobile' '
	login_as school 13800000001 School@2026 &&
	expect_header Location /school/s/
'

test_expect_success 'a center school sees its subordinate schools' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	cgi GET /school/s/ && expect_status 200 && expect_body "所辖学校" &&
	cgi GET /school/center/ && expect_status 200 &&
	expect_body "中牟县官渡镇第一小学" && expect_body "中牟县官渡镇杨桥小学" &&
	grep -qE "1[3-9][0-9]\*\*\*\*[0-9]{4}" "$TRASH/body"
'

test_expect_success 'a county department signs in by region name' '
	login_as department 金水区 County@2026 &&
	expect_header Location /school/dept/ &&
	cgi GET /school/dept/ && expect_status 200 &&
	expect_body "金水区" && expect_body "学校数据" && expect_body "未决案件"
'

test_expect_success 'a city department sees its counties and 市直' '
	login_as department 郑州市 City@2026 &&
	cgi GET /school/dept/ && expect_status 200 &&
	expect_body "市直" && expect_body "中牟县" && expect_body "金水区"
'

test_expect_success 'the insurer provincial branch signs in' '
	login_as insurer pingan_henan Insurer@2026 &&
	expect_header Location /school/insurer/ &&
	cgi GET /school/insurer/ && expect_status 200 &&
	expect_body "平安" && expect_body "省级分公司" && expect_body "分支账号管理"
'

test_expect_success 'the admin signs in at its own page: password, then the SMS code (登录验证)' '
	login_as admin admin Admin@2026 &&
	expect_header Location /school/admin/ &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"mfa_passed\"")" = 1 &&
	cgi GET /school/admin/ && expect_status 200 &&
	expect_body "注册审核" && expect_body "审计日志"
'

test_expect_success 'the admin cannot sign in through the portal tabs' '
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=insurer&login=admin&password=Admin%402026" &&
	expect_status 200 && expect_body "账号或密码错误"
'

test_expect_success 'a signed-in visitor of the login page goes to its start page' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/ && expect_status 302 && expect_header Location /school/s/
'

test_expect_success 'logout ends the server session and returns to the login page' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && token=$(csrf_token) &&
	n=$(sql "SELECT COUNT(*) FROM sessions") &&
	cgi POST /school/logout "csrf=$token" &&
	expect_status 303 && expect_header Location "/school/$" &&
	test "$(sql "SELECT COUNT(*) FROM sessions")" -eq $((n - 1)) &&
	cgi GET /school/s/ && expect_status 302 && expect_header Location "/school/$"
'

test_expect_success 'an old session cookie is useless after logout' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cp "$TRASH/cookies" "$TRASH/old-cookies" &&
	cgi GET /school/s/ && cgi POST /school/logout "csrf=$(csrf_token)" &&
	cp "$TRASH/old-cookies" "$TRASH/cookies" &&
	cgi GET /school/s/ && expect_status 302
'

test_expect_success 'logins and logouts are audited' '
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"login\"")" -ge 8 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"logout\"")" -ge 2 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"login\" AND ip = \"127.0.0.1\"")" -ge 8
'

test_expect_success 'an idle session expires on the server' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	sql "UPDATE sessions SET last_seen_at = UTC_TIMESTAMP() - INTERVAL 31 MINUTE" &&
	cgi GET /school/s/ && expect_status 302
'

test_expect_success 'a session past its absolute lifetime expires' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	sql "UPDATE sessions SET created_at = UTC_TIMESTAMP() - INTERVAL 13 HOUR" &&
	cgi GET /school/s/ && expect_status 302
'

test_done
