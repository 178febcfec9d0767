#!/bin/bash
# t/run-drills.sh - what `make check-drills` runs: every fault drill t/drills/*.sh (or the ones
# given), one after another. Each drill starts and stops its own stack (conf/stack.sh, a
# throwaway var dir under t/out/drills/<name>/, 127.0.0.1:$HNEDU_PORT) and exits 0 when all
# its checks held; it is killed after DRILL_TIMEOUT seconds (default 300). A drill's output goes
# to the terminal and to t/out/drills/<name>.log. The last lines are the figures line of each
# drill ("# figures <name>: ...") and the summary "drills: N passed, N failed".
# Exit status 0 only when every drill passed. The port must be free (not the stack of `make test`).
# Usage: HNEDU_PORT=8081 t/run-drills.sh [t/drills/NAME.sh...]
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
: "${HNEDU_PORT:?}"
export HNEDU_PORT
limit=${DRILL_TIMEOUT:-300}

if (exec 3<>"/dev/tcp/127.0.0.1/$HNEDU_PORT") 2>/dev/null; then
	echo "something already listens on 127.0.0.1:$HNEDU_PORT (a stack of make test?); the drills need that port"
	echo "drills: 0 passed, 1 failed"
	exit 1
fi
if [ $# -gt 0 ]; then drills=("$@"); else drills=(t/drills/*.sh); fi
mkdir -p t/out/drills
passed=0 failed=0 figures=()
start=$(date +%s)
for f in "${drills[@]}"; do
	name=$(basename "$f" .sh)
	log=t/out/drills/$name.log
	echo "=== $name"
	t0=$(date +%s)
	timeout --kill-after=10 "$limit" bash "$f" 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
		echo "# $name: killed after ${limit}s"
		# what the drill started: its stack, when it used the usual var dir
		[ -d "t/out/drills/$name/var" ] &&
			HNEDU_VAR="$ROOT/t/out/drills/$name/var" bash conf/stack.sh stop >/dev/null 2>&1
	fi
	if [ "$rc" = 0 ]; then
		passed=$((passed + 1))
		echo "=== $name: passed ($(($(date +%s) - t0)) s)"
	else
		failed=$((failed + 1))
		echo "=== $name: FAILED (exit $rc, $(($(date +%s) - t0)) s; log $log)"
	fi
	figures+=("$(grep '^# figures ' "$log" | tail -n 1)")
	[ -n "${figures[-1]}" ] || figures[-1]="# figures $name: none printed"
done
echo
printf '%s\n' "${figures[@]}"
echo "drills: $passed passed, $failed failed ($(($(date +%s) - start)) s)"
[ "$failed" = 0 ]
