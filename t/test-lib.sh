# t/test-lib.sh - the integration-test library (after git's t/test-lib.sh), sourced by every
# t/tNNNN-*.sh script. It gives each script a fresh database (t_<script>), a config file for
# it, a trash directory under t/out/, and prints TAP:
#   test_expect_success 'what it proves' 'commands chained with &&'
#   test_done
# Helpers to drive the real executables without a web server: cgi (through the script's own
# FastCGI workers, or as plain CGI), login_as, expect_status, expect_header, expect_body,
# csrf_token, urlencode.
# Needs the MariaDB started by `make check` (conf/stack.sh start); HNEDU_VAR picks its var dir.

set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TEST_NAME=$(basename "$0" .sh)
TRASH="$ROOT/t/out/trash.$TEST_NAME"
ORIGIN_DEFAULT="http://127.0.0.1:${HNEDU_PORT:-8080}"
test_count=0
test_failed=0

rm -rf "$TRASH" && mkdir -p "$TRASH" || exit 1

# kill_at_exit PID: a background process of a test, ended when the script exits whatever
# failed (the pids are kept beside the trash directory, which test_done removes); the
# script's FastCGI workers (fcgi_worker) are stopped then too.
KILL_AT_EXIT="$ROOT/t/out/$TEST_NAME.kill-at-exit"
FCGI_MASTERS="$ROOT/t/out/$TEST_NAME.fcgi-masters"
rm -f "$KILL_AT_EXIT" "$FCGI_MASTERS"
kill_at_exit() { echo "$1" >>"$KILL_AT_EXIT"; }
trap 'fcgi_stop_all; for p in $(cat "$KILL_AT_EXIT" 2>/dev/null); do kill "$p" 2>/dev/null; done; rm -f "$KILL_AT_EXIT"' EXIT

# proc_gone PID: the process has ended: it is gone, or a zombie its new parent has not reaped
# yet (a daemon's parent is PID 1, which may reap late; `kill -0` still succeeds on a zombie).
proc_gone() {
	local st
	st=$(ps -o stat= -p "$1" 2>/dev/null) || return 0
	case $st in '' | Z*) return 0 ;; esac
	return 1
}

# say_error MESSAGE: a TAP diagnostic line.
say_error() { echo "# $*"; }

# test_expect_success DESCRIPTION BODY: runs BODY in a subshell (so `exit 1` ends only this
# test); ok when it exits 0. State shared between tests lives in files under $TRASH.
test_expect_success() {
	test_count=$((test_count + 1))
	local log="$TRASH/test.$test_count.log"
	if (eval "$2") >"$log" 2>&1; then
		echo "ok $test_count - $1"
	else
		test_failed=$((test_failed + 1))
		echo "not ok $test_count - $1"
		awk '{ print "#   " $0 }' "$log" | tail -n 40 # (awk ends the last line)
	fi
}

# test_done: the plan line; removes the database and trash unless a test failed.
test_done() {
	echo "1..$test_count"
	fcgi_stop_all
	if [ "$test_failed" -eq 0 ] && [ -z "${HNEDU_KEEP_TRASH:-}" ]; then
		[ -n "${TEST_DB:-}" ] && bash "$ROOT/conf/stack.sh" dropdb "$TEST_DB" >/dev/null 2>&1
		rm -rf "$TRASH"
	fi
	[ "$test_failed" -eq 0 ]
	exit $?
}

# setup_db: a fresh database with migrations and demo data, and $HNEDU_CONF pointing at it.
setup_db() {
	TEST_DB="t_$(echo "$TEST_NAME" | tr -c 'a-zA-Z0-9\n' '_' | cut -c1-60)"
	if ! bash "$ROOT/conf/stack.sh" createdb "$TEST_DB" >"$TRASH/createdb.log" 2>&1; then
		echo "Bail out! cannot create database $TEST_DB (is the check stack running?)"
		sed -e 's/^/# /' "$TRASH/createdb.log"
		exit 1
	fi
	bash "$ROOT/conf/stack.sh" conf "$TEST_DB" >"$TRASH/app.conf" || exit 1
	export HNEDU_CONF="$TRASH/app.conf"
	eval "$(bash "$ROOT/conf/stack.sh" env | grep '^HNEDU_SOCKET=')"
}

# sql QUERY: runs QUERY on the test database as root; tab-separated rows, no header.
sql() {
	mariadb --socket="$HNEDU_SOCKET" -N -B "$TEST_DB" -e "$1"
}

# urlencode STRING: percent-encodes every byte outside [A-Za-z0-9_.~-].
urlencode() {
	printf '%s' "$1" | perl -pe 's/([^A-Za-z0-9_.~-])/sprintf("%%%02X", ord($1))/ge'
}

# fcgi_worker AREA: this script's FastCGI master for AREA (cgi-bin/AREA.fcgi --socket with one
# worker, socket $TRASH/fcgi-AREA, its log appended to $TRASH/stderr) is running with the
# current $HNEDU_CONF: started on first use (detached, so no `wait` of a test waits for it) and
# started again when HNEDU_CONF names another file, the file changed since (tests edit it), or
# the master is gone. Only builtins on the common path: it runs before every request.
fcgi_worker() {
	local sock="$TRASH/fcgi-$1" pid="" conf="" v i
	if [ -S "$sock" ] && [ -s "$sock.pid" ] && [ -f "$sock.conf" ] && ! [ "$HNEDU_CONF" -nt "$sock.conf" ]; then
		read -r pid <"$sock.pid" && read -r conf <"$sock.conf"
		[ "$conf" = "$HNEDU_CONF" ] && kill -0 "$pid" 2>/dev/null && return 0
	fi
	fcgi_stop "$1"
	printf '%s\n' "$HNEDU_CONF" >"$sock.conf"
	local -a envs=(PATH="$PATH" HNEDU_CONF="$HNEDU_CONF")
	for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
		[ -n "${!v:-}" ] && envs+=("$v=${!v}")
	done
	(env -i "${envs[@]}" "$ROOT/cgi-bin/$1.fcgi" --socket "$sock" --workers 1 --pidfile "$sock.pid" \
		</dev/null >/dev/null 2>>"$TRASH/stderr" &)
	for ((i = 0; i < 1000; i++)); do
		# (kept in FCGI_MASTERS, whatever TRASH is when the script ends: a test may point it elsewhere)
		[ -S "$sock" ] && [ -s "$sock.pid" ] && { echo "$sock" >>"$FCGI_MASTERS"; return 0; }
		sleep 0.01
	done
	echo "the FastCGI master of $1 did not start (see $TRASH/stderr)"
	return 1
}

# fcgi_stop AREA: stops this script's FastCGI master of AREA (and so its worker), if any.
fcgi_stop() {
	local sock="$TRASH/fcgi-$1" pid="" i
	[ -s "$sock.pid" ] && read -r pid <"$sock.pid"
	rm -f "$sock.conf"
	[ -n "$pid" ] && kill "$pid" 2>/dev/null || return 0
	for ((i = 0; i < 1200; i++)); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.01
	done
	kill -9 "$pid" 2>/dev/null
	return 0
}

# fcgi_stop_all: stops every FastCGI master this script started (listed in $FCGI_MASTERS).
fcgi_stop_all() {
	local sock
	[ -f "$FCGI_MASTERS" ] || return 0
	while read -r sock; do
		TRASH=${sock%/fcgi-*} fcgi_stop "${sock##*/fcgi-}"
	done <"$FCGI_MASTERS"
	rm -f "$FCGI_MASTERS"
}

# cgi METHOD URI [BODY]: one request through the real executable, with the cookie jar
# $TRASH/cookies (updated from Set-Cookie like a browser). Leaves $TRASH/status, /headers, /body.
# Env knobs: ORIGIN (default the site), NO_COOKIES=1, CONTENT_TYPE_OVERRIDE, REMOTE_ADDR_OVERRIDE
# (the client address, default 127.0.0.1), BODY_FILE (the body is this file instead of BODY:
# binary bodies), CONTENT_LENGTH_OVERRIDE (announce another length than the bytes sent).
# The request goes to the script's FastCGI worker of the area (fcgi_worker; cgi-fcgi of
# libfcgi-bin is the client): what the worker does behind nginx, without a process start per
# request. HNEDU_CGI_EXEC=1 runs the executable as plain CGI instead, a process per request
# (make check-asan sets it: LeakSanitizer then checks every request's process at its exit).
cgi() {
	local method=$1 uri=$2 body=${3-} path query="" area len cookie="" v rc
	path=${uri%%\?*}
	case "$uri" in *\?*) query=${uri#*\?} ;; esac
	case "$path" in # the executable that serves the path (nginx's location map)
	/school/s/*) area=school ;;
	/school/center/*) area=center ;;
	/school/dept/*) area=department ;;
	/school/insurer/*) area=insurer ;;
	/school/admin/*) area=admin ;;
	/school/files/*) area=uploads ;;
	*) area=portal ;;
	esac
	local request=$TRASH/.request
	if [ -n "${BODY_FILE:-}" ]; then
		request=$BODY_FILE len=$(wc -c <"$BODY_FILE")
	else
		printf '%s' "$body" >"$request"
		local LC_ALL=C # ${#body} in bytes
		len=${#body}
	fi
	len=${CONTENT_LENGTH_OVERRIDE:-$len}
	[ -z "${NO_COOKIES:-}" ] && [ -s "$TRASH/cookies" ] && { IFS= read -r cookie <"$TRASH/cookies" || true; }
	local -a envs=(PATH="$PATH" HNEDU_CONF="$HNEDU_CONF" REQUEST_METHOD="$method" REQUEST_URI="$uri"
		QUERY_STRING="$query" REMOTE_ADDR="${REMOTE_ADDR_OVERRIDE:-127.0.0.1}" HTTP_HOST="127.0.0.1" HTTP_USER_AGENT=test-lib
		HTTP_ORIGIN="${ORIGIN-$ORIGIN_DEFAULT}")
	[ -n "$cookie" ] && envs+=(HTTP_COOKIE="$cookie")
	# make check-asan: the sanitizer options reach the sanitized executable through env -i
	for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
		[ -n "${!v:-}" ] && envs+=("$v=${!v}")
	done
	if [ "$method" = POST ] || [ -n "$body" ]; then
		envs+=(CONTENT_TYPE="${CONTENT_TYPE_OVERRIDE:-application/x-www-form-urlencoded}" CONTENT_LENGTH="$len")
	fi
	local -a exe=("$ROOT/cgi-bin/$area.fcgi")
	if [ -z "${HNEDU_CGI_EXEC:-}" ]; then
		fcgi_worker "$area" || return 1
		exe=(cgi-fcgi -bind -connect "$TRASH/fcgi-$area")
	fi
	env -i "${envs[@]}" "${exe[@]}" <"$request" >"$TRASH/response" 2>>"$TRASH/stderr"
	rc=$?
	perl "$ROOT/t/fixtures/split-response.pl" "$TRASH" "${NO_COOKIES:-0}" <"$TRASH/response" || return 1
	return $rc
}

# csrf_token: the token of the form in the last body ($TRASH/body: the last cgi answer, whose
# token split-response.pl kept, or a page a test fetched there itself, e.g. with curl).
csrf_token() {
	local token=""
	if [ -f "$TRASH/.last-csrf" ] && ! [ "$TRASH/body" -nt "$TRASH/.last-csrf" ]; then
		read -r token <"$TRASH/.last-csrf"
		printf '%s\n' "$token"
	else
		sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$TRASH/body" | head -n 1
	fi
}

# expect_status CODE: the last response had this status.
expect_status() {
	local got
	read -r got <"$TRASH/status"
	[ "$got" = "$1" ] || { echo "expected status $1, got $got"; head -c 2000 "$TRASH/response"; return 1; }
}

# expect_header NAME VALUE-REGEX
expect_header() {
	grep -qiE "^$1: $2" "$TRASH/headers" || { echo "no header $1 matching $2"; cat "$TRASH/headers"; return 1; }
}

# expect_body TEXT: the last body contains TEXT (fixed string).
expect_body() {
	grep -qF -- "$1" "$TRASH/body" || { echo "body lacks: $1"; head -c 3000 "$TRASH/body"; return 1; }
}

# expect_no_body TEXT: the last body does not contain TEXT.
expect_no_body() {
	! grep -qF -- "$1" "$TRASH/body" || { echo "body unexpectedly contains: $1"; return 1; }
}

# Mobiles are stored encrypted (modules/pii.h): a query finds one by its lookup value.
# mobile_hmac MOBILE: that value (64 hex digits) under the test key (manage pii-hmac).
mobile_hmac() {
	"$ROOT/cgi-bin/manage" pii-hmac mobile "$1"
}
# mh MOBILE: the same as an SQL hex literal, e.g. sql "... WHERE mobile_hmac = $(mh 13800000001)".
mh() {
	echo "0x$(mobile_hmac "$1")"
}
# pii_seal: encrypts the mobiles a test wrote in the clear with SQL (INSERT/UPDATE of accounts.mobile,
# schools.contact_mobile or sms_messages.mobile with the *_enc column NULL), as after a migration.
pii_seal() {
	"$ROOT/cgi-bin/manage" pii-seal >/dev/null
}

# sms_code PURPOSE [MOBILE]: the newest verification code of PURPOSE (register, login_mfa,
# change_mobile, reset_password) in the outbox (sms_messages), to MOBILE if given.
sms_code() {
	local where="purpose = 'code:$1'"
	[ -n "${2:-}" ] && where="$where AND mobile_hmac = $(mh "$2")"
	sql "SELECT body FROM sms_messages WHERE $where ORDER BY id DESC LIMIT 1" | grep -oE '[0-9]{6}' | head -n 1
}

# pass_second_factor MOBILE: completes /school/verify (登录验证) with the newest login_mfa code
# sent to MOBILE. A sign-in within 60 s of the previous one gets no new code (send limit), so
# when no live code is left the limits of MOBILE are reset and 重新发送 asks for one. The last
# response is the verify POST (303 to the start page, or to /school/password).
pass_second_factor() {
	pass_second_factor_hmac "$(mobile_hmac "$1")"
}
# pass_second_factor_hmac HEX: the same for the mobile whose lookup value is HEX.
pass_second_factor_hmac() {
	local hmac=$1 code live
	live=$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = 0x$hmac AND purpose = 'login_mfa'
		AND used_at IS NULL AND attempts < 5 AND expires_at > UTC_TIMESTAMP()") || return 1
	cgi GET /school/verify && expect_status 200 || return 1
	if [ "$live" = 0 ]; then
		sql "DELETE FROM auth_throttle WHERE throttle_key = 'sms:mobile:$hmac'" &&
		cgi POST /school/verify/resend "csrf=$(csrf_token)" && expect_status 303 &&
		cgi GET /school/verify || return 1
	fi
	code=$(sql "SELECT body FROM sms_messages WHERE purpose = 'code:login_mfa' AND mobile_hmac = 0x$hmac
		ORDER BY id DESC LIMIT 1" | grep -oE '[0-9]{6}' | head -n 1) && test -n "$code" &&
	cgi POST /school/verify "csrf=$(csrf_token)&code=$code"
}

# login_as KIND LOGIN PASSWORD: signs in through the portal (or the admin page for admin).
# The admin (and departments/insurers when [security] asks for it) passes the SMS second
# factor too, with the code read from the outbox.
login_as() {
	local kind=$1 login=$2 password=$3
	rm -f "$TRASH/cookies"
	if [ "$kind" = admin ]; then
		cgi GET /school/admin/login &&
		cgi POST /school/admin/login "csrf=$(csrf_token)&login=$(urlencode "$login")&password=$(urlencode "$password")"
	else
		cgi GET /school/ &&
		cgi POST /school/login "csrf=$(csrf_token)&kind=$kind&login=$(urlencode "$login")&password=$(urlencode "$password")"
	fi
	expect_status 303 || return 1
	if grep -qE "^Location: /school/verify" "$TRASH/headers"; then
		pass_second_factor_hmac "$(sql "SELECT LOWER(HEX(mobile_hmac)) FROM accounts
			WHERE kind = '$kind' AND login_name = '$login'")" &&
		expect_status 303
	fi
}

# Demo accounts (sql/demo.sql).
DEMO_SCHOOL=郑州市金水区文化路第一小学
DEMO_CENTER=中牟县官渡镇中心学校

# ---- public account flows (issue #3): captcha answers and multipart uploads ----

# set_captcha PURPOSE ANSWER: makes ANSWER the live captcha answer of PURPOSE for the visitor
# of the cookie jar (tests cannot read the image). Writes the row as modules/captcha.h says:
# sid_hash = SHA-256 of the cookie's 32 raw bytes, code_hmac = HMAC-SHA256(secret,
# "captcha|PURPOSE|ANSWER") with the key from [site] secret_file, 5 minutes.
set_captcha() {
	local sid secret hmac
	sid=$(sed -n 's/^[^=]*=\([0-9a-f]\{64\}\)$/\1/p' "$TRASH/cookies") && test -n "$sid" || return 1
	secret=$(sed -n 's/^secret_file=//p' "$HNEDU_CONF") || return 1
	hmac=$(printf 'captcha|%s|%s' "$1" "$2" |
		openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(tr -d '[:space:]' <"$secret")" | sed 's/^.*= //') || return 1
	sql "REPLACE INTO captchas (sid_hash, purpose, code_hmac, expires_at) VALUES
		(UNHEX(SHA2(UNHEX('$sid'), 256)), '$1', UNHEX('$hmac'), UTC_TIMESTAMP() + INTERVAL 5 MINUTE)"
}

# cgi_multipart URI SPEC...: POSTs a multipart/form-data body through cgi, its parts in the
# order given (put csrf=... first: upload forms must start with it). SPEC is NAME=VALUE for a
# text field, NAME=@PATH for a file (sent as its base name) or NAME=@PATH:SHOWN to send it
# under another file name. File contents must not hold NUL bytes (the body travels in a
# bash string); test files are text or magic bytes plus text.
cgi_multipart() {
	local uri=$1 boundary=----hneduTestBoundary7MA4YWxkTrZu0gW body
	shift
	body=$(perl -e '
		my $b = shift; binmode STDOUT;
		for my $spec (@ARGV) {
			my ($name, $value) = split /=/, $spec, 2;
			if ($value =~ /^\@(.*)$/) {
				my ($path, $shown) = split /:/, $1, 2;
				$shown = (split m{/}, $path)[-1] unless defined $shown;
				open my $fh, "<:raw", $path or die "cgi_multipart: $path: $!\n";
				local $/; my $data = <$fh>; $data = "" unless defined $data;
				print "--$b\r\nContent-Disposition: form-data; name=\"$name\"; filename=\"$shown\"\r\n",
					"Content-Type: application/octet-stream\r\n\r\n", $data, "\r\n";
			} else {
				print "--$b\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n";
			}
		}
		print "--$b--\r\n";' -- "$boundary" "$@"; printf x) || return 1
	CONTENT_TYPE_OVERRIDE="multipart/form-data; boundary=$boundary" cgi POST "$uri" "${body%x}"
}
