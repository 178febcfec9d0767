#!/bin/bash
# t/bench/http.sh - page throughput beside nginx's static limit (PERFORMANCE.md "Targets": a
# typical signed-in page >= 0.10x static, the login page >= 0.18x, p99 under 2x the median at
# 64 connections, zero errors; 郑州市's 学校数据 costs no more than 3x a one-row page). Two
# reference lines without a target: fcgi_hello (the FastCGI ceiling, no database) and
# one_statement (/school/healthz: one prepared statement, no template — what a database round
# trip costs a page on this machine).
# For each page: one curl first (status 200 and the page's own heading, so a redirect to the
# login page cannot pass as a fast page), then wrk -t2 -c$BENCH_CONNECTIONS: a warm-up run,
# then a measured run of BENCH_SECONDS; afterwards the session must still be signed in.
# Signed-in pages use sessions inserted for the bench accounts (the cookie's SHA-256 as
# modules/session.cpp stores it; removed at exit), so the login throttle is not measured.
# Accounts: the line in $HNEDU_VAR/bench-accounts (written by `make bench-data`), else the
# demo accounts. Runs against the stack of $HNEDU_VAR (default var/bench, started when down).
# Prints a table and one `RESULT metric=.. ours=.. baseline=.. unit=.. target=..` line per
# figure for t/bench/report.sh.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export HNEDU_VAR=${HNEDU_VAR:-$ROOT/var/bench}
export HNEDU_PORT=${HNEDU_PORT:-8090}
SECS=${BENCH_SECONDS:-10}
CONN=${BENCH_CONNECTIONS:-64}
command -v wrk >/dev/null || { echo "http.sh: wrk is missing (make deps)" >&2; exit 1; }

bash conf/stack.sh start >/dev/null
. t/bench/bench-lib.sh
DB=$(sed -n 's/^name *= *//p' "$HNEDU_CONF" | head -1)

# The bench accounts: school, county, city, insurer login names.
school=郑州市金水区文化路第一小学 county=金水区 city=郑州市 insurer=pingan_henan
if [ -f "$HNEDU_VAR/bench-accounts" ]; then
	line=$(grep -m1 '^BENCH_ACCOUNTS ' "$HNEDU_VAR/bench-accounts")
	for kv in ${line#BENCH_ACCOUNTS }; do
		case $kv in school=* | county=* | city=* | insurer=*) declare "${kv%%=*}=${kv#*=}" ;; esac
	done
fi

work=$(mktemp -d /tmp/hnedu-http-bench.XXXXXX)
cleanup() {
	[ ! -f "$work/nginx.pid" ] || kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
	[ -z "${hello_pid:-}" ] || kill "$hello_pid" 2>/dev/null || true
	bench_sessions_end "$DB"
	rm -rf "$work"
}
trap cleanup EXIT

base=$HNEDU_URL
base=${base%/}
base=${base%/school}
cookie_name=$(bench_cookie_name)
[ -n "$cookie_name" ] || { echo "http.sh: the login page set no session cookie" >&2; exit 1; }

school_sid=$(bench_session "$DB" school "$school")
county_sid=$(bench_session "$DB" department "$county")
city_sid=$(bench_session "$DB" department "$city")
insurer_sid=$(bench_session "$DB" insurer "$insurer")
one_school=$(rootsql "$DB" -e "SELECT s.name FROM schools s JOIN accounts a ON a.kind = 'department'
	AND a.login_name = $(quote "$county") WHERE s.region_code = a.region_code AND s.status = 'active'
	ORDER BY s.id LIMIT 1")
one_q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$one_school")

# The FastCGI ceiling of this machine: t/bench/fcgi_hello (2 workers, a fixed page, no
# database) behind a second nginx with the stack's settings, on BENCH_HELLO_PORT.
hello_port=${BENCH_HELLO_PORT:-$((HNEDU_PORT + 100))}
[ -x "$ROOT/t/bench/fcgi_hello" ] || { echo "http.sh: t/bench/fcgi_hello is not built (make bench)" >&2; exit 1; }
mkdir -p "$work/nginx"
"$ROOT/t/bench/fcgi_hello" --socket "$work/hello.sock" --workers 2 &
hello_pid=$!
user_line=
[ "$(id -u)" = 0 ] && user_line='user root;'
cat >"$work/nginx.conf" <<CONF
$user_line
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log $work/nginx-access.log combined buffer=64k flush=1s;
    client_body_temp_path $work/nginx/cb;
    fastcgi_temp_path $work/nginx/fc;
    proxy_temp_path $work/nginx/px;
    uwsgi_temp_path $work/nginx/uw;
    scgi_temp_path $work/nginx/sc;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65s;
    upstream hello { server unix:$work/hello.sock max_fails=0; }
    server {
        listen 127.0.0.1:$hello_port;
        location = /hello {
            fastcgi_param REQUEST_METHOD \$request_method;
            fastcgi_param REQUEST_URI \$request_uri;
            fastcgi_pass hello;
        }
    }
}
CONF
for _ in $(seq 50); do [ -S "$work/hello.sock" ] && break; sleep 0.1; done
nginx -c "$work/nginx.conf" -e "$work/nginx-error.log"

# name|path|session|text the page must contain (path "hello:..." = on the hello nginx)
pages="static|/school/static/docs/certificate-explanation.html||<title>
fcgi_hello|hello:/hello||hello
one_statement|/school/healthz||ok migrations=
login|/school/||登录
school_home|/school/s/|$school_sid|系统首页
school_enroll|/school/s/enroll|$school_sid|投保数据
county_schools|/school/dept/schools|$county_sid|学校数据
one_row|/school/dept/schools?q=$one_q|$county_sid|学校数据
city_schools|/school/dept/schools|$city_sid|学校数据
insurer_enrollments|/school/insurer/enrollments|$insurer_sid|投保"

# ms VALUE: wrk's latency (e.g. 812.00us, 3.21ms, 1.02s) in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.3f", n }'; }

# check NAME URL SID TEXT: the page answers 200 with TEXT, signed in when SID is given.
check() {
	local code
	code=$(curl -s -o "$work/$1.html" -w '%{http_code}' ${3:+-H "Cookie: $cookie_name=$3"} "$2")
	[ "$code" = 200 ] || { echo "http.sh: $1 answered $code ($2)" >&2; exit 1; }
	grep -q "$4" "$work/$1.html" || { echo "http.sh: $1 does not show $4 ($2)" >&2; exit 1; }
	if [ -n "$3" ] && grep -q 'name="password"' "$work/$1.html"; then
		echo "http.sh: $1 shows the login form: not signed in" >&2
		exit 1
	fi
}

echo "HTTP, wrk -t2 -c$CONN, ${SECS}s each after a warm-up (nginx + 2 workers per area + MariaDB on this machine)"
printf '%-20s %9s %9s %9s %7s %8s %7s\n' page req/s p50_ms p99_ms errors bytes ratio
declare -A rps p50 p99
static_rps=
results=()
while IFS='|' read -r name path sid text; do
	url=$base$path
	case $path in hello:*) url=http://127.0.0.1:$hello_port${path#hello:} ;; esac
	check "$name" "$url" "$sid" "$text"
	hdr=()
	[ -z "$sid" ] || hdr=(-H "Cookie: $cookie_name=$sid")
	wrk -t2 -c"$CONN" -d2s "${hdr[@]}" "$url" >/dev/null
	wrk -t2 -c"$CONN" -d"${SECS}s" --latency "${hdr[@]}" "$url" >"$work/$name.wrk"
	check "$name" "$url" "$sid" "$text"
	out=$work/$name.wrk
	r=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
	a=$(ms "$(awk '$1 == "50%" { print $2 }' "$out")")
	b=$(ms "$(awk '$1 == "99%" { print $2 }' "$out")")
	errs=$(awk '/Socket errors:/ { gsub(/,/, ""); s += $4 + $6 + $8 + $10 } /Non-2xx or 3xx/ { s += $NF } END { print s + 0 }' "$out")
	# No request answered within the run (each one slower than wrk's 2 s timeout): every
	# connection failed, and there is no latency to report.
	if [ "$(awk '/requests in/ { print $1 }' "$out")" = 0 ]; then
		errs=$((errs > CONN ? errs : CONN)) a=- b=-
	fi
	[ -n "$static_rps" ] || static_rps=$r
	rps[$name]=$r p50[$name]=$a p99[$name]=$b
	printf '%-20s %9s %9s %9s %7s %8s %6.3fx\n' "$name" "$r" "$a" "$b" "$errs" "$(wc -c <"$work/$name.html")" \
		"$(awk -v a="$r" -v b="$static_rps" 'BEGIN { print a / b }')"
	[ "$name" = static ] && continue
	case $name in login) target='>=0.18' ;; fcgi_hello | one_statement) target=- ;; *) target='>=0.10' ;; esac
	results+=("RESULT metric=http_${name}_rps ours=$r baseline=$static_rps unit=req/s target=$target"
		"RESULT metric=http_${name}_p99_over_p50 ours=$b baseline=$a unit=ms target=<2"
		"RESULT metric=http_${name}_errors ours=$errs baseline=- unit=count target=<=0")
done <<<"$pages"
printf '%s\n' "${results[@]}"
# A page's cost is 1/throughput: 郑州市's 学校数据 (ours = one-row page's req/s, baseline = the
# city page's) — the ratio is how many one-row pages the city page costs.
echo "RESULT metric=http_city_schools_cost ours=${rps[one_row]} baseline=${rps[city_schools]} unit=req/s target=<=3"
echo "RESULT metric=http_static_rps ours=$static_rps baseline=- unit=req/s target=-"
