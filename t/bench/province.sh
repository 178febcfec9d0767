#!/bin/bash
# t/bench/province.sh - loads the synthetic province of t/bench/province_gen into a database
# (issue 9): generates the TSVs for a seed and scale, loads them with LOAD DATA LOCAL INFILE
# (foreign and unique checks off per load session: the generator guarantees consistency, and
# the checks below prove it), rebuilds enrollment_counters of the generated enrollments as the
# application's CoverageChange would hold them, checks counts and that no row is orphaned,
# then prints the rates and the logins of the HTTP bench:
#   BENCH_ACCOUNTS school=<login> county=<login> city=<login> insurer=<login> password=Bench@2026
# (also written to $HNEDU_VAR/bench-accounts). A database that already holds the same seed,
# scale and generator (table bench_province) is left as it is; one that holds another province
# is refused, or with --replace recreated first (conf/stack.sh createdb: migrations + demo).
#
#   t/bench/province.sh [--db NAME] [--seed N] [--rows N] [--schools N] [--keep DIR] [--replace]
#
# Database: NAME (default hnedu, the app database of the stack of $HNEDU_VAR) on the MariaDB of
# $HNEDU_VAR, which must be running; the PII key is that of `conf/stack.sh conf NAME`. --keep
# leaves the TSVs in DIR (else a temporary directory, removed). Needs `make t/bench/province_gen`.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export HNEDU_VAR=${HNEDU_VAR:-$ROOT/var/bench}
DB=hnedu SEED=1 ROWS=5000000 SCHOOLS=47000 KEEP= REPLACE=
while [ $# -gt 0 ]; do
	case $1 in
	--db) DB=$2 ;;
	--seed) SEED=$2 ;;
	--rows) ROWS=$2 ;;
	--schools) SCHOOLS=$2 ;;
	--keep) KEEP=$2 ;;
	--replace) REPLACE=1; shift; continue ;;
	*) echo "usage: province.sh [--db NAME] [--seed N] [--rows N] [--schools N] [--keep DIR] [--replace]" >&2; exit 2 ;;
	esac
	shift 2
done
BIN=$ROOT/t/bench/province_gen
[ -x "$BIN" ] || { echo "province.sh: $BIN is not built (make t/bench/province_gen)" >&2; exit 1; }

. t/bench/bench-lib.sh
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# The province loaded is named by its seed, scale and the generator's source (a changed
# generator makes other data).
key="seed=$SEED rows=$ROWS schools=$SCHOOLS gen=$(sha256sum t/bench/province_gen.cpp | cut -c1-12)"
marker() {
	rootsql "$DB" -e "CREATE TABLE IF NOT EXISTS bench_province (
		loaded VARCHAR(100) NOT NULL PRIMARY KEY COMMENT 'seed=N rows=N schools=N gen=HASH of t/bench/province.sh',
		accounts VARCHAR(500) NOT NULL COMMENT 'its BENCH_ACCOUNTS line',
		loaded_at DATETIME NOT NULL DEFAULT UTC_TIMESTAMP()) COMMENT 'bench data loaded (not part of the schema)'"
}
marker
done_line=$(rootsql "$DB" -e "SELECT accounts FROM bench_province WHERE loaded = '$key'")
if [ -n "$done_line" ]; then
	echo "province.sh: database $DB already holds the province of $key"
	echo "$done_line"
	echo "$done_line" >"$HNEDU_VAR/bench-accounts"
	exit 0
fi
other=$(rootsql "$DB" -e "SELECT loaded FROM bench_province LIMIT 1")
if [ -n "$other" ] && [ -z "$REPLACE" ]; then
	echo "province.sh: database $DB holds another province ($other); --replace recreates it" >&2
	exit 1
elif [ -n "$other" ]; then
	echo "province.sh: database $DB holds another province ($other): recreating it (migrations + demo data)"
	bash conf/stack.sh createdb "$DB"
	marker
fi

if [ -n "$KEEP" ]; then work=$KEEP; mkdir -p "$work"; else work=$(mktemp -d /tmp/hnedu-province.XXXXXX); fi
conf=$work/app.conf
cleanup() { [ -n "$KEEP" ] || rm -rf "$work"; }
trap cleanup EXIT
bash conf/stack.sh conf "$DB" >"$conf"

echo "province.sh: generating $key into $work"
t=$(now)
gen=$(HNEDU_CONF=$conf "$BIN" --out "$work" --seed "$SEED" --rows "$ROWS" --schools "$SCHOOLS")
gen_s=$(elapsed "$t")
echo "$gen"
field() { tr ' ' '\n' <<<"$gen" | sed -n "s/^$1=//p"; }

# load TABLE COLUMNS [SET]: LOAD DATA of $work/TABLE.tsv in its own session.
load() {
	rootsql --local-infile=1 "$DB" -e "SET FOREIGN_KEY_CHECKS = 0, UNIQUE_CHECKS = 0;
		LOAD DATA LOCAL INFILE '$work/$1.tsv' INTO TABLE $1
		CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
		($2) ${3:-}; SHOW WARNINGS LIMIT 5" | { ! grep . >&2; }
}
hash=$(cat "$work/password-hash")
t=$(now)
load schools "id, name, region_code, city_code, school_type, nature, contact_name, contact_mobile, @enc, @hmac,
	is_center, center_school_id, status, created_at, approved_at" \
	"SET contact_mobile_enc = UNHEX(@enc), contact_mobile_hmac = UNHEX(@hmac)"
load accounts "id, kind, login_name, mobile, @enc, @hmac, display_name, contact_name, school_id, region_code,
	company_id, insurer_level, parent_account_id, status, must_change_password, created_at" \
	"SET mobile_enc = UNHEX(@enc), mobile_hmac = UNHEX(@hmac), password_hash = '$hash', password_changed_at = UTC_TIMESTAMP()"
load enrollments "id, school_id, year_id, product_id, seq, region_code, city_code, company_id, declared_count,
	stored_count, status, submitted_by, created_at, submitted_at, insured_at"
t_rows=$(now)
echo "province.sh: loading $(field roster_rows) roster rows"
load roster_rows "enrollment_id, row_no, year_id, product_id, name, sex, id_type, @h, @e, id_masked, grade, class_name,
	position, major, internship_unit, note" "SET id_hmac = UNHEX(@h), id_enc = UNHEX(@e)"
rows_s=$(elapsed "$t_rows")
load policies "id, enrollment_id, enrollment_version, company_id, policy_no, insured_count, premium_fen, starts_on,
	ends_on, file_id, batch_key, uploaded_by, created_at"
load claims "id, company_id, school_id, year_id, product_id, policy_id, claim_no, accident_on, injured_name, cause,
	handling, settlement_note, status, paid_fen, closed_on, created_by, created_at"
# The counters of the generated enrollments, as CoverageChange adds them per submission:
# per (year, region, type, product) the schools with a submitted enrollment, the enrollments
# and the sum of their stored_count.
first_enrollment=$(sed -n '1s/\t.*//p' "$work/enrollments.tsv")
rootsql "$DB" -e "INSERT INTO enrollment_counters (year_id, region_code, school_type, product_id, city_code, schools,
		enrollments, persons)
	SELECT e.year_id, s.region_code, s.school_type, e.product_id, s.city_code, COUNT(DISTINCT e.school_id), COUNT(*),
		SUM(e.stored_count)
	FROM enrollments e JOIN schools s ON s.id = e.school_id
	WHERE e.id >= ${first_enrollment:-0} AND e.status <> 'draft'
	GROUP BY e.year_id, s.region_code, s.school_type, e.product_id, s.city_code
	ON DUPLICATE KEY UPDATE schools = schools + VALUES(schools), enrollments = enrollments + VALUES(enrollments),
		persons = persons + VALUES(persons)"
load_s=$(elapsed "$t")

# Consistency: every file loaded whole, nothing orphaned, counts add up, counters match.
check() {  # check WHAT SQL-GIVING-0
	local n
	n=$(rootsql "$DB" -e "$2")
	[ "$n" = 0 ] || { echo "province.sh: check failed: $1 ($n)" >&2; exit 1; }
}
for f in schools accounts enrollments roster_rows policies claims; do
	lines=$(wc -l <"$work/$f.tsv")
	first=$(sed -n '1s/\t.*//p' "$work/$f.tsv")
	case $f in
	roster_rows) where="enrollment_id >= ${first:-0}" ;;
	*) where="id >= ${first:-0}" ;;
	esac
	check "$f: $lines lines in the file" "SELECT COUNT(*) - $lines FROM $f WHERE $where"
done
bash t/bench/province-check.sh "$DB"

rows=$(field roster_rows)
load_rate=$(awk -v n="$rows" -v s="$rows_s" 'BEGIN { printf "%.0f", n / (s > 0 ? s : 1) }')
echo "province.sh: generated in ${gen_s}s ($(field rows_per_s) rows/s), loaded in ${load_s}s (roster rows ${rows_s}s, $load_rate rows/s)"
echo "RESULT metric=province_generate_rows_per_s ours=$(field rows_per_s) baseline=$load_rate unit=rows/s target=-"
line=$(cat "$work/bench-accounts")
rootsql "$DB" -e "INSERT INTO bench_province (loaded, accounts) VALUES ('$key', '$line')"
echo "$line" >"$HNEDU_VAR/bench-accounts"
echo "$line"
