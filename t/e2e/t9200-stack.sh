#!/bin/bash
# t9200-stack: conf/stack.sh (what `make run` / `make stop` use) on a throwaway var dir and
# port: start brings up MariaDB, the seven worker masters and nginx; a second start changes
# nothing; the site answers; stop ends every process it started, workers included.
. "$(dirname "$0")/../test-lib.sh"
export HNEDU_VAR="$TRASH/var" HNEDU_PORT=$((HNEDU_PORT + 11))
stack() { bash "$ROOT/conf/stack.sh" "$@"; }

# pids: every process of this stack: the pid files' processes and the workers' children.
pids() {
	eval "$(stack env | grep '^HNEDU_RUN=')"
	for f in "$HNEDU_RUN"/*.pid; do
		[ -f "$f" ] || continue
		p=$(tr -dc 0-9 <"$f") && echo "$p" && pgrep -P "$p"
	done | sort -n
}

test_expect_success 'start brings up database, workers and nginx' '
	stack start >"$TRASH/start1.log" 2>&1 &&
	grep -q "nginx: started" "$TRASH/start1.log" &&
	stack status &&
	curl -fsS "http://127.0.0.1:$HNEDU_PORT/school/" | grep -q "账户登录" &&
	pids >"$TRASH/pids1" && test "$(wc -l <"$TRASH/pids1")" -ge 23
'

test_expect_success 'a second start is safe and starts nothing new' '
	stack start >"$TRASH/start2.log" 2>&1 &&
	! grep -q "started" "$TRASH/start2.log" &&
	pids >"$TRASH/pids2" && diff "$TRASH/pids1" "$TRASH/pids2"
'

test_expect_success 'the demo data survives a restart' '
	stack stop >/dev/null &&
	stack start >"$TRASH/start3.log" 2>&1 && ! grep -q "demo data loaded" "$TRASH/start3.log" &&
	curl -fsS "http://127.0.0.1:$HNEDU_PORT/school/healthz" | grep -q ok &&
	pids >"$TRASH/pids1"
'

test_expect_success 'stop leaves no process behind' '
	stack stop >/dev/null &&
	for p in $(cat "$TRASH/pids1"); do
		if kill -0 "$p" 2>/dev/null && ! grep -q "^State:.*Z" "/proc/$p/status" 2>/dev/null; then
			echo "still running: $p $(tr "\0" " " <"/proc/$p/cmdline")"; exit 1
		fi
	done &&
	! curl -fsS "http://127.0.0.1:$HNEDU_PORT/school/" 2>/dev/null &&
	! stack status >/dev/null
'

stack stop >/dev/null 2>&1  # whatever failed above, leave nothing running
test_done
