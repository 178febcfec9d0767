#!/bin/bash
# t0275-school-account-change: 申请更改 of a school's name (学校名称有变更?) and region (区域有误?):
# the new value and a reason (at most 200 characters) become a pending applications row
# (name_change {"name": ...}, region_change {"region_code": ...}) for the admin; one pending
# application per kind; the account page shows it as 审核中, a rejection with its reason; the
# admin's approval changes the record. Bad input gets Chinese messages with the values kept.
. "$(dirname "$0")/test-lib.sh"
setup_db

apps() { sql "SELECT COUNT(*) FROM applications WHERE kind = '$1' AND school_id = 1 ${2:+AND status = '$2'}"; }
post_change() { cgi GET "/school/s/account/$1" && cgi POST "/school/s/account/$1" "csrf=$(csrf_token)&$2"; }

test_expect_success 'the name form shows the current name and asks for the new one and a reason' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/account/change-name && expect_status 200 && expect_body "申请更改学校名称" &&
	expect_body "当前学校名称：<strong>郑州市金水区文化路第一小学</strong>" && expect_body "name=\"name\"" &&
	expect_body "name=\"reason\"" && expect_body "不超过 200 字"
'

test_expect_success 'name: bad input gets Chinese messages, the typed values stay, nothing is stored' '
	post_change change-name "name=&reason=" && expect_status 200 &&
	expect_body "请填写变更后的学校全称" && expect_body "请填写申请原因" &&
	post_change change-name "name=$(urlencode 郑州市金水区文化路第一小学)&reason=$(urlencode 更名)" &&
	expect_body "新名称与当前名称相同" && expect_body ">更名</textarea>" &&
	post_change change-name "name=$(urlencode 郑州市金水区纬五路第一小学)&reason=$(urlencode 更名)" &&
	expect_body "本区域已有同名学校" && expect_body "value=\"郑州市金水区纬五路第一小学\"" &&
	long=$(printf "因%.0s" $(seq 1 201)) &&
	post_change change-name "name=$(urlencode 郑州市金水区文化路小学)&reason=$(urlencode "$long")" &&
	expect_body "申请原因不能超过 200 个字" && expect_body "value=\"郑州市金水区文化路小学\"" &&
	test "$(apps name_change)" = 0
'

test_expect_success 'name: the application is stored pending with the JSON payload, PRG, audited' '
	post_change change-name "name=$(urlencode 郑州市金水区文化路小学)&reason=$(urlencode 经区教育局批准更名)&school_id=2&status=approved" &&
	expect_status 303 && expect_header Location "/school/s/account\?done=name$" &&
	test "$(apps name_change pending)" = 1 &&
	test "$(sql "SELECT JSON_VALUE(payload, \"\$.name\") FROM applications WHERE kind = \"name_change\"")" = 郑州市金水区文化路小学 &&
	test "$(sql "SELECT reason FROM applications WHERE kind = \"name_change\"")" = 经区教育局批准更名 &&
	test "$(sql "SELECT applicant_account_id = (SELECT id FROM accounts WHERE school_id = 1) FROM applications WHERE kind = \"name_change\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE school_id = 2 AND kind = \"name_change\"")" = 0 &&
	test "$(sql "SELECT name FROM schools WHERE id = 1")" = 郑州市金水区文化路第一小学 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"name_change_requested\" AND object_type = \"application\"")" = 1
'

test_expect_success 'the account page shows 审核中 instead of the link' '
	cgi GET "/school/s/account?done=name" && expect_body "学校名称更改申请已提交" &&
	expect_body "审核中" && expect_body "已申请更改为“郑州市金水区文化路小学”" &&
	expect_no_body "学校名称有变更? 申请更改" && expect_body "区域有误? 申请更改"
'

test_expect_success 'a second name application is not offered and not stored' '
	cgi GET /school/s/account/change-name && expect_status 200 && expect_body "正在审核中" && expect_no_body "name=\"reason\"" &&
	cgi GET /school/s/account && cgi POST /school/s/account/change-name "csrf=$(csrf_token)&name=$(urlencode 另一个名字小学)&reason=x" &&
	expect_status 200 && expect_body "正在审核中" && test "$(apps name_change)" = 1
'

test_expect_success 'the region form lists every city with its 市直 and counties' '
	cgi GET /school/s/account/change-region && expect_status 200 && expect_body "申请更改区域" &&
	expect_body "当前区域：<strong>郑州市 金水区</strong>" &&
	expect_body "<optgroup label=\"郑州市\">" && expect_body "<option value=\"410100\">郑州市市直</option>" &&
	expect_body "<option value=\"410122\">中牟县</option>" && expect_body "<optgroup label=\"济源市\">" &&
	test "$(grep -c "<option value=\"41" "$TRASH/body")" = "$(sql "SELECT COUNT(*) FROM regions WHERE level <> \"province\"")"
'

test_expect_success 'region: bad choices get messages, the choice and reason stay' '
	post_change change-region "region_code=&reason=" && expect_body "请选择正确的区域" && expect_body "请填写申请原因" &&
	post_change change-region "region_code=410000&reason=$(urlencode 选错)" && expect_body "请选择正确的区域" &&
	post_change change-region "region_code=999999&reason=$(urlencode 选错)" && expect_body "请选择正确的区域" &&
	post_change change-region "region_code=410105&reason=$(urlencode 选错)" && expect_body "新区域与当前区域相同" &&
	expect_body "<option value=\"410105\" selected>" && expect_body ">选错</textarea>" &&
	post_change change-region "region_code=1234567&reason=x" && expect_status 400 &&
	test "$(apps region_change)" = 0
'

test_expect_success 'region: the application is stored pending, PRG, audited, shown as 审核中' '
	post_change change-region "region_code=410103&reason=$(urlencode 注册时区域选择有误)" &&
	expect_status 303 && expect_header Location "/school/s/account\?done=region$" &&
	test "$(sql "SELECT JSON_VALUE(payload, \"\$.region_code\") FROM applications WHERE kind = \"region_change\" AND status = \"pending\"")" = 410103 &&
	test "$(sql "SELECT region_code FROM schools WHERE id = 1")" = 410105 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"region_change_requested\"")" = 1 &&
	cgi GET /school/s/account && expect_body "已申请更改为“郑州市 二七区”" && expect_no_body "区域有误? 申请更改"
'

test_expect_success 'a rejected application shows its reason and the link again' '
	login_as admin admin Admin@2026 &&
	id=$(sql "SELECT id FROM applications WHERE kind = \"region_change\" AND status = \"pending\"") &&
	cgi GET "/school/admin/change?id=$id" && expect_status 200 &&
	cgi POST /school/admin/change/reject "csrf=$(csrf_token)&id=$id&reason=$(urlencode 区域与证书不符)" && expect_status 303 &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/account &&
	expect_body "区域有误? 申请更改" && expect_body "上次申请未通过：区域与证书不符" &&
	post_change change-region "region_code=410103&reason=$(urlencode 补充了证明材料)" && expect_status 303 &&
	test "$(apps region_change)" = 2 && test "$(apps region_change pending)" = 1
'

test_expect_success 'the admin'"'"'s approval changes the school'"'"'s name' '
	login_as admin admin Admin@2026 &&
	id=$(sql "SELECT id FROM applications WHERE kind = \"name_change\" AND status = \"pending\"") &&
	cgi GET "/school/admin/change?id=$id" &&
	cgi POST /school/admin/change/approve "csrf=$(csrf_token)&id=$id" && expect_status 303 &&
	test "$(sql "SELECT name FROM schools WHERE id = 1")" = 郑州市金水区文化路小学 &&
	login_as school 13800000001 School@2026 && cgi GET /school/s/account &&
	expect_body "郑州市金水区文化路小学" && expect_body "学校名称有变更? 申请更改" && expect_no_body "上次申请未通过"
'

test_expect_success 'the POSTs need the CSRF token; nothing is stored without it' '
	n=$(sql "SELECT COUNT(*) FROM applications") &&
	cgi POST /school/s/account/change-name "name=$(urlencode 新名字小学)&reason=x" && expect_status 403 &&
	cgi POST /school/s/account/change-region "region_code=410102&reason=x" && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM applications")" = "$n"
'

test_done
