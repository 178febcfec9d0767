#!/bin/bash
# t0180-serve-modes: the same executable as a pre-fork FastCGI master on a unix socket
# (talked to with cgi-fcgi): it answers, restarts a worker that dies, and on SIGTERM ends
# cleanly, removing its socket and pid file and leaving no worker behind. A worker's login page
# shows the captcha to an address over the failure limit within a second (signin.h).
. "$(dirname "$0")/test-lib.sh"
setup_db

sock=$(mktemp -u /tmp/hnedu-t0180-XXXXXX.sock)
pidfile="$TRASH/portal.pid"

# fcgi_get PATH: one FastCGI GET through the master's socket; the response on stdout.
fcgi_get() {
	env -i PATH="$PATH" REQUEST_METHOD=GET REQUEST_URI="$1" QUERY_STRING= SCRIPT_NAME="$1" \
		REMOTE_ADDR="${ADDR:-127.0.0.1}" SERVER_PROTOCOL=HTTP/1.1 cgi-fcgi -bind -connect "$sock"
}
workers() { pgrep -P "$(cat "$pidfile")" | sort; }

test_expect_success 'the master starts, listens and writes its pid file' '
	"$ROOT/cgi-bin/portal.fcgi" --socket "$sock" --workers 2 --pidfile "$pidfile" 2>"$TRASH/master.log" &
	for i in $(seq 50); do test -S "$sock" && test -s "$pidfile" && break; sleep 0.1; done &&
	test -S "$sock" && kill -0 "$(cat "$pidfile")" &&
	for i in $(seq 50); do test "$(workers | wc -l)" = 2 && break; sleep 0.1; done &&
	test "$(workers | wc -l)" = 2
'

test_expect_success 'it answers FastCGI requests' '
	fcgi_get /school/ >"$TRASH/fcgi.out" &&
	grep -q "^Status: 200" "$TRASH/fcgi.out" && grep -q "账户登录" "$TRASH/fcgi.out" &&
	fcgi_get /school/healthz | grep -q "ok migrations=" &&
	fcgi_get /school/missing | grep -q "^Status: 404"
'

test_expect_success 'a worker that dies is replaced' '
	victim=$(workers | head -n 1) && kill -9 "$victim" &&
	for i in $(seq 50); do
		test "$(workers | wc -l)" = 2 && ! workers | grep -qx "$victim" && break
		sleep 0.1
	done &&
	test "$(workers | wc -l)" = 2 && ! workers | grep -qx "$victim" &&
	fcgi_get /school/ | grep -q "^Status: 200" &&
	grep -q "restarting" "$TRASH/master.log"
'

test_expect_success 'the login page of a worker asks an address over the limit within a second' '
	ADDR=10.9.9.9 fcgi_get /school/ >"$TRASH/login1" && ! grep -q "name=\"captcha\"" "$TRASH/login1" &&
	sql "INSERT INTO auth_throttle (throttle_key) VALUES (\"login:fail:ip:10.9.9.9\"), (\"login:fail:ip:10.9.9.9\"),
		(\"login:fail:ip:10.9.9.9\"), (\"login:fail:ip:10.9.9.8\"), (\"login:fail:ip:10.9.9.8\")" &&
	sleep 1.1 &&
	for i in 1 2 3 4; do ADDR=10.9.9.9 fcgi_get /school/ | grep -q "name=\"captcha\"" || exit 1; done &&
	for i in 1 2 3 4; do ADDR=10.9.9.8 fcgi_get /school/ | grep -q "name=\"captcha\"" && exit 1; done; true
'

test_expect_success 'SIGTERM ends master and workers and removes socket and pid file' '
	master=$(cat "$pidfile") && kids=$(workers) &&
	kill -TERM "$master" &&
	for i in $(seq 100); do proc_gone "$master" && break; sleep 0.1; done &&
	proc_gone "$master" &&
	for k in $kids; do proc_gone "$k" || { echo "worker $k left"; exit 1; }; done &&
	test ! -e "$sock" && test ! -e "$pidfile" &&
	grep -q "master stopped" "$TRASH/master.log"
'

test_expect_success 'bad arguments are refused with a usage message' '
	! "$ROOT/cgi-bin/portal.fcgi" --workers 0 2>"$TRASH/usage" && grep -q "usage:" "$TRASH/usage" &&
	! "$ROOT/cgi-bin/portal.fcgi" --bogus 2>/dev/null
'

test_done
