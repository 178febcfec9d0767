#!/bin/bash
# t0370-sms-sender-stack: the http driver in the local stack (conf/stack.sh) on a throwaway
# var dir and port. With [sms] driver=http (from var/app.conf.local) start runs `manage
# sms-sender` in the background (pid file, status line); a code queued by a page through
# nginx reaches the fake gateway; the gateway's report reaches the callback through nginx
# (which caps its body); a second start keeps the sender, stop ends it; with the default
# outbox driver no sender runs.
. "$(dirname "$0")/test-lib.sh"
export HNEDU_VAR="$TRASH/var" HNEDU_PORT=$((HNEDU_PORT + 17))
BASE="http://127.0.0.1:$HNEDU_PORT"
stack() { bash "$ROOT/conf/stack.sh" "$@"; }
. "$ROOT/t/sms-lib.sh"
start_gateway
mkdir -p "$HNEDU_VAR"
printf '[sms]\ndriver=http\nurl=http://127.0.0.1:%s/send\nkey=%s\naccount=stack-test\n' "$GW_PORT" "$SMS_KEY" \
	>"$HNEDU_VAR/app.conf.local"

# app_sql QUERY: on the stack's own database.
app_sql() {
	eval "$(stack env | grep '^HNEDU_SOCKET=')"
	mariadb --socket="$HNEDU_SOCKET" -N -B hnedu -e "$1"
}
sender_pid() {
	eval "$(stack env | grep '^HNEDU_RUN=')"
	cat "$HNEDU_RUN/sms-sender.pid" 2>/dev/null
}

test_expect_success 'with driver=http start runs the sender (pid file, status line)' '
	stack start >"$TRASH/start1.log" 2>&1 &&
	grep -q "sms-sender: started" "$TRASH/start1.log" &&
	stack status >"$TRASH/status" && grep -q "^sms-sender .*running" "$TRASH/status" &&
	pid=$(sender_pid) && kill -0 "$pid" && grep -q sms-sender "/proc/$pid/cmdline" &&
	grep -q "^driver=http" "$HNEDU_VAR/app.conf" &&
	eval "$(stack env | grep "^HNEDU_RUN=")" && grep -qx "lock_dir=$HNEDU_RUN" "$HNEDU_VAR/app.conf"
'

test_expect_success 'a code queued by the admin sign-in through nginx reaches the gateway' '
	jar="$TRASH/jar" &&
	curl -fsS -c "$jar" -b "$jar" "$BASE/school/admin/login" >"$TRASH/body" &&
	curl -sS -o /dev/null -w "%{http_code}" -c "$jar" -b "$jar" -H "Origin: $BASE" \
		--data-binary "csrf=$(csrf_token)&login=admin&password=Admin%402026" "$BASE/school/admin/login" >"$TRASH/code" &&
	test "$(cat "$TRASH/code")" = 303 &&
	for i in $(seq 60); do test "$(gw_count)" -ge 1 && break; sleep 0.1; done &&
	test "$(gw_get "r[\"body\"][\"template\"]")" = code && test "$(gw_get "r[\"signature_ok\"]")" = true &&
	id=$(gw_get "r[\"body\"][\"out_id\"]") && echo "$id" >"$TRASH/id" &&
	for i in $(seq 30); do test "$(app_sql "SELECT status FROM sms_messages WHERE id = $id")" = sent && break; sleep 0.1; done &&
	test "$(app_sql "SELECT status, gateway_message_id FROM sms_messages WHERE id = $id")" = "$(printf "sent\tgw-%s" "$id")"
'

test_expect_success 'the delivery report reaches the callback through nginx; nginx caps its body' '
	id=$(cat "$TRASH/id") && now=$(date +%s) &&
	curl -sS -o "$TRASH/body" -w "%{http_code}" --data-binary "$(report_body "gw-$id" DELIVRD "$now" "$now")" \
		"$BASE/school/sms/callback" >"$TRASH/code" &&
	test "$(cat "$TRASH/code")" = 200 && test "$(cat "$TRASH/body")" = ok &&
	test "$(app_sql "SELECT status FROM sms_messages WHERE id = $id")" = delivered &&
	head -c 9000 /dev/zero | tr "\0" a >"$TRASH/big" &&
	curl -sS -o /dev/null -w "%{http_code}" --data-binary @"$TRASH/big" "$BASE/school/sms/callback" >"$TRASH/code" &&
	test "$(cat "$TRASH/code")" = 413 &&
	curl -sS -o /dev/null -w "%{http_code}" "$BASE/school/sms/callback" >"$TRASH/code" &&
	test "$(cat "$TRASH/code")" = 405
'

test_expect_success 'a second start keeps the sender; stop ends it' '
	pid=$(sender_pid) &&
	stack start >"$TRASH/start2.log" 2>&1 && grep -q "sms-sender: running (pid $pid)" "$TRASH/start2.log" &&
	stack stop >"$TRASH/stop.log" 2>&1 && grep -q "sms-sender: stopped" "$TRASH/stop.log" &&
	proc_gone "$pid" && test -z "$(sender_pid)" &&
	grep -q "stopped" "$HNEDU_VAR/log/sms-sender.log"
'

test_expect_success 'with the default outbox driver no sender runs' '
	rm "$HNEDU_VAR/app.conf.local" &&
	stack start >"$TRASH/start3.log" 2>&1 && ! grep -q "^sms-sender" "$TRASH/start3.log" &&
	stack status >"$TRASH/status" && ! grep -q "^sms-sender" "$TRASH/status" &&
	test -z "$(sender_pid)" && grep -q "^driver=outbox" "$HNEDU_VAR/app.conf"
'

stack stop >/dev/null 2>&1  # whatever failed above, leave nothing running
test_done
