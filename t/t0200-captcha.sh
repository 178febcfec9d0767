#!/bin/bash
# t0200-captcha: GET /school/captcha draws a PNG (never cached) whose answer is stored as an
# HMAC for this visitor's cookie and purpose (the cookie is set on the image response when the
# visitor had none); a check is single use (right or wrong), expires after 5 minutes, belongs
# to one visitor and one purpose, and accepts full-width digits. Checked here through
# 忘记登录账号 (POST /school/forgot-account), the smallest form that uses it.
. "$(dirname "$0")/test-lib.sh"
setup_db

rows() { sql "SELECT COUNT(*) FROM captchas"; }
# mine: the stored answers of the visitor in the cookie jar.
mine() {
	sql "SELECT COUNT(*) FROM captchas WHERE sid_hash = UNHEX(SHA2(UNHEX(\"$(sed "s/^hnedu=//" "$TRASH/cookies")\"), 256))"
}
# lookup ANSWER: the 忘记登录账号 form with the demo school's name and ANSWER.
lookup() {
	cgi GET /school/forgot-account && token=$(csrf_token) &&
	cgi POST /school/forgot-account "csrf=$token&name=$(urlencode "$DEMO_SCHOOL")&captcha=$(urlencode "$1")"
}
found() { expect_status 200 && expect_body "138****0001"; }
refused() { expect_status 200 && expect_body "图形验证码错误或已过期" && expect_no_body "138****0001"; }

test_expect_success 'a first visit to the image: PNG, no-store, the cookie, one stored answer' '
	rm -f "$TRASH/cookies" &&
	cgi GET "/school/captcha?for=forgot_account" && expect_status 200 &&
	expect_header Content-Type "image/png" && expect_header Cache-Control "no-store" &&
	expect_header Set-Cookie "hnedu=[0-9a-f]{64}; Path=/; HttpOnly; SameSite=Lax" &&
	test "$(head -c 8 "$TRASH/body" | od -An -tx1 | tr -d " \n")" = 89504e470d0a1a0a &&
	test "$(wc -c <"$TRASH/body")" -gt 500 &&
	sid=$(sed "s/^hnedu=//" "$TRASH/cookies") &&
	test "$(sql "SELECT COUNT(*) FROM captchas WHERE sid_hash = UNHEX(SHA2(UNHEX(\"$sid\"), 256))
	             AND purpose = \"forgot_account\" AND expires_at BETWEEN UTC_TIMESTAMP() + INTERVAL 4 MINUTE AND UTC_TIMESTAMP() + INTERVAL 5 MINUTE")" = 1
'

test_expect_success 'a new image replaces the answer: still one row per visitor and purpose' '
	old=$(sql "SELECT HEX(code_hmac) FROM captchas") &&
	cgi GET "/school/captcha?for=forgot_account" && expect_status 200 && test "$(rows)" = 1 &&
	cgi GET "/school/captcha?for=register" && test "$(rows)" = 2 &&
	cgi GET "/school/captcha?for=forgot_password" && cgi GET "/school/captcha?for=login" && test "$(rows)" = 4 &&
	test "$(sql "SELECT COUNT(*) FROM captchas WHERE HEX(code_hmac) = \"$old\"")" -le 1
'

test_expect_success 'an unknown or missing purpose is a 400 page, not an image' '
	cgi GET "/school/captcha?for=admin" && expect_status 400 && expect_header Content-Type "text/html" &&
	cgi GET "/school/captcha" && expect_status 400
'

test_expect_success 'the right answer passes once; the same answer again fails' '
	rm -f "$TRASH/cookies" && cgi GET /school/forgot-account && set_captcha forgot_account 4096 &&
	test "$(mine)" = 1 && lookup 4096 && found &&
	test "$(mine)" = 0 &&
	lookup 4096 && refused
'

test_expect_success 'a wrong answer uses the captcha up: the right one afterwards fails too' '
	set_captcha forgot_account 4096 &&
	lookup 1234 && refused && test "$(mine)" = 0 &&
	lookup 4096 && refused
'

test_expect_success 'full-width digits and spaces are accepted' '
	set_captcha forgot_account 4096 &&
	lookup " ４０９６ " && found
'

test_expect_success 'an expired answer fails' '
	set_captcha forgot_account 4096 &&
	sql "UPDATE captchas SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND" &&
	lookup 4096 && refused
'

test_expect_success 'the answer of another purpose does not count' '
	set_captcha register 4096 &&
	lookup 4096 && refused
'

test_expect_success 'the answer belongs to one visitor: another cookie with the same answer fails' '
	set_captcha forgot_account 4096 && cp "$TRASH/cookies" "$TRASH/cookies.first" &&
	rm -f "$TRASH/cookies" && lookup 4096 && refused &&
	cp "$TRASH/cookies.first" "$TRASH/cookies" && lookup 4096 && found
'

test_expect_success 'letters or too many digits never pass' '
	for a in 40960 409 abcd "4096x" ""; do
		set_captcha forgot_account 4096 && lookup "$a" && expect_status 200 && expect_no_body "138****0001" || exit 1
	done
'

test_expect_success 'images are throttled per address (60 in 5 minutes)' '
	sql "INSERT INTO auth_throttle (throttle_key, at) SELECT \"captcha:ip:10.8.8.8\", UTC_TIMESTAMP(6) FROM seq_1_to_60" &&
	REMOTE_ADDR_OVERRIDE=10.8.8.8 cgi GET "/school/captcha?for=register" && expect_status 429 &&
	cgi GET "/school/captcha?for=register" && expect_status 200
'

test_expect_success 'HEAD gives the headers without an image' '
	cgi HEAD "/school/captcha?for=register" && expect_status 200 && expect_header Content-Type image/png &&
	test ! -s "$TRASH/body"
'

test_done
