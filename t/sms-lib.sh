# t/sms-lib.sh - helpers of the SMS http-driver tests (t035x-t037x), sourced after
# t/test-lib.sh and setup_db: the fake gateway (t/fake-sms-gateway.py) on 127.0.0.1, the
# [sms] keys of the test's app.conf, queued messages, the gateway's record of requests and
# signed delivery reports.

SMS_KEY=test-gateway-key-7f3a9c
GW="$TRASH/gw"

# sms_conf KEY VALUE [FILE]: sets KEY=VALUE in the [sms] section of FILE ($HNEDU_CONF).
sms_conf() {
	local file=${3:-$HNEDU_CONF}
	awk -v k="$1" -v v="$2" '
		function flush() { if (in_sms && !done) { print k "=" v; done = 1 } }
		/^[[:space:]]*\[/ { flush(); in_sms = ($0 ~ /^[[:space:]]*\[sms\]/) }
		in_sms && $0 ~ ("^[[:space:]]*" k "[[:space:]]*=") { if (!done) print k "=" v; done = 1; next }
		{ print }
		END { if (!done) { if (!in_sms) print "[sms]"; print k "=" v } }
	' "$file" >"$file.new" && mv "$file.new" "$file"
}

# start_gateway [ARGS...]: starts the fake gateway (ARGS e.g. --hang 20), sets GW_PORT and
# GW_PID; it is killed when the script exits.
start_gateway() {
	mkdir -p "$GW" && rm -f "$GW/port"
	/usr/bin/python3 "$ROOT/t/fake-sms-gateway.py" --dir "$GW" --key "$SMS_KEY" "$@" >"$GW/log" 2>&1 &
	GW_PID=$!
	kill_at_exit "$GW_PID"
	local i
	for i in $(seq 100); do
		[ -s "$GW/port" ] && break
		sleep 0.05
	done
	GW_PORT=$(cat "$GW/port") || { echo "Bail out! the fake SMS gateway did not start"; cat "$GW/log"; exit 1; }
}

# use_http_driver: the test's app.conf sends through the fake gateway.
use_http_driver() {
	sms_conf driver http && sms_conf url "http://127.0.0.1:$GW_PORT/send" &&
		sms_conf key "$SMS_KEY" && sms_conf account hnedu-test
}

# gateway_mode MODE: accept, fail, hang or garbage for the following requests.
gateway_mode() { echo "$1" >"$GW/mode"; }

# gw_count: requests the gateway received so far.
gw_count() {
	if [ -f "$GW/requests.jsonl" ]; then wc -l <"$GW/requests.jsonl"; else echo 0; fi
}

# gw_get EXPR [N]: a Python expression over r, the N-th recorded request (default -1: the
# last), e.g. gw_get 'r["body"]["out_id"]'.
gw_get() {
	/usr/bin/python3 -c 'import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
r = json.loads(lines[int(sys.argv[3])])
v = eval(sys.argv[2])
print(json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list, bool)) or v is None else v)' \
		"$GW/requests.jsonl" "$1" "${2:--1}"
}

# queue_sms MOBILE TEXT: a due queued message (as sms_queue stores it); prints its id.
# The mobile is written plain and then sealed (encrypted) like every stored one.
queue_sms() {
	local id
	# Due only once sealed: a running sender must not take the row while its mobile is plain.
	id=$(sql "INSERT INTO sms_messages (mobile, template, params, body, purpose, status, next_attempt_at)
		VALUES ('$1', 'notice', JSON_OBJECT('text', '$2'), CONCAT('【河南省教育保险管理系统】', '$2'),
		'notice:test', 'queued', UTC_TIMESTAMP() + INTERVAL 1 DAY); SELECT LAST_INSERT_ID();") && pii_seal &&
	sql "UPDATE sms_messages SET next_attempt_at = UTC_TIMESTAMP() WHERE id = $id" && echo "$id"
}

# msg ID COLUMNS: the message's columns, tab-separated.
msg() { sql "SELECT $2 FROM sms_messages WHERE id = $1"; }

# due_now ID: makes a queued message due at once (instead of waiting for its backoff).
due_now() { sql "UPDATE sms_messages SET next_attempt_at = UTC_TIMESTAMP() WHERE id = $1"; }

# sender_once: one `manage sms-sender --once` run with the test's app.conf.
sender_once() { "$ROOT/cgi-bin/manage" sms-sender --once 2>>"$TRASH/sender.log"; }

# now_ms: wall clock in milliseconds.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# report_body MESSAGE_ID STATUS REPORTED_AT TIMESTAMP [KEY]: a signed delivery report.
report_body() {
	local canonical sig
	canonical="message_id=$1&status=$2&reported_at=$3&timestamp=$4"
	sig=$(perl -MDigest::SHA=hmac_sha256_hex -e 'print hmac_sha256_hex($ARGV[0], $ARGV[1])' \
		"$canonical" "${5:-$SMS_KEY}")
	printf 'message_id=%s&status=%s&reported_at=%s&timestamp=%s&signature=%s' \
		"$(urlencode "$1")" "$(urlencode "$2")" "$3" "$4" "$sig"
}

# admin_password_step: the admin's sign-in up to the second factor (which queues an SMS
# code); the last response is the password POST.
admin_password_step() {
	rm -f "$TRASH/cookies"
	cgi GET /school/admin/login &&
		cgi POST /school/admin/login "csrf=$(csrf_token)&login=admin&password=Admin%402026" &&
		expect_status 303 && expect_header Location /school/verify
}

# callback BODY: the gateway's POST as CGI: no cookie, no Origin.
callback() { NO_COOKIES=1 ORIGIN= cgi POST /school/sms/callback "$1"; }
