#!/bin/bash
# t/run-tests.sh - what `make check` runs after building: starts the check stack (its own
# var dir and port, from HNEDU_VAR / HNEDU_PORT), runs every test through t/harness.pl,
# stops the stack (unless HNEDU_KEEP_STACK=1) and prints, as the very last line,
# "N passed, N failed". Exit status 0 only when nothing failed.
# Usage: t/run-tests.sh [TEST-FILE...]   (default: every test)
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
: "${HNEDU_VAR:?}" "${HNEDU_PORT:?}"
export HNEDU_VAR HNEDU_PORT

if [ $# -gt 0 ]; then
	tests=("$@")
else
	tests=(t/unit/run.sh t/t[0-9][0-9][0-9][0-9]-*.sh t/e2e/t[0-9][0-9][0-9][0-9]-*.sh)
fi

mkdir -p "$ROOT/t/out"
summary=$(mktemp)
echo "0 passed, 1 failed" >"$summary"
stop_stack() { [ -n "${HNEDU_KEEP_STACK:-}" ] || bash conf/stack.sh stop >/dev/null 2>&1; }

# Tests run three scripts at a time (a script often waits: on the database, a browser, a
# timer; three keep two cores busy): give password hashing more slots than the core count,
# so a busy moment is not mistaken for an overload (503).
mkdir -p "$HNEDU_VAR"
printf '[security]\nhash_slots=8\n' >"$HNEDU_VAR/app.conf.local"

if bash conf/stack.sh start >"$ROOT/t/out/stack.log" 2>&1; then
	HNEDU_SUMMARY=$summary perl t/harness.pl -j 3 "${tests[@]}"
	status=$?
else
	echo "could not start the check stack:"
	tail -n 30 "$ROOT/t/out/stack.log"
	status=1
fi
stop_stack
last=$(cat "$summary")
rm -f "$summary"
echo "$last"
exit "$status"
