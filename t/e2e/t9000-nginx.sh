#!/bin/bash
# t9000-nginx: the running stack through nginx with curl: the login page, static files, each
# demo account reaching its area, logout, limits and headers as a browser sees them.
. "$(dirname "$0")/../test-lib.sh"
BASE="http://127.0.0.1:${HNEDU_PORT:-8080}"
JAR="$TRASH/jar"

# get PATH / post PATH BODY: curl through nginx with the cookie jar; status in $TRASH/status,
# headers in $TRASH/headers, body in $TRASH/body.
get() {
	curl -sS -o "$TRASH/body" -D "$TRASH/headers" -w "%{http_code}" -b "$JAR" -c "$JAR" "$BASE$1" >"$TRASH/status" &&
	tr -d "\r" <"$TRASH/headers" >"$TRASH/h" && mv "$TRASH/h" "$TRASH/headers"
}
post() {
	curl -sS -o "$TRASH/body" -D "$TRASH/headers" -w "%{http_code}" -b "$JAR" -c "$JAR" \
		-H "Origin: $BASE" --data-binary "$2" "$BASE$1" >"$TRASH/status" &&
	tr -d "\r" <"$TRASH/headers" >"$TRASH/h" && mv "$TRASH/h" "$TRASH/headers"
}
web_login() {
	rm -f "$JAR" && get "$3" && post "$4" "csrf=$(csrf_token)&kind=$1&login=$(urlencode "$2")&password=$(urlencode "$5")" &&
	expect_status 303
}

# The stack's own database (hnedu): the admin's second-factor code is read from its outbox.
eval "$(bash "$ROOT/conf/stack.sh" env | grep '^HNEDU_SOCKET=')"
stack_sql() { mariadb --socket="$HNEDU_SOCKET" -N -B hnedu -e "$1"; }
# Repeated runs against one stack must not trip the login captcha, the per-address login
# limit or the SMS send limits of the demo accounts: start from clean counters.
stack_sql "DELETE FROM auth_throttle WHERE throttle_key LIKE 'login:%' OR throttle_key LIKE 'sms:%'"

# admin_web_login: password at /school/admin/login, then the SMS code at /school/verify.
admin_web_login() {
	local mobile code
	rm -f "$JAR" && get /school/admin/login &&
	post /school/admin/login "csrf=$(csrf_token)&login=admin&password=Admin%402026" && expect_status 303 &&
	expect_header Location ".*/school/verify$" &&
	mobile=$(stack_sql "SELECT mobile FROM accounts WHERE kind = 'admin' AND login_name = 'admin'") &&
	code=$(stack_sql "SELECT body FROM sms_messages WHERE mobile = '$mobile' AND purpose = 'code:login_mfa'
		ORDER BY id DESC LIMIT 1" | grep -oE '[0-9]{6}' | head -n 1) && test -n "$code" &&
	get /school/verify && expect_status 200 && expect_body "登录验证" &&
	post /school/verify "csrf=$(csrf_token)&code=$code" && expect_status 303 && expect_header Location ".*/school/admin/$"
}

test_expect_success 'nginx serves the login page at /school/' '
	get /school/ && expect_status 200 && expect_body "账户登录" && expect_body "登录系统" &&
	expect_header Content-Security-Policy "default-src" && expect_header Set-Cookie "hnedu="
'

test_expect_success '/ redirects to /school/' '
	get / && expect_status 302 && expect_header Location ".*/school/"
'

test_expect_success 'static files come from htdocs with a cache lifetime' '
	get /school/static/css/site.css && expect_status 200 && expect_header Cache-Control "max-age=" &&
	cmp "$TRASH/body" "$ROOT/htdocs/css/site.css" &&
	get /school/static/js/login.js && expect_status 200
'

test_expect_success 'the health check answers through nginx' '
	get /school/healthz && expect_status 200 && expect_body "ok"
'

test_expect_success 'each demo account reaches its area through nginx' '
	web_login school "$DEMO_SCHOOL" /school/ /school/login School@2026 && get /school/s/ && expect_status 200 && expect_body "2026-2027" &&
	web_login school "$DEMO_CENTER" /school/ /school/login Center@2026 && get /school/center/ && expect_status 200 && expect_body "所辖学校" &&
	web_login department 金水区 /school/ /school/login County@2026 && get /school/dept/ && expect_status 200 &&
	web_login department 郑州市 /school/ /school/login City@2026 && get /school/dept/ && expect_status 200 && expect_body "市直" &&
	web_login insurer pingan_henan /school/ /school/login Insurer@2026 && get /school/insurer/ && expect_status 200 &&
	admin_web_login && get /school/admin/ && expect_status 200 && expect_body "注册审核"
'

test_expect_success 'logout through nginx ends the session' '
	web_login school "$DEMO_SCHOOL" /school/ /school/login School@2026 &&
	get /school/s/ && post /school/logout "csrf=$(csrf_token)" && expect_status 303 &&
	get /school/s/ && expect_status 302
'

test_expect_success 'unknown paths give the Chinese 404 page' '
	get /school/nowhere && expect_status 404 && expect_body "页面不存在" &&
	get /school/s/nowhere && expect_status 404
'

test_expect_success 'the internal file location is not reachable directly' '
	get /_files/ab/abc && expect_status 404
'

test_expect_success 'nginx refuses a large body outside the upload area' '
	head -c 2000000 /dev/zero | tr "\0" a >"$TRASH/big" &&
	code=$(curl -sS -o /dev/null -w "%{http_code}" -H "Origin: $BASE" --data-binary @"$TRASH/big" "$BASE/school/login") &&
	test "$code" = 413
'

test_expect_success 'a POST from another site is refused' '
	rm -f "$JAR" && get /school/ && token=$(csrf_token) &&
	code=$(curl -sS -o /dev/null -w "%{http_code}" -b "$JAR" -H "Origin: https://evil.example" \
		--data-binary "csrf=$token&kind=school&login=x&password=y" "$BASE/school/login") &&
	test "$code" = 403
'

test_done
