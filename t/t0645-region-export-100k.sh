#!/bin/bash
# t0645-region-export-100k: 下载区域花名册 of a region with 100,000 roster rows runs through the
# jobs worker in bounded memory. The demo school submits a real roster (so an ID ciphertext
# exists), then 19 more enrollments of 平安 are inserted and every one filled to 5,000 rows in
# bulk (INSERT … SELECT from MariaDB's seq_1_to_N tables, copying that ciphertext); the province
# branch starts the export; a worker stopped by SIGTERM half-way gives the job back to the
# queue; then `manage jobs-worker --once` runs it under /usr/bin/time -v and its
# peak resident set stays below 64 MiB (a worker that held the rows would need several times
# that); while it runs the job's progress is seen between 0 and the total (recorded every 5,000
# rows) and ends at the total; the file has the header and exactly 100,000 data rows. The owner
# cancels a queued job (never run) and a running one (it stops at its next step and stores
# nothing); 7 days after it was done the worker removes the file and the job shows 已过期.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup || exit 1

ROWS_PER_ENROLLMENT=5000
ENROLLMENTS=20
MAX_RSS_KB=$((64 * 1024))
# Under AddressSanitizer (make check-asan) shadow memory and the quarantine of freed blocks
# (256 MiB by default) come on top of what the program holds: the bound is for a normal build.
[ -n "${ASAN_OPTIONS:-}" ] && MAX_RSS_KB=$((MAX_RSS_KB + 512 * 1024))

test_expect_success 'the demo school submits a real roster for 平安' '
	make_roster "$TRASH/r.xlsx" 3 0 >/dev/null &&
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 &&
	post_roster "$TRASH/r.xlsx" "csrf=$(cat "$TRASH/csrf")" "product=1" "batch_key=$(cat "$TRASH/batch.1")" \
		"declared_count=3" "company_id=2" && expect_status 303
'

test_expect_success '100,000 roster rows in 20 enrollments, inserted in bulk' '
	sql "INSERT INTO enrollments (school_id, region_code, city_code, year_id, product_id, company_id, status,
			declared_count, stored_count, submitted_at)
		SELECT id, region_code, city_code, 2, 1, 2, \"submitted\", $ROWS_PER_ENROLLMENT, $ROWS_PER_ENROLLMENT, UTC_TIMESTAMP()
		FROM schools WHERE id NOT IN (SELECT school_id FROM enrollments WHERE year_id = 2 AND product_id = 1)
		ORDER BY id LIMIT $((ENROLLMENTS - 1))" &&
	sql "INSERT INTO roster_rows (enrollment_id, row_no, year_id, product_id, name, sex, id_type, id_hmac, id_enc,
			id_masked, grade, class_name)
		SELECT e.id, s.seq, 2, 1, CONCAT(\"学生\", s.seq), \"男\", \"居民身份证\", t.id_hmac, t.id_enc, t.id_masked,
			\"三年级\", CONCAT(s.seq % 9 + 1, \"班\")
		FROM enrollments e CROSS JOIN seq_1_to_$ROWS_PER_ENROLLMENT s
		JOIN (SELECT id_hmac, id_enc, id_masked FROM roster_rows WHERE row_no = 1 LIMIT 1) t
		LEFT JOIN roster_rows x ON x.enrollment_id = e.id AND x.row_no = s.seq
		WHERE e.year_id = 2 AND e.product_id = 1 AND e.company_id = 2 AND x.row_no IS NULL" &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows r JOIN enrollments e ON e.id = r.enrollment_id
		WHERE e.company_id = 2 AND e.year_id = 2 AND e.product_id = 1")" = 100000 &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE company_id = 2 AND year_id = 2")" = $ENROLLMENTS
'

test_expect_success 'the province branch starts the export of the whole province: one job of 100,000 rows' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/enrollments && expect_status 200 &&
	cgi POST /school/insurer/rosters/export "csrf=$(csrf_token)&year=2&product=1&city=&county=" && expect_status 303 &&
	sql "SELECT id FROM jobs ORDER BY id DESC LIMIT 1" >"$TRASH/job" &&
	test "$(sql "SELECT CONCAT(status, \" \", total) FROM jobs WHERE id = $(cat "$TRASH/job")")" = "queued 100000"
'

test_expect_success 'SIGTERM in the middle of the job: the worker ends cleanly and the job is queued again' '
	id=$(cat "$TRASH/job") || exit 1
	"$ROOT/cgi-bin/manage" jobs-worker >"$TRASH/term.log" 2>&1 &
	pid=$!
	for i in $(seq 1 200); do test "$(sql "SELECT progress FROM jobs WHERE id = $id")" -gt 0 && break; sleep 0.05; done
	kill -TERM "$pid" && wait "$pid" &&
	grep -q "given back to the queue" "$TRASH/term.log" && grep -q "stopped" "$TRASH/term.log" &&
	test "$(sql "SELECT CONCAT(status, \" \", progress, \" \", worker IS NULL) FROM jobs WHERE id = $id")" = "queued 0 1" &&
	test "$(sql "SELECT COUNT(*) FROM files WHERE kind = \"export\"")" = 0 && test -z "$(ls -A "$TRASH/storage/tmp")"
'

test_expect_success 'the worker exports it with a peak RSS below 64 MiB, recording progress on the way' '
	id=$(cat "$TRASH/job") || exit 1
	/usr/bin/time -v "$ROOT/cgi-bin/manage" jobs-worker --once 2>"$TRASH/time.log" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do sql "SELECT progress FROM jobs WHERE id = $id" >>"$TRASH/progress"; sleep 0.2; done
	wait "$pid" &&
	echo "progress seen: $(sort -un "$TRASH/progress" | tr "\n" " ")" &&
	test "$(sort -un "$TRASH/progress" | awk "\$1 > 0 && \$1 < 100000 && \$1 % 5000 == 0" | wc -l)" -ge 1 &&
	rss=$(sed -n "s/.*Maximum resident set size (kbytes): *//p" "$TRASH/time.log") &&
	echo "peak RSS ${rss} kB (bound $MAX_RSS_KB kB)" &&
	test -n "$rss" && test "$rss" -lt "$MAX_RSS_KB" &&
	test "$(sql "SELECT CONCAT(status, \" \", progress, \" \", total) FROM jobs WHERE id = $(cat "$TRASH/job")")" = \
		"done 100000 100000"
'

test_expect_success 'the file has the header and exactly 100,000 data rows with full ID numbers' '
	sha=$(sql "SELECT f.sha256 FROM jobs j JOIN files f ON f.id = j.result_file_id WHERE j.id = $(cat "$TRASH/job")") &&
	f="$TRASH/export.xlsx" && cp "$TRASH/storage/${sha:0:2}/$sha" "$f" &&
	unzip -p "$f" xl/worksheets/sheet1.xml >"$TRASH/sheet.xml" &&
	test "$(grep -o "<row " "$TRASH/sheet.xml" | wc -l)" = 100001 &&
	grep -q "<row r=\"100001\"" "$TRASH/sheet.xml" && ! grep -q "<f>" "$TRASH/sheet.xml" &&
	$PY - "$f" "$(sed -n 1p "$TRASH/r.xlsx.ids")" <<-\PYEOF
	import sys, openpyxl
	ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]
	rows = ws.iter_rows(values_only=True)
	header = next(rows)
	assert header[:7] == ("学校名称", "所属地区", "序号", "姓名", "性别", "证件类型", "证件号码"), header
	first = next(rows)
	assert first[6] == sys.argv[2], first
	PYEOF
'

test_expect_success 'the download is served and audited' '
	cgi GET "/school/insurer/jobs/download?id=$(cat "$TRASH/job")" && expect_status 200 &&
	expect_header X-Accel-Redirect "/_files/" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"download\" AND object_type = \"job\" AND object_id = \"$(cat "$TRASH/job")\"")" = 1
'

test_expect_success 'a queued job cancelled by its owner is never run; an ended job cannot be cancelled' '
	cgi GET /school/insurer/jobs && expect_status 200 && csrf_token >"$TRASH/token" &&
	cgi POST /school/insurer/rosters/export "csrf=$(cat "$TRASH/token")&year=2&product=1&city=&county=" && expect_status 303 &&
	q=$(sql "SELECT MAX(id) FROM jobs") &&
	cgi GET "/school/insurer/jobs/view?id=$q" && expect_status 200 && expect_body "取消任务" &&
	cgi POST /school/insurer/jobs/cancel "csrf=$(cat "$TRASH/token")&id=$q" && expect_status 303 &&
	test "$(sql "SELECT status FROM jobs WHERE id = $q")" = cancelled &&
	"$ROOT/cgi-bin/manage" jobs-worker --once >/dev/null 2>&1 &&
	test "$(sql "SELECT CONCAT(status, \" \", progress) FROM jobs WHERE id = $q")" = "cancelled 0" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"export_cancel\" AND object_id = \"$q\"")" = 1 &&
	cgi GET "/school/insurer/jobs/view?id=$q" && expect_status 200 && expect_body "任务已取消" && expect_no_body "取消任务</button>" &&
	cgi POST /school/insurer/jobs/cancel "csrf=$(cat "$TRASH/token")&id=$q" && expect_status 409 &&
	cgi POST /school/insurer/jobs/cancel "csrf=$(cat "$TRASH/token")&id=$(cat "$TRASH/job")" && expect_status 409 &&
	test "$(sql "SELECT status FROM jobs WHERE id = $(cat "$TRASH/job")")" = done
'

test_expect_success 'a running job cancelled by its owner stops at its next step and stores nothing' '
	cgi POST /school/insurer/rosters/export "csrf=$(cat "$TRASH/token")&year=2&product=1&city=&county=" && expect_status 303 &&
	r=$(sql "SELECT MAX(id) FROM jobs") && files=$(sql "SELECT COUNT(*) FROM files WHERE kind = \"export\"") || exit 1
	"$ROOT/cgi-bin/manage" jobs-worker --once >"$TRASH/cancel.log" 2>&1 &
	pid=$!
	for i in $(seq 1 200); do test "$(sql "SELECT progress FROM jobs WHERE id = $r")" -gt 0 && break; sleep 0.05; done
	cgi POST /school/insurer/jobs/cancel "csrf=$(cat "$TRASH/token")&id=$r" && expect_status 303 &&
	wait "$pid" && grep -q "cancelled by its owner" "$TRASH/cancel.log" &&
	test "$(sql "SELECT status FROM jobs WHERE id = $r")" = cancelled &&
	test "$(sql "SELECT COUNT(*) FROM files WHERE kind = \"export\"")" = "$files" && test -z "$(ls -A "$TRASH/storage/tmp")"
'

test_expect_success 'seven days after it was done the file is removed; the job shows 已过期 and the download 404' '
	id=$(cat "$TRASH/job") && sha=$(sql "SELECT f.sha256 FROM jobs j JOIN files f ON f.id = j.result_file_id WHERE j.id = $id") &&
	test -f "$TRASH/storage/${sha:0:2}/$sha" &&
	sql "UPDATE jobs SET finished_at = UTC_TIMESTAMP() - INTERVAL 6 DAY WHERE id = $id" &&
	"$ROOT/cgi-bin/manage" jobs-worker --once >/dev/null 2>&1 && test -f "$TRASH/storage/${sha:0:2}/$sha" &&
	sql "UPDATE jobs SET finished_at = UTC_TIMESTAMP() - INTERVAL 8 DAY WHERE id = $id" &&
	"$ROOT/cgi-bin/manage" jobs-worker --once >/dev/null 2>&1 &&
	test "$(sql "SELECT CONCAT(status, \" \", result_file_id IS NULL) FROM jobs WHERE id = $id")" = "done 1" &&
	test "$(sql "SELECT COUNT(*) FROM files WHERE sha256 = \"$sha\"")" = 0 && test ! -e "$TRASH/storage/${sha:0:2}/$sha" &&
	cgi GET "/school/insurer/jobs/view?id=$id" && expect_status 200 && expect_body "已过期" &&
	expect_no_body "jobs/download?id=$id" &&
	cgi GET "/school/insurer/jobs/download?id=$id" && expect_status 404 && expect_body "已超过保存期限"
'

test_done
