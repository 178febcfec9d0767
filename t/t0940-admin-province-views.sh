#!/bin/bash
# t0940-admin-province-views: the admin's province-wide versions of the department views, run by
# the department code on the province's scope. 学校数据 has one row per city (18) and 合计, each
# city linking to its own per-county table (?city=CODE, with 市直 and 合计); the school list
# covers the province with the same filters, sort, paging and .xlsx export (audited with the
# region), read-only (no 设置). 数据统计 breaks the province down by city (按市) and a city by
# county; 未决案件 / 理赔案件 cover every city with a city filter. A bad city is 400/404; a
# department account gets 403 on these pages.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/dept-lib.sh"
setup_db
enroll_setup || exit 1

admin() { login_as admin admin Admin@2026; }
# area_row NAME URL SCHOOLS S_SCHOOLS S_PERSONS T_SCHOOLS T_PERSONS (URL "" = the 合计 row), as in the page.
area_row() {
	local head
	if [ -n "$2" ]; then head="<tr><th scope=\"row\"><a href=\"$2\">$1</a></th>"
	else head="<tr class=\"row-total\"><th scope=\"row\">$1</th>"; fi
	printf '%s<td class="col-num">%s</td><td class="col-num">%s</td><td class="col-num">%s</td><td class="col-num">%s</td><td class="col-num">%s</td></tr>' \
		"$head" "$3" "$4" "$5" "$6" "$7"
}
listed() { perl -ne 'print "$1\n" while /<tr><td class="col-num">\d+<\/td><td>([^<]+)<br>/g' "$TRASH/body"; }
active() { sql "SELECT COUNT(*) FROM schools WHERE status = 'active' AND region_code LIKE '$1'"; }

test_expect_success 'schools submit through the real pages' '
	dept_coverage_data
'

test_expect_success '学校数据: one row per city and 合计, figures from the counters' '
	admin && cgi GET /school/admin/ && expect_body "href=\"/school/admin/schools\"" &&
	expect_body "href=\"/school/admin/statistics\"" && expect_body "href=\"/school/admin/claims-pending\"" &&
	cgi GET /school/admin/schools && expect_status 200 && expect_body "学校数据</h1>" &&
	expect_body "各市投保情况" && expect_body "<th scope=\"col\">市</th><th scope=\"col\" class=\"col-num\">学校总数</th>" &&
	expect_body "$(area_row 郑州市 "/school/admin/schools?city=410100" 23 4 14 1 2)" &&
	expect_body "$(area_row 开封市 "/school/admin/schools?city=410200" "$(active "4102%")" 1 6 0 0)" &&
	expect_body "$(area_row 济源市 "/school/admin/schools?city=419001" "$(active 419001)" 0 0 0 0)" &&
	expect_body "$(area_row 合计 "" "$(active "41%")" 5 20 1 2)" &&
	perl -ne "print \"\$1\n\" while /<th scope=\"row\">(?:<a [^>]*>)?([^<]+)/g" "$TRASH/body" >"$TRASH/rows" &&
	test "$(wc -l <"$TRASH/rows")" = 19 && test "$(sed -n 1p "$TRASH/rows")" = 郑州市 &&
	test "$(sed -n 18p "$TRASH/rows")" = 济源市 && test "$(sed -n 19p "$TRASH/rows")" = 合计 &&
	expect_no_body "name=\"county\"" && expect_body "<option value=\"410200\">开封市</option>" &&
	expect_no_body "/settings?id="
'

test_expect_success 'a city links to its per-county table with 市直 and 合计' '
	cgi GET "/school/admin/schools?city=410100" && expect_status 200 && expect_body "学校数据 · 郑州市</h1>" &&
	expect_body "各县区投保情况" &&
	expect_body "$(area_row 金水区 "/school/admin/schools?city=410100&amp;county=410105" 7 2 5 0 0)" &&
	expect_body "$(area_row 中牟县 "/school/admin/schools?city=410100&amp;county=410122" 9 1 4 1 2)" &&
	expect_body "$(area_row 市直 "/school/admin/schools?city=410100&amp;county=410100" 6 1 5 0 0)" &&
	expect_body "$(area_row 合计 "" 23 4 14 1 2)" && expect_no_body "开封高级中学" &&
	expect_body "<option value=\"410100\" selected>郑州市</option>" && expect_body "<option value=\"410105\">金水区</option>" &&
	expect_body "共 <strong class=\"num\">23</strong> 所学校" &&
	cgi GET "/school/admin/schools?city=410100&county=410105" && expect_status 200 &&
	expect_body "共 <strong class=\"num\">7</strong> 所学校" && test "$(listed | wc -l)" = 7 &&
	cgi GET "/school/admin/schools?city=410100&county=410202" && expect_status 404
'

test_expect_success 'the province list: every active school, filters, paging, read-only' '
	cgi GET /school/admin/schools && expect_body "共 <strong class=\"num\">$(active "41%")</strong> 所学校" &&
	test "$(listed | wc -l)" = 20 && expect_body "href=\"/school/admin/schools?page=2\"" &&
	cgi GET "/school/admin/schools?q=$(urlencode 开封高级)" && test "$(listed)" = 开封高级中学 &&
	expect_body "<td>开封高级中学<br><span class=\"muted\">开封市 市直 · 高中 · 公办</span>" &&
	cgi GET "/school/admin/schools?product=1&status=enrolled&sort=persons&dir=desc" &&
	test "$(listed | tr "\n" " ")" = "开封高级中学 郑州市第一中学 中牟县第一高级中学 郑州市金水区文化路第一小学 郑州市金水区纬五路第一小学 " &&
	cgi GET "/school/admin/schools?city=410100&product=1&status=enrolled&page=1" &&
	expect_body "href=\"/school/admin/schools/export?city=410100&amp;product=1&amp;status=enrolled\"" &&
	cgi GET "/school/admin/schools?city=abc" && expect_status 400 &&
	cgi GET "/school/admin/schools?city=410105" && expect_status 404 &&
	cgi GET "/school/admin/schools?city=999999" && expect_status 404
'

test_expect_success 'the province export: the filtered rows as .xlsx, audited with the region' '
	cgi GET "/school/admin/schools/export?product=1&status=enrolled" && expect_status 200 &&
	cp "$TRASH/body" "$TRASH/p.xlsx" && test "$(xlsx_cell "$TRASH/p.xlsx" 1 2)" = 学校名称 &&
	test "$($PY -c "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).worksheets[0].max_row)" "$TRASH/p.xlsx")" = 6 &&
	$PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; sys.exit(0 if \"开封高级中学\" in [c.value for c in ws[\"B\"]] else 1)" "$TRASH/p.xlsx" &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"export\" AND object_type = \"schools\" ORDER BY id DESC LIMIT 1")" = "rows=5 region=410000 q= county= type= nature= product=1 status=enrolled sort=region_asc" &&
	cgi GET "/school/admin/schools/export?city=410200" && expect_status 200 && cp "$TRASH/body" "$TRASH/k.xlsx" &&
	test "$($PY -c "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).worksheets[0].max_row)" "$TRASH/k.xlsx")" = "$(( $(active "4102%") + 1 ))"
'

test_expect_success '数据统计: the province by city, a city by county, both exported' '
	cgi GET /school/admin/statistics && expect_status 200 && expect_body "河南省 · 2026-2027学年" &&
	expect_body "按市" && expect_body "<option value=\"410100\">郑州市</option>" &&
	perl -0ne "print \$1 if /按市(.*?)<\/table>/s" "$TRASH/body" >"$TRASH/bycity" &&
	test "$(grep -c "<th scope=\"row\">" "$TRASH/bycity")" = 18 && grep -q "<th scope=\"row\">开封市</th>" "$TRASH/bycity" &&
	cgi GET /school/admin/statistics/export && expect_status 200 && cp "$TRASH/body" "$TRASH/s.xlsx" &&
	test "$($PY -c "import openpyxl,sys; wb = openpyxl.load_workbook(sys.argv[1]); print(\",\".join(wb.sheetnames))" "$TRASH/s.xlsx")" = "按险种,按市,按学校类别,历年对比" &&
	test "$($PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1])[\"按市\"]; print(ws.cell(2,1).value, ws.cell(2,2).value, ws.cell(2,3).value, ws.cell(2,5).value)" "$TRASH/s.xlsx")" = "郑州市 23 4 14" &&
	test "$($PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1])[\"按险种\"]; print(ws.cell(2,2).value, ws.cell(2,6).value)" "$TRASH/s.xlsx")" = "$(active "41%") 20" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"export\" AND object_type = \"statistics\" AND object_id = \"410000\"")" = 1 &&
	cgi GET "/school/admin/statistics?city=410100" && expect_status 200 && expect_body "郑州市 · 2026-2027学年" &&
	expect_body "按县区" && expect_body "<th scope=\"row\">郑州市（市直）</th>" && expect_no_body "<th scope=\"row\">开封市</th>" &&
	expect_body "<option value=\"410100\" selected>郑州市</option>" &&
	expect_body "href=\"/school/admin/statistics/export?city=410100&amp;year=" &&
	cgi GET "/school/admin/statistics?city=41010x" && expect_status 400
'

BY="(SELECT id FROM accounts WHERE login_name = 'pingan_henan')"
claim() {  # claim SCHOOL_NAME DAYS_AGO NAME [CLOSED_DAYS_AGO PAID_FEN]
	local status=pending closed=NULL paid=NULL
	[ -n "${4:-}" ] && status=settled closed="'$(cn_day "-$4")'" paid=$5
	sql "INSERT INTO claims (company_id, school_id, year_id, accident_on, injured_name, cause, handling, status, closed_on,
		paid_fen, created_by) SELECT 1, s.id, 2, '$(cn_day "-$2")', '$3', '课间摔伤', '已报案', '$status', $closed, $paid, $BY
		FROM schools s WHERE s.name = '$1'"
}

test_expect_success '未决案件 / 理赔案件: every city, a city filter, one claim, export' '
	claim "$DEMO_SCHOOL" 10 张郑州 && claim 开封高级中学 20 李开封 && claim 中牟县第一高级中学 5 王中牟 &&
	claim 开封高级中学 40 赵结案 8 50000 &&
	cgi GET /school/admin/claims-pending && expect_status 200 && expect_body "未决案件</h1>" &&
	expect_body 张郑州 && expect_body 李开封 && expect_body 王中牟 && expect_no_body 赵结案 &&
	test "$(grep -o "李开封\|张郑州\|王中牟" "$TRASH/body" | tr -d "\n")" = "李开封张郑州王中牟" &&
	expect_no_body "name=\"county\"" && expect_body "<option value=\"410200\">开封市</option>" &&
	cgi GET "/school/admin/claims-pending?city=410200" && expect_status 200 && expect_body "未决案件 · 开封市</h1>" &&
	expect_body 李开封 && expect_no_body 张郑州 && expect_body "name=\"county\"" &&
	cgi GET "/school/admin/claims-pending?city=410100&county=410122" && expect_body 王中牟 && expect_no_body 张郑州 &&
	cgi GET /school/admin/claims-settled && expect_body "<td>开封高级中学</td><td class=\"nowrap\">开封市（市直）</td><td>课间摔伤</td><td class=\"col-num\">500.00</td>" &&
	expect_body "共 <strong class=\"num\">1</strong> 件已结案" &&
	id=$(sql "SELECT id FROM claims WHERE injured_name = \"李开封\"") &&
	cgi GET "/school/admin/claim?id=$id" && expect_status 200 && expect_body 开封高级中学 &&
	expect_body "href=\"/school/admin/claims-pending\"" &&
	cgi GET "/school/admin/claim?id=$id&city=410100" && expect_status 404 &&
	cgi GET "/school/admin/claims-pending/export?city=410100" && expect_status 200 && cp "$TRASH/body" "$TRASH/c.xlsx" &&
	test "$($PY -c "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).worksheets[0].max_row)" "$TRASH/c.xlsx")" = 3 &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"export\" AND object_type = \"claims\"")" = "rows=2 region=410100 company= county= from= to="
'

test_expect_success 'a department account is refused on the admin pages' '
	city &&
	for p in /school/admin/schools /school/admin/schools/export /school/admin/statistics /school/admin/claims-pending \
		/school/admin/claims-settled "/school/admin/claim?id=1"; do
		cgi GET "$p" && expect_status 403 || exit 1
	done
'

test_done
