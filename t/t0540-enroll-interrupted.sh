#!/bin/bash
# t0540-enroll-interrupted: an interrupted or repeated roster upload (POST /school/files/enroll)
# is all or nothing. Proves: a body cut off while CONTENT_LENGTH announces the whole upload
# (ending inside the roster file part, inside that part's headers, or after the file bytes
# without the closing delimiter) is refused and leaves no enrollment, no roster_rows, no files
# row and no file in storage (not even a temporary one); the school then submits the very same
# form (same batch_key) normally; that POST retried after its success stores nothing twice (one
# enrollment, the same roster_rows, one files row, one stored file, one audit row).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup || exit 1
N=4000
make_roster "$TRASH/roster.xlsx" $N || exit 1

# expect_nothing_stored: no trace of an upload in the database or the storage directory.
expect_nothing_stored() {
	test "$(sql "SELECT COUNT(*) FROM enrollments")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM files")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"enrollment_submitted\"")" = 0 &&
	{ find "$TRASH/storage" -type f >"$TRASH/stored.list"; ! test -s "$TRASH/stored.list"; }
}
# expect_stored_once: exactly one submission in the database and one file in storage.
expect_stored_once() {
	test "$(sql "SELECT CONCAT_WS(\",\", COUNT(*), MAX(stored_count)) FROM enrollments")" = "1,$N" &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows")" = $N &&
	test "$(sql "SELECT COUNT(*) FROM files")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"enrollment_submitted\"")" = 1 &&
	test "$(find "$TRASH/storage" -type f | wc -l)" = 1 &&
	test "$(find "$TRASH/storage" -type f)" = "$(sql "SELECT CONCAT(\"$TRASH/storage/\", LEFT(sha256, 2), \"/\", sha256) FROM files")"
}

test_expect_success 'setup: the form and the whole multipart body' '
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 &&
	roster_body "$TRASH/roster.xlsx" "csrf=$(cat "$TRASH/csrf")" product=1 "batch_key=$(cat "$TRASH/batch.1")" \
		declared_count=$N company_id=1 &&
	test "$(wc -c <"$TRASH/post.body")" -gt $((2 * 65536))
'

test_expect_success 'a body cut off inside the file part is refused; nothing is stored' '
	post_body $(($(wc -c <"$TRASH/post.body") / 2)) && expect_status 400 && expect_body "上传的内容格式有误" &&
	expect_nothing_stored
'

test_expect_success 'a body cut off inside the file part headers is refused; nothing is stored' '
	at=$(grep -abo "name=\"roster\"" "$TRASH/post.body" | cut -d: -f1) && test -n "$at" &&
	post_body "$at" && expect_status 400 && expect_nothing_stored
'

test_expect_success 'a body that lacks only the closing delimiter is refused; nothing is stored' '
	post_body $(($(wc -c <"$TRASH/post.body") - ${#ENROLL_BOUNDARY} - 8)) && expect_status 400 &&
	expect_nothing_stored
'

test_expect_success 'the same form then submits normally' '
	post_body && expect_status 303 && expect_header Location "/school/s/enroll" &&
	expect_stored_once
'

test_expect_success 'that POST retried after its success stores nothing twice' '
	post_body && expect_status 303 && expect_header Location "/school/s/enroll" &&
	expect_stored_once
'

test_done
