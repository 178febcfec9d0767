#!/bin/bash
# t0630-insurer-claims: 保险数据上传 by hand. An insurer records a 未决案件 for a school of its
# region that enrolled with its company; bad values (future or out-of-year 出险时间, an unknown
# school, a school outside the region, 结案时间 before 出险时间, a negative or three-decimal
# 赔偿金额) show a message with the typed values kept and store nothing; 修改 and 结案 move the
# claim into 理赔案件 (fen exact); ids of another region or company are 404 with an
# access_denied record; the school sees its own claims and another school does not.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/claims-lib.sh"
open_current_year && claims_fixtures || exit 1
SCHOOL1=$(urlencode "$DEMO_SCHOOL")
DAY=$(cn_day -10)
claims() { sql "SELECT COUNT(*) FROM claims"; }
post_new() {  # post_new FIELDS: the 新增 form with the csrf of its page
	cgi GET /school/insurer/claims/new && expect_status 200 &&
	cgi POST /school/insurer/claims/new "csrf=$(csrf_token)&$1"
}
good="school=$SCHOOL1&product=1&accident_on=$DAY&injured_name=$(urlencode 张小明)&cause=$(urlencode 课间摔伤)&handling=$(urlencode 已报案)&claim_no=PA-001"

test_expect_success 'the menu opens 保险数据上传 with both sections and the new form offers schools in scope' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/claims && expect_status 200 && expect_body "未决案件（0）" && expect_body "理赔案件（0）" &&
	expect_body "href=\"/school/insurer/claims\"" && expect_body "没有符合条件的案件" &&
	cgi GET /school/insurer/claims/new && expect_status 200 && expect_body "<option value=\"$DEMO_SCHOOL\">" &&
	expect_body "<option value=\"中牟县官渡镇第一小学\">" && expect_no_body "<option value=\"郑州市金水区纬五路第一小学\">"
'

test_expect_success 'a future 出险时间 is refused with the typed values kept, nothing stored' '
	post_new "school=$SCHOOL1&accident_on=$(cn_day 2)&injured_name=$(urlencode 张小明)&cause=$(urlencode 课间摔伤)" &&
	expect_status 200 && expect_body "出险时间不能晚于今天" && expect_body "value=\"张小明\"" && expect_body ">课间摔伤</textarea>" &&
	expect_body "value=\"$DEMO_SCHOOL\"" && test "$(claims)" = 0
'

test_expect_success 'an accident before any academic year, a missing name and an overlong name are refused' '
	post_new "school=$SCHOOL1&accident_on=1999-01-01&injured_name=&cause=x" &&
	expect_status 200 && expect_body "出险时间不在任何学年的保险期间内" && expect_body "请填写伤者姓名" &&
	post_new "school=$SCHOOL1&accident_on=$DAY&injured_name=$(printf "%051d" 0)&cause=x" &&
	expect_body "伤者姓名最多 50 个字" && test "$(claims)" = 0
'

test_expect_success 'an unknown school, a school of another company and a school outside the region are refused' '
	post_new "school=$(urlencode 不存在的学校)&accident_on=$DAY&injured_name=a&cause=b" &&
	expect_status 200 && expect_body "该学校不在您的负责区域内" && expect_body "value=\"不存在的学校\"" &&
	post_new "school=$(urlencode 郑州市金水区纬五路第一小学)&accident_on=$DAY&injured_name=a&cause=b" &&
	expect_body "该学校不在您的负责区域内" &&
	login_as insurer pingan_zhongmu Insurer@2026 &&
	post_new "school=$SCHOOL1&accident_on=$DAY&injured_name=$(urlencode 李四)&cause=b" &&
	expect_status 200 && expect_body "该学校不在您的负责区域内" && expect_body "value=\"李四\"" &&
	test "$(claims)" = 0
'

test_expect_success 'a good claim is stored pending, audited and listed under 未决案件' '
	login_as insurer pingan_henan Insurer@2026 && post_new "$good" && expect_status 303 &&
	expect_header Location "/school/insurer/claims\\?done=created" &&
	test "$(sql "SELECT CONCAT_WS(\",\", company_id, school_id, year_id, product_id, status, claim_no, accident_on, injured_name) FROM claims")" = "2,1,2,1,pending,PA-001,$DAY,张小明" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"claim_created\" AND object_type = \"claim\"")" = 1 &&
	cgi GET /school/insurer/claims && expect_body "未决案件（1）" && expect_body "<td class=\"nowrap\">张小明</td>" &&
	expect_body "<td>课间摔伤</td>" && expect_body "<td class=\"nowrap\">平安财险</td>" &&
	cgi GET "/school/insurer/claims?county=410122" && expect_body "未决案件（0）" &&
	cgi GET "/school/insurer/claims?from=2000-01-02&to=2000-01-01" && expect_body "开始日期不能晚于结束日期"
'

test_expect_success 'the same 案件编号 twice is refused on the form' '
	post_new "$good" && expect_status 200 && expect_body "案件编号 PA-001 已被本公司的其他案件使用" && test "$(claims)" = 1
'

ID=$(sql "SELECT MIN(id) FROM claims")

test_expect_success 'a pending claim can be changed; a bad change keeps the typed values' '
	cgi GET "/school/insurer/claim?id=$ID" && expect_status 200 && expect_body "value=\"张小明\"" &&
	cgi POST /school/insurer/claim "csrf=$(csrf_token)&id=$ID&school=$SCHOOL1&accident_on=$DAY&injured_name=$(urlencode 张小明)&cause=" &&
	expect_status 200 && expect_body "请填写事故原因" &&
	cgi POST /school/insurer/claim "csrf=$(csrf_token)&id=$ID&school=$SCHOOL1&accident_on=$DAY&injured_name=$(urlencode 张晓明)&cause=$(urlencode 体育课扭伤)&settlement_note=$(urlencode 资料审核中)&claim_no=PA-001" &&
	expect_status 303 && test "$(sql "SELECT CONCAT_WS(\",\", injured_name, cause, settlement_note, status) FROM claims WHERE id = $ID")" = "张晓明,体育课扭伤,资料审核中,pending" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"claim_updated\" AND object_id = \"$ID\"")" = 1
'

settle() { cgi GET "/school/insurer/claim?id=$ID" && cgi POST /school/insurer/claim/settle "csrf=$(csrf_token)&id=$ID&$1"; }

test_expect_success '结案 refuses a negative or three-decimal amount, a close before the accident or in the future' '
	settle "paid=-5&closed_on=$(cn_day -1)" && expect_status 200 && expect_body "赔偿金额不能为负数" && expect_body "value=\"-5\"" &&
	settle "paid=12.345&closed_on=$(cn_day -1)" && expect_body "最多保留两位小数" && expect_body "value=\"12.345\"" &&
	settle "paid=100&closed_on=$(cn_day -11)" && expect_body "结案时间不能早于出险时间" &&
	settle "paid=100&closed_on=$(cn_day 1)" && expect_body "结案时间不能晚于今天" &&
	settle "paid=abc&closed_on=$(cn_day -1)" && expect_body "赔偿金额请填写数字" &&
	test "$(sql "SELECT status FROM claims WHERE id = $ID")" = pending
'

test_expect_success '结案 stores the amount in fen and moves the claim into 理赔案件' '
	settle "paid=1200.5&closed_on=$(cn_day -1)" && expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\",\", status, paid_fen, closed_on) FROM claims WHERE id = $ID")" = "settled,120050,$(cn_day -1)" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"claim_settled\" AND object_id = \"$ID\"")" = 1 &&
	cgi GET "/school/insurer/claims?view=settled" && expect_body "理赔案件（1）" && expect_body "<td class=\"col-num\">1,200.50</td>" &&
	cgi GET "/school/insurer/claim?id=$ID" && expect_status 200 && expect_body "1,200.50 元" && expect_no_body "确认结案" &&
	settle "paid=1&closed_on=$(cn_day -1)" && expect_status 409
'

test_expect_success 'a claim outside the region or of another company is 404 with an access_denied record' '
	login_as insurer pingan_zhongmu Insurer@2026 &&
	cgi GET "/school/insurer/claim?id=$ID" && expect_status 404 &&
	cgi GET /school/insurer/claims?view=settled && expect_body "理赔案件（0）" &&
	login_as insurer renbao_henan Insurer@2026 &&
	cgi GET "/school/insurer/claim?id=$ID" && expect_status 404 &&
	cgi GET /school/insurer/claims/new && cgi POST /school/insurer/claim "csrf=$(csrf_token)&id=$ID&school=x&accident_on=$DAY&injured_name=a&cause=b" &&
	expect_status 404 && cgi GET "/school/insurer/claim?id=999999" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"claim\"")" = 4 &&
	test "$(sql "SELECT injured_name FROM claims WHERE id = $ID")" = 张晓明
'

test_expect_success 'the school sees its own claims with the name; another school does not' '
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/claims && expect_status 200 &&
	expect_body "href=\"/school/s/claims\"" && expect_body "张晓明" && expect_body "1,200.50" && expect_body "已结案" &&
	login_as school "$DEMO_CENTER" Center@2026 && cgi GET /school/s/claims && expect_status 200 &&
	expect_no_body "张晓明" && expect_body "本校暂无理赔案件"
'

test_expect_success 'the lists page by 20 and filter by year, county and dates' '
	login_as insurer pingan_henan Insurer@2026 &&
	for i in $(seq 1 21); do echo "(2, 3, 2, \"$(cn_day -5)\", \"伤者$i\", \"摔伤\", 1)"; done | paste -sd, >"$TRASH/values" &&
	sql "INSERT INTO claims (company_id, school_id, year_id, accident_on, injured_name, cause, created_by) VALUES $(cat "$TRASH/values")" &&
	cgi GET /school/insurer/claims && expect_body "未决案件（21）" && expect_body "第 1 / 2 页" &&
	expect_body "/school/insurer/claims?view=pending&amp;page=2" &&
	cgi GET "/school/insurer/claims?view=pending&page=2" && expect_body "第 2 / 2 页" &&
	cgi GET "/school/insurer/claims?county=410122" && expect_body "未决案件（21）" && expect_body "理赔案件（0）" &&
	cgi GET "/school/insurer/claims?county=410105" && expect_body "未决案件（0）" && expect_body "理赔案件（1）" &&
	cgi GET "/school/insurer/claims?year=1" && expect_body "未决案件（0）" && expect_body "理赔案件（0）" &&
	cgi GET "/school/insurer/claims?from=$(cn_day -4)" && expect_body "未决案件（0）" &&
	cgi GET "/school/insurer/claims?year=abc" && expect_status 200 && expect_body "请选择列表中的学年"
'

test_done
