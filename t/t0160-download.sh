#!/bin/bash
# t0160-download: a file download is scope-checked by the application and served by nginx via
# X-Accel-Redirect; another tenant's file id gives 404 and an access_denied audit row.
. "$(dirname "$0")/test-lib.sh"
setup_db

sha=$(printf 'certificate' | sha256sum | cut -d" " -f1)

# A certificate file of the demo school.
sql "INSERT INTO files (sha256, kind, school_id, original_name, size_bytes, content_type)
     SELECT '$sha', 'certificate', id, '办学许可证 2026.pdf', 11, 'application/pdf' FROM schools
     WHERE name = '$DEMO_SCHOOL'"
file_id=$(sql "SELECT MAX(id) FROM files")

test_expect_success 'setup: the file row exists' '
	test -n "$file_id"
'

test_expect_success 'the owning school gets it as an attachment through nginx' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET "/school/files/download?id=$file_id" && expect_status 200 &&
	expect_header X-Accel-Redirect "/_files/${sha:0:2}/$sha" &&
	expect_header Content-Disposition "attachment; filename\*=UTF-8.." &&
	expect_header Content-Type application/pdf &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"download\" AND object_id = \"$file_id\"")" = 1
'

test_expect_success 'another school gets 404 and an access_denied row' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	cgi GET "/school/files/download?id=$file_id" && expect_status 404 &&
	expect_no_body "$sha" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"file\" AND object_id = \"$file_id\"")" = 1
'

test_expect_success 'the department of its county and city gets it' '
	login_as department 金水区 County@2026 &&
	cgi GET "/school/files/download?id=$file_id" && expect_status 200 &&
	login_as department 郑州市 City@2026 &&
	cgi GET "/school/files/download?id=$file_id" && expect_status 200
'

test_expect_success 'a department of another region gets 404' '
	login_as department 开封市 City@2026 &&
	cgi GET "/school/files/download?id=$file_id" && expect_status 404 &&
	login_as department 中牟县 County@2026 &&
	cgi GET "/school/files/download?id=$file_id" && expect_status 404
'

test_expect_success 'an unknown id gives the same 404' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET "/school/files/download?id=999999" && expect_status 404
'

test_done
