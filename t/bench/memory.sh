#!/bin/bash
# t/bench/memory.sh - memory targets of PERFORMANCE.md: an idle worker under 20 MB RSS; parsing
# a 15,000-row roster under 64 MB.
# 1. Idle workers: starts the check stack when it is not running (conf/stack.sh start; it is
#    left running, like `make run`), signs in the demo accounts by inserting sessions (as
#    t/bench/http.sh does; removed at exit), requests a page of every area BENCH_WARMUP times
#    (default 20, 4 at a time, so both workers of an area serve), then reads VmRSS of every
#    worker (the children of each area's master, from the pid files in the run dir). Baseline
#    of its RESULT line: none (nothing else runs that page); the target applies to the figure.
# 2. Parsing: a 15,000-row roster from t/bench/roster_gen.py through t/bench/import_bench
#    (upload pipeline) in a throw-away database t_bench_memory; child_max_rss_kb is the peak of
#    the sandboxed parser child. Baseline: openpyxl read_only reading the same file (its peak
#    RSS by /usr/bin/time).
# Needs `make t/bench/import_bench`.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export HNEDU_VAR=${HNEDU_VAR:-$ROOT/var/check}
export HNEDU_PORT=${HNEDU_PORT:-8081}
WARMUP=${BENCH_WARMUP:-20}
ROWS=15000
DB=t_bench_memory
PY=/usr/bin/python3   # Debian's python3 sees python3-openpyxl (PERFORMANCE.md traps)
BIN=$ROOT/t/bench/import_bench
[ -x "$BIN" ] || { echo "memory.sh: $BIN is not built (make t/bench/import_bench)" >&2; exit 1; }
command -v curl >/dev/null || { echo "memory.sh: curl is missing" >&2; exit 1; }

bash conf/stack.sh start >/dev/null
. t/bench/bench-lib.sh
APPDB=$(sed -n 's/^name *= *//p' "$HNEDU_CONF" | head -1)

work=$(mktemp -d /tmp/hnedu-bench-memory.XXXXXX)
cleanup() {
	bench_sessions_end "$APPDB"
	rm -rf "$work"
	bash conf/stack.sh dropdb "$DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# ---- 1. idle workers -----------------------------------------------------------------
base=${HNEDU_URL%/}
base=${base%/school}
cookie_name=$(bench_cookie_name)
[ -n "$cookie_name" ] || { echo "memory.sh: the login page set no session cookie" >&2; exit 1; }
session() { bench_session "$APPDB" "$@"; }
school_sid=$(session school 郑州市金水区文化路第一小学)
center_sid=$(session school 中牟县官渡镇中心学校)
county_sid=$(session department 金水区)
insurer_sid=$(session insurer pingan_henan)
admin_sid=$(session admin admin)

# area|path|session|status the page answers (uploads: a download without an id is refused)
pages="portal|/school/||200
school|/school/s/|$school_sid|200
center|/school/center/|$center_sid|200
department|/school/dept/schools|$county_sid|200
insurer|/school/insurer/enrollments|$insurer_sid|200
admin|/school/admin/|$admin_sid|200
uploads|/school/files/download|$school_sid|400"

# children PID: the direct children of PID (the workers of a master).
children() { ps -o pid= --ppid "$1" | tr -d ' '; }
rss_kb() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status" 2>/dev/null; }

printf '%-11s %6s %s\n' area status "worker VmRSS after $WARMUP requests (kB); master"
max_rss=0 max_area=
while IFS='|' read -r area path sid want; do
	hdr=()
	[ -z "$sid" ] || hdr=(-H "Cookie: $cookie_name=$sid")
	code=$(curl -s -o /dev/null -w '%{http_code}' "${hdr[@]}" "$base$path")
	[ "$code" = "$want" ] || { echo "memory.sh: $area $path answered $code, not $want" >&2; exit 1; }
	seq "$WARMUP" | xargs -P 4 -I{} curl -s -o /dev/null "${hdr[@]}" "$base$path"
	master=$(tr -dc '0-9' <"$HNEDU_RUN/$area.pid")
	list=
	for pid in $(children "$master"); do
		kb=$(rss_kb "$pid")
		[ -n "$kb" ] || continue
		list="$list $kb"
		if [ "$kb" -gt "$max_rss" ]; then max_rss=$kb max_area=$area; fi
	done
	[ -n "$list" ] || { echo "memory.sh: no workers under the $area master (pid $master)" >&2; exit 1; }
	printf '%-11s %6s %s; master %s\n' "$area" "$code" "${list# }" "$(rss_kb "$master")"
done <<<"$pages"
echo "largest idle worker: $max_rss kB ($max_area); target < 20480 kB (20 MB)"
echo "RESULT metric=idle_worker_rss ours=$max_rss baseline=- unit=kB target=<20480"

# ---- 2. parsing the largest roster ---------------------------------------------------
bash conf/stack.sh createdb "$DB" >/dev/null
bash conf/stack.sh conf "$DB" >"$work/app.conf"
year=$(rootsql "$DB" -e "SELECT id FROM academic_years WHERE is_current = 1")
xlsx=$work/roster-$ROWS.xlsx
"$PY" t/bench/roster_gen.py "$ROWS" 0 "$xlsx"
line=$(HNEDU_CONF=$work/app.conf nice -n 10 "$BIN" --xlsx "$xlsx" --school 1 --year "$year" --seq 1 --tsv "$work/rows.tsv")
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }
[ "$(field rows "$line")" = "$ROWS" ] || { echo "memory.sh: import_bench stored $(field rows "$line") rows, not $ROWS" >&2; exit 1; }
parser=$(field child_max_rss_kb "$line")
/usr/bin/time -f '%M' -o "$work/time" "$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]
n = sum(1 for _ in ws.iter_rows(values_only=True))
assert n == int(sys.argv[2]) + 1, n' "$xlsx" "$ROWS"
py_rss=$(cat "$work/time")
echo "parsing a $ROWS-row roster: parser child peak $parser kB (whole import process $(field max_rss_kb "$line") kB);" \
	"openpyxl read_only $py_rss kB; target < 65536 kB (64 MB)"
echo "RESULT metric=parse_${ROWS}_rows_peak_rss ours=$parser baseline=- unit=kB target=<65536"
echo "RESULT metric=parse_${ROWS}_rows_peak_rss_openpyxl ours=$py_rss baseline=- unit=kB target=-"
