#!/bin/bash
# t0130-errors: unknown paths 404, wrong methods 405, malformed requests 400/413/415, an
# unreachable database 503 - each a Chinese status page with a way back, never internals.
. "$(dirname "$0")/test-lib.sh"
setup_db

test_expect_success 'unknown paths in every area give a Chinese 404 page' '
	for p in /school/nope /school/s/nope /school/center/x /school/dept/x /school/insurer/x /school/admin/x /school/files/x /school/s; do
		cgi GET "$p" && expect_status 404 && expect_body "页面不存在" && expect_body "返回首页" || { echo "on $p"; exit 1; }
	done
'

test_expect_success 'a path with a different trailing slash is not the same page' '
	cgi GET /school/healthz/ && expect_status 404
'

test_expect_success 'a known path with a wrong method gives 405 and Allow' '
	cgi GET /school/login && expect_status 405 && expect_header Allow POST &&
	cgi DELETE /school/ && expect_status 405 && expect_header Allow GET
'

test_expect_success 'HEAD is answered like GET without a body' '
	cgi HEAD /school/ && expect_status 200 && test ! -s "$TRASH/body"
'

test_expect_success 'duplicate parameters are refused with 400' '
	cgi GET "/school/?a=1&a=2" && expect_status 400 && expect_body "请求参数重复"
'

test_expect_success 'bad escapes are refused with 400' '
	cgi GET "/school/?a=%zz" && expect_status 400
'

test_expect_success 'garbage in a typed parameter gives 400 naming it' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET "/school/files/download?id=abc" && expect_status 400 && expect_body "参数 id 无效" &&
	cgi GET "/school/files/download" && expect_status 400 && expect_body "缺少参数"
'

test_expect_success 'an unknown login tab gives 400' '
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=root&login=a&password=b" && expect_status 400
'

test_expect_success 'a body over the limit gives 413' '
	big=$(head -c 1100000 /dev/zero | tr "\0" a) &&
	cgi POST /school/login "x=$big" && expect_status 413
'

test_expect_success 'a JSON body gives 415' '
	CONTENT_TYPE_OVERRIDE=application/json cgi POST /school/login "{}" && expect_status 415
'

test_expect_success 'an unreachable database gives a fast 503 page' '
	sed "s|^socket=.*|socket=/nonexistent/mysqld.sock|" "$HNEDU_CONF" >"$TRASH/down.conf" &&
	start=$(date +%s) &&
	HNEDU_CONF="$TRASH/down.conf" cgi GET /school/healthz &&
	expect_status 503 && expect_body "系统繁忙" && expect_header Retry-After 5 &&
	test $(( $(date +%s) - start )) -le 5
'

# (Run as plain CGI: a FastCGI master with this file does not start at all.)
test_expect_success 'a broken configuration gives 500 without details' '
	printf "[db]\nsocket=x\n" >"$TRASH/broken.conf" &&
	{ HNEDU_CGI_EXEC=1 HNEDU_CONF="$TRASH/broken.conf" cgi GET /school/; test $? = 1; } &&
	expect_status 500 && expect_no_body "missing required key"
'

test_expect_success 'the health check answers when the database does' '
	n=$(ls "$ROOT"/sql/[0-9][0-9][0-9][0-9]-*.sql | wc -l) &&
	cgi GET /school/healthz && expect_status 200 && expect_body "ok migrations=$n"
'

test_done
