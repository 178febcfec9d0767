#!/bin/bash
# t/bench/run.sh - `make bench`: every benchmark of PERFORMANCE.md's targets on the bench stack
# (var/bench, port BENCH_PORT), each figure beside its baseline measured in the same run, then
# the final table (t/bench/report.sh: metric, ours, baseline, ratio, target, pass/fail).
#   1. the province (t/bench/province.sh: a no-op when var/bench already holds it)
#   2. HTTP pages (t/bench/http.sh)
#   3. roster import at an empty table (throw-away t_bench) and at the full one (the province's
#      hnedu), LOAD DATA into the same table as baseline; the full/empty ratio of the pipeline
#   4. export (t/bench/export.sh)    5. memory (memory.sh)
# BENCH_PARTS (default "http import export memory") picks parts; http goes first because the
# import part leaves InnoDB writing back and purging for minutes (in one such run, three of
# the pages measured after it ran at 51-66% of their quiet throughput). Output: var/bench/bench.log
# (everything) and var/bench/bench-report.txt (the table).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export HNEDU_VAR=${HNEDU_VAR:-$ROOT/var/bench}
export HNEDU_PORT=${HNEDU_PORT:-8090}
PARTS=${BENCH_PARTS:-http import export memory}
SEED=${BENCH_SEED:-1}
ROWS=${BENCH_ROWS_TOTAL:-5000000}
mkdir -p "$HNEDU_VAR"
log=$HNEDU_VAR/bench.log
: >"$log"
run() { echo "== $*" | tee -a "$log"; "$@" 2>&1 | tee -a "$log"; }

# The buffer pool a database server of the province would have (BENCH_DB_BUFFER_POOL, default
# 4G: the duplicate-check index of 28 million rows is about 2 GB); a running bench MariaDB
# started with another size is resized online.
export HNEDU_DB_BUFFER_POOL=${BENCH_DB_BUFFER_POOL:-4G}
bash conf/stack.sh start >/dev/null
. t/bench/bench-lib.sh
rootsql mysql -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$HNEDU_DB_BUFFER_POOL")"
echo "bench: InnoDB buffer pool $(rootsql mysql -e "SELECT @@innodb_buffer_pool_size DIV 1048576") MiB" | tee -a "$log"
run bash t/bench/province.sh --seed "$SEED" --rows "$ROWS"
for part in $PARTS; do
	case $part in
	import)
		run env BENCH_ROWS="100 3000 15000" bash t/bench/import.sh
		run env BENCH_ROWS="100 3000 15000" BENCH_IMPORT_DB=hnedu BENCH_IMPORT_LABEL=full bash t/bench/import.sh
		empty=$(sed -n 's/^RESULT metric=import_15000_rows_empty ours=\([0-9]*\) .*/\1/p' "$log")
		full=$(sed -n 's/^RESULT metric=import_15000_rows_full ours=\([0-9]*\) .*/\1/p' "$log")
		echo "RESULT metric=import_15000_full_over_empty ours=$full baseline=$empty unit=rows/s target=>=0.8" | tee -a "$log"
		;;
	http) run bash t/bench/http.sh ;;
	export) run bash t/bench/export.sh ;;
	memory) run bash t/bench/memory.sh ;;
	*) echo "run.sh: unknown part $part" >&2; exit 2 ;;
	esac
done
echo
bash t/bench/report.sh "$log" | tee "$HNEDU_VAR/bench-report.txt"
