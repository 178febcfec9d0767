#!/bin/bash
# t0610-insurer-enrollments: 投保数据 / 花名册数据 of insurers. Schools submit for real (平安 = company 2
# and 人保 = company 1); the 平安 provincial branch lists only its company's enrollments of the
# year, never drafts, with filters (险种, 市, 县区, 状态, school name, year) and totals; a county
# account sees its county only; 导出 is an .xlsx of the filtered set with text cells only
# (read back with openpyxl), audited; 20 a page with links that keep the filters; 下载花名册 gives the full roster in scope (file name with
# the school name, audited), 404 + access_denied out of scope.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup || exit 1

# enroll LOGIN PASSWORD COMPANY OFFSET PERSONS: the school signs in and submits product 1 with a
# roster of PERSONS people (IDs from OFFSET) for COMPANY.
enroll() {
	make_roster "$TRASH/r$4.xlsx" "$5" "$4" >/dev/null &&
	login_as school "$1" "$2" && open_form 1 &&
	post_roster "$TRASH/r$4.xlsx" "csrf=$(cat "$TRASH/csrf")" "product=1" "batch_key=$(cat "$TRASH/batch.1")" \
		"declared_count=$5" "company_id=$3" && expect_status 303
}
eid() { sql "SELECT e.id FROM enrollments e JOIN schools s ON s.id = e.school_id WHERE s.name = '$1' AND e.year_id = 2"; }
pingan() { login_as insurer pingan_henan Insurer@2026; }
denied() { sql "SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied' AND object_type = 'enrollment' AND object_id = '$1'"; }
cell() { $PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(ws.cell(int(sys.argv[2]), int(sys.argv[3])).value)" "$@"; }

test_expect_success 'schools submit for 平安 and 人保; a draft and last year exist too' '
	enroll "$DEMO_SCHOOL" School@2026 2 0 3 &&
	enroll 郑州市金水区纬五路第一小学 School@2026 1 100 2 &&
	enroll 中牟县第一高级中学 School@2026 2 200 4 &&
	enroll 开封高级中学 School@2026 2 300 5 &&
	sql "INSERT INTO enrollments (school_id, year_id, product_id, company_id, status) VALUES (6, 2, 1, 2, \"draft\"),
		(7, 1, 1, 2, \"submitted\")" &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE company_id = 2 AND status = \"submitted\" AND year_id = 2")" = 3
'

test_expect_success 'the province sees its company only, never drafts, with totals' '
	pingan && cgi GET /school/insurer/enrollments && expect_status 200 &&
	expect_body "投保数据</h1>" && expect_body "2026-2027 学年：共 <strong class=\"num\">3</strong> 所学校、<strong class=\"num\">12</strong> 人" &&
	expect_body "$DEMO_SCHOOL" && expect_body "中牟县第一高级中学" && expect_body "开封高级中学" &&
	expect_no_body "纬五路" && expect_no_body "黄河路" && expect_no_body "实验幼儿园" &&
	expect_body "郑州市 金水区" && expect_body "开封市（市直）" && expect_body "未承保" &&
	expect_body "href=\"/school/insurer/enrollment/roster?id=$(eid "$DEMO_SCHOOL")\"" && expect_body "下载花名册" &&
	expect_body "<option value=\"410200\">开封市</option>"
'

test_expect_success 'filters: city, county, product, status, school name, year' '
	cgi GET "/school/insurer/enrollments?city=410200" && expect_status 200 && expect_body "开封高级中学" &&
	expect_no_body "$DEMO_SCHOOL" && expect_body "共 <strong class=\"num\">1</strong> 所学校、<strong class=\"num\">5</strong> 人" &&
	expect_body "<option value=\"410200\" selected>" &&
	cgi GET "/school/insurer/enrollments?county=410122" && expect_body "中牟县第一高级中学" && expect_no_body "开封高级中学" &&
	cgi GET "/school/insurer/enrollments?product=2" && expect_body "没有符合条件的投保数据" && expect_no_body "导出</a>" &&
	cgi GET "/school/insurer/enrollments?product=1&q=$(urlencode 中牟)" && expect_body "中牟县第一高级中学" &&
	expect_no_body "$DEMO_SCHOOL" && expect_body "value=\"中牟\"" &&
	sql "UPDATE enrollments SET status = \"insured\" WHERE id = $(eid 中牟县第一高级中学)" &&
	sql "UPDATE enrollments SET status = \"modifying\" WHERE id = $(eid 开封高级中学)" &&
	cgi GET "/school/insurer/enrollments?status=insured" && expect_body "中牟县第一高级中学" && expect_body "已承保" &&
	expect_no_body "开封高级中学" && expect_body "共 <strong class=\"num\">1</strong> 所学校、<strong class=\"num\">4</strong> 人" &&
	cgi GET "/school/insurer/enrollments?status=modifying" && expect_body "开封高级中学" && expect_body "修改中" &&
	cgi GET "/school/insurer/enrollments?status=submitted" && expect_body "$DEMO_SCHOOL" && expect_no_body "开封高级中学" &&
	cgi GET "/school/insurer/enrollments?year=1" && expect_body "郑州市金水区实验幼儿园" && expect_no_body "$DEMO_SCHOOL" &&
	cgi GET "/school/insurer/enrollments?status=gone" && expect_status 400 &&
	cgi GET "/school/insurer/enrollments?city=41x" && expect_status 400 &&
	cgi GET "/school/insurer/enrollments?year=99" && expect_status 404
'

test_expect_success 'a county account sees its county only (花名册数据, no city filter)' '
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level, parent_account_id)
		SELECT \"insurer\", \"pa_jinshui\", \"13911110003\", password_hash, \"平安金水\", \"410105\", 2, \"county\", id
		FROM accounts WHERE login_name = \"pingan_henan\"" && pii_seal &&
	login_as insurer pa_jinshui Insurer@2026 &&
	cgi GET /school/insurer/enrollments && expect_status 200 && expect_body "花名册数据</h1>" &&
	expect_body "$DEMO_SCHOOL" && expect_no_body "中牟县第一高级中学" && expect_no_body "开封高级中学" &&
	expect_body "共 <strong class=\"num\">1</strong> 所学校、<strong class=\"num\">3</strong> 人" &&
	expect_no_body "name=\"city\"" && expect_no_body "name=\"county\"" &&
	cgi GET "/school/insurer/enrollments?city=410200&county=410202" && expect_body "$DEMO_SCHOOL" && expect_no_body "开封高级中学"
'

test_expect_success 'roster download: in scope 200 with full ID numbers and the school name; audited' '
	pingan && id=$(eid "$DEMO_SCHOOL") &&
	cgi GET "/school/insurer/enrollment/roster?id=$id" && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	expect_header Content-Disposition "attachment; filename\*=UTF-8.." &&
	grep -qF "$(urlencode "$DEMO_SCHOOL")" "$TRASH/headers" &&
	cp "$TRASH/body" "$TRASH/roster.xlsx" &&
	test "$(cell "$TRASH/roster.xlsx" 2 5)" = "$(sed -n 1p "$TRASH/r0.xlsx.ids")" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"download\" AND object_id = \"$id\" AND detail LIKE \"insurer roster rows=3\"")" = 1
'

test_expect_success 'roster download out of scope (other company, draft, other county, unknown) is 404 and audited' '
	for school in 郑州市金水区纬五路第一小学 郑州市金水区黄河路第一小学; do
		id=$(eid $school) &&
		cgi GET "/school/insurer/enrollment/roster?id=$id" && expect_status 404 && test "$(denied $id)" = 1 || exit 1
	done &&
	cgi GET "/school/insurer/enrollment/roster?id=999999" && expect_status 404 && test "$(denied 999999)" = 1 &&
	login_as insurer pa_jinshui Insurer@2026 && id=$(eid 中牟县第一高级中学) &&
	cgi GET "/school/insurer/enrollment/roster?id=$id" && expect_status 404 && test "$(denied $id)" = 1 &&
	cgi GET "/school/insurer/enrollment/roster?id=$(eid "$DEMO_SCHOOL")" && expect_status 200
'

test_expect_success 'export: the filtered set as xlsx, text cells only (no formulas), audited' '
	sql "UPDATE schools SET name = \"=HYPERLINK(1)学校\" WHERE name = \"开封高级中学\"" &&
	pingan && cgi GET "/school/insurer/enrollments?city=410200" &&
	expect_body "href=\"/school/insurer/enrollments/export?year=2&amp;city=410200\"" &&
	cgi GET "/school/insurer/enrollments/export?year=2&city=410200" && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	cp "$TRASH/body" "$TRASH/export1.xlsx" &&
	test "$(cell "$TRASH/export1.xlsx" 1 1)" = 学校名称 && test "$(cell "$TRASH/export1.xlsx" 2 1)" = "=HYPERLINK(1)学校" &&
	test "$(cell "$TRASH/export1.xlsx" 2 5)" = 修改中 && test "$(cell "$TRASH/export1.xlsx" 3 1)" = None &&
	! unzip -p "$TRASH/export1.xlsx" xl/worksheets/sheet1.xml | grep -q "<f>" &&
	cgi GET "/school/insurer/enrollments/export" && expect_status 200 && cp "$TRASH/body" "$TRASH/export.xlsx" &&
	$PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; rows = list(ws.values); print(len(rows), sum(int(r[3]) for r in rows[1:]))" "$TRASH/export.xlsx" >"$TRASH/sum" &&
	test "$(cat "$TRASH/sum")" = "4 12" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"export\" AND object_type = \"enrollments\"")" = 2 &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"export\" ORDER BY id LIMIT 1")" = "rows=1 product=0 city=410200 county= status= policy= q="
'

test_expect_success 'paging: 20 a page, links keep the filters, totals cover every page' '
	sql "INSERT INTO enrollments (school_id, region_code, city_code, year_id, product_id, company_id, status, declared_count, submitted_at)
		SELECT id, region_code, city_code, 2, 2, 2, \"submitted\", 2, UTC_TIMESTAMP() FROM schools WHERE id <= 23" &&
	pingan && cgi GET "/school/insurer/enrollments?product=2" && expect_status 200 &&
	expect_body "共 <strong class=\"num\">23</strong> 所学校、<strong class=\"num\">46</strong> 人" &&
	expect_body "第 1 / 2 页" && expect_body "href=\"/school/insurer/enrollments?year=2&amp;product=2&amp;page=2\"" &&
	test "$(grep -c "下载花名册" "$TRASH/body")" = 20 &&
	cgi GET "/school/insurer/enrollments?year=2&product=2&page=2" && expect_body "第 2 / 2 页" &&
	test "$(grep -c "下载花名册" "$TRASH/body")" = 3 &&
	cgi GET "/school/insurer/enrollments?page=0" && expect_status 400
'

test_expect_success 'other roles cannot reach the insurer pages' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/insurer/enrollments && expect_status 403 &&
	cgi GET "/school/insurer/enrollment/roster?id=$(eid "$DEMO_SCHOOL")" && expect_status 403
'

test_done
