#!/bin/bash
# t/drills/backup-restore.sh - fault drill: the documented backup and restore (README
# "Operations: backup and restore"), run into a fresh MariaDB instance.
#
# A source instance (its own MariaDB under t/out/drills/backup-restore/src, unix socket only,
# nothing listens on the network) gets a populated database: demo data, a school's roster
# upload (a stored file, encrypted ID numbers), logins, a failed login, a reviewed registration,
# an audit export - so audit_log holds a chain. conf/backup.sh backs it up once while a writer
# keeps signing in (the "live" backup) and once at rest; conf/restore.sh loads both into a
# second, freshly initialised MariaDB (t/out/drills/backup-restore/dst), the key file copied
# apart as the README says.
# Proves: every table restored from the backup at rest has the same CHECKSUM TABLE, row count
# and SHA-256 of its rows in key order as the source; `manage audit-verify` is OK on the
# restored copy with the backed-up head; the live backup is one consistent snapshot (its
# chain verifies, its coverage counters agree); the stored files are byte-identical; the
# restored instance serves a sign-in whose audit row extends the chain and its app user still
# cannot delete audit rows; a damaged backup or an existing target database is refused.
# Bounded (about 3 minutes, each step under a timeout); standalone: `bash t/drills/backup-restore.sh` (HNEDU_PORT only
# picks the port written in the configs, default 8081: nothing listens, sockets only).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/t/out/drills/backup-restore
SRC=$OUT/src
DST=$OUT/dst
export HNEDU_PORT=${HNEDU_PORT:-8081} HNEDU_WORKERS=1

stack_of() { HNEDU_VAR=$1 bash "$ROOT/conf/stack.sh" "${@:2}"; }
stop_all() {
	local v
	for v in "$SRC" "$DST"; do
		[ -d "$v" ] && stack_of "$v" stop >>"$OUT/stop.log" 2>&1
	done
	return 0
}
mkdir -p "$OUT" && stop_all && rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
trap stop_all EXIT
export HNEDU_VAR=$SRC
if ! timeout 120 bash "$ROOT/conf/stack.sh" start --db-only >"$OUT/src-start.log" 2>&1; then
	echo "Bail out! the source MariaDB did not start"; sed -e 's/^/# /' "$OUT/src-start.log"; exit 1
fi

. "$ROOT/t/test-lib.sh"
. "$ROOT/t/enroll-lib.sh"
setup_db
enroll_setup && make_rosters || exit 1
SRC_SOCKET=$HNEDU_SOCKET
SRC_CONF=$HNEDU_CONF
eval "$(stack_of "$DST" env | grep '^HNEDU_SOCKET=' | sed 's/^HNEDU_SOCKET=/DST_SOCKET=/')"

# db_sql SOCKET QUERY: QUERY on the drill's database at SOCKET as the superuser.
db_sql() { mariadb --no-defaults --socket="$1" -N -B "$TEST_DB" -e "$2"; }
# fingerprints SOCKET FILE: one line per table of the drill's database: name, CHECKSUM TABLE,
# row count and the SHA-256 of all its rows ordered by the primary key (else by every column).
fingerprints() {
	local socket=$1 out=$2 t order sum
	: >"$out"
	for t in $(db_sql "$socket" "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()
		AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"); do
		order=$(db_sql "$socket" "SELECT GROUP_CONCAT(CONCAT('\`', COLUMN_NAME, '\`') ORDER BY SEQ_IN_INDEX)
			FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '$t' AND INDEX_NAME = 'PRIMARY'")
		[ "$order" = NULL ] || [ -z "$order" ] && order=$(db_sql "$socket" "SELECT GROUP_CONCAT(ORDINAL_POSITION ORDER BY ORDINAL_POSITION)
			FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '$t'")
		sum=$(db_sql "$socket" "SELECT * FROM \`$t\` ORDER BY $order" | sha256sum | cut -c1-64) || return 1
		printf '%s\t%s\t%s\t%s\n' "$t" "$(db_sql "$socket" "CHECKSUM TABLE \`$t\`" | cut -f2)" \
			"$(db_sql "$socket" "SELECT COUNT(*) FROM \`$t\`")" "$sum" >>"$out"
	done
}
# dst_conf NAME FILE: a config of the restored database NAME with the restored storage and the
# key file copied apart.
dst_conf() {
	HNEDU_VAR=$DST bash "$ROOT/conf/stack.sh" conf "$1" |
		sed -e "s|^storage=.*|storage=$OUT/dst-storage|" -e "s|^secret_file=.*|secret_file=$OUT/keys/secret.key|" >"$2"
}
verify_with() { HNEDU_CONF=$1 "$ROOT/cgi-bin/manage" audit-verify; }

test_expect_success 'the source instance is populated: a roster upload, logins, a review, an export' '
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 &&
	submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows")" = 3 &&
	login_as department 金水区 County@2026 &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=nobody&password=Wrong%402026x" &&
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = \"admin\")" &&
	id=$(sql "SELECT a.id FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = \"兰考县仪封镇代庄小学\"") &&
	cgi GET "/school/admin/registration?id=$id" &&
	cgi POST /school/admin/registration/reject "csrf=$(csrf_token)&id=$id&reason=$(urlencode 证书不清晰)" && expect_status 303 &&
	cgi GET /school/admin/audit/export && expect_status 200 &&
	test "$(ls -R "$TRASH/storage" | grep -c "^[0-9a-f]\{64\}")" -ge 1 &&
	test "$(sql "SELECT last_seq FROM audit_chain_head")" -ge 8 &&
	verify_with "$SRC_CONF" >"$TRASH/verify-src.out" && cat "$TRASH/verify-src.out"
'

test_expect_success 'conf/backup.sh backs it up while a writer keeps signing in (live backup)' '
	before=$(sql "SELECT last_seq FROM audit_chain_head") || exit 1
	(
		for i in $(seq 1 12); do
			login_as school "$DEMO_SCHOOL" School@2026 >/dev/null 2>&1
		done
	) &
	writer=$!
	# the backup starts once the first sign-in of the writer is in (at most 60 s)
	for i in $(seq 1 600); do
		[ "$(sql "SELECT last_seq FROM audit_chain_head")" -gt "$before" ] && break
		sleep 0.1
	done
	timeout 120 bash "$ROOT/conf/backup.sh" --conf "$SRC_CONF" --out "$OUT/backup-live" &&
	wait $writer &&
	live=$(sed -n "s/^audit_head=\([0-9]*\):.*/\1/p" "$OUT/backup-live/MANIFEST") &&
	echo "chain before $before, in the live backup $live, after $(sql "SELECT last_seq FROM audit_chain_head")" &&
	test "$live" -gt "$before" && test "$(sql "SELECT last_seq FROM audit_chain_head")" -gt "$live"
'

test_expect_success 'a backup at rest: dump, files, manifest, sums - and no key' '
	timeout 120 bash "$ROOT/conf/backup.sh" --conf "$SRC_CONF" --out "$OUT/backup" &&
	fingerprints "$SRC_SOCKET" "$OUT/src.fp" &&
	ls "$OUT/backup" && cat "$OUT/backup/MANIFEST" &&
	test "$(ls "$OUT/backup" | tr "\n" " ")" = "MANIFEST SHA256SUMS database.sql.gz storage.tar.gz " &&
	key=$(tr -d "[:space:]" <"$(sed -n "s/^secret_file=//p" "$SRC_CONF")") && test ${#key} = 64 &&
	! zcat "$OUT/backup/database.sql.gz" | grep -qi "$key" &&
	! tar -xzOf "$OUT/backup/storage.tar.gz" | grep -qi "$key" &&
	test "$(sed -n "s/^audit_head=\([0-9]*\):.*/\1/p" "$OUT/backup/MANIFEST")" = "$(sql "SELECT last_seq FROM audit_chain_head")" &&
	mkdir -p "$OUT/keys" && cp "$(sed -n "s/^secret_file=//p" "$SRC_CONF")" "$OUT/keys/secret.key"
'

test_expect_success 'conf/restore.sh loads both into a fresh MariaDB instance' '
	HNEDU_VAR=$DST timeout 120 bash "$ROOT/conf/stack.sh" start --db-only >"$OUT/dst-start.log" 2>&1 &&
	test "$(mariadb --no-defaults --socket="$DST_SOCKET" -N -B -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE \"t\\_%\"")" = 0 &&
	timeout 120 bash "$ROOT/conf/restore.sh" --from "$OUT/backup" --socket "$DST_SOCKET" --database "$TEST_DB" \
		--storage "$OUT/dst-storage" &&
	dst_conf "$TEST_DB" "$OUT/dst.conf" &&
	timeout 120 bash "$ROOT/conf/restore.sh" --from "$OUT/backup-live" --socket "$DST_SOCKET" --database "${TEST_DB}_live" \
		--storage "$OUT/dst-storage-live" &&
	HNEDU_VAR=$DST bash "$ROOT/conf/stack.sh" conf "${TEST_DB}_live" |
		sed -e "s|^storage=.*|storage=$OUT/dst-storage-live|" -e "s|^secret_file=.*|secret_file=$OUT/keys/secret.key|" >"$OUT/dst-live.conf"
'

test_expect_success 'every table has the same checksums as the source at backup time' '
	fingerprints "$DST_SOCKET" "$OUT/dst.fp" &&
	test "$(wc -l <"$OUT/src.fp")" -ge 30 &&
	diff -u "$OUT/src.fp" "$OUT/dst.fp" &&
	grep -P "^roster_rows\t\d+\t3\t" "$OUT/dst.fp" && grep -P "^audit_log\t\d+\t\d+\t" "$OUT/dst.fp" &&
	cat "$OUT/dst.fp" | awk -F "\t" "{ rows += \$3 } END { print NR \" tables, \" rows \" rows identical\" }"
'

test_expect_success 'the restored audit chain verifies, with the head of the backup' '
	verify_with "$OUT/dst.conf" >"$TRASH/verify-dst.out" && cat "$TRASH/verify-dst.out" &&
	grep -q "^audit-verify: OK" "$TRASH/verify-dst.out" &&
	grep -q "head seq $(sed -n "s/^audit_head=\([0-9]*\):.*/\1/p" "$OUT/backup/MANIFEST") " "$TRASH/verify-dst.out" &&
	verify_with "$SRC_CONF" >/dev/null
'

test_expect_success 'the live backup is one consistent snapshot: its chain and coverage counters agree' '
	verify_with "$OUT/dst-live.conf" >"$TRASH/verify-live.out" && cat "$TRASH/verify-live.out" &&
	grep -q "head seq $(sed -n "s/^audit_head=\([0-9]*\):.*/\1/p" "$OUT/backup-live/MANIFEST") " "$TRASH/verify-live.out" &&
	HNEDU_CONF=$OUT/dst-live.conf "$ROOT/cgi-bin/manage" coverage-check
'

test_expect_success 'the stored files are identical' '
	diff -r "$TRASH/storage" "$OUT/dst-storage" &&
	test "$(cd "$TRASH/storage" && find . -type f | sort | xargs sha256sum | sha256sum)" = \
		"$(cd "$OUT/dst-storage" && find . -type f | sort | xargs sha256sum | sha256sum)"
'

test_expect_success 'the restored instance serves: a sign-in extends the chain, the app user cannot change audit_log' '
	HNEDU_CONF=$OUT/dst.conf login_as school "$DEMO_SCHOOL" School@2026 &&
	test "$(db_sql "$DST_SOCKET" "SELECT last_seq FROM audit_chain_head")" -gt "$(sed -n "s/^audit_head=\([0-9]*\):.*/\1/p" "$OUT/backup/MANIFEST")" &&
	verify_with "$OUT/dst.conf" >/dev/null &&
	pw=$(sed -n "s/^password=//p" "$OUT/dst.conf") &&
	! mariadb --no-defaults --socket="$DST_SOCKET" -u hnedu -p"$pw" "$TEST_DB" -e "DELETE FROM audit_log" 2>/dev/null &&
	mariadb --no-defaults --socket="$DST_SOCKET" -u hnedu -p"$pw" "$TEST_DB" -e "SELECT COUNT(*) FROM audit_log" >/dev/null
'

test_expect_success 'a damaged backup or a used target is refused' '
	cp -r "$OUT/backup" "$OUT/bad" && printf x >>"$OUT/bad/storage.tar.gz" &&
	! bash "$ROOT/conf/restore.sh" --from "$OUT/bad" --socket "$DST_SOCKET" --database t_other --storage "$OUT/other" 2>"$TRASH/err" &&
	grep -q "does not match" "$TRASH/err" &&
	! bash "$ROOT/conf/restore.sh" --from "$OUT/backup" --socket "$DST_SOCKET" --database "$TEST_DB" --storage "$OUT/other" 2>"$TRASH/err" &&
	grep -q "exists" "$TRASH/err" &&
	test "$(db_sql "$DST_SOCKET" "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = \"t_other\"")" = 0
'

# On success the two instances' data go (the stacks stop in the EXIT trap first).
trap 'stop_all; [ "$test_failed" = 0 ] && [ -z "${HNEDU_KEEP_TRASH:-}" ] && rm -rf "$OUT"' EXIT
test_done
