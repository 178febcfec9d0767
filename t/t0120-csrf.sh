#!/bin/bash
# t0120-csrf: every POST needs the session's token and a same-site Origin (or Referer); there
# is no opt-out, not even for the login form.
. "$(dirname "$0")/test-lib.sh"
setup_db

form="kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026"

test_expect_success 'login without a token is refused' '
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "$form" && expect_status 403 && expect_body "页面已过期"
'

test_expect_success 'login with a wrong token is refused' '
	cgi GET /school/ &&
	cgi POST /school/login "csrf=$(printf "%064d" 0)&$form" && expect_status 403
'

test_expect_success 'login with a token but no cookie is refused' '
	cgi GET /school/ && token=$(csrf_token) &&
	NO_COOKIES=1 cgi POST /school/login "csrf=$token&$form" && expect_status 403
'

test_expect_success 'a token from another visitor is refused' '
	rm -f "$TRASH/cookies" && cgi GET /school/ && theirs=$(csrf_token) &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$theirs&$form" && expect_status 403
'

test_expect_success 'a foreign Origin is refused even with the right token' '
	cgi GET /school/ &&
	ORIGIN=https://evil.example cgi POST /school/login "csrf=$(csrf_token)&$form" &&
	expect_status 403 && expect_body "请求来源无效"
'

test_expect_success 'no Origin and no Referer is refused' '
	cgi GET /school/ &&
	ORIGIN= cgi POST /school/login "csrf=$(csrf_token)&$form" && expect_status 403
'

test_expect_success 'the right token and Origin sign in' '
	cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&$form" && expect_status 303
'

test_expect_success 'logout without the token keeps the session' '
	cgi POST /school/logout "" && expect_status 403 &&
	cgi GET /school/s/ && expect_status 200
'

test_expect_success 'the token changes at login' '
	rm -f "$TRASH/cookies" && cgi GET /school/ && before=$(csrf_token) &&
	cgi POST /school/login "csrf=$before&$form" &&
	cgi GET /school/s/ && after=$(csrf_token) &&
	test -n "$after" && test "$before" != "$after"
'

test_expect_success 'no session or login row was written by refused POSTs' '
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"login\"")" = 2
'

test_done
