#!/bin/bash
# t0140-escaping: hostile values typed into forms or stored in the database come back escaped
# on every page that shows them, never as markup.
. "$(dirname "$0")/test-lib.sh"
setup_db

evil='"><script>alert(1)</script><img src=x onerror=alert(2)>'

test_expect_success 'a hostile login name is echoed escaped on the login form' '
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(urlencode "$evil")&password=x" &&
	expect_status 200 && expect_body "账号或密码错误" &&
	expect_no_body "<script>alert(1)" && expect_no_body "<img src=x" &&
	expect_body "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
'

test_expect_success 'a hostile admin login name is echoed escaped' '
	rm -f "$TRASH/cookies" && cgi GET /school/admin/login &&
	cgi POST /school/admin/login "csrf=$(csrf_token)&login=$(urlencode "$evil")&password=x" &&
	expect_status 200 && expect_no_body "<script>alert(1)" && expect_body "&lt;script&gt;"
'

test_expect_success 'hostile school data is escaped on the school and center pages' '
	sql "UPDATE schools SET contact_name = \"<b onmouseover=alert(3)>x</b>\" WHERE name = \"中牟县官渡镇第一小学\"" &&
	sql "UPDATE schools SET name = \"<script>alert(4)</script>小学\" WHERE name = \"中牟县官渡镇杨桥小学\"" &&
	login_as school "$DEMO_CENTER" Center@2026 &&
	cgi GET /school/center/ && expect_status 200 &&
	expect_no_body "<script>alert(4)" && expect_body "&lt;script&gt;alert(4)&lt;/script&gt;小学" &&
	expect_no_body "<b onmouseover" && expect_body "&lt;b onmouseover=alert(3)&gt;"
'

test_expect_success 'a hostile account name is escaped in the navigation' '
	sql "UPDATE accounts SET display_name = \"<i>evil</i>\" WHERE login_name = \"$DEMO_SCHOOL\"" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_no_body "<i>evil</i>" && expect_body "&lt;i&gt;evil&lt;/i&gt;"
'

test_expect_success 'control characters in a text field are refused, not stored' '
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=a%00b&password=x" && expect_status 400
'

test_expect_success 'a very long login is refused with 400' '
	cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(printf "%0200d" 0)&password=x" && expect_status 400
'

test_done
