#!/bin/bash
# t/security/sqlmap.sh - `make check-security`: sqlmap (Debian package, installed here when
# missing, so `make check` never pays for it) run bounded against the real nginx stack of
# HNEDU_VAR / HNEDU_PORT: the login POSTs and the search and list endpoints, each with the
# session and CSRF token it needs, each under a time limit. Fails when sqlmap reports any
# injectable parameter, when an endpoint answered 500, or when the signed-in session was lost
# during a run (the probe would then have tested the login redirect); prints a summary
# (endpoints, parameters, requests from nginx's access log, findings) and, as its last line,
# "N passed, N failed" with one point per endpoint.
# An endpoint stopped by its time limit passes with a warning (how many parameters were done)
# unless SQLMAP_STRICT=1. Env knobs: SQLMAP_TIMEOUT (seconds per list endpoint, default 40; the
# login probes get 150 and 100), SQLMAP_LEVEL (1), SQLMAP_RISK (1), SQLMAP_ONLY (a name: run
# one endpoint), SQLMAP_STRICT, HNEDU_KEEP_STACK=1 (leave the stack running).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
: "${HNEDU_VAR:?}" "${HNEDU_PORT:?}"
export HNEDU_VAR HNEDU_PORT
PER_ENDPOINT=${SQLMAP_TIMEOUT:-40}
LEVEL=${SQLMAP_LEVEL:-1}
RISK=${SQLMAP_RISK:-1}
BASE="http://127.0.0.1:$HNEDU_PORT"
OUT="$ROOT/t/out/sqlmap"
rm -rf "$OUT" && mkdir -p "$OUT" || exit 1

if ! command -v sqlmap >/dev/null; then
	echo "# installing sqlmap (Debian package)"
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlmap; } >"$OUT/install.log" 2>&1 ||
		{ echo "could not install sqlmap:"; tail -n 20 "$OUT/install.log"; echo "0 passed, 1 failed"; exit 1; }
fi

mkdir -p "$HNEDU_VAR"
if ! bash conf/stack.sh start >"$OUT/stack.log" 2>&1; then
	echo "could not start the stack:"; tail -n 30 "$OUT/stack.log"; echo "0 passed, 1 failed"; exit 1
fi
stop_stack() { [ -n "${HNEDU_KEEP_STACK:-}" ] || bash conf/stack.sh stop >/dev/null 2>&1; }
trap stop_stack EXIT
eval "$(bash conf/stack.sh env | grep -E '^(HNEDU_SOCKET|HNEDU_VAR)=')"
ACCESS_LOG="$HNEDU_VAR/log/nginx-access.log"
stack_sql() { mariadb --socket="$HNEDU_SOCKET" -N -B hnedu -e "$1"; }
# Sign-ins below and the login probes must not trip the login captcha or the address limit.
reset_login_limits() {
	stack_sql "DELETE FROM auth_throttle WHERE throttle_key LIKE 'login:%' OR throttle_key LIKE 'sms:%';
		UPDATE accounts SET failed_logins = 0, locked_until = NULL"
}
reset_login_limits || { echo "no stack database"; echo "0 passed, 1 failed"; exit 1; }

# curl_jar JAR ARGS...: curl through nginx with a cookie jar; the body on stdout.
curl_jar() { local jar=$1; shift; curl -sS -b "$jar" -c "$jar" -H "Origin: $BASE" "$@"; }
token_of() { sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1; }
cookie_of() { awk '$6 == "hnedu" { print "hnedu=" $7 }' "$1" | tail -n 1; }

# sign_in KIND LOGIN PASSWORD JAR: a session through nginx (the admin also passes the SMS
# code read from the outbox, like t/e2e/t9000).
sign_in() {
	local kind=$1 login=$2 password=$3 jar=$4 token code page=/school/ post=/school/login data
	rm -f "$jar"
	[ "$kind" = admin ] && page=/school/admin/login && post=/school/admin/login
	token=$(curl_jar "$jar" "$BASE$page" | token_of) && test -n "$token" || return 1
	data="csrf=$token&login=$(printf '%s' "$login" | jq -sRr @uri)&password=$(printf '%s' "$password" | jq -sRr @uri)"
	[ "$kind" = admin ] || data="$data&kind=$kind"
	curl_jar "$jar" -o /dev/null --data-binary "$data" "$BASE$post" || return 1
	if [ "$kind" = admin ]; then
		code=$(stack_sql "SELECT m.body FROM sms_messages m JOIN accounts a ON a.mobile_hmac = m.mobile_hmac
			WHERE a.kind = 'admin' AND a.login_name = '$login' AND m.purpose = 'code:login_mfa'
			ORDER BY m.id DESC LIMIT 1" | grep -oE '[0-9]{6}' | head -n 1) && test -n "$code" &&
		token=$(curl_jar "$jar" "$BASE/school/verify" | token_of) &&
		curl_jar "$jar" -o /dev/null --data-binary "csrf=$token&code=$code" "$BASE/school/verify" || return 1
	fi
	[ -n "$(cookie_of "$jar")" ]
}

# signed_in JAR URL MARK: the URL answers 200 with MARK (not the login page) for this session.
signed_in() {
	local body status
	body=$(curl -sS -b "$1" -w '\n%{http_code}' "$BASE$2") || return 1
	status=${body##*$'\n'}
	[ "$status" = 200 ] && printf '%s' "$body" | grep -qF -- "$3"
}

passed=0 failed=0 endpoints=0 params_total=0 requests_total=0 findings_total=0 tested_total=0 incomplete=0
summary="$OUT/summary.txt"
: >"$summary"

# probe NAME JAR CHECK-URL MARK PARAMS URL [POST-DATA] [SQLMAP-ARGS...]: one bounded sqlmap
# run on URL (GET, or POST with POST-DATA) testing PARAMS (comma-separated) with the session of
# JAR (its cookie; for a POST also its CSRF token, already in POST-DATA). CHECK-URL answering
# 200 with MARK before and after proves the session held during the run ("=": URL itself, so
# its starting values are valid too; "-" for anonymous probes). No time-based technique: on a
# shared machine response times are noise; boolean, error and UNION probes do not need them.
probe() {
	local name=$1 jar=$2 check=$3 mark=$4 params=$5 url=$6 data=${7-} log="$OUT/$1.log" before after rc
	local budget=${PROBE_TIMEOUT:-$PER_ENDPOINT}
	[ "$check" = = ] && check=$url
	shift 7 2>/dev/null || shift $#
	[ -n "${SQLMAP_ONLY:-}" ] && [ "$SQLMAP_ONLY" != "$name" ] && return 0
	endpoints=$((endpoints + 1))
	local nparams
	nparams=$(printf '%s' "$params" | tr ',' '\n' | grep -c .)
	params_total=$((params_total + nparams))
	if [ "$check" != - ] && ! signed_in "$jar" "$check" "$mark"; then
		echo "not ok $endpoints - $name: the session did not reach $check before the run"
		failed=$((failed + 1)); return
	fi
	local -a args=(-u "$BASE$url" -p "$params" --cookie="$(cookie_of "$jar")" -H "Origin: $BASE"
		--batch --level="$LEVEL" --risk="$RISK" --technique=BEU --timeout=15 --retries=1
		--flush-session --disable-coloring --output-dir="$OUT/$name.out" --answers="follow=N")
	[ -n "$data" ] && args+=(--data="$data")
	before=$(wc -l <"$ACCESS_LOG")
	timeout -k 5 "$budget" sqlmap "${args[@]}" "$@" >"$log" 2>&1
	rc=$?
	after=$(wc -l <"$ACCESS_LOG")
	local requests=$((after - before)) findings five
	findings=$(grep -cE "identified the following injection point|appears to be .* injectable|is vulnerable" "$log")
	five=$(grep -oE "500 \(Internal Server Error\) - [0-9]+ times" "$log" | grep -oE "[0-9]+ times" | head -n 1)
	requests_total=$((requests_total + requests))
	findings_total=$((findings_total + findings))
	local state=finished tested
	tested=$(grep -cE "parameter '[^']*' (does not seem to be|is not) injectable" "$log")
	[ "$rc" = 124 ] || [ "$rc" = 137 ] && state="stopped at ${budget}s, $tested of $nparams parameters done" &&
		incomplete=$((incomplete + 1))
	tested_total=$((tested_total + tested))
	printf '%-24s %-44s params=%-34s requests=%-5s findings=%s %s%s\n' "$name" "${url%%\?*}" "$params" \
		"$requests" "$findings" "$state" "${five:+ HTTP 500: $five}" >>"$summary"
	if [ "$findings" != 0 ]; then
		echo "not ok $endpoints - $name: sqlmap found an injection (see $log)"
		grep -E "Parameter:|Type:|Title:|injectable" "$log" | sed 's/^/#   /' | head -n 20
		failed=$((failed + 1))
	elif [ -n "$five" ]; then
		echo "not ok $endpoints - $name: the endpoint answered 500 ($five; see $log)"
		failed=$((failed + 1))
	elif ! grep -qE "do not appear to be injectable|does not seem to be injectable|not injectable" "$log" && [ "$state" = finished ]; then
		echo "not ok $endpoints - $name: sqlmap ended without a verdict (see $log)"
		tail -n 15 "$log" | sed 's/^/#   /'
		failed=$((failed + 1))
	elif [ "$state" != finished ] && [ -n "${SQLMAP_STRICT:-}" ]; then
		echo "not ok $endpoints - $name: incomplete ($state)"
		failed=$((failed + 1))
	elif [ "$check" != - ] && ! signed_in "$jar" "$check" "$mark"; then
		echo "not ok $endpoints - $name: the session was lost during the run (the probe tested a redirect)"
		failed=$((failed + 1))
	else
		echo "ok $endpoints - $name: $nparams parameters, $requests requests, no injection ($state)"
		passed=$((passed + 1))
	fi
}

# ---- anonymous: the login POSTs. Every POST needs the CSRF token of its session cookie
# (else 403 for every probe, which would prove nothing), so the run carries a pre-fetched
# cookie and token and tests only the form's own fields. After 3 failures the login asks for
# the captcha before it reads the account (and after 30 a minute it answers 429), which would
# also hide the SQL: --eval clears those counters before each request. Only the login name
# reaches SQL (kind is an enum checked first, the password only meets the Argon2 hash), and
# each probe costs a password verification, so the login name alone is probed.
RESET_PY="$OUT/reset_login_limits.py"
cat >"$RESET_PY" <<EOF
import subprocess
subprocess.call(["mariadb", "--socket=$HNEDU_SOCKET", "hnedu", "-e",
    "DELETE FROM auth_throttle WHERE throttle_key LIKE 'login:%'; UPDATE accounts SET failed_logins = 0, locked_until = NULL"])
EOF
PY_RESET="exec(open('$RESET_PY').read())"
ANON="$OUT/anon.jar"
rm -f "$ANON"
token=$(curl_jar "$ANON" "$BASE/school/" | token_of)
PROBE_TIMEOUT=150 probe login "$ANON" - - login /school/login \
	"csrf=$token&kind=school&login=%E9%83%91%E5%B7%9E%E5%B8%82%E9%87%91%E6%B0%B4%E5%8C%BA%E6%96%87%E5%8C%96%E8%B7%AF%E7%AC%AC%E4%B8%80%E5%B0%8F%E5%AD%A6&password=wrong" \
	--eval="$PY_RESET"
ADMIN_ANON="$OUT/admin-anon.jar"
rm -f "$ADMIN_ANON"
token=$(curl_jar "$ADMIN_ANON" "$BASE/school/admin/login" | token_of)
PROBE_TIMEOUT=100 probe admin-login "$ADMIN_ANON" - - login /school/admin/login "csrf=$token&login=admin&password=wrong" \
	--eval="$PY_RESET"
reset_login_limits

# ---- signed in: search, filter, sort and paging parameters of the lists.
SCHOOL="$OUT/school.jar" COUNTY="$OUT/county.jar" CITY="$OUT/city.jar" INSURER="$OUT/insurer.jar" ADMIN="$OUT/admin.jar"
sign_in school 郑州市金水区文化路第一小学 School@2026 "$SCHOOL" &&
sign_in department 金水区 County@2026 "$COUNTY" &&
sign_in department 郑州市 City@2026 "$CITY" &&
sign_in insurer pingan_henan Insurer@2026 "$INSURER" &&
sign_in admin admin Admin@2026 "$ADMIN" || { echo "Bail out! the demo accounts cannot sign in"; echo "0 passed, 1 failed"; exit 1; }

probe dept-schools "$COUNTY" = 学校数据 q,type,nature,status,product,sort,dir,page \
	"/school/dept/schools?q=%E5%B0%8F%E5%AD%A6&type=&nature=&status=&product=&sort=name&dir=asc&page=1"
probe dept-schools-city "$CITY" = 学校数据 county,q,sort,page \
	"/school/dept/schools?county=410105&q=%E5%B0%8F%E5%AD%A6&sort=name&page=1"
probe dept-claims-pending "$COUNTY" = 未决案件 company,county,from,to \
	"/school/dept/claims-pending?company=1&county=410105&from=2026-01-01&to=2026-12-31"
probe dept-claims-settled "$CITY" = 理赔案件 company,county,from,to \
	"/school/dept/claims-settled?company=1&county=410105&from=2026-01-01&to=2026-12-31"
probe admin-accounts "$ADMIN" = 账号管理 q,kind,status,page \
	"/school/admin/accounts?q=%E9%87%91%E6%B0%B4&kind=school&status=active&page=1"
probe admin-audit "$ADMIN" = 审计日志 who,kind,action,object_type,object_id,from,to,ip,page \
	"/school/admin/audit?who=admin&kind=admin&action=login&object_type=account&object_id=1&from=2026-01-01&to=2026-12-31&ip=127.0&page=1"
probe insurer-enrollments "$INSURER" = 投保数据 year,product,city,county,status,policy,q,page \
	"/school/insurer/enrollments?year=1&product=1&city=410100&county=410105&status=&policy=&q=%E5%B0%8F%E5%AD%A6&page=1"
probe insurer-claims "$INSURER" = 理赔 view,year,county,from,to \
	"/school/insurer/claims?view=pending&year=1&county=410105&from=2026-01-01&to=2026-12-31"
probe school-claims "$SCHOOL" = 理赔 status,year "/school/s/claims?status=pending&year=1"

{
	echo "# sqlmap $(sqlmap --version 2>/dev/null | head -n 1), level $LEVEL, risk $RISK, techniques BEU, ${PER_ENDPOINT}s per list endpoint"
	sed 's/^/# /' "$summary"
	echo "# endpoints=$endpoints parameters=$params_total tested-to-the-end=$tested_total requests=$requests_total findings=$findings_total"
	[ "$incomplete" = 0 ] || echo "# WARNING: $incomplete endpoints stopped at their time limit before every parameter was done" \
		"(a busy machine; SQLMAP_TIMEOUT raises the limit, SQLMAP_STRICT=1 fails on it)"
}
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
