#!/bin/bash
# t0640-insurer-region-export: 下载区域花名册, a background job. Schools submit for real (平安 =
# company 2, 人保 = company 1). The form on 花名册数据 queues a job (CSRF, audited as export_start,
# total counted up front) and redirects to its page (<progress>, row counts, a status JSON the
# page script polls, a meta refresh without JavaScript); `manage jobs-worker --once` runs it; the
# result is one .xlsx (read back with openpyxl: header with 学校名称 and 所属地区, full ID numbers,
# formula-looking cells stored as text) holding only the account's company and region, never
# drafts; the download (X-Accel-Redirect) is audited. Scope: a region outside the account's
# is refused (400, access_denied); another account's job is 404 + access_denied on every route.
# The worker also fails stale running jobs and ends cleanly on SIGTERM.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup || exit 1

# enroll LOGIN PASSWORD COMPANY OFFSET PERSONS: the school submits product 1 with a roster of
# PERSONS people (IDs from OFFSET) for COMPANY.
enroll() {
	make_roster "$TRASH/r$4.xlsx" "$5" "$4" >/dev/null &&
	login_as school "$1" "$2" && open_form 1 &&
	post_roster "$TRASH/r$4.xlsx" "csrf=$(cat "$TRASH/csrf")" "product=1" "batch_key=$(cat "$TRASH/batch.1")" \
		"declared_count=$5" "company_id=$3" && expect_status 303
}
pingan() { login_as insurer pingan_henan Insurer@2026; }
worker() { HNEDU_CONF="$HNEDU_CONF" "$ROOT/cgi-bin/manage" jobs-worker "$@"; }
# start_export FIELDS: posts the 下载区域花名册 form of the 花名册数据 page with FIELDS (after csrf).
start_export() {
	cgi GET /school/insurer/enrollments && expect_status 200 &&
	cgi POST /school/insurer/rosters/export "csrf=$(csrf_token)&$1"
}
# job_id: the id of the job the last response redirected to.
job_id() { sed -n 's|^Location: /school/insurer/jobs/view?id=\([0-9]*\)$|\1|p' "$TRASH/headers" | tr -d '\r'; }
job() { sql "SELECT $2 FROM jobs WHERE id = $1"; }
# result JOB: copies the stored result of JOB to $TRASH/job.JOB.xlsx.
result() {
	sha=$(sql "SELECT f.sha256 FROM jobs j JOIN files f ON f.id = j.result_file_id WHERE j.id = $1") &&
	test -n "$sha" && cp "$TRASH/storage/${sha:0:2}/$sha" "$TRASH/job.$1.xlsx"
}
# rows FILE: every row of the first sheet, tab-separated (None for an empty cell).
rows() { $PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for r in ws.values: print('\t'.join(str(v) for v in r))" "$1"; }
denied() { sql "SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied' AND object_type = '$1' AND object_id = '$2'"; }

test_expect_success 'schools submit for 平安 and 人保; a draft exists too' '
	enroll "$DEMO_SCHOOL" School@2026 2 0 3 &&
	enroll 郑州市金水区纬五路第一小学 School@2026 1 100 2 &&
	enroll 中牟县第一高级中学 School@2026 2 200 4 &&
	enroll 开封高级中学 School@2026 2 300 5 &&
	sql "INSERT INTO enrollments (school_id, region_code, city_code, year_id, product_id, company_id, status)
		SELECT id, region_code, city_code, 2, 1, 2, \"draft\" FROM schools WHERE name = \"郑州市金水区黄河路第一小学\"" &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE company_id = 2 AND status = \"submitted\" AND year_id = 2")" = 3
'

test_expect_success 'a name that looks like a formula is kept as text (set in the data)' '
	sql "UPDATE roster_rows r JOIN enrollments e ON e.id = r.enrollment_id JOIN schools s ON s.id = e.school_id
		SET r.name = \"=1+2\" WHERE s.name = \"中牟县第一高级中学\" AND r.row_no = 2" &&
	sql "UPDATE schools SET name = \"=HYPERLINK(1)中学\" WHERE name = \"中牟县第一高级中学\""
'

test_expect_success '花名册数据 shows the 下载区域花名册 form (年度, 险种, 市, 县区, csrf)' '
	pingan && cgi GET /school/insurer/enrollments && expect_status 200 &&
	expect_body "下载区域花名册" && expect_body "action=\"/school/insurer/rosters/export\"" &&
	expect_body "name=\"year\" required" && expect_body "id=\"export-product\"" &&
	expect_body "id=\"export-city\"" && expect_body "id=\"export-county\"" &&
	test "$(grep -c "name=\"csrf\"" "$TRASH/body")" -ge 1
'

test_expect_success 'starting an export of 郑州市 queues a job with its total; audited; redirect to its page' '
	start_export "year=2&product=1&city=410100&county=" && expect_status 303 &&
	id=$(job_id) && test -n "$id" && echo "$id" >"$TRASH/job1" &&
	test "$(job "$id" "CONCAT(kind, \" \", status, \" \", total, \" \", account_id)")" = \
		"export_rosters queued 7 $(sql "SELECT id FROM accounts WHERE login_name = \"pingan_henan\"")" &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"export_start\" AND object_type = \"job\" AND object_id = \"$id\"")" = \
		"export_rosters year=2 product=1 region=410100 rows=7"
'

test_expect_success 'the job page while queued: progress bar, counts, status JSON, refresh fallback' '
	id=$(cat "$TRASH/job1") &&
	cgi GET "/school/insurer/jobs/view?id=$id" && expect_status 200 &&
	expect_body "<progress max=\"100\" value=\"0\"" && expect_body "排队中" &&
	expect_body "<span data-job-progress>0</span> / <span data-job-total>7</span> 行" &&
	expect_body "<noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>" &&
	expect_body "/js/job-progress.js" && expect_body "data-job-status-url=\"/school/insurer/jobs/status?id=$id\"" &&
	expect_body "data-job-download hidden" &&
	cgi GET "/school/insurer/jobs/status?id=$id" && expect_status 200 && expect_header Content-Type "application/json" &&
	expect_body "\"status\":\"queued\"" && expect_body "\"progress\":0,\"total\":7,\"percent\":0,\"download\":\"\"" &&
	test -f "$ROOT/htdocs/js/job-progress.js" &&
	cgi GET "/school/insurer/jobs/download?id=$id" && expect_status 404
'

test_expect_success 'the worker runs the job: done, progress reaches the total, the result stored' '
	id=$(cat "$TRASH/job1") && worker --once &&
	test "$(job "$id" "CONCAT(status, \" \", progress, \" \", total)")" = "done 7 7" &&
	test "$(sql "SELECT CONCAT(f.kind, \" \", f.original_name, \" \", f.uploaded_by = j.account_id) FROM jobs j
		JOIN files f ON f.id = j.result_file_id WHERE j.id = $id")" = "export 郑州市2026-2027校方责任险（无过失责任保险）花名册.xlsx 1" &&
	cgi GET "/school/insurer/jobs/status?id=$id" && expect_body "\"status\":\"done\"" &&
	expect_body "\"progress\":7,\"total\":7,\"percent\":100,\"download\":\"/school/insurer/jobs/download?id=$id\"" && expect_body "\"finished\":\"20" &&
	cgi GET "/school/insurer/jobs/view?id=$id" && expect_status 200 && expect_body "已完成" &&
	expect_body "<progress max=\"100\" value=\"100\"" && expect_body "href=\"/school/insurer/jobs/download?id=$id\"" &&
	expect_no_body "http-equiv=\"refresh\""
'

test_expect_success 'the file: school columns, roster columns, full ID numbers, only 平安 郑州 rows, text cells only' '
	id=$(cat "$TRASH/job1") && result "$id" && rows "$TRASH/job.$id.xlsx" >"$TRASH/rows" &&
	test "$(sed -n 1p "$TRASH/rows")" = "$(printf "学校名称\t所属地区\t序号\t姓名\t性别\t证件类型\t证件号码\t年级\t班级\t备注")" &&
	test "$(wc -l <"$TRASH/rows")" = 8 &&
	test "$(grep -c "^$DEMO_SCHOOL	郑州市 金水区	" "$TRASH/rows")" = 3 &&
	test "$(grep -c "^=HYPERLINK(1)中学	郑州市 中牟县	" "$TRASH/rows")" = 4 &&
	! grep -q "纬五路\|黄河路\|开封" "$TRASH/rows" &&
	for n in 1 2 3; do grep -qF "	$(sed -n ${n}p "$TRASH/r0.xlsx.ids")	" "$TRASH/rows" || exit 1; done &&
	grep -qF "	$(sed -n 4p "$TRASH/r200.xlsx.ids")	" "$TRASH/rows" &&
	grep -q "^=HYPERLINK(1)中学	郑州市 中牟县	2	=1+2	" "$TRASH/rows" &&
	! unzip -p "$TRASH/job.$id.xlsx" xl/worksheets/sheet1.xml | grep -q "<f>"
'

test_expect_success 'the download: the stored file through nginx, audited' '
	id=$(cat "$TRASH/job1") && cgi GET "/school/insurer/jobs/download?id=$id" && expect_status 200 &&
	sha=$(sql "SELECT f.sha256 FROM jobs j JOIN files f ON f.id = j.result_file_id WHERE j.id = $id") &&
	expect_header X-Accel-Redirect "/_files/${sha:0:2}/$sha" &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	expect_header Content-Disposition "attachment; filename\*=UTF-8.." &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"download\" AND object_type = \"job\" AND object_id = \"$id\"")" = \
		"郑州市2026-2027校方责任险（无过失责任保险）花名册.xlsx"
'

test_expect_success '导出任务 lists the account own jobs with their links' '
	id=$(cat "$TRASH/job1") && cgi GET /school/insurer/jobs && expect_status 200 &&
	expect_body "最近的导出任务" && expect_body "2026-2027 校方责任险（无过失责任保险） 郑州市 花名册" &&
	expect_body "href=\"/school/insurer/jobs/view?id=$id\"" && expect_body "href=\"/school/insurer/jobs/download?id=$id\"" &&
	expect_body "7 / 7 行" && expect_body "下载区域花名册"
'

test_expect_success 'nothing to export: the form again with the message and the choices kept, no job' '
	before=$(sql "SELECT COUNT(*) FROM jobs") &&
	start_export "year=2&product=2&city=410200&county=" && expect_status 200 &&
	expect_body "所选年度、险种和区域没有可下载的花名册。" &&
	expect_body "<option value=\"2\" selected>" && expect_body "<option value=\"410200\" selected>" &&
	test "$(sql "SELECT COUNT(*) FROM jobs")" = "$before"
'

test_expect_success 'a city account: its city only; another city or a county elsewhere is refused' '
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level, parent_account_id)
		SELECT \"insurer\", \"pa_zhengzhou\", \"13911110004\", password_hash, \"平安郑州\", \"410100\", 2, \"city\", id
		FROM accounts WHERE login_name = \"pingan_henan\"" && pii_seal &&
	login_as insurer pa_zhengzhou Insurer@2026 &&
	start_export "year=2&product=1&county=410202" && expect_status 400 && expect_body "所选区域不在您的负责范围内" &&
	test "$(denied region 410202)" = 1 &&
	start_export "year=2&product=1&city=410200" && expect_status 400 &&
	start_export "year=2&product=1&city=410100&county=410202" && expect_status 400 &&
	start_export "year=2&product=1&county=41x" && expect_status 400 &&
	start_export "year=2&product=9" && expect_status 400 &&
	start_export "year=2&product=1&county=410122" && expect_status 303 && job_id >"$TRASH/job2" &&
	test "$(job "$(cat "$TRASH/job2")" total)" = 4
'

test_expect_success 'at most 3 queued or running jobs per account: the 4th is refused with a message' '
	start_export "year=2&product=1&county=410105" && expect_status 303 && extra1=$(job_id) &&
	start_export "year=2&product=1" && expect_status 303 && extra2=$(job_id) &&
	before=$(sql "SELECT COUNT(*) FROM jobs") &&
	start_export "year=2&product=1&county=410122" && expect_status 200 &&
	expect_body "您已有 3 个导出任务正在排队或进行" && expect_body "<option value=\"410122\" selected>" &&
	test "$(sql "SELECT COUNT(*) FROM jobs")" = "$before" &&
	sql "UPDATE jobs SET status = \"cancelled\" WHERE id IN ($extra1, $extra2)"
'

test_expect_success 'a county account exports its county only; another county is refused' '
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level, parent_account_id)
		SELECT \"insurer\", \"pa_jinshui\", \"13911110003\", password_hash, \"平安金水\", \"410105\", 2, \"county\", id
		FROM accounts WHERE login_name = \"pingan_henan\"" && pii_seal &&
	login_as insurer pa_jinshui Insurer@2026 &&
	cgi GET /school/insurer/enrollments && expect_body "下载区域花名册" && expect_no_body "id=\"export-county\"" &&
	start_export "year=2&product=1&county=410122" && expect_status 400 && test "$(denied region 410122)" = 1 &&
	start_export "year=2&product=1" && expect_status 303 && id=$(job_id) && echo "$id" >"$TRASH/job3" &&
	worker --once && test "$(job "$id" status)" = done && test "$(job "$(cat "$TRASH/job2")" status)" = done &&
	result "$id" && rows "$TRASH/job.$id.xlsx" >"$TRASH/rows3" && test "$(wc -l <"$TRASH/rows3")" = 4 &&
	! grep -q "中牟" "$TRASH/rows3" && ! grep -q "HYPERLINK" "$TRASH/rows3"
'

test_expect_success 'another account job is 404 on every route and audited' '
	other=$(cat "$TRASH/job1") &&
	for path in view status download; do
		cgi GET "/school/insurer/jobs/$path?id=$other" && expect_status 404 || exit 1
	done &&
	test "$(denied job "$other")" = 3 &&
	cgi GET "/school/insurer/jobs/view?id=999999" && expect_status 404 && test "$(denied job 999999)" = 1 &&
	cgi GET /school/insurer/jobs && expect_no_body "view?id=$other\"" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"download\" AND object_type = \"job\" AND object_id = \"$other\"")" = 1
'

test_expect_success 'no CSRF token: refused, no job' '
	before=$(sql "SELECT COUNT(*) FROM jobs") &&
	cgi POST /school/insurer/rosters/export "year=2&product=1" && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM jobs")" = "$before"
'

test_expect_success 'the worker fails a stale running job (its worker died) with a message' '
	sql "INSERT INTO jobs (kind, account_id, params, status, worker, started_at, heartbeat_at)
		SELECT \"export_rosters\", id, \"{}\", \"running\", \"gone:1\", UTC_TIMESTAMP() - INTERVAL 1 HOUR,
		UTC_TIMESTAMP() - INTERVAL 10 MINUTE FROM accounts WHERE login_name = \"pa_jinshui\"" &&
	id=$(sql "SELECT MAX(id) FROM jobs") && worker --once &&
	test "$(job "$id" status)" = failed &&
	cgi GET "/school/insurer/jobs/view?id=$id" && expect_status 200 && expect_body "失败" && expect_body "请重新提交"
'

test_expect_success 'the worker in its loop runs a new job, then ends cleanly on SIGTERM' '
	start_export "year=2&product=1" && expect_status 303 && id=$(job_id) || exit 1
	"$ROOT/cgi-bin/manage" jobs-worker >"$TRASH/worker.log" 2>&1 &
	pid=$!
	for i in $(seq 1 100); do test "$(job "$id" status)" = done && break; sleep 0.1; done
	test "$(job "$id" status)" = done &&
	kill -TERM "$pid" && wait "$pid" && grep -q "stopped" "$TRASH/worker.log"
'

test_expect_success 'other roles cannot reach the export routes' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/insurer/jobs && expect_status 403 &&
	cgi GET "/school/insurer/jobs/view?id=$(cat "$TRASH/job1")" && expect_status 403
'

test_done
