#!/bin/bash
# t/unit/run.sh - runs the Boost.Test unit tests (t/unit/unit-tests) one test case at a time
# and reports each as a TAP point. Database tests get a fresh database t_unit through
# conf/stack.sh (the check stack must be running).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
bin="$ROOT/t/unit/unit-tests"
[ -x "$bin" ] || { echo "Bail out! $bin is not built (make t/unit/unit-tests)"; exit 1; }

if bash "$ROOT/conf/stack.sh" createdb t_unit >/dev/null 2>&1; then
	conf=$(mktemp)
	bash "$ROOT/conf/stack.sh" conf t_unit >"$conf"
	export HNEDU_CONF=$conf
	export HNEDU_TEMPLATES="$ROOT/templates"
fi

# --list_content prints "suite*" and indented "case*" lines on stderr.
mapfile -t cases < <("$bin" --list_content 2>&1 | awk '
	/^[^ ]/ { sub(/\*$/, ""); suite = $1; next }
	/^ +[^ ]/ { sub(/^ +/, ""); sub(/\*$/, ""); print suite "/" $0 }')
n=0 failed=0
for c in "${cases[@]}"; do
	n=$((n + 1))
	if out=$("$bin" --run_test="$c" --log_level=error --report_level=no 2>&1); then
		echo "ok $n - $c"
	else
		failed=$((failed + 1))
		echo "not ok $n - $c"
		printf '%s\n' "$out" | sed 's/^/#   /' | head -n 30
	fi
done
echo "1..$n"
[ -n "${conf:-}" ] && rm -f "$conf" && bash "$ROOT/conf/stack.sh" dropdb t_unit >/dev/null 2>&1
[ "$failed" -eq 0 ]
