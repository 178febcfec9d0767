#!/bin/bash
# t0360-sms-callback: the gateway's delivery reports at POST /school/sms/callback. A signed
# report marks the message delivered (or failed); a replay stores nothing new and answers ok;
# a bad signature, a stale or future timestamp and a foreign source address get 403, a body
# over 8 KB 413, GET 405, missing or extra fields 400; no CSRF token, cookie or Origin is
# needed and no session is handed out. A report that arrives before the sender has recorded
# the gateway's id is applied when it does.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$ROOT/t/sms-lib.sh"
start_gateway
use_http_driver

sql "INSERT INTO sms_messages (mobile, template, params, body, purpose, status, attempts, gateway_message_id, sent_at)
	VALUES ('13800000041', 'notice', '{}', '回执一', 'notice:test', 'sent', 1, 'gw-test-1', UTC_TIMESTAMP()),
	       ('13800000042', 'notice', '{}', '回执二', 'notice:test', 'sent', 1, 'gw-test-2', UTC_TIMESTAMP())" && pii_seal
reports() { sql "SELECT COUNT(*) FROM sms_delivery_reports"; }
by_gw() { sql "SELECT $2 FROM sms_messages WHERE gateway_message_id = '$1'"; }

test_expect_success 'a signed report marks the message delivered and answers "ok" as plain text' '
	now=$(date +%s) && at=$((now - 20)) &&
	report_body gw-test-1 DELIVRD "$at" "$now" >"$TRASH/report1" &&
	callback "$(cat "$TRASH/report1")" && expect_status 200 &&
	test "$(cat "$TRASH/body")" = ok && expect_header Content-Type "text/plain" &&
	! grep -qi "^Set-Cookie" "$TRASH/headers" &&
	test "$(by_gw gw-test-1 "status, UNIX_TIMESTAMP(delivered_at)")" = "$(printf "delivered\t%s" "$at")" &&
	test "$(sql "SELECT gateway_message_id, status, UNIX_TIMESTAMP(reported_at), detail FROM sms_delivery_reports")" = \
		"$(printf "gw-test-1\tdelivered\t%s\tDELIVRD" "$at")"
'

test_expect_success 'a replayed report stores nothing new, changes nothing and answers ok' '
	sql "UPDATE sms_messages SET delivered_at = delivered_at - INTERVAL 1 MINUTE WHERE gateway_message_id = \"gw-test-1\"" &&
	before=$(by_gw gw-test-1 "status, delivered_at") &&
	callback "$(cat "$TRASH/report1")" && expect_status 200 && test "$(cat "$TRASH/body")" = ok &&
	test "$(reports)" = 1 && test "$(by_gw gw-test-1 "status, delivered_at")" = "$before" &&
	grep -q "replay" "$TRASH/stderr"
'

test_expect_success 'a bad signature is refused (403): a changed field, a wrong key, garbage' '
	now=$(date +%s) &&
	report_body gw-test-2 failed "$now" "$now" | sed "s/status=failed/status=DELIVRD/" >"$TRASH/forged" &&
	callback "$(cat "$TRASH/forged")" && expect_status 403 &&
	callback "$(report_body gw-test-2 DELIVRD "$now" "$now" wrong-key)" && expect_status 403 &&
	callback "message_id=gw-test-2&status=DELIVRD&reported_at=$now&timestamp=$now&signature=xyz" && expect_status 403 &&
	test "$(reports)" = 1 && test "$(by_gw gw-test-2 status)" = sent
'

test_expect_success 'a stale or future timestamp is refused (403) even when signed' '
	now=$(date +%s) &&
	callback "$(report_body gw-test-2 DELIVRD "$now" $((now - 330)))" && expect_status 403 &&
	callback "$(report_body gw-test-2 DELIVRD "$now" $((now + 330)))" && expect_status 403 &&
	callback "$(report_body gw-test-2 DELIVRD $((now - 3600)) $((now - 270)))" && expect_status 200 &&
	test "$(by_gw gw-test-2 status)" = delivered && test "$(reports)" = 2
'

test_expect_success 'a failed report turns a sent message failed; a delivered report still wins' '
	sql "INSERT INTO sms_messages (mobile, template, params, body, purpose, status, attempts, gateway_message_id, sent_at)
		VALUES (\"13800000043\", \"notice\", \"{}\", \"回执三\", \"notice:test\", \"sent\", 1, \"gw-test-3\", UTC_TIMESTAMP())" && pii_seal &&
	now=$(date +%s) &&
	callback "$(report_body gw-test-3 failed "$now" "$now")" && expect_status 200 &&
	test "$(by_gw gw-test-3 "status, last_error")" = "$(printf "failed\tdelivery report: failed")" &&
	callback "$(report_body gw-test-3 delivered $((now + 1)) "$now")" && expect_status 200 &&
	test "$(by_gw gw-test-3 status)" = delivered &&
	callback "$(report_body gw-test-3 failed $((now + 2)) "$now")" && expect_status 200 &&
	test "$(by_gw gw-test-3 status)" = delivered
'

test_expect_success 'a foreign source address is refused (403)' '
	sms_conf callback_sources "192.0.2.10 198.51.100.7" "$(cp "$HNEDU_CONF" "$TRASH/foreign.conf" && echo "$TRASH/foreign.conf")" &&
	grep -q "^callback_sources=192.0.2.10" "$TRASH/foreign.conf" &&
	now=$(date +%s) && n=$(reports) &&
	HNEDU_CONF="$TRASH/foreign.conf" callback "$(report_body gw-test-1 DELIVRD "$now" "$now")" && expect_status 403 &&
	test "$(reports)" = "$n"
'

test_expect_success 'GET is answered 405 (Allow: POST)' '
	NO_COOKIES=1 cgi GET /school/sms/callback && expect_status 405 && expect_header Allow POST
'

test_expect_success 'a body over 8 KB is refused (413)' '
	now=$(date +%s) &&
	pad=$(head -c 9000 /dev/zero | tr "\0" a) &&
	callback "$(report_body gw-test-1 DELIVRD "$now" "$now")$pad" && expect_status 413
'

test_expect_success 'missing, extra, malformed or query-string fields are refused (400)' '
	now=$(date +%s) && good=$(report_body gw-test-1 DELIVRD "$now" "$now") &&
	callback "${good%&signature=*}" && expect_status 400 &&
	callback "$good&detail=x" && expect_status 400 &&
	callback "$(report_body "gw test" DELIVRD "$now" "$now")" && expect_status 400 &&
	callback "$(report_body gw-test-1 read "$now" "$now")" && expect_status 400 &&
	callback "$(report_body gw-test-1 DELIVRD "-5" "$now")" && expect_status 400 &&
	NO_COOKIES=1 ORIGIN= cgi POST "/school/sms/callback?x=1" "$good" && expect_status 400
'

test_expect_success 'without a key (outbox driver) every report is refused' '
	grep -v "^key=" "$HNEDU_CONF" | sed "s/^driver=http$/driver=outbox/" >"$TRASH/nokey.conf" &&
	now=$(date +%s) &&
	HNEDU_CONF="$TRASH/nokey.conf" callback "$(report_body gw-test-1 DELIVRD "$now" "$now")" && expect_status 403
'

test_expect_success 'other POSTs of the portal still need the CSRF token' '
	NO_COOKIES=1 ORIGIN= cgi POST /school/login "kind=school&login=x&password=y" && expect_status 403
'

test_expect_success 'a report that arrives before the sender recorded the id is applied when it does' '
	id=$(queue_sms 13800000044 "先到的回执") && now=$(date +%s) &&
	callback "$(report_body "gw-$id" DELIVRD "$now" "$now")" && expect_status 200 &&
	test "$(msg "$id" status)" = queued &&
	sender_once &&
	test "$(msg "$id" "status, gateway_message_id, UNIX_TIMESTAMP(delivered_at)")" = "$(printf "delivered\tgw-%s\t%s" "$id" "$now")"
'

test_done
