#!/bin/bash
# t0910-admin-audit: 审计日志, the audit_log table newest first (China time), 20 a page, filtered by
# who (login name or account id), account kind, action prefix, object type and id, China date
# range and IP prefix; the school a center school acted for shown; bad or hostile filter values
# shown escaped under their field, matching nothing, never a 500; the .xlsx export of the
# filtered rows read back with openpyxl, capped with a clear message; viewing and exporting
# are audited; read-only (no POST route); only the admin gets in.
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}
acct() { sql "SELECT id FROM accounts WHERE login_name = '$1'"; }
total() { grep -o "共 <strong>[0-9]*</strong> 条记录" "$TRASH/body" | grep -o "[0-9]\+"; }
PY=/usr/bin/python3   # Debian's python3 sees python3-openpyxl

# Known rows in March 2026 (UTC; China is UTC+8), from 10.9.x addresses.
CENTER=$(acct 中牟县官渡镇中心学校)
sql "INSERT INTO audit_log (at, account_id, account_kind, acting_school_id, action, object_type, object_id, ip, detail) VALUES
 ('2026-03-01 01:00:00', $(acct 郑州市金水区文化路第一小学), 'school', NULL, 'login', 'account', '$(acct 郑州市金水区文化路第一小学)', '10.9.0.1', 'first'),
 ('2026-03-01 17:00:00', $CENTER, 'school', 3, 'enrollment_submitted', 'enrollment', '77', '10.9.0.2', 'acting for 3'),
 ('2026-03-02 02:00:00', $(acct 金水区), 'department', NULL, 'school_settings_changed', 'school', '5', '10.9.1.1', 'is_center=1'),
 ('2026-03-03 02:00:00', NULL, NULL, NULL, 'login_failed', 'account', NULL, '10.9.2.2', 'login=nobody'),
 ('2026-03-04 02:00:00', $(acct pingan_henan), 'insurer', NULL, 'export', 'enrollments', '2026-2027', '10.9.3.3', '=HYPERLINK(\"x\")')" || exit 1

test_expect_success 'the log lists rows newest first in China time with the acting school' '
	admin_login &&
	cgi GET "/school/admin/audit?ip=10.9." && expect_status 200 && test "$(total)" = 5 &&
	expect_body "href=\"/school/admin/audit\" aria-current=\"page\">审计日志</a>" &&
	expect_body "2026-03-01 09:00:00" && expect_body "2026-03-02 01:00:00" &&
	expect_body "中牟县官渡镇中心学校 #$CENTER<br><span class=\"muted\">代管：中牟县官渡镇第一小学 #3</span>" &&
	expect_body "<td>未登录</td>" && expect_body "<td>承保机构</td>" && expect_body "school_settings_changed" &&
	a=$(grep -n "login_failed" "$TRASH/body" | head -n 1 | cut -d: -f1) &&
	b=$(grep -n "is_center=1" "$TRASH/body" | head -n 1 | cut -d: -f1) && test "$a" -lt "$b"
'

test_expect_success 'viewing is audited with its filters' '
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"audit_viewed\" AND object_type = \"audit_log\" AND detail = \"ip=10.9. page=1\"")" = 1
'

test_expect_success 'filters: who by login name or id, kind, action, object, dates, ip' '
	cgi GET "/school/admin/audit?who=$(urlencode 金水区)&ip=10.9." && test "$(total)" = 1 && expect_body "is_center=1" &&
	cgi GET "/school/admin/audit?who=$CENTER&ip=10.9." && test "$(total)" = 1 && expect_body "enrollment_submitted" &&
	cgi GET "/school/admin/audit?kind=school&ip=10.9." && test "$(total)" = 2 && expect_body "<option value=\"school\" selected>" &&
	cgi GET "/school/admin/audit?kind=anonymous&ip=10.9." && test "$(total)" = 1 && expect_body "login=nobody" &&
	cgi GET "/school/admin/audit?action=login&ip=10.9." && test "$(total)" = 2 &&
	cgi GET "/school/admin/audit?action=login_failed&ip=10.9." && test "$(total)" = 1 &&
	cgi GET "/school/admin/audit?object_type=school&object_id=5&ip=10.9." && test "$(total)" = 1 &&
	cgi GET "/school/admin/audit?object_type=school&object_id=6&ip=10.9." && test "$(total)" = 0 && expect_body "没有符合条件的审计记录" &&
	cgi GET "/school/admin/audit?from=2026-03-02&to=2026-03-02&ip=10.9." && test "$(total)" = 2 && expect_body "value=\"2026-03-02\"" &&
	cgi GET "/school/admin/audit?to=2026-03-01&ip=10.9." && test "$(total)" = 1 &&
	cgi GET "/school/admin/audit?ip=10.9.0." && test "$(total)" = 2 && expect_body "value=\"10.9.0.\""
'

test_expect_success 'hostile and bad filter values: escaped, inline, match nothing, never a 500' '
	cgi GET "/school/admin/audit?who=$(urlencode "'"' OR 1=1 --"'")" && expect_status 200 &&
	expect_body "请填写账号的登录名或账号编号" && expect_body "value=\"&#39; OR 1=1 --\"" && test "$(total)" = 0 &&
	cgi GET "/school/admin/audit?action=$(urlencode "<script>alert(1)</script>")" && expect_status 200 &&
	expect_body "操作请填写英文代码" && expect_body "&lt;script&gt;alert(1)&lt;/script&gt;" && expect_no_body "<script>alert" && test "$(total)" = 0 &&
	cgi GET "/school/admin/audit?object_id=$(urlencode "'"' OR 1=1 --"'")" && expect_status 200 && test "$(total)" = 0 &&
	cgi GET "/school/admin/audit?object_type=$(urlencode "x\" OR \"1")" && expect_status 200 && expect_body "对象类型请填写英文代码" &&
	cgi GET "/school/admin/audit?ip=$(urlencode "10.%")" && expect_status 200 && expect_body "IP 地址只能包含" && test "$(total)" = 0 &&
	cgi GET "/school/admin/audit?from=2026-13-01" && expect_status 200 && expect_body "日期格式应为 YYYY-MM-DD" &&
	cgi GET "/school/admin/audit?from=2026-03-05&to=2026-03-01" && expect_body "开始日期不能晚于结束日期" &&
	cgi GET "/school/admin/audit?kind=$(urlencode "<script>")" && expect_status 400 &&
	cgi GET "/school/admin/audit?page=-1" && expect_status 400
'

test_expect_success 'paging by 20 keeps the filters' '
	for i in $(seq 10 34); do
		echo "INSERT INTO audit_log (at, action, ip, detail) VALUES (\"2026-04-01 00:00:$i\", \"paging_probe\", \"10.8.0.1\", \"probe$i\");"
	done >"$TRASH/many.sql" && sql "$(cat "$TRASH/many.sql")" &&
	cgi GET "/school/admin/audit?action=paging_probe" && test "$(total)" = 25 && expect_body "第 1 / 2 页" &&
	expect_body "probe34" && expect_no_body "probe14<" &&
	expect_body "href=\"/school/admin/audit?action=paging_probe&amp;page=2\"" &&
	cgi GET "/school/admin/audit?action=paging_probe&page=2" && expect_body "probe10" && expect_no_body "probe34"
'

test_expect_success 'export: the filtered rows as .xlsx, text cells only, audited' '
	cgi GET "/school/admin/audit?ip=10.9." && expect_body "href=\"/school/admin/audit/export?ip=10.9.\"" &&
	cgi GET "/school/admin/audit/export?ip=10.9." && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml" && cp "$TRASH/body" "$TRASH/audit.xlsx" &&
	$PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; rows = list(ws.values)
print(len(rows)); print(\"|\".join(rows[0])); print(rows[1][5], rows[5][5]); print(rows[4][4]); print(rows[1][8])" "$TRASH/audit.xlsx" >"$TRASH/x" &&
	cat >"$TRASH/expect" <<-EOT &&
	6
	编号|时间|账号|账号类型|代管学校|操作|对象|IP 地址|详情
	export login
	中牟县官渡镇第一小学 #3
	=HYPERLINK("x")
	EOT
	diff -u "$TRASH/expect" "$TRASH/x" &&
	! unzip -p "$TRASH/audit.xlsx" xl/worksheets/sheet1.xml | grep -q "<f>" &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"export\" AND object_type = \"audit_log\"")" = "rows=5 ip=10.9."
'

test_expect_success 'an export over the cap is refused with a clear message and no file' '
	sql "INSERT INTO audit_log (at, action, ip) SELECT \"2026-05-01 00:00:00\", \"bulk_probe\", \"10.7.0.1\"
		FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a,
		(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b,
		(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c,
		(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) e,
		(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2) f" &&
	cgi GET "/school/admin/audit/export?action=bulk_probe" && expect_status 409 &&
	expect_body "符合条件的记录有 30000 条，超过一次最多导出的 20000 条" && expect_body "value=\"bulk_probe\"" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"export_refused\" AND object_type = \"audit_log\"")" = 1 &&
	cgi GET "/school/admin/audit/export?action=$(urlencode "<b>")" && expect_status 400 && expect_body "筛选条件有误"
'

test_expect_success 'read-only: no route writes the log' '
	cgi GET /school/admin/audit && tok=$(csrf_token) &&
	n=$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"login\"") &&
	cgi POST /school/admin/audit "csrf=$tok&id=1" && expect_status 405 &&
	cgi POST /school/admin/audit/delete "csrf=$tok&id=1" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"login\"")" = "$n"
'

test_expect_success 'school, department and insurer accounts are refused' '
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/admin/audit && expect_status 403 &&
	cgi GET /school/admin/audit/export && expect_status 403 &&
	login_as department 金水区 County@2026 && cgi GET /school/admin/audit && expect_status 403 &&
	login_as insurer pingan_henan Insurer@2026 && cgi GET /school/admin/audit/export && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_id LIKE \"/school/admin/audit%\"")" = 4 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"export\" AND object_type = \"audit_log\"")" = 1
'

test_done
