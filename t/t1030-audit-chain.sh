#!/bin/bash
# t1030-audit-chain: audit_log is append-only and chained by HMAC (modules/audit.h). Normal
# actions (logins, a failed login, a review, an export) leave chained rows that
# `manage audit-verify` finds intact, rows from before the chain counted apart; 10 concurrent
# writers keep the chain whole; a row changed, deleted or forged as the DB superuser, or a cut
# tail, is reported at its id (or as a head mismatch / missing anchor) with a non-zero exit,
# and repairing it makes the chain verify again; the application's own database user may
# SELECT and INSERT audit_log but not UPDATE or DELETE it; test databases get per-table grants
# that dropdb takes back.
. "$(dirname "$0")/test-lib.sh"
setup_db

verify() { "$ROOT/cgi-bin/manage" audit-verify "$@" >"$TRASH/verify.out" 2>&1; }
verify_ok() { verify "$@" && grep -q "^audit-verify: OK$" "$TRASH/verify.out" || { cat "$TRASH/verify.out"; return 1; }; }
# verify_broken TEXT...: verify exits 1 and its output contains each TEXT.
verify_broken() {
	local rc=0 t
	verify || rc=$?
	cat "$TRASH/verify.out"
	[ "$rc" = 1 ] || { echo "exit $rc, expected 1"; return 1; }
	for t in "$@"; do grep -qF -- "$t" "$TRASH/verify.out" || { echo "missing: $t"; return 1; }; done
}
id_of_seq() { sql "SELECT id FROM audit_log WHERE seq = $1"; }
conf_value() { sed -n "s/^$1=//p" "$HNEDU_CONF" | head -n 1; }
# app_sql QUERY: runs QUERY as the application's database user (credentials from the config).
app_sql() {
	mariadb --no-defaults --socket="$(conf_value socket)" -u "$(conf_value user)" -p"$(conf_value password)" \
		-N -B "$TEST_DB" -e "$1"
}
admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}

# A row from before migration 0014 (no seq, no HMAC), as an upgraded database has them.
sql "INSERT INTO audit_log (at, action, ip, detail) VALUES ('2026-01-01 00:00:00', 'login', '10.1.0.1', 'before the chain')" || exit 1

test_expect_success 'logins, a failed login, a review and an export leave chained rows that verify' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	login_as department 金水区 County@2026 &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=Wrong%402026x" &&
	admin_login &&
	id=$(sql "SELECT a.id FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = \"兰考县仪封镇代庄小学\" AND a.kind = \"registration\"") &&
	cgi GET "/school/admin/registration?id=$id" && expect_status 200 &&
	cgi POST /school/admin/registration/reject "csrf=$(csrf_token)&id=$id&reason=$(urlencode "资质证书不清晰")" && expect_status 303 &&
	cgi GET /school/admin/audit/export && expect_status 200 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action IN (\"login\", \"login_failed\", \"registration_rejected\", \"export\") AND seq IS NOT NULL")" -ge 5 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE seq IS NOT NULL AND (row_hmac IS NULL OR prev_hmac IS NULL)")" = 0 &&
	test "$(sql "SELECT last_seq FROM audit_chain_head")" = "$(sql "SELECT COUNT(*) FROM audit_log WHERE seq IS NOT NULL")" &&
	verify_ok &&
	n=$(sql "SELECT COUNT(*) FROM audit_log WHERE seq IS NOT NULL") &&
	grep -q "^audit-verify: $n chained rows checked, 1 rows before the chain" "$TRASH/verify.out"
'

# raw_cgi EXE METHOD URI COOKIE ADDR [BODY]: one request to cgi-bin/EXE without test-lib's
# shared files (safe in parallel); prints the response.
raw_cgi() {
	local -a envs=(PATH="$PATH" HNEDU_CONF="$HNEDU_CONF" REQUEST_METHOD="$2" REQUEST_URI="$3" QUERY_STRING=
		REMOTE_ADDR="$5" HTTP_HOST=127.0.0.1 HTTP_ORIGIN="$ORIGIN_DEFAULT" HTTP_USER_AGENT=t1030)
	[ -n "$4" ] && envs+=(HTTP_COOKIE="$4")
	if [ -n "${6-}" ]; then
		envs+=(CONTENT_TYPE=application/x-www-form-urlencoded CONTENT_LENGTH=${#6})
		printf '%s' "$6" | env -i "${envs[@]}" "$ROOT/cgi-bin/$1.fcgi"
	else
		env -i "${envs[@]}" "$ROOT/cgi-bin/$1.fcgi" </dev/null
	fi
}
# parallel_login ADDR: a fresh visitor signs in as the demo school; prints the POST's status line.
parallel_login() {
	local page cookie token body
	page=$(raw_cgi portal GET /school/ "" "$1") || return 1
	cookie=$(printf '%s' "$page" | sed -n 's/^Set-Cookie: \([^;]*\).*/\1/p' | tr -d '\r' | tail -n 1)
	token=$(printf '%s' "$page" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1)
	body="csrf=$token&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026"
	raw_cgi portal POST /school/login "$cookie" "$1" "$body" | head -n 1 | tr -d '\r'
}

test_expect_success '10 concurrent writers (sign-ins in transactions, refused pages) keep the chain whole' '
	login_as school "$DEMO_SCHOOL" School@2026 && school_cookie=$(cat "$TRASH/cookies") &&
	before=$(sql "SELECT last_seq FROM audit_chain_head") &&
	for w in $(seq 1 10); do
		(
			for i in 1 2 3 4 5; do
				if [ $((w % 2)) = 0 ]; then
					raw_cgi admin GET /school/admin/audit "$school_cookie" "127.0.1.$w" | head -n 1 | tr -d "\r"
				else
					parallel_login "127.0.1.$w"
				fi >>"$TRASH/status.$w"
			done
		) &
	done && wait &&
	cat "$TRASH"/status.* | sort | uniq -c &&
	test "$(cat "$TRASH"/status.* | grep -c "^Status: 303")" = 25 &&
	test "$(cat "$TRASH"/status.* | grep -c "^Status: 403")" = 25 &&
	after=$(sql "SELECT last_seq FROM audit_chain_head") &&
	test $((after - before)) = 50 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE ip LIKE \"127.0.1.%\" AND action = \"login\" AND seq IS NOT NULL")" = 25 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE ip LIKE \"127.0.1.%\" AND action = \"access_denied\" AND seq IS NOT NULL")" = 25 &&
	test "$(sql "SELECT COUNT(DISTINCT seq) FROM audit_log WHERE seq > $before")" = 50 &&
	verify_ok
'

test_expect_success 'the application user may SELECT and INSERT audit_log but not UPDATE or DELETE it' '
	test "$(app_sql "SELECT COUNT(*) > 0 FROM audit_log")" = 1 &&
	! app_sql "UPDATE audit_log SET detail = \"changed\" WHERE seq = 1" 2>"$TRASH/err" &&
	grep -q "command denied" "$TRASH/err" &&
	! app_sql "DELETE FROM audit_log WHERE seq = 1" 2>"$TRASH/err" && grep -q "command denied" "$TRASH/err" &&
	! app_sql "DELETE FROM audit_chain_head" 2>"$TRASH/err" && grep -q "command denied" "$TRASH/err" &&
	! app_sql "INSERT INTO audit_chain_head (id) VALUES (2)" 2>"$TRASH/err" && grep -q "command denied" "$TRASH/err" &&
	! app_sql "TRUNCATE audit_log" 2>"$TRASH/err" && grep -q "command denied" "$TRASH/err" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE detail = \"changed\"")" = 0 &&
	app_sql "INSERT INTO audit_log (action, detail) VALUES (\"probe\", \"raw insert by the app user\")" &&
	app_sql "UPDATE sessions SET mfa_passed = mfa_passed WHERE 1 = 0" &&
	app_sql "DELETE FROM auth_throttle WHERE throttle_key = \"none\"" &&
	verify_broken "BROKEN at id $(sql "SELECT id FROM audit_log WHERE action = \"probe\"")" "outside the chain" &&
	sql "DELETE FROM audit_log WHERE action = \"probe\"" && verify_ok
'

test_expect_success 'a row changed as the DB superuser is reported at its id; restored, it verifies' '
	k=3 && id=$(id_of_seq $k) &&
	sql "CREATE TABLE saved_detail AS SELECT id, detail FROM audit_log WHERE id = $id" &&
	sql "UPDATE audit_log SET detail = \"tampered\" WHERE id = $id" &&
	verify_broken "BROKEN at id $id:" "row changed or forged" &&
	grep -q "^audit-verify: 2 chained rows checked" "$TRASH/verify.out" &&
	sql "UPDATE audit_log a JOIN saved_detail s ON s.id = a.id SET a.detail = s.detail; DROP TABLE saved_detail" &&
	verify_ok &&
	sql "UPDATE audit_log SET at = at + INTERVAL 1 SECOND WHERE id = $id" && verify_broken "BROKEN at id $id:" &&
	sql "UPDATE audit_log SET at = at - INTERVAL 1 SECOND WHERE id = $id" && verify_ok
'

test_expect_success 'a deleted row is reported as missing at the next id' '
	k=5 && id=$(id_of_seq $k) && next=$(id_of_seq $((k + 1))) &&
	sql "CREATE TABLE saved_row AS SELECT * FROM audit_log WHERE id = $id" &&
	sql "DELETE FROM audit_log WHERE id = $id" &&
	verify_broken "BROKEN at id $next:" "missing row: seq $k absent" &&
	sql "INSERT INTO audit_log SELECT * FROM saved_row; DROP TABLE saved_row" && verify_ok
'

test_expect_success 'forged rows are reported: without HMAC, with a made-up HMAC, with a wrong link' '
	head=$(sql "SELECT last_seq FROM audit_chain_head") &&
	hh=$(sql "SELECT HEX(last_hmac) FROM audit_chain_head") &&
	sql "INSERT INTO audit_log (action, ip, detail) VALUES (\"login\", \"10.6.6.6\", \"forged\")" &&
	forged=$(sql "SELECT id FROM audit_log WHERE detail = \"forged\"") &&
	verify_broken "BROKEN at id $forged:" "outside the chain" &&
	sql "UPDATE audit_log SET seq = $((head + 1)), prev_hmac = UNHEX(\"$hh\"), row_hmac = UNHEX(SHA2(\"x\", 256)) WHERE id = $forged" &&
	sql "UPDATE audit_chain_head SET last_seq = $((head + 1)), last_hmac = UNHEX(SHA2(\"x\", 256))" &&
	verify_broken "BROKEN at id $forged:" "row changed or forged" &&
	sql "UPDATE audit_log SET prev_hmac = UNHEX(SHA2(\"y\", 256)) WHERE id = $forged" &&
	verify_broken "BROKEN at id $forged:" "broken link" &&
	sql "DELETE FROM audit_log WHERE id = $forged; UPDATE audit_chain_head SET last_seq = $head, last_hmac = UNHEX(\"$hh\")" &&
	verify_ok
'

test_expect_success 'a cut tail is a head mismatch; with the head rewound too, a recorded anchor catches it' '
	verify_ok && anchor=$(sed -n "s/^audit-verify: head seq \([0-9]*\) hmac \([0-9a-f]*\) .*/\1:\2/p" "$TRASH/verify.out") &&
	test -n "$anchor" && verify_ok --anchor "$anchor" &&
	head=${anchor%%:*} && last=$(id_of_seq "$head") &&
	prev=$(sql "SELECT HEX(row_hmac) FROM audit_log WHERE seq = $((head - 1))") &&
	sql "DELETE FROM audit_log WHERE id = $last" &&
	verify_broken "BROKEN: head mismatch" "newest rows deleted" &&
	sql "UPDATE audit_chain_head SET last_seq = $((head - 1)), last_hmac = UNHEX(\"$prev\")" &&
	verify_ok &&
	{ verify --anchor "$anchor"; test $? = 1; } && cat "$TRASH/verify.out" &&
	grep -q "BROKEN: anchor seq $head is not in the chain" "$TRASH/verify.out" &&
	! "$ROOT/cgi-bin/manage" audit-verify --anchor 12:zz 2>/dev/null
'

test_expect_success 'the application keeps writing chained rows after the repairs' '
	login_as school "$DEMO_SCHOOL" School@2026 && verify_ok
'

test_expect_success 'test databases get table grants, audit_log SELECT and INSERT only; dropdb takes them back' '
	g() { sql "SELECT Table_priv FROM mysql.tables_priv WHERE User = \"hnedu\" AND Db = \"$TEST_DB\" AND Table_name = \"$1\""; } &&
	test "$(g audit_log)" = "Select,Insert" && test "$(g audit_chain_head)" = "Select,Update" &&
	test "$(g sessions)" = "Select,Insert,Update,Delete" &&
	test "$(sql "SELECT COUNT(*) FROM mysql.db WHERE User = \"hnedu\" AND (Select_priv = \"Y\" OR Update_priv = \"Y\" OR Delete_priv = \"Y\")")" = 0 &&
	scratch=${TEST_DB:0:50}_scratch &&
	bash "$ROOT/conf/stack.sh" createdb "$scratch" >/dev/null 2>&1 &&
	test "$(sql "SELECT COUNT(*) FROM mysql.tables_priv WHERE User = \"hnedu\" AND Db = \"$scratch\"")" -gt 20 &&
	bash "$ROOT/conf/stack.sh" dropdb "$scratch" &&
	test "$(sql "SELECT COUNT(*) FROM mysql.tables_priv WHERE User = \"hnedu\" AND Db = \"$scratch\"")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM mysql.db WHERE User = \"hnedu\" AND Db LIKE \"%scratch\"")" = 0
'

test_done
