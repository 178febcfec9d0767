#!/bin/bash
# t0290-account-overview: 账户信息 of departments, insurers and the admin (one shared page):
# account, unit, region / company, 联系人, masked mobile, password age, 修改手机号 and 修改密码,
# 最近登录; the navigation of each kind links it. Each area serves only its own kind; the page
# shows only the signed-in account.
. "$(dirname "$0")/test-lib.sh"
setup_db

test_expect_success 'a county department: region with its city, contact, masked mobile, buttons' '
	sql "UPDATE accounts SET contact_name = \"赵主任\" WHERE login_name = \"金水区\"" &&
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/ && expect_body "href=\"/school/dept/account\">账户信息</a>" &&
	cgi GET /school/dept/account && expect_status 200 && expect_body "<h1 class=\"page-title\">账户信息</h1>" &&
	expect_body "aria-current=\"page\">账户信息</a>" &&
	expect_body "登录账号：</th><td>金水区" && expect_body "单位名称：</th><td>郑州市金水区教育局" &&
	expect_body "所在区域：</th><td>郑州市 金水区" && expect_body "联系人：</th><td>赵主任" &&
	expect_body "手机号：</th><td>139****0101" && expect_no_body "13900000101" &&
	expect_body "密码有效期 90 天" && expect_body "账户状态：</th><td>正常" &&
	expect_body "href=\"/school/dept/account/mobile\">修改手机号</a>" &&
	expect_body "href=\"/school/dept/account/password\">修改密码</a>" &&
	expect_body "最近登录" && expect_body "127.0.0.1"
'

test_expect_success 'a city department shows just its city; no contact yet says 未填写' '
	login_as department 郑州市 City@2026 && cgi GET /school/dept/account && expect_status 200 &&
	expect_body "所在区域：</th><td>郑州市</td>" && expect_body "联系人：</th><td>未填写" &&
	expect_no_body "金水区"
'

test_expect_success 'the insurer: company, level, region' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/ && expect_body "href=\"/school/insurer/account\">账户信息</a>" &&
	cgi GET /school/insurer/account && expect_status 200 &&
	expect_body "保险公司：</th><td>中国平安财产保险股份有限公司" && expect_body "账号级别：</th><td>省级分公司" &&
	expect_body "负责区域：</th><td>河南省" && expect_body "139****0201" &&
	expect_body "href=\"/school/insurer/account/mobile\""
'

test_expect_success 'the admin: its own 账户信息 in the navigation' '
	login_as admin admin Admin@2026 &&
	cgi GET /school/admin/ && expect_body "href=\"/school/admin/account\">账户信息</a>" &&
	cgi GET /school/admin/account && expect_status 200 &&
	expect_body "登录账号：</th><td>admin" && expect_body "河南省教育资源保障中心校园风险防范部" &&
	expect_body "139****0001" && expect_no_body "所在区域" && expect_no_body "保险公司：" &&
	expect_body "href=\"/school/admin/account/password\""
'

test_expect_success '最近登录 shows only the account'"'"'s own logins' '
	REMOTE_ADDR_OVERRIDE=203.0.113.9 login_as department 中牟县 County@2026 &&
	login_as department 金水区 County@2026 && cgi GET /school/dept/account && expect_no_body "203.0.113.9" &&
	login_as department 中牟县 County@2026 && cgi GET /school/dept/account && expect_body "203.0.113.9"
'

test_expect_success 'each area serves only its own kind (403 for the others, audited)' '
	n=$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\"") &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	for p in /school/dept/account /school/insurer/account /school/admin/account /school/admin/account/password /school/dept/account/mobile; do
		cgi GET "$p" && expect_status 403 || exit 1
	done &&
	login_as insurer pingan_henan Insurer@2026 &&
	for p in /school/dept/account /school/s/account /school/admin/account; do
		cgi GET "$p" && expect_status 403 || exit 1
	done &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\"")" -ge $((n + 8))
'

test_expect_success 'anonymous visitors go to the right login page' '
	rm -f "$TRASH/cookies" &&
	cgi GET /school/dept/account && expect_status 302 && expect_header Location "/school/$" &&
	cgi GET /school/admin/account && expect_status 302 && expect_header Location "/school/admin/login$"
'

test_expect_success 'the account pages answer only GET and POST as declared' '
	login_as department 金水区 County@2026 &&
	cgi POST /school/dept/account "csrf=x" && expect_status 405 &&
	cgi GET /school/dept/account/mobile/code && expect_status 405
'

test_done
