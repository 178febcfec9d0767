#!/bin/bash
# t0400-admin-years: 学年设置. The admin lists the academic years (period, three deadlines,
# 当前学年), adds a year (label of two consecutive years; empty dates take the defaults 9/1 –
# next 8/31, 9/30, 10/31, 10/31; every date editable; real dates, deadlines inside the period,
# label unique — errors shown with the typed values kept), edits a year's deadlines, and makes
# a year current (exactly one). Every change is audited; CSRF and other roles are refused.
. "$(dirname "$0")/test-lib.sh"
setup_db

test_expect_success 'the list shows the demo years, the current badge and a working nav entry' '
	login_as admin admin Admin@2026 &&
	cgi GET /school/admin/years && expect_status 200 &&
	expect_body "href=\"/school/admin/years\" aria-current=\"page\">学年设置</a>" &&
	expect_body "<td class=\"nowrap\">2026-2027</td><td class=\"nowrap\">2026-09-01 至 2027-08-31</td><td class=\"nowrap\">2026-09-30</td><td class=\"nowrap\">2026-10-31</td><td class=\"nowrap\">2026-10-31</td>" &&
	expect_body "当前学年</span>" && expect_body "2025-2026" &&
	expect_body "href=\"/school/admin/year?id=1\"" && expect_body "action=\"/school/admin/year/current\"" &&
	expect_body "href=\"/school/admin/extensions\"" &&
	cgi GET /school/admin/ && expect_body "href=\"/school/admin/years\">学年设置</a>"
'

test_expect_success 'the add form suggests the next year with the default dates' '
	cgi GET /school/admin/years &&
	expect_body "id=\"label\" name=\"label\" type=\"text\" value=\"2027-2028\"" &&
	expect_body "name=\"starts_on\" type=\"date\" value=\"2027-09-01\"" &&
	expect_body "name=\"ends_on\" type=\"date\" value=\"2028-08-31\"" &&
	expect_body "name=\"enroll_deadline\" type=\"date\" value=\"2027-09-30\"" &&
	expect_body "name=\"policy_deadline\" type=\"date\" value=\"2027-10-31\"" &&
	expect_body "name=\"stats_deadline\" type=\"date\" value=\"2027-10-31\""
'

test_expect_success 'a bad label is refused and every typed value kept' '
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=2027-2029&starts_on=2027-09-01&ends_on=2028-08-31&enroll_deadline=2027-09-20&policy_deadline=2027-10-20&stats_deadline=2027-10-25" &&
	expect_status 200 && expect_body "学年格式为“2026-2027”：前后两个连续的年份" && expect_body "请按提示修改后重新提交" &&
	expect_body "value=\"2027-2029\"" && expect_body "value=\"2027-09-20\"" && expect_body "value=\"2027-10-20\"" &&
	expect_body "value=\"2027-10-25\"" &&
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=&starts_on=&ends_on=&enroll_deadline=&policy_deadline=&stats_deadline=" &&
	expect_status 200 && expect_body "请填写学年" &&
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=$(urlencode "<b>2027")&starts_on=&ends_on=" &&
	expect_status 200 && expect_body "value=\"&lt;b&gt;2027\"" &&
	test "$(sql "SELECT COUNT(*) FROM academic_years")" = 2
'

test_expect_success 'dates must be real, the period in order and the deadlines inside it' '
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=2027-2028&starts_on=2027-02-30&ends_on=2028-08-31&enroll_deadline=2027-9-30&policy_deadline=x&stats_deadline=2027-10-31" &&
	expect_status 200 && expect_body "请填写正确的日期，格式如 2026-09-30" &&
	expect_body "value=\"2027-02-30\"" && expect_body "value=\"2027-9-30\"" && expect_body "value=\"x\"" &&
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=2027-2028&starts_on=2027-09-01&ends_on=2027-08-31" &&
	expect_status 200 && expect_body "保险期间的结束日期须晚于开始日期" &&
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=2027-2028&starts_on=2027-09-01&ends_on=2028-08-31&enroll_deadline=2027-08-31&policy_deadline=2028-09-01&stats_deadline=2027-10-31" &&
	expect_status 200 && expect_body "截止日期须在保险期间内（2027-09-01 至 2028-08-31）" &&
	test "$(grep -c "截止日期须在保险期间内" "$TRASH/body")" = 2 &&
	expect_body "value=\"2027-08-31\"" && expect_body "value=\"2028-09-01\"" &&
	test "$(sql "SELECT COUNT(*) FROM academic_years")" = 2
'

test_expect_success 'a label that exists already is refused' '
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=2026-2027" &&
	expect_status 200 && expect_body "学年 2026-2027 已存在" &&
	test "$(sql "SELECT COUNT(*) FROM academic_years")" = 2
'

test_expect_success 'adding with empty dates takes the defaults of the label; audited; not current' '
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=2027-2028&starts_on=&ends_on=&enroll_deadline=&policy_deadline=&stats_deadline=" &&
	expect_status 303 && expect_header Location "/school/admin/years\?done=created" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", starts_on, ends_on, enroll_deadline, policy_deadline, stats_deadline, is_current)
		FROM academic_years WHERE label = \"2027-2028\"")" = "2027-09-01|2028-08-31|2027-09-30|2027-10-31|2027-10-31|0" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"year_created\" AND detail LIKE \"2027-2028%\"")" = 1 &&
	cgi GET "/school/admin/years?done=created" && expect_body "学年已添加" &&
	expect_body "value=\"2028-2029\"" &&
	test "$(sql "SELECT label FROM academic_years WHERE is_current = 1")" = 2026-2027
'

test_expect_success 'every date of a new year is editable' '
	cgi POST /school/admin/years "csrf=$(csrf_token)&label=2028-2029&starts_on=2028-08-15&ends_on=2029-08-14&enroll_deadline=2028-10-08&policy_deadline=2028-11-15&stats_deadline=2028-12-01" &&
	expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\"|\", starts_on, ends_on, enroll_deadline, policy_deadline, stats_deadline)
		FROM academic_years WHERE label = \"2028-2029\"")" = "2028-08-15|2029-08-14|2028-10-08|2028-11-15|2028-12-01"
'

test_expect_success 'the year page shows the year and its deadline form; unknown ids are 404' '
	id=$(sql "SELECT id FROM academic_years WHERE label = \"2027-2028\"") && echo "$id" >"$TRASH/year_id" &&
	cgi GET "/school/admin/year?id=$id" && expect_status 200 &&
	expect_body "2027-2028 学年" && expect_body "2027-09-01 至 2028-08-31" &&
	expect_body "name=\"enroll_deadline\" type=\"date\" value=\"2027-09-30\"" &&
	expect_body "href=\"/school/admin/extensions?year=$id\"" && expect_body "设为当前学年" &&
	cgi GET "/school/admin/year?id=2" && expect_no_body "action=\"/school/admin/year/current\"" &&
	cgi GET "/school/admin/year?id=999" && expect_status 404 &&
	cgi GET "/school/admin/year?id=abc" && expect_status 400
'

test_expect_success 'editing deadlines: bad and outside dates are refused with values kept' '
	id=$(cat "$TRASH/year_id") && cgi GET "/school/admin/year?id=$id" &&
	cgi POST /school/admin/year/deadlines "csrf=$(csrf_token)&id=$id&enroll_deadline=2027-09-31&policy_deadline=2028-09-01&stats_deadline=" &&
	expect_status 200 && expect_body "请填写正确的日期" && expect_body "截止日期须在保险期间内（2027-09-01 至 2028-08-31）" &&
	expect_body "请填写日期。" && expect_body "value=\"2027-09-31\"" && expect_body "value=\"2028-09-01\"" &&
	test "$(sql "SELECT enroll_deadline FROM academic_years WHERE id = $id")" = 2027-09-30 &&
	cgi POST /school/admin/year/deadlines "csrf=$(csrf_token)&id=999&enroll_deadline=2027-09-30&policy_deadline=2027-10-31&stats_deadline=2027-10-31" &&
	expect_status 404
'

test_expect_success 'editing deadlines: stored and audited with old and new dates' '
	id=$(cat "$TRASH/year_id") && cgi GET "/school/admin/year?id=$id" &&
	cgi POST /school/admin/year/deadlines "csrf=$(csrf_token)&id=$id&enroll_deadline=2027-10-15&policy_deadline=2027-11-10&stats_deadline=2027-11-20" &&
	expect_status 303 && expect_header Location "/school/admin/year\?id=$id&done=deadlines" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", enroll_deadline, policy_deadline, stats_deadline) FROM academic_years WHERE id = $id")" = "2027-10-15|2027-11-10|2027-11-20" &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"year_deadlines_changed\" AND object_id = \"$id\"")" = "2027-2028 投保 2027-09-30->2027-10-15 保单 2027-10-31->2027-11-10 统计 2027-10-31->2027-11-20" &&
	cgi GET "/school/admin/year?id=$id&done=deadlines" && expect_body "截止日期已保存" && expect_body "<dd>2027-10-15</dd>"
'

test_expect_success 'set current: exactly one current year, audited, seen by schools' '
	id=$(cat "$TRASH/year_id") && cgi GET /school/admin/years && tok=$(csrf_token) &&
	cgi POST /school/admin/year/current "csrf=$tok&id=$id" &&
	expect_status 303 && expect_header Location "/school/admin/years\?done=current" &&
	test "$(sql "SELECT GROUP_CONCAT(label) FROM academic_years WHERE is_current = 1")" = 2027-2028 &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"year_current_set\"")" = "2026-2027 -> 2027-2028 保险期间 2027-09-01~2028-08-31 投保 2027-10-15 保单 2027-11-10 统计 2027-11-20" &&
	cgi GET "/school/admin/years?done=current" && expect_body "当前学年已切换" &&
	cgi GET /school/admin/ && expect_body "<strong class=\"year\">2027-2028</strong>" &&
	cgi POST /school/admin/year/current "csrf=$tok&id=999" && expect_status 404 &&
	cgi POST /school/admin/year/current "csrf=$tok&id=$id" && expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM academic_years WHERE is_current = 1")" = 1 &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/ && expect_body "2027-2028" &&
	expect_body "10月15日前"
'

test_expect_success 'switching back to 2026-2027' '
	login_as admin admin Admin@2026 && cgi GET /school/admin/years &&
	cgi POST /school/admin/year/current "csrf=$(csrf_token)&id=2" && expect_status 303 &&
	test "$(sql "SELECT GROUP_CONCAT(id) FROM academic_years WHERE is_current = 1")" = 2 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"year_current_set\"")" = 3
'

test_expect_success 'POSTs without the CSRF token are refused and change nothing' '
	cgi GET /school/admin/years &&
	cgi POST /school/admin/years "label=2029-2030" && expect_status 403 &&
	cgi POST /school/admin/year/current "id=1" && expect_status 403 &&
	cgi POST /school/admin/year/deadlines "id=1&enroll_deadline=2025-09-29&policy_deadline=2025-10-31&stats_deadline=2025-10-31" &&
	expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM academic_years WHERE label = \"2029-2030\"")" = 0 &&
	test "$(sql "SELECT CONCAT(is_current, enroll_deadline) FROM academic_years WHERE id = 1")" = 02025-09-30
'

test_expect_success 'other roles get 403' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/admin/years && expect_status 403 &&
	cgi GET "/school/admin/year?id=1" && expect_status 403 &&
	cgi POST /school/admin/year/current "csrf=$(csrf_token)&id=1" && expect_status 403 &&
	login_as department 金水区 County@2026 &&
	cgi GET /school/admin/years && expect_status 403 &&
	test "$(sql "SELECT id FROM academic_years WHERE is_current = 1")" = 2
'

test_done
