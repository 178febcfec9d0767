#!/bin/bash
# t0355-sms-sender-timeout: a gateway that accepts the connection and never answers. The
# sender gives up after [sms] timeout_seconds (the message stays queued with the error and
# its backoff), a page that queues an SMS answers in far less than the gateway's 15 s while
# the sender waits on it (pages only insert), and SIGTERM during a hanging request ends the
# sender at once (curl's progress callback aborts the request), handing the message back.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$ROOT/t/sms-lib.sh"
start_gateway --hang 30
use_http_driver
sms_conf timeout_seconds 2
gateway_mode hang

test_expect_success 'a hanging gateway: --once gives up within the timeout and the message stays queued' '
	id=$(queue_sms 13800000031 "网关无响应") &&
	t0=$(now_ms) && sender_once && t1=$(now_ms) &&
	echo "sms-sender --once took $((t1 - t0)) ms" &&
	test $((t1 - t0)) -ge 1900 && test $((t1 - t0)) -le 4000 &&
	for i in $(seq 50); do test "$(gw_count)" -ge 1 && break; sleep 0.1; done &&
	{ test "$(gw_count)" = 1 || { echo "the gateway recorded $(gw_count) requests"; false; }; } && test "$(gw_get "r[\"body\"][\"out_id\"]")" = "$id" &&
	test "$(msg "$id" "status, attempts, last_error")" = "$(printf "queued\t1\ttimeout after 2 s")" &&
	delay=$(msg "$id" "TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), next_attempt_at)") &&
	{ test "$delay" -ge 25 && test "$delay" -le 30 || { echo "next attempt in $delay s"; false; }; }
'

test_expect_success 'a page that queues an SMS answers fast while the sender waits on the gateway' '
	sms_conf timeout_seconds 15 || exit 1
	"$ROOT/cgi-bin/manage" sms-sender 2>"$TRASH/loop.log" &
	pid=$! && kill_at_exit "$pid" &&
	id=$(queue_sms 13800000032 "排队中") &&
	for i in $(seq 50); do test "$(gw_count)" = 2 && break; sleep 0.1; done &&
	test "$(gw_get "r[\"body\"][\"out_id\"]")" = "$id" &&
	t0=$(now_ms) && admin_password_step && t1=$(now_ms) &&
	echo "the admin sign-in took $((t1 - t0)) ms while the gateway hangs" &&
	test $((t1 - t0)) -lt 12000 &&
	mfa=$(sql "SELECT id FROM sms_messages WHERE purpose = \"code:login_mfa\" ORDER BY id DESC LIMIT 1") &&
	test -n "$mfa" && test "$(msg "$mfa" "status, sent_at IS NULL")" = "$(printf "queued\t1")" &&
	kill -TERM "$pid" && wait "$pid"
'

test_expect_success 'SIGTERM during a hanging request ends the sender at once, not after the 20 s timeout; the message is handed back' '
	sms_conf timeout_seconds 20 &&
	sql "UPDATE sms_messages SET next_attempt_at = UTC_TIMESTAMP() + INTERVAL 1 HOUR WHERE status = \"queued\"" &&
	id=$(queue_sms 13800000033 "停止时") || exit 1
	"$ROOT/cgi-bin/manage" sms-sender 2>"$TRASH/loop2.log" &
	pid=$! && kill_at_exit "$pid" &&
	for i in $(seq 50); do test "$(gw_get "r[\"body\"][\"out_id\"]")" = "$id" && break; sleep 0.1; done &&
	test "$(gw_get "r[\"body\"][\"out_id\"]")" = "$id" &&
	test "$(msg "$id" attempts)" = 1 &&
	t0=$(now_ms) && kill -TERM "$pid" && wait "$pid" && t1=$(now_ms) &&
	echo "the sender ended $((t1 - t0)) ms after SIGTERM" &&
	test $((t1 - t0)) -lt 3000 &&
	test "$(msg "$id" "status, attempts, next_attempt_at <= UTC_TIMESTAMP()")" = "$(printf "queued\t0\t1")" &&
	grep -q "stopped" "$TRASH/loop2.log"
'

test_done
