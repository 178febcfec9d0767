#!/bin/bash
# t0320-admin-departments: 教育部门账号. Every city and county is listed with its account (the
# demo has 4); the admin opens a missing one with 联系人 + 联系人手机: login = display name = the
# region name, a one-time password by SMS that must be changed, audited. A region that already
# has an account is refused; bad input re-renders the form with Chinese messages and the values.
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}

test_expect_success 'all 174 regions are listed, 4 with accounts' '
	admin_login &&
	cgi GET /school/admin/departments && expect_status 200 &&
	expect_body "当前列表 174 个区域，已开通 <strong>4</strong> 个" &&
	expect_body "郑州市 / 金水区" && expect_body "139****0101" && expect_no_body "13900000101" &&
	expect_body "济源市" && expect_body "未开通" &&
	expect_body "href=\"/school/admin/departments\" aria-current=\"page\">部门账号</a>"
'

test_expect_success 'the city filter narrows the list and preselects a region for the form' '
	cgi GET "/school/admin/departments?city=410200&region=410225" && expect_status 200 &&
	expect_body "当前列表 10 个区域，已开通 <strong>1</strong> 个" && expect_no_body "郑州市 / 金水区" &&
	expect_body "<option value=\"410225\" selected>开封市 / 兰考县</option>" &&
	cgi GET "/school/admin/departments?city=41" && expect_status 400 &&
	cgi GET "/school/admin/departments?city=abcdef" && expect_status 400
'

test_expect_success 'missing or bad fields are shown inline with the values kept' '
	cgi GET /school/admin/departments &&
	cgi POST /school/admin/departments "csrf=$(csrf_token)&city=&region=&contact_name=&mobile=123" && expect_status 200 &&
	expect_body "请选择区域" && expect_body "请填写联系人姓名" && expect_body "请填写正确的11位手机号码" &&
	expect_body "value=\"123\"" &&
	cgi POST /school/admin/departments "csrf=$(csrf_token)&city=&region=999999&contact_name=$(urlencode 张三)&mobile=13912345678" &&
	expect_status 200 && expect_body "所选区域不存在" && expect_body "value=\"张三\"" && expect_body "value=\"13912345678\"" &&
	cgi POST /school/admin/departments "csrf=$(csrf_token)&city=&region=410000&contact_name=$(urlencode 张三)&mobile=13912345678" &&
	expect_status 200 && expect_body "所选区域不存在" &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE kind = \"department\"")" = 4
'

test_expect_success 'a region that has an account is refused' '
	cgi POST /school/admin/departments "csrf=$(csrf_token)&city=&region=410105&contact_name=$(urlencode 李四)&mobile=13912345678" &&
	expect_status 200 && expect_body "该区域已有教育部门账号" &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE kind = \"department\"")" = 4
'

test_expect_success 'open a county account: login = region name, one-time password by SMS, audited' '
	cgi POST /school/admin/departments "csrf=$(csrf_token)&city=410200&region=410225&contact_name=$(urlencode 王五)&mobile=13912345678" &&
	expect_status 303 && expect_header Location "/school/admin/departments\?city=410200&done=created" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", login_name, display_name, region_code, contact_name, mobile, mobile_hmac = $(mh 13912345678), must_change_password, status)
		FROM accounts WHERE kind = \"department\" AND region_code = \"410225\"")" = "兰考县|兰考县|410225|王五|139****5678|1|1|active" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"department_account_created\"")" = 1 &&
	body=$(sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13912345678) AND template = \"initial_password\"") &&
	printf "%s" "$body" | grep -q "兰考县" &&
	printf "%s" "$body" | sed -n "s/.*初始密码为\([^，]*\)，.*/\1/p" >"$TRASH/password" && test -s "$TRASH/password" &&
	cgi GET "/school/admin/departments?city=410200&done=created" && expect_body "教育部门账号已开通" && expect_body "已开通 <strong>2</strong> 个"
'

test_expect_success 'a second account for the same region is refused' '
	cgi POST /school/admin/departments "csrf=$(csrf_token)&city=&region=410225&contact_name=$(urlencode 王五)&mobile=13912345679" &&
	expect_status 200 && expect_body "该区域已有教育部门账号" &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE region_code = \"410225\"")" = 1
'

test_expect_success 'open a city account (济源) and the new department signs in, must change password' '
	cgi POST /school/admin/departments "csrf=$(csrf_token)&city=&region=419001&contact_name=$(urlencode 赵六)&mobile=13912340000" &&
	expect_status 303 &&
	test "$(sql "SELECT login_name FROM accounts WHERE region_code = \"419001\"")" = 济源市 &&
	login_as department 兰考县 "$(cat "$TRASH/password")" &&
	cgi GET /school/dept/ && expect_status 302 && expect_header Location "/school/password"
'

test_expect_success 'CSRF, wrong method and other roles are refused' '
	admin_login && cgi GET /school/admin/departments &&
	cgi POST /school/admin/departments "city=&region=410102&contact_name=x&mobile=13912345678" && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE region_code = \"410102\"")" = 0 &&
	login_as department 郑州市 City@2026 &&
	cgi GET /school/admin/departments && expect_status 403
'

test_done
