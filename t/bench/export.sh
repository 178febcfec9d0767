#!/bin/bash
# t/bench/export.sh - the insurer's region roster export (下载区域花名册) beside openpyxl
# (PERFORMANCE.md "Targets": export rows/s ≥ 5× openpyxl; peak memory for 1M rows ≤ 1.1× that
# for 100k rows). For each size (BENCH_EXPORT_ROWS, default "100000 1000000") it fills one
# county of 郑州市 in a throw-away database t_bench_export (check MariaDB, started with
# --db-only when down) with schools, a submitted enrollment each for 平安财险 and their
# rosters, stored by t/bench/export_bench through the app's roster_store (real ciphertexts);
# then runs the real export job (jobs_enqueue + jobs_run_queued in a child process: wall time,
# peak RSS by wait4), checks the workbook cell by cell against the rows (and with openpyxl
# read_only for sizes up to 200,000), and writes the same rows and columns with
# /usr/bin/python3 + openpyxl write_only (peak RSS by /usr/bin/time). Each side runs
# BENCH_EXPORT_REPEAT times (default 2; the best rows/s and the largest peak RSS count), after
# MariaDB has written back what the load dirtied. Prints a table and RESULT lines. Needs
# `make t/bench/export_bench`.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export HNEDU_VAR=${HNEDU_VAR:-$ROOT/var/check}
export HNEDU_PORT=${HNEDU_PORT:-8081}
SIZES=${BENCH_EXPORT_ROWS:-100000 1000000}
DB=t_bench_export
PY=/usr/bin/python3   # Debian's python3 sees python3-openpyxl (PERFORMANCE.md traps)
BIN=$ROOT/t/bench/export_bench
[ -x "$BIN" ] || { echo "export.sh: $BIN is not built (make t/bench/export_bench)" >&2; exit 1; }

if ! bash conf/stack.sh status 2>/dev/null | grep -q '^mariadb *running'; then
	bash conf/stack.sh start --db-only >/dev/null
fi
. t/bench/bench-lib.sh

work=$(mktemp -d /tmp/hnedu-bench-export.XXXXXX)
conf=$work/app.conf
stored=()
cleanup() {
	rm -rf "$work"
	[ ${#stored[@]} -eq 0 ] || rm -f "${stored[@]}"
	bash conf/stack.sh dropdb "$DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

bash conf/stack.sh createdb "$DB" >/dev/null
bash conf/stack.sh conf "$DB" >"$conf"
export HNEDU_CONF=$conf
year=$(rootsql "$DB" -e "SELECT id FROM academic_years WHERE is_current = 1")
account=$(rootsql "$DB" -e "SELECT id FROM accounts WHERE kind = 'insurer' AND login_name = 'pingan_henan'")
company=$(rootsql "$DB" -e "SELECT company_id FROM accounts WHERE id = $account")
# one county of 郑州市 per size, in code order
counties=($(rootsql "$DB" -e "SELECT code FROM regions WHERE parent_code = '410100' AND level = 'county' ORDER BY code"))

# mysqld_cpu: CPU seconds the check MariaDB has used so far (the export's other half: it is
# the only client of this server while the job runs).
mysqld_pid=$(tr -dc '0-9' <"$HNEDU_RUN/mysqld.pid")
hz=$(getconf CLK_TCK)
mysqld_cpu() { awk -v hz="$hz" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$mysqld_pid/stat"; }

# field KEY LINE: the value of KEY=value in a line of key=value words.
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# settle: lets MariaDB write back the pages the load dirtied (page cleaner at full speed for a
# moment, then the setting restored), so the export is not timed against the load's flushing.
settle() {
	local old dirty
	old=$(rootsql -e "SELECT @@GLOBAL.innodb_max_dirty_pages_pct")
	rootsql -e "SET GLOBAL innodb_max_dirty_pages_pct = 0"
	for _ in $(seq 180); do
		dirty=$(rootsql -e "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS
			WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'")
		[ "$dirty" -gt 200 ] || break
		sleep 1
	done
	rootsql -e "SET GLOBAL innodb_max_dirty_pages_pct = $old"
}
# better LINE_A LINE_B: true when LINE_A has more rows_per_s (or LINE_B is empty).
better() { [ -z "$2" ] || awk -v a="$(field rows_per_s "$1")" -v b="$(field rows_per_s "$2")" 'BEGIN { exit !(a > b) }'; }
# maxrss LINE_A LINE_B: the larger max_rss_kb of the two (peak memory: the worst run counts).
maxrss() { local a b; a=$(field max_rss_kb "$1") b=$(field max_rss_kb "$2"); echo $((a > ${b:-0} ? a : ${b:-0})); }

REPEAT=${BENCH_EXPORT_REPEAT:-2}
i=0
declare -A ours_rate py_rate ours_rss py_rss ours_cpu py_cpu
for n in $SIZES; do
	county=${counties[$i]}
	i=$((i + 1))
	tsv=$work/rows-$n.tsv
	load=$(nice -n 10 "$BIN" load --region "$county" --rows "$n" --year "$year" --company "$company" --tsv "$tsv")
	echo "export.sh: $n rows in county $county: $load" >&2
	settle
	best= rss=0
	for r in $(seq "$REPEAT"); do
		db0=$(mysqld_cpu)
		line=$("$BIN" run --account "$account" --year "$year" --region "$county")
		db1=$(mysqld_cpu)
		echo "export.sh: export job: $line" >&2
		xlsx=$(field xlsx "$line")
		stored+=("$xlsx")
		[ "$(field rows "$line")" = "$n" ] || { echo "export.sh: the job wrote $(field rows "$line") rows, not $n" >&2; exit 1; }
		if [ "$r" = 1 ]; then
			nice -n 10 "$BIN" verify --xlsx "$xlsx" --tsv "$tsv" >&2
			if [ "$n" -le 200000 ]; then
				nice -n 10 "$PY" t/bench/export_openpyxl.py check "$xlsx" "$tsv" >&2
			fi
		fi
		# CPU seconds: the job's process plus MariaDB's share of the run
		line="$line cpu_s=$(awk -v u="$(field user_s "$line")" -v s="$(field sys_s "$line")" -v a="$db0" -v b="$db1" \
			'BEGIN { printf "%.2f", u + s + b - a }')"
		rss=$(maxrss "$line" "max_rss_kb=$rss")
		if better "$line" "$best"; then best=$line; fi
	done
	ours_rate[$n]=$(field rows_per_s "$best") ours_rss[$n]=$rss ours_cpu[$n]=$(field cpu_s "$best")
	best= rss=0
	for _ in $(seq "$REPEAT"); do
		py=$(/usr/bin/time -f 'max_rss_kb=%M user_s=%U sys_s=%S' -o "$work/time" "$PY" t/bench/export_openpyxl.py write "$tsv" "$work/openpyxl-$n.xlsx")
		py="$py $(cat "$work/time")"
		echo "export.sh: openpyxl: $py" >&2
		rm -f "$work/openpyxl-$n.xlsx"
		# CPU seconds of its process (its TSV reading included)
		py="$py cpu_s=$(awk -v u="$(field user_s "$py")" -v s="$(field sys_s "$py")" 'BEGIN { printf "%.2f", u + s }')"
		rss=$(maxrss "$py" "max_rss_kb=$rss")
		if better "$py" "$best"; then best=$py; fi
	done
	rm -f "$tsv"
	py_rate[$n]=$(field rows_per_s "$best") py_rss[$n]=$rss py_cpu[$n]=$(field cpu_s "$best")
done

echo "region roster export, best of $REPEAT runs (rows/s by wall time; largest peak RSS of the exporting process, kB;"
echo "CPU s of the best run: ours = the job + MariaDB, openpyxl = its process):"
printf '%-8s %10s %10s %7s   %10s %10s   %7s %7s %7s\n' rows ours openpyxl ratio rss_ours rss_openpyxl cpu_ours cpu_py ratio
for n in $SIZES; do
	printf '%-8s %10s %10s %6sx   %10s %10s   %7s %7s %6sx\n' "$n" "${ours_rate[$n]}" "${py_rate[$n]}" \
		"$(ratio "${ours_rate[$n]}" "${py_rate[$n]}")" "${ours_rss[$n]}" "${py_rss[$n]}" \
		"${ours_cpu[$n]}" "${py_cpu[$n]}" "$(ratio "${py_cpu[$n]}" "${ours_cpu[$n]}")"
	echo "RESULT metric=export_rows_per_s_${n} ours=${ours_rate[$n]} baseline=${py_rate[$n]} unit=rows/s target=>=5"
	echo "RESULT metric=export_peak_rss_${n} ours=${ours_rss[$n]} baseline=${py_rss[$n]} unit=kB target=-"
done
set -- $SIZES
if [ $# -ge 2 ]; then
	small=$1 large=${!#}
	g_ours=$(ratio "${ours_rss[$large]}" "${ours_rss[$small]}")
	g_py=$(ratio "${py_rss[$large]}" "${py_rss[$small]}")
	echo "peak RSS at $large rows / at $small rows: ours ${g_ours}x, openpyxl ${g_py}x"
	echo "RESULT metric=export_rss_growth_${large}_over_${small} ours=$g_ours baseline=- unit=x target=<=1.1"
	echo "RESULT metric=export_rss_growth_openpyxl ours=$g_py baseline=- unit=x target=-"
fi
echo "targets: ours >= 5x openpyxl rows/s; peak RSS at 1000000 rows <= 1.1x that at 100000 (PERFORMANCE.md)"
