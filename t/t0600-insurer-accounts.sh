#!/bin/bash
# t0600-insurer-accounts: 分支账号管理 / 县区账号管理. The 平安 provincial branch creates a city and a
# county account (company, parent, one-time password by SMS, audit); the city account creates
# county accounts of its own city only; refusals (another city's county, a region outside, a
# province-level region, a weak password, a taken login) show a message with the typed values
# kept and write nothing; a county account cannot create; 停用 / 启用 / 重置密码 act only on
# accounts below (another company's or a higher account's id → 404 + access_denied audit);
# mobiles masked in the list.
. "$(dirname "$0")/test-lib.sh"
setup_db

PW='Branch#2026x'
acct() { sql "SELECT id FROM accounts WHERE kind = 'insurer' AND login_name = '$1'"; }
naccounts() { sql "SELECT COUNT(*) FROM accounts WHERE kind = 'insurer'"; }
# create BODY...: opens the form (for its csrf) and posts it.
create() {
	cgi GET /school/insurer/accounts && expect_status 200 &&
	cgi POST /school/insurer/accounts "csrf=$(csrf_token)&$1"
}
# signed_in LOGIN: signs in as LOGIN after clearing its forced password change.
signed_in() {
	sql "UPDATE accounts SET must_change_password = 0 WHERE kind = 'insurer' AND login_name = '$1'" &&
	login_as insurer "$1" "$PW"
}
pingan() { login_as insurer pingan_henan Insurer@2026; }

test_expect_success 'the province sees 分支账号管理 with an empty list and the 增加账号 form' '
	pingan && cgi GET /school/insurer/ && expect_status 200 &&
	expect_body "href=\"/school/insurer/accounts\"" &&
	cgi GET /school/insurer/accounts && expect_status 200 &&
	expect_body "分支账号管理" && expect_body "尚未添加下级账号" && expect_body "增加分支账号" &&
	expect_body "<option value=\"city\" selected>市</option>" && expect_body "<option value=\"410100\">郑州市</option>" &&
	expect_body "<optgroup label=\"开封市\" data-city=\"410200\">" && expect_body "<option value=\"410122\">中牟县</option>"
'

test_expect_success 'the province creates a city account: company, parent, level, one-time password by SMS, audit' '
	create "level=city&city=410100&county=&display_name=$(urlencode 平安财险郑州中心支公司)&login=pa_zz&password=$(urlencode "$PW")&contact_name=$(urlencode 张经理)&mobile=13911110001" &&
	expect_status 303 && expect_header Location "/school/insurer/accounts\?done=created" &&
	test "$(sql "SELECT CONCAT_WS(\",\", company_id, insurer_level, region_code, must_change_password, status, contact_name, parent_account_id = (SELECT id FROM accounts WHERE login_name = \"pingan_henan\")) FROM accounts WHERE login_name = \"pa_zz\"")" = "2,city,410100,1,active,张经理,1" &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13911110001) AND purpose = \"notice:initial_password\"" | grep -qF "$PW" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"insurer_account_created\" AND object_id = \"$(acct pa_zz)\" AND detail LIKE \"%level=city region=410100%\"")" = 1
'

test_expect_success 'the province creates a county account (city select + county select)' '
	create "level=county&city=410100&county=410122&display_name=$(urlencode 平安财险中牟支公司)&login=pa_zhongmou&password=$(urlencode "$PW")&contact_name=$(urlencode 李经理)&mobile=13911110002" &&
	expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\",\", company_id, insurer_level, region_code) FROM accounts WHERE login_name = \"pa_zhongmou\"")" = "2,county,410122" &&
	cgi GET "/school/insurer/accounts?done=created" && expect_status 200 && expect_body "账号已添加" &&
	expect_body "pa_zz" && expect_body "郑州市 中牟县" && expect_body "平安财险郑州中心支公司" && expect_body "市级" && expect_body "县区级" &&
	expect_body "139****0001" && expect_no_body "13911110001" && expect_body "待修改密码"
'

test_expect_success 'refusals keep the typed values and write nothing' '
	before=$(naccounts) &&
	create "level=county&city=410100&county=410202&display_name=$(urlencode 错误区域公司)&login=pa_bad&password=$(urlencode "$PW")&contact_name=$(urlencode 王五)&mobile=13911110009" &&
	expect_status 200 && expect_body "所选县区不属于所选的市" && expect_body "请按提示修改后重新提交" &&
	expect_body "value=\"错误区域公司\"" && expect_body "value=\"pa_bad\"" && expect_body "value=\"王五\"" &&
	expect_body "value=\"13911110009\"" && expect_body "<option value=\"county\" selected>" &&
	expect_body "<option value=\"410202\" selected>" && expect_no_body "value=\"$PW\"" &&
	create "level=city&city=&county=410105&display_name=x&login=pa_bad&password=$(urlencode "$PW")&contact_name=y&mobile=13911110009" &&
	expect_status 200 && expect_body "请选择负责的市" &&
	create "level=city&city=410000&display_name=x&login=pa_bad&password=$(urlencode "$PW")&contact_name=y&mobile=13911110009" &&
	expect_status 200 && expect_body "负责区域不在本公司的负责范围内，或与账号级别不符" &&
	create "level=county&county=110101&display_name=x&login=pa_bad&password=$(urlencode "$PW")&contact_name=y&mobile=13911110009" &&
	expect_status 200 && expect_body "负责区域不在本公司的负责范围内" &&
	create "level=city&city=410105&display_name=x&login=pa_bad&password=$(urlencode "$PW")&contact_name=y&mobile=13911110009" &&
	expect_status 200 && expect_body "与账号级别不符" &&
	create "level=city&city=410200&display_name=x&login=pa_bad&password=abc12345&contact_name=y&mobile=13911110009" &&
	expect_status 200 && expect_body "id=\"password-error\"" &&
	create "level=city&city=410200&display_name=x&login=pingan_henan&password=$(urlencode "$PW")&contact_name=y&mobile=13911110009" &&
	expect_status 200 && expect_body "该登录账号已被使用" &&
	create "level=city&city=410200&display_name=&login=A&password=$(urlencode "$PW")&contact_name=&mobile=123" &&
	expect_status 200 && expect_body "请填写公司名称" && expect_body "登录账号为 3–32 位" && expect_body "请填写联系人姓名" &&
	expect_body "请填写正确的11位手机号码" &&
	create "level=province&city=410200&display_name=x&login=pa_bad&password=$(urlencode "$PW")&contact_name=y&mobile=13911110009" &&
	expect_status 400 &&
	test "$(naccounts)" = "$before" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13911110009)")" = 0
'

test_expect_success 'a new account must change its one-time password at first sign-in' '
	login_as insurer pa_zz "$PW" && cgi GET /school/insurer/accounts && expect_status 302 &&
	expect_header Location "/school/password"
'

test_expect_success 'the city account sees 县区账号管理 with its city only and creates a county account there' '
	signed_in pa_zz &&
	cgi GET /school/insurer/accounts && expect_status 200 && expect_body "县区账号管理" && expect_body "增加区县管理账号" &&
	expect_body "<option value=\"410105\">金水区</option>" && expect_no_body "龙亭区" && expect_no_body "name=\"level\"" &&
	expect_body "pa_zhongmou" && expect_no_body ">pa_zz<" &&
	create "county=410105&display_name=$(urlencode 平安财险金水支公司)&login=pa_jinshui&password=$(urlencode "$PW")&contact_name=$(urlencode 赵经理)&mobile=13911110003" &&
	expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\",\", company_id, insurer_level, region_code, parent_account_id = (SELECT id FROM accounts WHERE login_name = \"pa_zz\")) FROM accounts WHERE login_name = \"pa_jinshui\"")" = "2,county,410105,1"
'

test_expect_success 'the city account cannot create outside its city or above county level (crafted POSTs)' '
	before=$(naccounts) &&
	create "county=410202&display_name=$(urlencode 开封公司)&login=pa_kf&password=$(urlencode "$PW")&contact_name=y&mobile=13911110008" &&
	expect_status 200 && expect_body "负责区域必须是本市所辖的县区" && expect_body "value=\"开封公司\"" &&
	create "level=city&city=410100&county=410100&display_name=x&login=pa_kf&password=$(urlencode "$PW")&contact_name=y&mobile=13911110008" &&
	expect_status 200 && expect_body "负责区域必须是本市所辖的县区" &&
	create "level=city&city=410200&county=&display_name=x&login=pa_kf&password=$(urlencode "$PW")&contact_name=y&mobile=13911110008" &&
	expect_status 200 && expect_body "请选择负责的县区" &&
	test "$(naccounts)" = "$before"
'

test_expect_success 'ids outside the scope are 404 and audited (higher level, another company, another city)' '
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level)
		VALUES (\"insurer\", \"renbao_jinshui\", \"13911110100\", \"x\", \"人保金水\", \"410105\", 1, \"county\"),
		(\"insurer\", \"pa_kaifeng_x\", \"13911110101\", \"x\", \"平安龙亭\", \"410202\", 2, \"county\")" && pii_seal &&
	cgi GET /school/insurer/accounts && expect_no_body "renbao_jinshui" && expect_no_body "pa_kaifeng_x" &&
	for target in pingan_henan pa_zz renbao_jinshui pa_kaifeng_x; do
		id=$(acct $target) &&
		cgi POST /school/insurer/accounts/status "csrf=$(csrf_token)&id=$id&action=disable" && expect_status 404 &&
		cgi GET /school/insurer/accounts &&
		cgi POST /school/insurer/accounts/reset "csrf=$(csrf_token)&id=$id" && expect_status 404 &&
		cgi GET /school/insurer/accounts &&
		test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"account\" AND object_id = \"$id\"")" = 2 || exit 1
	done &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE status = \"disabled\"")" = 0 &&
	pingan && cgi GET /school/insurer/accounts && expect_no_body "renbao_jinshui" && expect_body "pa_kaifeng_x" &&
	id=$(acct renbao_jinshui) &&
	cgi POST /school/insurer/accounts/status "csrf=$(csrf_token)&id=$id&action=disable" && expect_status 404
'

test_expect_success 'a county account has no account management (no menu entry, 403)' '
	signed_in pa_jinshui &&
	cgi GET /school/insurer/accounts && expect_status 403 &&
	cgi GET /school/insurer/ && expect_status 200 && expect_no_body "账号管理" && test -n "$(csrf_token)" &&
	cgi POST /school/insurer/accounts "csrf=$(csrf_token)&county=410105&display_name=x&login=pa_x&password=$(urlencode "$PW")&contact_name=y&mobile=13911110007" &&
	expect_status 403 && test -z "$(acct pa_x)"
'

test_expect_success 'disable ends the sessions and blocks sign-in; enable restores it; audited' '
	signed_in pa_zz && cp "$TRASH/cookies" "$TRASH/city-cookies" &&
	pingan && id=$(acct pa_zz) && cgi GET /school/insurer/accounts &&
	cgi POST /school/insurer/accounts/status "csrf=$(csrf_token)&id=$id&action=disable" &&
	expect_status 303 && expect_header Location "/school/insurer/accounts\?done=disabled" &&
	test "$(sql "SELECT status FROM accounts WHERE id = $id")" = disabled &&
	test "$(sql "SELECT COUNT(*) FROM sessions WHERE account_id = $id")" = 0 &&
	cgi GET "/school/insurer/accounts?done=disabled" && expect_body "账号已停用" &&
	cgi POST /school/insurer/accounts/status "csrf=$(csrf_token)&id=$id&action=enable" && expect_status 303 &&
	test "$(sql "SELECT status FROM accounts WHERE id = $id")" = active &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action IN (\"account_disabled\", \"account_enabled\") AND object_id = \"$id\"")" = 2 &&
	cgi GET /school/insurer/accounts &&
	cgi POST /school/insurer/accounts/status "csrf=$(csrf_token)&id=$id&action=drop" && expect_status 400 &&
	cp "$TRASH/city-cookies" "$TRASH/cookies" && cgi GET /school/insurer/accounts && expect_status 302
'

test_expect_success 'reset sends a one-time password by SMS, forces a change, ends sessions; audited' '
	pingan && id=$(acct pa_jinshui) && cgi GET /school/insurer/accounts &&
	cgi POST /school/insurer/accounts/reset "csrf=$(csrf_token)&id=$id" &&
	expect_status 303 && expect_header Location "/school/insurer/accounts\?done=reset" &&
	test "$(sql "SELECT must_change_password FROM accounts WHERE id = $id")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM sessions WHERE account_id = $id")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"password_reset\" AND object_id = \"$id\"")" = 1 &&
	temp=$(sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13911110003) AND purpose = \"notice:password_reset\"" |
		sed -n "s/.*临时密码为\(.*\)，仅可使用一次.*/\1/p") && test -n "$temp" &&
	login_as insurer pa_jinshui "$temp" && cgi GET /school/insurer/ && expect_status 302 &&
	expect_header Location "/school/password"
'

test_expect_success 'the list pages 20 accounts at a time' '
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level)
		SELECT \"insurer\", CONCAT(\"pa_page_\", code), \"13911110200\", \"x\", CONCAT(\"平安\", name), code, 2, \"county\"
		FROM regions WHERE level = \"county\" AND code LIKE \"41%\" LIMIT 20" && pii_seal &&
	pingan && cgi GET /school/insurer/accounts && expect_status 200 && expect_body "第 1 / 2 页" &&
	expect_body "href=\"/school/insurer/accounts?page=2\"" && expect_body "139****0200" && expect_no_body "13911110200" &&
	cgi GET "/school/insurer/accounts?page=2" && expect_status 200 && expect_body "第 2 / 2 页"
'

test_expect_success 'a POST without csrf changes nothing (403)' '
	pingan && id=$(acct pa_zz) &&
	cgi POST /school/insurer/accounts/status "id=$id&action=disable" && expect_status 403 &&
	test "$(sql "SELECT status FROM accounts WHERE id = $id")" = active
'

test_done
