#!/bin/bash
# t0710-dept-schools: 学校数据 of departments. The per-county table (县区, 学校总数, 校责任险 /
# 教职工责任险 已投保学校数 and 投保人数) comes from enrollment_counters kept by real submissions:
# a county has its own row, a city one row per county plus 市直 and 合计. The school list (排序,
# 学校名称, 投保状态, 保险单, 联系人 masked, 操作 设置) searches, filters (county, type, nature,
# product status), sorts by allow-listed columns, pages by 20 and exports what it shows as .xlsx
# (read back with openpyxl: text cells, no formulas, audited). A county outside the region is 404
# and audited as access_denied.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/dept-lib.sh"
setup_db
enroll_setup || exit 1

# county_row NAME CODE SCHOOLS S_SCHOOLS S_PERSONS T_SCHOOLS T_PERSONS: one row of the table (CODE "" = 合计).
county_row() {
	local head
	if [ -n "$2" ]; then head="<tr><th scope=\"row\"><a href=\"/school/dept/schools?county=$2\">$1</a></th>"
	else head="<tr class=\"row-total\"><th scope=\"row\">$1</th>"; fi
	printf '%s<td class="col-num">%s</td><td class="col-num">%s</td><td class="col-num">%s</td><td class="col-num">%s</td><td class="col-num">%s</td></tr>' \
		"$head" "$3" "$4" "$5" "$6" "$7"
}
# listed: the school names of the list in the last body, one a line, in order.
listed() { perl -ne 'print "$1\n" while /<tr><td class="col-num">\d+<\/td><td>([^<]+)<br>/g' "$TRASH/body"; }

test_expect_success 'schools submit through the real pages' '
	dept_coverage_data
'

test_expect_success 'county: its own row only, figures from the counters' '
	county && cgi GET /school/dept/schools && expect_status 200 &&
	expect_body "学校数据</h1>" && expect_body "2026-2027 学年投保情况（学校及保险公司上传）" &&
	expect_body "<th scope=\"col\">县区</th><th scope=\"col\" class=\"col-num\">学校总数</th><th scope=\"col\" class=\"col-num\">校责任险 已投保学校数</th><th scope=\"col\" class=\"col-num\">校责任险 投保人数</th><th scope=\"col\" class=\"col-num\">教职工责任险 已投保学校数</th><th scope=\"col\" class=\"col-num\">教职工责任险 投保人数</th>" &&
	expect_body "$(county_row 金水区 410105 7 2 5 0 0)" &&
	expect_no_body "合计" && expect_no_body "市直" && expect_no_body "name=\"county\"" &&
	test "$(grep -c "<th scope=\"row\">" "$TRASH/body")" = 1
'

test_expect_success 'city: one row per county, 市直 and 合计 last' '
	city && cgi GET /school/dept/schools && expect_status 200 &&
	expect_body "$(county_row 金水区 410105 7 2 5 0 0)" && expect_body "$(county_row 二七区 410103 1 0 0 0 0)" &&
	expect_body "$(county_row 中牟县 410122 9 1 4 1 2)" && expect_body "$(county_row 登封市 410185 0 0 0 0 0)" &&
	expect_body "$(county_row 市直 410100 6 1 5 0 0)" && expect_body "$(county_row 合计 "" 23 4 14 1 2)" &&
	perl -ne "print \"\$1\n\" while /<th scope=\"row\">(?:<a [^>]*>)?([^<]+)/g" "$TRASH/body" >"$TRASH/rows" &&
	test "$(wc -l <"$TRASH/rows")" = 14 && test "$(sed -n 1p "$TRASH/rows")" = 中原区 &&
	test "$(sed -n 13p "$TRASH/rows")" = 市直 && test "$(sed -n 14p "$TRASH/rows")" = 合计 &&
	expect_no_body "开封" && expect_body "<option value=\"410100\">市直</option>"
'

test_expect_success 'the list: columns, statuses per product, masked contact, 设置 link' '
	county && cgi GET /school/dept/schools && expect_status 200 &&
	expect_body "<th scope=\"col\" class=\"col-num\">排序</th><th scope=\"col\">学校名称</th><th scope=\"col\">投保状态</th><th scope=\"col\">保险单</th><th scope=\"col\">联系人</th><th scope=\"col\">操作</th>" &&
	expect_body "共 <strong class=\"num\">7</strong> 所学校" &&
	expect_body "<tr><td class=\"col-num\">1</td><td>郑州市第八中学<br><span class=\"muted\">金水区 · 初中 · 公办</span></td>" &&
	expect_body "<td>郑州市金水区文化路第一小学<br><span class=\"muted\">金水区 · 小学 · 公办</span></td>" &&
	expect_body "校责任险：<span class=\"badge badge-info\">已提交</span> 3 人" &&
	expect_body "教职工责任险：<span class=\"badge badge-warn\">未提交</span>" &&
	expect_no_body "实习责任险：" &&
	expect_body "王丽 138****0001" && expect_no_body "13800000001" &&
	expect_body "<a href=\"/school/dept/schools/settings?id=1\">设置</a>" &&
	expect_no_body "中牟县" && test "$(listed | wc -l)" = 7 &&
	city && cgi GET "/school/dept/schools?county=410122&q=$(urlencode 职业)" &&
	expect_body "实习责任险：<span class=\"badge badge-warn\">未提交</span>"
'

test_expect_success 'policies: the latest policy number of the year' '
	e=$(sql "SELECT id FROM enrollments WHERE school_id = 1 AND product_id = 1") &&
	sql "INSERT INTO policies (enrollment_id, company_id, policy_no, insured_count, premium_fen, starts_on, ends_on, uploaded_by)
		SELECT $e, 1, \"PA-OLD-1\", 3, 1500, \"2026-09-01\", \"2027-08-31\", id FROM accounts WHERE login_name = \"pingan_henan\"" &&
	sql "INSERT INTO policies (enrollment_id, company_id, policy_no, insured_count, premium_fen, starts_on, ends_on, uploaded_by)
		SELECT $e, 1, \"PA-NEW-2\", 3, 1500, \"2026-09-01\", \"2027-08-31\", id FROM accounts WHERE login_name = \"pingan_henan\"" &&
	sql "UPDATE enrollments SET status = \"insured\" WHERE id = $e" &&
	county && cgi GET /school/dept/schools && expect_body "<td>PA-NEW-2</td>" && expect_no_body "PA-OLD-1" &&
	expect_body "校责任险：<span class=\"badge badge-ok\">已承保</span> 3 人"
'

test_expect_success 'search and filters: name, type, nature, product status' '
	county &&
	cgi GET "/school/dept/schools?q=$(urlencode 纬五路)" && test "$(listed)" = 郑州市金水区纬五路第一小学 &&
	expect_body "value=\"纬五路\"" &&
	cgi GET "/school/dept/schools?type=$(urlencode 幼儿园)" && test "$(listed | wc -l)" = 2 && expect_body "<option value=\"幼儿园\" selected>" &&
	cgi GET "/school/dept/schools?nature=$(urlencode 民办)" && listed >"$TRASH/l" &&
	test "$(cat "$TRASH/l" | tr "\n" " ")" = "郑州市金水区启航双语幼儿园 郑州市金水区育才外国语学校 " &&
	cgi GET "/school/dept/schools?product=1&status=none" && test "$(listed | wc -l)" = 5 && expect_no_body "文化路" &&
	cgi GET "/school/dept/schools?product=1&status=enrolled" && test "$(listed | wc -l)" = 2 &&
	cgi GET "/school/dept/schools?product=1&status=insured" && test "$(listed)" = "$DEMO_SCHOOL" &&
	cgi GET "/school/dept/schools?product=1&status=submitted" && test "$(listed)" = 郑州市金水区纬五路第一小学 &&
	cgi GET "/school/dept/schools?status=modifying" && expect_body "没有符合条件的学校" && expect_no_body "导出</a>" &&
	cgi GET "/school/dept/schools?product=2&status=none" && test "$(listed | wc -l)" = 7 &&
	city && cgi GET "/school/dept/schools?product=3&status=none" && test "$(listed | wc -l)" = 3 &&
	test "$(listed | tr "\n" " ")" = "中牟县职业教育中心 郑州市财贸学校 郑州幼儿师范高等专科学校 " &&
	cgi GET "/school/dept/schools?county=410122" && test "$(listed | wc -l)" = 9 && expect_body "<option value=\"410122\" selected>" &&
	cgi GET "/school/dept/schools?county=410100" && test "$(listed | wc -l)" = 6 && expect_body "市直 · 高中" &&
	cgi GET "/school/dept/schools?status=gone" && expect_status 400 &&
	cgi GET "/school/dept/schools?type=$(urlencode 大学)" && expect_status 400 &&
	cgi GET "/school/dept/schools?nature=x" && expect_status 400 &&
	cgi GET "/school/dept/schools?county=41x" && expect_status 400
'

test_expect_success 'a county outside the region is 404 and audited' '
	city && cgi GET "/school/dept/schools?county=410202" && expect_status 404 && test "$(denied region 410202)" = 1 &&
	cgi GET "/school/dept/schools/export?county=410202" && expect_status 404 && test "$(denied region 410202)" = 2 &&
	county && cgi GET "/school/dept/schools?county=410122" && expect_status 404 && test "$(denied region 410122)" = 1 &&
	cgi GET "/school/dept/schools?county=410100" && expect_status 404 && test "$(denied region 410100)" = 1
'

test_expect_success 'sorting by allow-listed columns only' '
	city && cgi GET "/school/dept/schools?sort=persons&dir=desc" && expect_status 200 &&
	listed | head -n 4 >"$TRASH/top" &&
	test "$(cat "$TRASH/top" | tr "\n" " ")" = "郑州市第一中学 中牟县第一高级中学 $DEMO_SCHOOL 郑州市金水区纬五路第一小学 " &&
	expect_body "<option value=\"persons\" selected>" && expect_body "<option value=\"desc\" selected>" &&
	county && cgi GET "/school/dept/schools?sort=name" && listed >"$TRASH/asc" &&
	test "$(wc -l <"$TRASH/asc")" = 7 && test "$(head -n 1 "$TRASH/asc")" = 郑州市第八中学 &&
	cgi GET "/school/dept/schools?sort=name&dir=desc" && listed >"$TRASH/desc" &&
	tac "$TRASH/desc" | cmp - "$TRASH/asc" &&
	cgi GET "/school/dept/schools?sort=type" && test "$(listed | head -n 1)" = 郑州市金水区启航双语幼儿园 &&
	cgi GET "/school/dept/schools?sort=contact_mobile" && expect_status 400 &&
	cgi GET "/school/dept/schools?dir=sideways" && expect_status 400
'

test_expect_success 'paging: 20 a page, numbering continues, links keep the filters' '
	city && cgi GET "/school/dept/schools?sort=name" && expect_status 200 &&
	expect_body "共 <strong class=\"num\">23</strong> 所学校" && expect_body "第 1 / 2 页" && test "$(listed | wc -l)" = 20 &&
	expect_body "href=\"/school/dept/schools?sort=name&amp;page=2\"" &&
	cgi GET "/school/dept/schools?sort=name&page=2" && test "$(listed | wc -l)" = 3 &&
	expect_body "<tr><td class=\"col-num\">21</td>" && expect_body "第 2 / 2 页" &&
	cgi GET "/school/dept/schools?page=0" && expect_status 400
'

test_expect_success 'export: what the list shows, as text cells, masked, audited' '
	sql "UPDATE schools SET name = \"=HYPERLINK(1)学校\" WHERE id = 5" &&
	county && cgi GET "/school/dept/schools?product=1&status=enrolled" &&
	expect_body "href=\"/school/dept/schools/export?product=1&amp;status=enrolled\"" &&
	cgi GET "/school/dept/schools/export?product=1&status=enrolled" && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	expect_header Content-Disposition "attachment; filename\*=UTF-8.." &&
	cp "$TRASH/body" "$TRASH/e.xlsx" &&
	test "$(xlsx_cell "$TRASH/e.xlsx" 1 1)" = 排序 && test "$(xlsx_cell "$TRASH/e.xlsx" 1 2)" = 学校名称 &&
	test "$(xlsx_cell "$TRASH/e.xlsx" 2 2)" = "=HYPERLINK(1)学校" && test "$(xlsx_cell "$TRASH/e.xlsx" 2 6)" = 已提交 &&
	test "$(xlsx_cell "$TRASH/e.xlsx" 3 1)" = 2 && test "$(xlsx_cell "$TRASH/e.xlsx" 3 2)" = "$DEMO_SCHOOL" &&
	test "$(xlsx_cell "$TRASH/e.xlsx" 3 6)" = 已承保 && test "$(xlsx_cell "$TRASH/e.xlsx" 3 7)" = 3 &&
	test "$(xlsx_cell "$TRASH/e.xlsx" 3 8)" = 未提交 && test "$(xlsx_cell "$TRASH/e.xlsx" 3 10)" = 不适用 &&
	test "$(xlsx_cell "$TRASH/e.xlsx" 3 12)" = PA-NEW-2 && test "$(xlsx_cell "$TRASH/e.xlsx" 3 13)" = 王丽 &&
	test "$(xlsx_cell "$TRASH/e.xlsx" 3 14)" = "138****0001" && test "$(xlsx_cell "$TRASH/e.xlsx" 4 1)" = None &&
	! unzip -p "$TRASH/e.xlsx" xl/worksheets/sheet1.xml | grep -q "<f>" &&
	! unzip -p "$TRASH/e.xlsx" | grep -q 13800000001 &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"export\" AND object_type = \"schools\"")" = "rows=2 q= county= type= nature= product=1 status=enrolled sort=region_asc" &&
	cgi GET "/school/dept/schools/export?sort=name&dir=desc" && cp "$TRASH/body" "$TRASH/all.xlsx" &&
	$PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(len(list(ws.values)))" "$TRASH/all.xlsx" >"$TRASH/n" &&
	test "$(cat "$TRASH/n")" = 8
'

test_expect_success 'other roles cannot reach 学校数据' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/dept/schools && expect_status 403 && cgi GET /school/dept/schools/export && expect_status 403
'

test_done
