#!/bin/bash
# t0350-sms-sender: the http SMS driver against the fake gateway (t/fake-sms-gateway.py).
# A page only queues; `manage sms-sender --once` posts the message signed (the gateway checks
# the HMAC) with the documented JSON body and marks it sent; a failing gateway leaves it
# queued with the error and the backoff 30 s, 2 min, 10 min, 30 min until the 5th failure
# marks it failed; garbage answers and a closed port are failures too; a message whose
# "sent" mark was lost is posted again with the same out_id and the gateway's deduplication
# keeps it one message; the loop mode polls and ends cleanly on SIGTERM.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$ROOT/t/sms-lib.sh"
start_gateway
use_http_driver

test_expect_success 'with driver=http a page only queues: the admin login answers, the code waits' '
	admin_password_step &&
	id=$(sql "SELECT id FROM sms_messages WHERE purpose = \"code:login_mfa\" ORDER BY id DESC LIMIT 1") &&
	test -n "$id" && echo "$id" >"$TRASH/mfa_id" &&
	test "$(msg "$id" "status, attempts, sent_at IS NULL")" = "$(printf "queued\t0\t1")" &&
	test "$(gw_count)" = 0
'

test_expect_success 'manage sms-sender --once posts it, signed, and marks it sent' '
	id=$(cat "$TRASH/mfa_id") &&
	before=$(date +%s) && sender_once && after=$(date +%s) &&
	test "$(gw_count)" = 1 &&
	test "$(gw_get "r[\"signature_ok\"]")" = true &&
	test "$(gw_get "r[\"path\"]")" = /send &&
	gw_get "r[\"content_type\"]" | grep -q "^application/json" &&
	test "$(gw_get "r[\"body\"][\"out_id\"]")" = "$id" &&
	test "$(gw_get "r[\"body\"][\"account\"]")" = hnedu-test &&
	test "$(gw_get "r[\"body\"][\"mobile\"]")" = 13900000001 &&
	test "$(gw_get "r[\"body\"][\"template\"]")" = code &&
	gw_get "r[\"body\"][\"params\"][\"code\"]" | grep -qE "^[0-9]{6}$" &&
	test "$(gw_get "r[\"body\"][\"text\"]")" = "$(msg "$id" body)" &&
	ts=$(gw_get "r[\"body\"][\"timestamp\"]") && test "$ts" = "$(gw_get "r[\"timestamp\"]")" &&
	test "$ts" -ge "$before" && test "$ts" -le "$after" &&
	test "$(gw_get "list(r[\"body\"].keys())")" = "[\"account\", \"mobile\", \"template\", \"params\", \"text\", \"out_id\", \"timestamp\"]" &&
	test "$(msg "$id" "status, attempts, gateway_message_id, sent_at IS NOT NULL, last_error IS NULL")" = \
		"$(printf "sent\t1\tgw-%s\t1\t1" "$id")"
'

test_expect_success 'nothing due, nothing posted; a message not yet due waits' '
	sender_once && test "$(gw_count)" = 1 &&
	id=$(queue_sms 13800000021 "稍后发送") &&
	sql "UPDATE sms_messages SET next_attempt_at = UTC_TIMESTAMP() + INTERVAL 1 HOUR WHERE id = $id" &&
	sender_once && test "$(gw_count)" = 1 &&
	test "$(msg "$id" "status, attempts")" = "$(printf "queued\t0")" &&
	sql "DELETE FROM sms_messages WHERE id = $id"
'

test_expect_success 'template ids come from [sms] templates' '
	cp "$HNEDU_CONF" "$TRASH/app.conf.orig" &&
	sms_conf templates "code:SMS_0001 notice:SMS_0099" &&
	id=$(queue_sms 13800000022 "模板编号") && sender_once &&
	test "$(gw_get "r[\"body\"][\"template\"]")" = SMS_0099 &&
	test "$(gw_get "r[\"body\"][\"params\"][\"text\"]")" = 模板编号 &&
	test "$(msg "$id" status)" = sent &&
	cp "$TRASH/app.conf.orig" "$HNEDU_CONF"
'

test_expect_success 'a failing gateway: the message stays queued with the error, retried after 30 s' '
	gateway_mode fail &&
	id=$(queue_sms 13800000023 "重试") && echo "$id" >"$TRASH/retry_id" &&
	sender_once &&
	test "$(msg "$id" "status, attempts")" = "$(printf "queued\t1")" &&
	msg "$id" last_error | grep -q "^HTTP 500: internal error" &&
	delay=$(msg "$id" "TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), next_attempt_at)") &&
	test "$delay" -ge 25 && test "$delay" -le 30 &&
	n=$(gw_count) && sender_once && test "$(gw_count)" = "$n"
'

test_expect_success 'the backoff grows to 2 min, 10 min, 30 min; the 5th failure gives up' '
	id=$(cat "$TRASH/retry_id") &&
	for step in "2 120" "3 600" "4 1800"; do
		set -- $step &&
		due_now "$id" && sender_once &&
		test "$(msg "$id" "status, attempts")" = "$(printf "queued\t%s" "$1")" &&
		delay=$(msg "$id" "TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), next_attempt_at)") &&
		test "$delay" -ge $(($2 - 5)) && test "$delay" -le "$2" || exit 1
	done &&
	due_now "$id" && sender_once &&
	test "$(msg "$id" "status, attempts, next_attempt_at IS NULL, sent_at IS NULL")" = "$(printf "failed\t5\t1\t1")" &&
	msg "$id" last_error | grep -q "^HTTP 500" &&
	test "$(grep -c "\"out_id\": \"$id\"" "$GW/requests.jsonl")" = 5 &&
	due_now "$id" && sender_once && test "$(grep -c "\"out_id\": \"$id\"" "$GW/requests.jsonl")" = 5
'

test_expect_success 'a garbage answer is a failed attempt; the next try succeeds' '
	gateway_mode garbage &&
	id=$(queue_sms 13800000024 "乱码") && sender_once &&
	test "$(msg "$id" "status, attempts")" = "$(printf "queued\t1")" &&
	msg "$id" last_error | grep -q "not a JSON object" &&
	gateway_mode accept && due_now "$id" && sender_once &&
	test "$(msg "$id" "status, attempts, gateway_message_id, last_error IS NULL")" = "$(printf "sent\t2\tgw-%s\t1" "$id")"
'

test_expect_success 'a lost "sent" mark sends again with the same out_id; the gateway keeps one message' '
	id=$(queue_sms 13800000025 "只发一次") && sender_once &&
	test "$(gw_get "r[\"duplicate\"]")" = false &&
	sql "UPDATE sms_messages SET status = \"queued\", gateway_message_id = NULL, next_attempt_at = UTC_TIMESTAMP() WHERE id = $id" &&
	sender_once &&
	test "$(gw_get "r[\"body\"][\"out_id\"]")" = "$id" && test "$(gw_get "r[\"duplicate\"]")" = true &&
	test "$(msg "$id" "status, gateway_message_id")" = "$(printf "sent\tgw-%s" "$id")"
'

test_expect_success 'a gateway that is down (connection refused) is a failed attempt' '
	cp "$HNEDU_CONF" "$TRASH/app.conf.orig" &&
	sms_conf url "http://127.0.0.1:9/send" &&
	id=$(queue_sms 13800000026 "无人应答") && sender_once &&
	test "$(msg "$id" "status, attempts")" = "$(printf "queued\t1")" &&
	msg "$id" last_error | grep -qi "connect" &&
	cp "$TRASH/app.conf.orig" "$HNEDU_CONF" &&
	due_now "$id" && sender_once && test "$(msg "$id" status)" = sent
'

test_expect_success 'the sender refuses to run with the outbox driver' '
	sed "s/^driver=http$/driver=outbox/" "$HNEDU_CONF" >"$TRASH/outbox.conf" &&
	! HNEDU_CONF="$TRASH/outbox.conf" "$ROOT/cgi-bin/manage" sms-sender --once 2>"$TRASH/outbox.err" &&
	grep -q "not http" "$TRASH/outbox.err" &&
	! "$ROOT/cgi-bin/manage" sms-sender --twice 2>/dev/null
'

test_expect_success 'the loop polls, delivers within seconds and ends cleanly on SIGTERM' '
	"$ROOT/cgi-bin/manage" sms-sender 2>"$TRASH/loop.log" &
	pid=$! && kill_at_exit "$pid" &&
	sleep 0.5 &&
	id=$(queue_sms 13800000027 "循环发送") &&
	for i in $(seq 50); do test "$(msg "$id" status)" = sent && break; sleep 0.1; done &&
	test "$(msg "$id" status)" = sent &&
	kill -TERM "$pid" &&
	for i in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done &&
	! kill -0 "$pid" 2>/dev/null &&
	wait "$pid" &&
	grep -q "started, gateway" "$TRASH/loop.log" && grep -q "stopped" "$TRASH/loop.log"
'

test_done
