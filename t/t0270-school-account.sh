#!/bin/bash
# t0270-school-account: a school's 账户信息 as in the manual (区域 with 区域有误? 申请更改, 学校名称
# with 学校名称有变更? 申请更改, 学校类型, 学校性质, 联系人姓名, 联系人手机 masked, 注册时间,
# 账户状态; buttons 修改基本信息, 修改手机号, 修改密码) with 最近登录, and 修改基本信息: three
# allow-listed fields of the school's own row, Chinese inline errors with values kept, PRG with
# a notice, audited.
. "$(dirname "$0")/test-lib.sh"
setup_db

school_row() { sql "SELECT contact_name, school_type, nature, name, region_code, contact_mobile, LOWER(HEX(contact_mobile_hmac)) FROM schools WHERE id = $1"; }

test_expect_success 'the navigation links 账户信息 and the page shows every row of the manual' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_body "href=\"/school/s/account\">账户信息</a>" &&
	cgi GET /school/s/account && expect_status 200 &&
	expect_body "<h1 class=\"page-title\">账户信息</h1>" &&
	expect_body "aria-current=\"page\">账户信息</a>" &&
	expect_body "区域：" && expect_body "郑州市 金水区" && expect_body "区域有误? 申请更改" &&
	expect_body "学校名称：" && expect_body "郑州市金水区文化路第一小学" && expect_body "学校名称有变更? 申请更改" &&
	expect_body "学校类型：</th><td>小学" && expect_body "学校性质：</th><td>公办" &&
	expect_body "联系人姓名：</th><td>王丽" && expect_body "联系人手机：</th><td>138****0001" &&
	expect_no_body "13800000001" &&
	expect_body "注册时间：</th><td>2025-06-01" && expect_body "通过审核（2025-07-01）" &&
	expect_body ">修改基本信息</a>" && expect_body ">修改手机号</a>" && expect_body ">修改密码</a>" &&
	expect_body "href=\"/school/s/account/change-region\"" && expect_body "href=\"/school/s/account/change-name\""
'

test_expect_success '最近登录 lists the account'"'"'s own logins, newest first, in Beijing time' '
	REMOTE_ADDR_OVERRIDE=192.0.2.7 login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/account && expect_body "最近登录" && expect_body "192.0.2.7" &&
	at=$(sql "SELECT DATE_FORMAT(MAX(at) + INTERVAL 8 HOUR, \"%Y-%m-%d %H:%i:%s\") FROM audit_log WHERE action = \"login\"
		AND account_id = (SELECT id FROM accounts WHERE login_name = \"$DEMO_SCHOOL\")") &&
	expect_body "$at" &&
	test "$(grep -c "<tr><td class=\"nowrap\">" "$TRASH/body")" = 2 &&
	login_as school "$DEMO_CENTER" Center@2026 && cgi GET /school/s/account && expect_no_body "192.0.2.7"
'

test_expect_success 'only the last 10 logins are listed' '
	id=$(sql "SELECT id FROM accounts WHERE login_name = \"$DEMO_SCHOOL\"") &&
	for i in $(seq 1 12); do
		sql "INSERT INTO audit_log (at, account_id, account_kind, action, object_type, object_id, ip)
			VALUES (UTC_TIMESTAMP(6) - INTERVAL $i DAY, $id, \"school\", \"login\", \"account\", \"$id\", \"198.51.100.$i\")" || exit 1
	done &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/account &&
	test "$(grep -c "<tr><td class=\"nowrap\">" "$TRASH/body")" = 10 &&
	expect_body "198.51.100.7" && expect_no_body "198.51.100.8<"
'

test_expect_success 'a center school has the same page for itself' '
	login_as school "$DEMO_CENTER" Center@2026 && cgi GET /school/s/account && expect_status 200 &&
	expect_body "郑州市 中牟县" && expect_body "中牟县官渡镇中心学校" && expect_body "138****0002" &&
	expect_no_body "中牟县官渡镇第一小学"
'

test_expect_success 'a 市直 school shows its city and 市直' '
	login_as school 郑州市第一中学 School@2026 && cgi GET /school/s/account && expect_status 200 &&
	expect_body "郑州市 市直" && expect_body "学校类型：</th><td>高中"
'

test_expect_success '修改基本信息 shows the current values, the allowed types and natures' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/account/basic && expect_status 200 && expect_body "修改基本信息" &&
	expect_body "value=\"王丽\"" && expect_body "<option value=\"小学\" selected>小学</option>" &&
	expect_body "<option value=\"九年一贯制\">" && expect_body "value=\"公办\" checked" &&
	expect_body "value=\"民办\"" && expect_body "name=\"csrf\""
'

test_expect_success 'bad input: Chinese messages per field, typed values kept, nothing stored' '
	before=$(school_row 1) &&
	cgi POST /school/s/account/basic "csrf=$(csrf_token)&contact_name=&school_type=大学&nature=国有" &&
	expect_status 200 && expect_body "请填写联系人姓名" && expect_body "请选择学校类型" && expect_body "请选择学校性质" &&
	expect_body "aria-invalid=\"true\"" &&
	long=$(printf "张%.0s" $(seq 1 51)) &&
	cgi POST /school/s/account/basic "csrf=$(csrf_token)&contact_name=$(urlencode "$long")&school_type=$(urlencode 初中)&nature=$(urlencode 民办)" &&
	expect_status 200 && expect_body "联系人姓名不能超过 50 个字" && expect_body "value=\"$long\"" &&
	expect_body "<option value=\"初中\" selected>" && expect_body "value=\"民办\" checked" &&
	test "$(school_row 1)" = "$before"
'

test_expect_success 'garbage is refused with 400, not stored' '
	cgi POST /school/s/account/basic "csrf=$(csrf_token)&contact_name=a%01b&school_type=$(urlencode 初中)&nature=$(urlencode 公办)" &&
	expect_status 400 &&
	cgi POST /school/s/account/basic "csrf=$(csrf_token)&contact_name=a&contact_name=b" && expect_status 400
'

test_expect_success 'the right form saves the three fields only, PRG with a notice, audited' '
	cgi GET /school/s/account/basic &&
	cgi POST /school/s/account/basic "csrf=$(csrf_token)&contact_name=$(urlencode 李明)&school_type=$(urlencode 九年一贯制)&nature=$(urlencode 民办)&name=$(urlencode 改名小学)&region_code=410122&contact_mobile=13999999999&school_id=2&status=cancelled&is_center=1" &&
	expect_status 303 && expect_header Location "/school/s/account\?done=basic$" &&
	test "$(school_row 1)" = "$(printf "李明\t九年一贯制\t民办\t郑州市金水区文化路第一小学\t410105\t138****0001\t$(mobile_hmac 13800000001)")" &&
	test "$(sql "SELECT CONCAT(status, is_center) FROM schools WHERE id = 1")" = active0 &&
	test "$(school_row 2 | cut -f1)" = 李强 &&
	cgi GET "/school/s/account?done=basic" && expect_body "基本信息已保存" &&
	expect_body "联系人姓名：</th><td>李明" && expect_body "学校类型：</th><td>九年一贯制" &&
	detail=$(sql "SELECT detail FROM audit_log WHERE action = \"school_info_changed\"") &&
	echo "$detail" | grep -q "contact_name: 王丽 -> 李明" && echo "$detail" | grep -q "nature: 公办 -> 民办"
'

test_expect_success 'an unknown notice code shows nothing' '
	cgi GET "/school/s/account?done=%3Cb%3Ehi" && expect_status 200 && expect_no_body "<b>hi" && expect_no_body "class=\"notice\""
'

test_expect_success 'the POSTs need the CSRF token' '
	cgi POST /school/s/account/basic "contact_name=x&school_type=$(urlencode 小学)&nature=$(urlencode 公办)" && expect_status 403 &&
	test "$(school_row 1 | cut -f1)" = 李明
'

test_expect_success 'other kinds of account cannot reach the school account pages' '
	login_as department 金水区 County@2026 &&
	for p in /school/s/account /school/s/account/basic /school/s/account/mobile /school/s/account/password /school/s/account/change-name; do
		cgi GET "$p" && expect_status 403 || exit 1
	done &&
	rm -f "$TRASH/cookies" && cgi GET /school/s/account && expect_status 302 && expect_header Location "/school/$"
'

test_done
