#!/bin/bash
# t/bench/import.sh - roster import throughput beside its baseline (PERFORMANCE.md "Targets":
# whole pipeline ≥ 0.6× LOAD DATA rows/s). For each size (BENCH_ROWS, default "100 3000
# 15000") it writes a valid student roster .xlsx with t/bench/roster_gen.py (python3-openpyxl
# write_only, shared strings: what schools' tools write), runs t/bench/import_bench (sandboxed parse → checks →
# cross-school duplicate check → store in one transaction, into a fresh enrollment of demo
# school 1), then loads the very same rows as TSV with LOAD DATA LOCAL INFILE into
# roster_bench, a scratch CREATE TABLE ... LIKE roster_rows (no foreign key: LIKE does not copy
# it), and prints rows/s of both and their ratio. Runs against the check MariaDB (started
# with --db-only when down) in a throw-away database t_bench. Needs `make t/bench/import_bench`.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export HNEDU_VAR=${HNEDU_VAR:-$ROOT/var/check}
export HNEDU_PORT=${HNEDU_PORT:-8081}
SIZES=${BENCH_ROWS:-100 3000 15000}
DB=t_bench
PY=/usr/bin/python3   # Debian's python3 sees python3-openpyxl (PERFORMANCE.md traps)
BIN=$ROOT/t/bench/import_bench
[ -x "$BIN" ] || { echo "import.sh: $BIN is not built (make t/bench/import_bench)" >&2; exit 1; }

if ! bash conf/stack.sh status 2>/dev/null | grep -q '^mariadb *running'; then
	bash conf/stack.sh start --db-only >/dev/null
fi
eval "$(bash conf/stack.sh env)"
if [ "$(id -u)" = 0 ]; then DBROOT=root; else DBROOT=$(id -un); fi
rootsql() {
	mariadb --no-defaults --socket="$HNEDU_SOCKET" -u "$DBROOT" --default-character-set=utf8mb4 \
		--batch --skip-column-names "$@"
}

work=$(mktemp -d /tmp/hnedu-bench.XXXXXX)
conf=$work/app.conf
cleanup() {
	rm -rf "$work"
	bash conf/stack.sh dropdb "$DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

bash conf/stack.sh createdb "$DB" >/dev/null
bash conf/stack.sh conf "$DB" >"$conf"
export HNEDU_CONF=$conf
rootsql "$DB" -e "CREATE TABLE roster_bench LIKE roster_rows"
year=$(rootsql "$DB" -e "SELECT id FROM academic_years WHERE is_current = 1")

# load_us TSV: microseconds the server spent on LOAD DATA LOCAL INFILE of TSV into an empty
# roster_bench (measured by the server: no client start-up in the figure).
load_us() {
	rootsql "$DB" -e "TRUNCATE TABLE roster_bench"
	rootsql --local-infile=1 "$DB" -e "SET @t0 = NOW(6);
		LOAD DATA LOCAL INFILE '$1' INTO TABLE roster_bench
		CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n'
		(enrollment_id, row_no, year_id, product_id, name, sex, id_type, @h, @e, id_masked,
		 grade, class_name, position, major, internship_unit, note)
		SET id_hmac = UNHEX(@h), id_enc = UNHEX(@e);
		SELECT TIMESTAMPDIFF(MICROSECOND, @t0, NOW(6))"
}
# field KEY LINE: the value of KEY=value in import_bench's output line.
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }

REPEAT=${BENCH_REPEAT:-3}
echo "roster import, best of $REPEAT runs each (rows/s):"
printf '%-7s %11s %11s %7s   %s\n' rows pipeline load_data ratio "pipeline phases of its best run (s), peak RSS (kB)"
seq=0
offset=0
for n in $SIZES; do
	xlsx=$work/roster-$n.xlsx tsvf=$work/roster-$n.tsv
	"$PY" t/bench/roster_gen.py "$n" "$offset" "$xlsx"
	offset=$((offset + n))
	best=
	for _ in $(seq "$REPEAT"); do
		seq=$((seq + 1))
		line=$("$BIN" --xlsx "$xlsx" --school 1 --year "$year" --seq "$seq" --tsv "$tsvf")
		t=$(field total_s "$line")
		if [ -z "$best" ] || awk -v a="$t" -v b="$(field total_s "$best")" 'BEGIN { exit !(a < b) }'; then
			best=$line
		fi
	done
	best_load=
	for _ in $(seq "$REPEAT"); do
		us=$(load_us "$tsvf")
		[ -z "$best_load" ] || [ "$us" -lt "$best_load" ] && best_load=$us
	done
	loaded=$(rootsql "$DB" -e "SELECT COUNT(*) FROM roster_bench")
	[ "$loaded" = "$n" ] || { echo "import.sh: LOAD DATA loaded $loaded of $n rows" >&2; exit 1; }
	pipe_rate=$(field rows_per_s "$best")
	load_rate=$(awk -v n="$n" -v us="$best_load" 'BEGIN { printf "%.0f", n / (us / 1e6) }')
	ratio=$(awk -v a="$pipe_rate" -v b="$load_rate" 'BEGIN { printf "%.2f", a / b }')
	printf '%-7s %11s %11s %6sx   parse+check %s, duplicates %s, store %s, total %s; rss %s, parser child %s\n' \
		"$n" "$pipe_rate" "$load_rate" "$ratio" "$(field parse_check_s "$best")" "$(field duplicates_s "$best")" \
		"$(field store_s "$best")" "$(field total_s "$best")" "$(field max_rss_kb "$best")" \
		"$(field child_max_rss_kb "$best")"
done
echo "target: pipeline >= 0.60x LOAD DATA at 15000 rows (PERFORMANCE.md); small sizes are dominated by fixed costs"
