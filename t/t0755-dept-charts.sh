#!/bin/bash
# t0755-dept-charts: 数据统计. The tables of a department's region (by product, by county, by
# school category, year over year) carry exactly the enrollment_counters figures of its region
# (insured schools, enrollments, persons) against its active schools, with rates; a county never
# sees another county's figures, a city sees 市直 and each county; the chart specifications carry
# the same figures and the page loads ECharts from /school/static (copied from npm by make); an
# unknown year is 404; the export is an .xlsx with the same tables, audited.
. "$(dirname "$0")/test-lib.sh"
setup_db
PY=/usr/bin/python3
sql "INSERT INTO enrollment_counters (year_id, region_code, school_type, product_id, city_code, schools, enrollments, persons)
	VALUES (2, '410105', '小学', 1, '410100', 2, 2, 57), (2, '410105', '幼儿园', 1, '410100', 1, 1, 20),
	       (2, '410105', '九年一贯制', 2, '410100', 1, 1, 41), (2, '410122', '小学', 1, '410100', 3, 3, 900),
	       (2, '410122', '中职', 3, '410100', 1, 1, 15), (2, '410100', '高中', 1, '410100', 1, 1, 300),
	       (2, '410200', '高中', 1, '410200', 1, 1, 5000), (1, '410105', '小学', 1, '410100', 1, 1, 30)" || exit 1
sheet_cell() { $PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]; print(ws.cell(int(sys.argv[3]), int(sys.argv[4])).value)" "$@"; }
td() { local out="" v; for v in "$@"; do out="$out<td class=\"col-num\">$v</td>"; done; printf '%s' "$out"; }

test_expect_success 'a county: by product, the counters of its region against its active schools' '
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/ && expect_body "href=\"/school/dept/statistics\"" &&
	cgi GET /school/dept/statistics && expect_status 200 && expect_body "2026-2027学年" &&
	expect_body "<th scope=\"row\">校方责任险（无过失责任保险）</th>$(td 7 3 42.9% 3 77)</tr>" &&
	expect_body "<th scope=\"row\">教职工校方责任保险</th>$(td 7 1 14.3% 1 41)</tr>" &&
	expect_body "<th scope=\"row\">职业院校学生实习责任保险</th>$(td 0 0 — 0 0)</tr>" &&
	expect_no_body 900 && expect_no_body 5000 && expect_no_body 中牟县
'

test_expect_success 'a county: by county and by school category (九年一贯制 counts as 初中)' '
	expect_body "<th scope=\"row\">金水区</th>$(td 7 3 42.9% 77 1 14.3% 41 0 — 0)</tr>" &&
	expect_body "<th scope=\"row\">小学</th>$(td 3 2 66.7% 57 0 0.0% 0 0 — 0)</tr>" &&
	expect_body "<th scope=\"row\">幼儿园</th>$(td 2 1 50.0% 20 0 0.0% 0 0 — 0)</tr>" &&
	expect_body "<th scope=\"row\">初中</th>$(td 2 0 0.0% 0 1 50.0% 41 0 — 0)</tr>"
'

test_expect_success 'year over year: each academic year with the change of persons' '
	expect_body "<th scope=\"row\">2025-2026</th>$(td 1 30 — 0 0 — 0 0 —)</tr>" &&
	expect_body "<th scope=\"row\">2026-2027</th>$(td 3 77 +47 1 41 +41 0 0 0)</tr>" &&
	cgi GET /school/dept/statistics?year=1 && expect_status 200 &&
	expect_body "<th scope=\"row\">校方责任险（无过失责任保险）</th>$(td 7 1 14.3% 1 30)</tr>" &&
	cgi GET /school/dept/statistics?year=99 && expect_status 404
'

test_expect_success 'the charts carry the same figures and ECharts comes from the site itself' '
	cgi GET /school/dept/statistics &&
	expect_body "&quot;title&quot;: &quot;2026-2027学年各县区投保率（%）&quot;, &quot;kind&quot;: &quot;bar&quot;" &&
	expect_body "&quot;categories&quot;: [&quot;金水区&quot;], &quot;series&quot;: [{&quot;name&quot;: &quot;校方责任险&quot;, &quot;data&quot;: [42.9]}, {&quot;name&quot;: &quot;教职工责任险&quot;, &quot;data&quot;: [14.3]}]" &&
	expect_body "&quot;categories&quot;: [&quot;校方责任险&quot;, &quot;教职工责任险&quot;, &quot;实习责任险&quot;], &quot;series&quot;: [{&quot;name&quot;: &quot;投保人数&quot;, &quot;data&quot;: [77, 41, 0]}]" &&
	expect_body "&quot;categories&quot;: [&quot;2025-2026&quot;, &quot;2026-2027&quot;], &quot;series&quot;: [{&quot;name&quot;: &quot;校方责任险&quot;, &quot;data&quot;: [30, 77]}" &&
	expect_body "<script src=\"/school/static/js/vendor/echarts.min.js\" defer></script>" &&
	expect_body "<script src=\"/school/static/js/dept-charts.js\" defer></script>" &&
	test -s "$ROOT/htdocs/js/vendor/echarts.min.js" && test -s "$ROOT/htdocs/js/dept-charts.js" &&
	cmp "$ROOT/htdocs/js/vendor/echarts.min.js" "$ROOT/t/e2e/node_modules/echarts/dist/echarts.min.js"
'

test_expect_success 'a city: 市直 and each county, never another city' '
	login_as department 郑州市 City@2026 &&
	cgi GET /school/dept/statistics && expect_status 200 &&
	expect_body "<th scope=\"row\">郑州市（市直）</th>$(td 6 1 16.7% 300 0 0.0% 0 0 0.0% 0)</tr>" &&
	expect_body "<th scope=\"row\">中牟县</th>$(td 9 3 33.3% 900 0 0.0% 0 1 100.0% 15)</tr>" &&
	expect_body "<th scope=\"row\">金水区</th>$(td 7 3 42.9% 77 1 14.3% 41 0 — 0)</tr>" &&
	expect_body "<th scope=\"row\">校方责任险（无过失责任保险）</th>" && expect_body "<td class=\"col-num\">1277</td></tr>" &&
	expect_no_body 5000 && expect_no_body 开封
'

test_expect_success 'the export holds the same tables as .xlsx, audited' '
	cgi GET /school/dept/statistics/export && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	cp "$TRASH/body" "$TRASH/s.xlsx" &&
	test "$(sheet_cell "$TRASH/s.xlsx" 按险种 2 6)" = 1277 && test "$(sheet_cell "$TRASH/s.xlsx" 按险种 1 4)" = 投保率 &&
	test "$(sheet_cell "$TRASH/s.xlsx" 按县区 2 1)" = "郑州市（市直）" && test "$(sheet_cell "$TRASH/s.xlsx" 按县区 2 5)" = 300 &&
	test "$(sheet_cell "$TRASH/s.xlsx" 按学校类别 3 3)" = 5 &&
	test "$(sheet_cell "$TRASH/s.xlsx" 历年对比 3 3)" = 1277 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"export\" AND object_type = \"statistics\" AND object_id = \"410100\"")" = 1 &&
	cgi GET "/school/dept/statistics/export?year=99" && expect_status 404
'

test_done
