#!/bin/bash
# t0330-admin-companies: 保险公司. The admin lists, adds (全称 unique, 简称), renames, disables and
# enables insurance companies, and opens provincial branch accounts for a company (login 3–32
# of [a-z0-9_], kind insurer, level province, region 410000): one-time password by SMS, must be
# changed. Bad input stays in the form with Chinese messages; duplicates are refused; a disabled
# company gets no new account; everything is audited; only the admin gets in.
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}

test_expect_success 'the list shows the demo companies with their branch counts' '
	admin_login &&
	cgi GET /school/admin/companies && expect_status 200 &&
	expect_body "中国人民财产保险股份有限公司" && expect_body "人保财险" && expect_body "中华联合" &&
	expect_body "href=\"/school/admin/company?id=2\"" &&
	expect_body "href=\"/school/admin/companies\" aria-current=\"page\">保险公司</a>"
'

test_expect_success 'adding needs both names; a duplicate full name is refused; values kept' '
	cgi POST /school/admin/companies "csrf=$(csrf_token)&name=&short_name=" && expect_status 200 &&
	expect_body "请填写保险公司全称" && expect_body "请填写简称" &&
	cgi POST /school/admin/companies "csrf=$(csrf_token)&name=$(urlencode 中国人民财产保险股份有限公司)&short_name=$(urlencode 人保)" &&
	expect_status 200 && expect_body "已有同名的保险公司" && expect_body "value=\"人保\"" &&
	long=$(printf "保%.0s" $(seq 1 33)) &&
	cgi POST /school/admin/companies "csrf=$(csrf_token)&name=$(urlencode 某某保险)&short_name=$(urlencode "$long")" &&
	expect_status 200 && expect_body "简称不能超过 32 个字" && expect_body "value=\"某某保险\"" &&
	test "$(sql "SELECT COUNT(*) FROM insurance_companies")" = 4
'

test_expect_success 'add a company: stored, audited, listed' '
	cgi POST /school/admin/companies "csrf=$(csrf_token)&name=$(urlencode 中国人寿财产保险股份有限公司)&short_name=$(urlencode 国寿财险)" &&
	expect_status 303 && expect_header Location "/school/admin/companies\?done=created" &&
	test "$(sql "SELECT CONCAT(short_name, status) FROM insurance_companies WHERE name = \"中国人寿财产保险股份有限公司\"")" = 国寿财险active &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"company_created\"")" = 1 &&
	cgi GET "/school/admin/companies?done=created" && expect_body "保险公司已添加" && expect_body "国寿财险"
'

test_expect_success 'the company page lists its provincial branch accounts' '
	cgi GET "/school/admin/company?id=2" && expect_status 200 &&
	expect_body "pingan_henan" && expect_body "中国平安财产保险股份有限公司河南分公司" && expect_body "139****0201" &&
	expect_no_body "13900000201" &&
	cgi GET "/school/admin/company?id=1" && expect_body "该公司尚无省级分公司账号" &&
	expect_body "value=\"中国人民财产保险股份有限公司河南分公司\"" &&
	cgi GET "/school/admin/company?id=999" && expect_status 404 &&
	cgi GET "/school/admin/company?id=x" && expect_status 400
'

test_expect_success 'rename: validated, duplicate refused, stored and audited' '
	cgi GET "/school/admin/company?id=4" && tok=$(csrf_token) &&
	cgi POST /school/admin/company/rename "csrf=$tok&id=4&name=$(urlencode 中国平安财产保险股份有限公司)&short_name=$(urlencode 中华)" &&
	expect_status 200 && expect_body "已有同名的保险公司" &&
	cgi POST /school/admin/company/rename "csrf=$(csrf_token)&id=4&name=&short_name=x" &&
	expect_status 200 && expect_body "请填写保险公司全称" &&
	cgi POST /school/admin/company/rename "csrf=$(csrf_token)&id=4&name=$(urlencode 中华联合财产保险股份有限公司河南分公司)&short_name=$(urlencode 中华财险)" &&
	expect_status 303 && expect_header Location "/school/admin/company\?id=4&done=renamed" &&
	test "$(sql "SELECT CONCAT(name, \"|\", short_name) FROM insurance_companies WHERE id = 4")" = "中华联合财产保险股份有限公司河南分公司|中华财险" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"company_renamed\" AND object_id = \"4\"")" = 1 &&
	cgi POST /school/admin/company/rename "csrf=$tok&id=999&name=x&short_name=y" && expect_status 404
'

test_expect_success 'branch account: bad fields are shown inline with values kept' '
	cgi GET "/school/admin/company?id=1" &&
	cgi POST /school/admin/company/branch "csrf=$(csrf_token)&id=1&login=AB&display_name=&contact_name=&mobile=1" &&
	expect_status 200 && expect_body "登录账号为 3–32 位小写字母、数字或下划线" && expect_body "请填写机构名称" &&
	expect_body "请填写联系人姓名" && expect_body "请填写正确的11位手机号码" && expect_body "value=\"AB\"" &&
	cgi POST /school/admin/company/branch "csrf=$(csrf_token)&id=1&login=picc-henan&display_name=x&contact_name=y&mobile=13912345678" &&
	expect_status 200 && expect_body "登录账号为 3–32 位" &&
	cgi POST /school/admin/company/branch "csrf=$(csrf_token)&id=1&login=pingan_henan&display_name=x&contact_name=y&mobile=13912345678" &&
	expect_status 200 && expect_body "该登录账号已被使用" &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE kind = \"insurer\"")" = 1
'

test_expect_success 'branch account: opened as a provincial insurer with a one-time password by SMS' '
	cgi POST /school/admin/company/branch "csrf=$(csrf_token)&id=1&login=picc_henan&display_name=$(urlencode 中国人民财产保险股份有限公司河南省分公司)&contact_name=$(urlencode 钱七)&mobile=13912345670" &&
	expect_status 303 && expect_header Location "/school/admin/company\?id=1&done=branch" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", kind, insurer_level, region_code, company_id, contact_name, mobile, mobile_hmac = $(mh 13912345670), must_change_password)
		FROM accounts WHERE login_name = \"picc_henan\"")" = "insurer|province|410000|1|钱七|139****5670|1|1" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"insurer_account_created\"")" = 1 &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13912345670) AND template = \"initial_password\"" |
		sed -n "s/.*初始密码为\([^，]*\)，.*/\1/p" >"$TRASH/password" && test -s "$TRASH/password" &&
	cgi GET "/school/admin/company?id=1&done=branch" && expect_body "省级分公司账号已开通" && expect_body "picc_henan" &&
	cgi GET /school/admin/companies && expect_body "<td class=\"col-num\">1</td>" &&
	login_as insurer picc_henan "$(cat "$TRASH/password")" &&
	cgi GET /school/insurer/ && expect_status 302 && expect_header Location "/school/password"
'

test_expect_success 'disable: audited, no new account; enable again' '
	admin_login && cgi GET "/school/admin/company?id=3" &&
	cgi POST /school/admin/company/status "csrf=$(csrf_token)&id=3&action=disable" && expect_status 303 &&
	test "$(sql "SELECT status FROM insurance_companies WHERE id = 3")" = disabled &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"company_disabled\"")" = 1 &&
	cgi GET "/school/admin/company?id=3" && expect_body "该公司已停用，不能开通新账号" && expect_body "启用该公司" &&
	cgi POST /school/admin/company/branch "csrf=$(csrf_token)&id=3&login=cpic_henan&display_name=x&contact_name=y&mobile=13912345671" &&
	expect_status 409 &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE login_name = \"cpic_henan\"")" = 0 &&
	cgi GET "/school/admin/company?id=3" &&
	cgi POST /school/admin/company/status "csrf=$(csrf_token)&id=3&action=enable" && expect_status 303 &&
	test "$(sql "SELECT status FROM insurance_companies WHERE id = 3")" = active &&
	cgi GET "/school/admin/company?id=3" &&
	cgi POST /school/admin/company/status "csrf=$(csrf_token)&id=3&action=remove" && expect_status 400
'

test_expect_success 'CSRF and other roles are refused' '
	cgi GET /school/admin/companies &&
	cgi POST /school/admin/companies "name=x&short_name=y" && expect_status 403 &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/admin/companies && expect_status 403 &&
	cgi GET "/school/admin/company?id=2" && expect_status 403
'

test_done
