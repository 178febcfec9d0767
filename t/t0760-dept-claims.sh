#!/bin/bash
# t0760-dept-claims: 未决案件 / 理赔案件 of a department. A county sees the claims of its schools
# only (oldest accident first, with days since the accident), a city also its counties' and its
# 市直 schools', never another city's; filters by 保险公司, 县区 and 出险时间 narrow the list and
# a bad date range shows a message; settled claims show 赔偿金额 and the days to 结案; 20 a page
# with links that keep the filters; each list exports as .xlsx (audited, the same filters);
# one claim opens read-only and another region's claim is 404 with an access_denied record.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
PY=/usr/bin/python3
open_current_year || exit 1
BY="(SELECT id FROM accounts WHERE login_name = 'pingan_henan')"
claim() {  # claim SCHOOL COMPANY DAYS_AGO NAME CAUSE [CLOSED_DAYS_AGO PAID_FEN]
	local status=pending closed=NULL paid=NULL
	[ -n "${6:-}" ] && status=settled closed="'$(cn_day "-$6")'" paid=$7
	sql "INSERT INTO claims (company_id, school_id, year_id, accident_on, injured_name, cause, handling, status, closed_on,
		paid_fen, created_by) SELECT $2, $1, 2, '$(cn_day "-$3")', '$4', '$5', '已报案', '$status', $closed, $paid, id
		FROM accounts WHERE login_name = 'pingan_henan'"
}
claim 1 2 10 张小明 课间摔伤 && claim 5 1 40 李四 体育课扭伤 && claim 3 2 5 王五 楼梯滑倒 &&
claim 1 2 30 孙结案 午休坠床 9 123456 && claim 24 1 3 赵六 开封事故 && claim 18 2 2 钱七 市直事故 || exit 1
cell() { $PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(ws.cell(int(sys.argv[2]), int(sys.argv[3])).value)" "$@"; }
rows() { $PY -c "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).worksheets[0].max_row)" "$1"; }
id_of() { sql "SELECT id FROM claims WHERE injured_name = '$1'"; }

test_expect_success 'a county sees its open claims only, oldest first, with the days since the accident' '
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/ && expect_body "href=\"/school/dept/claims-pending\"" && expect_body "href=\"/school/dept/claims-settled\"" &&
	cgi GET /school/dept/claims-pending && expect_status 200 &&
	expect_body "<th scope=\"col\">出险学校</th><th scope=\"col\">县区</th><th scope=\"col\">出险时间</th><th scope=\"col\">保险公司</th><th scope=\"col\">伤者姓名</th>" &&
	expect_body "共 <strong class=\"num\">2</strong> 件未结案，平均出险至今 <strong class=\"num\">25</strong> 天" &&
	expect_body "<td class=\"nowrap\">李四</td><td>体育课扭伤</td><td>已报案</td><td></td><td class=\"col-num\">40</td>" &&
	expect_body "<td class=\"nowrap\">张小明</td><td>课间摔伤</td><td>已报案</td><td></td><td class=\"col-num\">10</td>" &&
	test "$(grep -o "李四\|张小明" "$TRASH/body" | tr -d "\n")" = "李四张小明" &&
	expect_no_body 王五 && expect_no_body 赵六 && expect_no_body 钱七 && expect_no_body 孙结案
'

test_expect_success 'filters: insurer, county outside the region, date range; a bad range shows a message' '
	cgi GET "/school/dept/claims-pending?company=1" && expect_status 200 && expect_body 李四 && expect_no_body 张小明 &&
	expect_body "<option value=\"1\" selected>" &&
	cgi GET "/school/dept/claims-pending?county=410122" && expect_body "没有符合条件的案件" && expect_no_body 王五 &&
	cgi GET "/school/dept/claims-pending?from=$(cn_day -20)&to=$(cn_day 0)" && expect_body 张小明 && expect_no_body 李四 &&
	cgi GET "/school/dept/claims-pending?from=2026-02-02&to=2026-01-01" && expect_status 200 &&
	expect_body "开始日期不能晚于结束日期" && expect_body "没有符合条件的案件" &&
	cgi GET "/school/dept/claims-pending?company=x" && expect_body "请选择列表中的保险公司"
'

test_expect_success 'settled claims show the amount, 结案时间 and the days to settle' '
	cgi GET /school/dept/claims-settled && expect_status 200 &&
	expect_body "<th scope=\"col\">出险学校</th><th scope=\"col\">县区</th><th scope=\"col\">事故原因</th><th scope=\"col\" class=\"col-num\">赔偿金额（元）</th><th scope=\"col\">出险时间</th><th scope=\"col\">结案时间</th>" &&
	expect_body "<td>午休坠床</td><td class=\"col-num\">1,234.56</td><td class=\"nowrap\">$(cn_day -30)</td><td class=\"nowrap\">$(cn_day -9)</td><td class=\"col-num\">21</td>" &&
	expect_body "赔偿合计 <strong class=\"num\">1,234.56</strong> 元，平均结案用时 <strong class=\"num\">21</strong> 天" &&
	expect_no_body 张小明
'

test_expect_success 'a city sees its counties and 市直 schools, never another city; the county filter narrows' '
	login_as department 郑州市 City@2026 &&
	cgi GET /school/dept/claims-pending && expect_status 200 && expect_body 张小明 && expect_body 李四 && expect_body 王五 &&
	expect_body 钱七 && expect_body "<td class=\"nowrap\">郑州市（市直）</td>" && expect_no_body 赵六 &&
	cgi GET "/school/dept/claims-pending?county=410122" && expect_body 王五 && expect_no_body 张小明 &&
	cgi GET "/school/dept/claims-pending?county=410200" && expect_no_body 赵六
'

test_expect_success 'one claim opens read-only; another region'"'"'s claim is 404 and audited' '
	cgi GET "/school/dept/claim?id=$(id_of 王五)" && expect_status 200 && expect_body "楼梯滑倒" && expect_body "5 天（未结案）" &&
	login_as department 金水区 County@2026 &&
	cgi GET "/school/dept/claim?id=$(id_of 孙结案)" && expect_status 200 && expect_body "结案用时 21 天" && expect_body "1,234.56 元" &&
	cgi GET "/school/dept/claim?id=$(id_of 王五)" && expect_status 404 &&
	cgi GET "/school/dept/claim?id=$(id_of 赵六)" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"claim\"")" = 2
'

test_expect_success 'exports: the filtered lists as .xlsx with days, audited; bad filters are 400' '
	cgi GET /school/dept/claims-pending && expect_body "href=\"/school/dept/claims-pending/export\"" &&
	cgi GET /school/dept/claims-pending/export && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	cp "$TRASH/body" "$TRASH/p.xlsx" && test "$(rows "$TRASH/p.xlsx")" = 3 &&
	test "$(cell "$TRASH/p.xlsx" 1 9)" = "出险至今（天）" && test "$(cell "$TRASH/p.xlsx" 2 5)" = 李四 && test "$(cell "$TRASH/p.xlsx" 2 9)" = 40 &&
	cgi GET "/school/dept/claims-pending/export?company=2" && cp "$TRASH/body" "$TRASH/p2.xlsx" &&
	test "$(rows "$TRASH/p2.xlsx")" = 2 && test "$(cell "$TRASH/p2.xlsx" 2 5)" = 张小明 &&
	cgi GET /school/dept/claims-settled/export && cp "$TRASH/body" "$TRASH/s.xlsx" &&
	test "$(cell "$TRASH/s.xlsx" 2 5)" = 1,234.56 && test "$(cell "$TRASH/s.xlsx" 2 8)" = 21 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"export\" AND object_type = \"claims\"")" = 3 &&
	cgi GET "/school/dept/claims-pending/export?from=2026-13-01" && expect_status 400
'

test_expect_success 'paging: 20 a page, the next page keeps the filters' '
	for i in $(seq 1 21); do claim 6 2 "$((i + 11))" "批量$i" 批量事故 || exit 1; done &&
	cgi GET "/school/dept/claims-pending?company=2" && expect_body "第 1 / 2 页" &&
	expect_body "href=\"/school/dept/claims-pending?company=2&amp;page=2\"" &&
	cgi GET "/school/dept/claims-pending?company=2&page=2" && expect_status 200 && expect_body "第 2 / 2 页" &&
	test "$(grep -c "<td class=\"nowrap\"><a href=\"/school/dept/claim?id=" "$TRASH/body")" = 2
'

test_done
