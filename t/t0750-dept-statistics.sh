#!/bin/bash
# t0750-dept-statistics: 数据提交. A county department sees the yearly form with the system's
# figures of its region beside each cell (schools by school_types.stats_category, insured persons
# from enrollment_counters); bad cells (not a whole number, insured above the total, no 填表单位)
# show a message with the typed values kept and store nothing; a good form is version 1, an edit
# version 2, both in 历史版本 and viewable; the .xlsx export holds the values; after the stats
# deadline a submission is refused (403) until an extension for the city; another county's form,
# history and export are 404 with an access_denied record; a city sees its counties' status and
# their sum (also as .xlsx); the admin lists every department region read-only.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
PY=/usr/bin/python3
open_current_year &&
sql "UPDATE academic_years SET stats_deadline = '$(cn_day 20)' WHERE id = 2" &&
sql "INSERT INTO enrollment_counters (year_id, region_code, school_type, product_id, city_code, schools, enrollments, persons)
	VALUES (2, '410105', '小学', 1, '410100', 2, 2, 57), (2, '410105', '九年一贯制', 2, '410100', 1, 1, 41),
	       (2, '410122', '小学', 1, '410100', 1, 1, 900)" || exit 1
cell() { $PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(ws.cell(int(sys.argv[2]), int(sys.argv[3])).value)" "$@"; }
# body N1 ... N20 UNIT: the form fields row by row (schools students students_insured staff staff_insured).
body() {
	local keys=(schools students students_insured staff staff_insured) out="csrf=$(csrf_token)" i=0 r f
	for r in 0 1 2 3; do for f in 0 1 2 3 4; do
		i=$((i + 1)); out="$out&r${r}_${keys[$f]}=$(urlencode "${!i}")"
	done; done
	i=$((i + 1)); printf '%s&unit_name=%s' "$out" "$(urlencode "${!i}")"
}
post_form() { cgi GET /school/dept/statistics-form && expect_status 200 && cgi POST /school/dept/statistics-form "$(body "$@")"; }
forms() { sql "SELECT COUNT(*) FROM statistics_forms"; }
GOOD="2 300 280 40 40  3 1200 1100 90 85  2 800 800 70 60  0 0 0 0 0  金水区教育局"
GOOD2="2 300 290 40 40  3 1200 1150 90 85  2 800 800 70 60  1 500 450 50 50  金水区教育局"

test_expect_success 'the form shows the year, 未提交 and the system figures of the region' '
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/ && expect_body "href=\"/school/dept/statistics-form\"" &&
	cgi GET /school/dept/statistics-form && expect_status 200 &&
	expect_body "2026-2027年度校方责任保险投保情况统计表" && expect_body "未提交" && expect_body "提交数据" &&
	expect_body "name=\"r1_students_insured\"" && expect_body "value=\"郑州市金水区教育局\"" &&
	grep -q "name=\"r1_schools\"[^<]*> 所<span class=\"stats-system\">系统：3</span>" "$TRASH/body" &&
	grep -q "name=\"r0_schools\"[^<]*> 所<span class=\"stats-system\">系统：2</span>" "$TRASH/body" &&
	grep -q "name=\"r2_schools\"[^<]*> 所<span class=\"stats-system\">系统：2</span>" "$TRASH/body" &&
	grep -q "name=\"r1_students_insured\"[^<]*> 人<span class=\"stats-system\">系统：57</span>" "$TRASH/body" &&
	grep -q "name=\"r2_staff_insured\"[^<]*> 人<span class=\"stats-system\">系统：41</span>" "$TRASH/body" &&
	grep -q "name=\"r1_students\"[^<]*> 人<span class=\"stats-system\">系统：—</span>" "$TRASH/body"
'

test_expect_success 'bad cells show their messages with the typed values kept; nothing is stored' '
	post_form 2 300 280 40 40  abc 1200 1300 90 85  2 800 800 70 71  0 -1 0 0 ""  "" &&
	expect_status 200 && expect_body "统计表有填写错误" &&
	expect_body "请填写 0 或正整数" && expect_body "value=\"abc\"" && expect_body "value=\"-1\"" &&
	expect_body "学生投保总人数不能大于在校学生总人数" && expect_body "职工投保总人数不能大于在校职工总人数" &&
	expect_body "请填写职工投保总人数" && expect_body "请填写填表单位" && expect_body "value=\"1300\"" &&
	test "$(forms)" = 0
'

test_expect_success 'a good form is stored as version 1 with the documented JSON, audited' '
	post_form $GOOD && expect_status 303 && expect_header Location "/school/dept/statistics-form\\?done=1" &&
	test "$(sql "SELECT CONCAT_WS(\",\", region_code, year_id, version, unit_name) FROM statistics_forms")" = "410105,2,1,金水区教育局" &&
	test "$(sql "SELECT JSON_EXTRACT(data, \"\$.\\\"小学\\\".students_insured\") FROM statistics_forms")" = 1100 &&
	test "$(sql "SELECT JSON_EXTRACT(data, \"\$.\\\"幼儿园\\\".staff\") FROM statistics_forms")" = 40 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"statistics_submitted\"")" = 1 &&
	cgi GET "/school/dept/statistics-form?done=1" && expect_body "统计表已提交" && expect_body "第 1 版" &&
	expect_body "value=\"1100\""
'

test_expect_success 'an edit adds version 2; 历史版本 lists both and each version shows its values' '
	post_form $GOOD2 && expect_status 303 && test "$(forms)" = 2 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"statistics_updated\"")" = 1 &&
	cgi GET /school/dept/statistics-form/versions && expect_status 200 && expect_body "第 2 版" && expect_body "第 1 版" &&
	V1=$(sql "SELECT id FROM statistics_forms WHERE version = 1") &&
	cgi GET "/school/dept/statistics-form/version?id=$V1" && expect_status 200 &&
	expect_body "<td class=\"col-num\">1100<span class=\"stats-system\">系统：57</span></td>" &&
	expect_no_body "<td class=\"col-num\">1150" &&
	V2=$(sql "SELECT id FROM statistics_forms WHERE version = 2") &&
	cgi GET "/school/dept/statistics-form/version?id=$V2" && expect_body "<td class=\"col-num\">1150"
'

test_expect_success 'the export is an .xlsx of the version with its 合计 row' '
	V2=$(sql "SELECT id FROM statistics_forms WHERE version = 2") &&
	cgi GET "/school/dept/statistics-form/export?id=$V2" && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	cp "$TRASH/body" "$TRASH/form.xlsx" &&
	test "$(cell "$TRASH/form.xlsx" 2 4)" = 学生投保总人数 && test "$(cell "$TRASH/form.xlsx" 4 1)" = 小学 &&
	test "$(cell "$TRASH/form.xlsx" 4 4)" = 1150 && test "$(cell "$TRASH/form.xlsx" 7 1)" = 合计 &&
	test "$(cell "$TRASH/form.xlsx" 7 4)" = 2690 && test "$(cell "$TRASH/form.xlsx" 8 2)" = 金水区教育局
'

test_expect_success 'another county: its form, history and export are 404 and audited' '
	login_as department 中牟县 County@2026 &&
	post_form 1 100 90 10 10  5 900 900 60 60  1 300 200 30 30  1 1000 990 100 100  中牟县教育局 && expect_status 303 &&
	ZM=$(sql "SELECT id FROM statistics_forms WHERE region_code = \"410122\"") &&
	login_as department 金水区 County@2026 &&
	cgi GET "/school/dept/statistics-form/version?id=$ZM" && expect_status 404 &&
	cgi GET "/school/dept/statistics-form/export?id=$ZM" && expect_status 404 &&
	cgi GET "/school/dept/statistics-form/versions?region=410122" && expect_status 404 &&
	cgi GET "/school/dept/statistics-form/export?sum=1" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type IN (\"statistics_form\", \"region\")")" = 3
'

test_expect_success 'a city sees its counties (submitted or not) and their sum, and exports the sum' '
	login_as department 郑州市 City@2026 &&
	cgi GET /school/dept/statistics-form && expect_status 200 &&
	expect_body "下辖县区填报情况（已提交 2 / " && expect_body "<td>金水区</td><td><span class=\"badge badge-ok\">已提交</span></td><td>第 2 版</td>" &&
	expect_body "<td>二七区</td><td><span class=\"badge badge-warn\">未提交</span></td>" &&
	expect_body "下辖县区合计（已提交 2 个县区）" &&
	grep -q "<th scope=\"row\">小学</th><td class=\"col-num\">8</td><td class=\"col-num\">2100</td><td class=\"col-num\">2050</td>" "$TRASH/body" &&
	ZM=$(sql "SELECT id FROM statistics_forms WHERE region_code = \"410122\"") &&
	cgi GET "/school/dept/statistics-form/version?id=$ZM" && expect_status 200 && expect_body "中牟县教育局" &&
	cgi GET "/school/dept/statistics-form/versions?region=410122" && expect_status 200 && expect_body "第 1 版" &&
	cgi GET "/school/dept/statistics-form/export?sum=1" && expect_status 200 && cp "$TRASH/body" "$TRASH/sum.xlsx" &&
	test "$(cell "$TRASH/sum.xlsx" 4 3)" = 2100 && test "$(cell "$TRASH/sum.xlsx" 6 4)" = 1440 &&
	login_as department 开封市 City@2026 &&
	cgi GET "/school/dept/statistics-form/version?id=$ZM" && expect_status 404
'

test_expect_success 'after the deadline the form is read-only and a submission is refused (403), nothing stored' '
	sql "UPDATE academic_years SET stats_deadline = \"$(cn_day -1)\" WHERE id = 2" &&
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/statistics-form && expect_status 200 && expect_body "已截止提交" && expect_no_body "name=\"r0_schools\"" &&
	expect_body "<td class=\"col-num\">1150" &&
	cgi GET /school/dept/ && cgi POST /school/dept/statistics-form "$(body $GOOD)" && expect_status 403 &&
	expect_body "截止提交" && test "$(forms)" = 3
'

test_expect_success 'an extension for the city opens the form of its counties again' '
	sql "INSERT INTO deadline_extensions (year_id, deadline, region_code, extended_to, reason, granted_by)
		VALUES (2, \"stats\", \"410100\", \"$(cn_day 3)\", \"test\", 1)" &&
	post_form $GOOD && expect_status 303 && test "$(sql "SELECT MAX(version) FROM statistics_forms WHERE region_code = \"410105\"")" = 3
'

test_expect_success 'the admin lists every department region with its status and views a form read-only' '
	login_as admin admin Admin@2026 &&
	cgi GET /school/admin/statistics-forms && expect_status 200 &&
	expect_body "<td>郑州市 金水区</td><td>县区</td><td><span class=\"badge badge-ok\">已提交</span></td><td>第 3 版</td>" &&
	expect_body "<td>开封市</td><td>市级</td><td><span class=\"badge badge-warn\">未提交</span></td>" &&
	ZM=$(sql "SELECT id FROM statistics_forms WHERE region_code = \"410122\"") &&
	cgi GET "/school/admin/statistics-form?id=$ZM" && expect_status 200 && expect_body "中牟县教育局" && expect_no_body "<form method=\"post\"" &&
	cgi GET "/school/admin/statistics-forms/export?id=$ZM" && expect_status 200 &&
	cgi GET "/school/admin/statistics-form?id=99999" && expect_status 404
'

test_done
