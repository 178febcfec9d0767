#!/bin/bash
# t0260-login-hardening: the login's defences beyond the account lock. After 3 failed logins
# from an address, or for a login name, within 15 minutes the form shows the image captcha and
# a login needs its right answer (checked before the password, single use). Unknown accounts
# and wrong passwords behave identically here too. More than 30 login attempts from one
# address in 15 minutes get 429 操作过于频繁. When every password-hashing slot is busy a login
# gets a fast 503 系统繁忙. A hash with weaker parameters is replaced at login.
. "$(dirname "$0")/test-lib.sh"
setup_db

# post_login ADDRESS KIND LOGIN PASSWORD [CAPTCHA]: a fresh visitor from ADDRESS signs in.
post_login() {
	local extra=""
	[ -n "${5:-}" ] && extra="&captcha=$5"
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=$1 cgi GET /school/ &&
	REMOTE_ADDR_OVERRIDE=$1 cgi POST /school/login \
		"csrf=$(csrf_token)&kind=$2&login=$(urlencode "$3")&password=$(urlencode "$4")$extra"
}
failed_logins() { sql "SELECT failed_logins FROM accounts WHERE login_name = '$1'"; }
form_error() { grep -o "<p class=\"form-error\"[^<]*" "$TRASH/body"; }

test_expect_success 'a fresh address sees no captcha' '
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi GET /school/ &&
	expect_status 200 && expect_no_body "name=\"captcha\"" && expect_no_body "/school/captcha"
'

test_expect_success 'three failures from an address: the form asks for the captcha' '
	post_login 10.0.0.1 school 不存在的学校甲 Wrong#1pass && expect_no_body "name=\"captcha\"" &&
	post_login 10.0.0.1 school 不存在的学校乙 Wrong#1pass && expect_no_body "name=\"captcha\"" &&
	post_login 10.0.0.1 school 不存在的学校丙 Wrong#1pass && expect_status 200 &&
	expect_body "name=\"captcha\"" && expect_body "src=\"/school/captcha?for=login\"" &&
	sleep 1.1 && # a login page asks within a second (each worker reloads the flagged addresses, signin.h)
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi GET /school/ &&
	expect_body "name=\"captcha\"" && expect_body "看不清？换一张" &&
	REMOTE_ADDR_OVERRIDE=10.0.0.2 cgi GET /school/ && expect_no_body "name=\"captcha\""
'

test_expect_success 'the captcha image is served for the login form' '
	REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi GET "/school/captcha?for=login" && expect_status 200 &&
	expect_header Content-Type image/png
'

test_expect_success 'without the captcha the password is not even checked' '
	post_login 10.0.0.1 school "$DEMO_SCHOOL" School@2026 && expect_status 200 &&
	expect_body "请输入图片中的验证码" && test "$(failed_logins "$DEMO_SCHOOL")" = 0 &&
	post_login 10.0.0.1 school "$DEMO_SCHOOL" wrong-password && expect_body "请输入图片中的验证码" &&
	test "$(failed_logins "$DEMO_SCHOOL")" = 0
'

test_expect_success 'a wrong captcha is refused and audited; the answer is single use' '
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi GET /school/ && set_captcha login 1234 &&
	REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi POST /school/login \
		"csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026&captcha=9999" &&
	expect_status 200 && expect_body "验证码错误" && expect_body "name=\"captcha\"" &&
	REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi POST /school/login \
		"csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026&captcha=1234" &&
	expect_status 200 && expect_body "验证码错误" &&
	test "$(failed_logins "$DEMO_SCHOOL")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"login_captcha_failed\"")" = 2
'

test_expect_success 'the right captcha and password sign in' '
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi GET /school/ && set_captcha login 2468 &&
	REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi POST /school/login \
		"csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026&captcha=2468" &&
	expect_status 303 && expect_header Location "/school/s/$"
'

test_expect_success 'with the right captcha a wrong password still counts as a failure' '
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi GET /school/ && set_captcha login 1357 &&
	REMOTE_ADDR_OVERRIDE=10.0.0.1 cgi POST /school/login \
		"csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=wrong&captcha=1357" &&
	expect_status 200 && expect_body "账号或密码错误" && expect_body "name=\"captcha\"" &&
	test "$(failed_logins "$DEMO_SCHOOL")" = 1
'

test_expect_success 'three failures for one login name from three addresses: captcha for that name' '
	post_login 10.1.0.1 department 金水区 Wrong#1pass &&
	post_login 10.1.0.2 department 金水区 Wrong#1pass &&
	post_login 10.1.0.3 department 金水区 Wrong#1pass && expect_body "name=\"captcha\"" &&
	post_login 10.1.0.4 department 金水区 County@2026 && expect_status 200 && expect_body "请输入图片中的验证码" &&
	post_login 10.1.0.4 department 中牟县 County@2026 && expect_status 303
'

test_expect_success 'the owner answers the captcha once; a success clears the name counter' '
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.1.0.5 cgi GET /school/ && set_captcha login 8642 &&
	REMOTE_ADDR_OVERRIDE=10.1.0.5 cgi POST /school/login \
		"csrf=$(csrf_token)&kind=department&login=$(urlencode 金水区)&password=County%402026&captcha=8642" &&
	expect_status 303 &&
	post_login 10.1.0.6 department 金水区 County@2026 && expect_status 303
'

test_expect_success 'unknown accounts and wrong passwords lead to the captcha alike' '
	for i in 1 2 3; do post_login 10.2.0.1 school 查无此校 Wrong#1pass || exit 1; done &&
	form_error >"$TRASH/unknown" && grep -c "name=\"captcha\"" "$TRASH/body" >>"$TRASH/unknown" &&
	for i in 1 2 3; do post_login 10.2.0.2 school 郑州市第八中学 Wrong#1pass || exit 1; done &&
	form_error >"$TRASH/wrong" && grep -c "name=\"captcha\"" "$TRASH/body" >>"$TRASH/wrong" &&
	diff "$TRASH/unknown" "$TRASH/wrong"
'

test_expect_success 'the admin login page asks for the captcha after failures too' '
	for i in 1 2 3; do
		rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.3.0.1 cgi GET /school/admin/login &&
		REMOTE_ADDR_OVERRIDE=10.3.0.1 cgi POST /school/admin/login "csrf=$(csrf_token)&login=admin&password=nope" || exit 1
	done &&
	expect_body "name=\"captcha\"" &&
	sleep 1.1 && # a login page asks within a second (each worker reloads the flagged addresses, signin.h)
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.3.0.1 cgi GET /school/admin/login && expect_body "name=\"captcha\"" &&
	REMOTE_ADDR_OVERRIDE=10.3.0.1 cgi POST /school/admin/login "csrf=$(csrf_token)&login=admin&password=Admin%402026" &&
	expect_status 200 && expect_body "请输入图片中的验证码" &&
	set_captcha login 1111 &&
	REMOTE_ADDR_OVERRIDE=10.3.0.1 cgi POST /school/admin/login "csrf=$(csrf_token)&login=admin&password=Admin%402026&captcha=1111" &&
	expect_status 303 && expect_header Location "/school/verify$"
'

test_expect_success 'more than 30 attempts from one address in 15 minutes: 429 操作过于频繁' '
	rm -f "$TRASH/cookies" && REMOTE_ADDR_OVERRIDE=10.9.9.9 cgi GET /school/ && token=$(csrf_token) &&
	for i in $(seq 1 30); do
		REMOTE_ADDR_OVERRIDE=10.9.9.9 cgi POST /school/login "csrf=$token&kind=school&login=x$i&password=" &&
		expect_status 200 || exit 1
	done &&
	REMOTE_ADDR_OVERRIDE=10.9.9.9 cgi POST /school/login "csrf=$token&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026" &&
	expect_status 429 && expect_body "操作过于频繁" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"login_throttled\" AND ip = \"10.9.9.9\"")" = 1 &&
	post_login 10.9.9.8 school "$DEMO_SCHOOL" School@2026 && expect_status 303
'

test_expect_success 'all hashing slots busy: a login gets a fast 503 系统繁忙, then works again' '
	mkdir -p "$TRASH/locks" &&
	printf "\n[security]\nhash_slots = 1\nlock_dir = %s\n" "$TRASH/locks" >>"$HNEDU_CONF" &&
	post_login 10.4.0.1 school "$DEMO_SCHOOL" School@2026 && expect_status 303 &&
	lock="$TRASH/locks/hnedu-hash.0.lock" &&
	test -f "$lock" && ! test -e "$TRASH/locks/hnedu-hash.1.lock" &&
	{ flock -o "$lock" sleep 10 & } && holder=$! &&
	for i in $(seq 50); do flock -n "$lock" true || break; sleep 0.1; done &&
	! flock -n "$lock" true &&
	start=$(date +%s%N) &&
	post_login 10.4.0.1 school "$DEMO_SCHOOL" School@2026 &&
	ms=$(( ($(date +%s%N) - start) / 1000000 )) &&
	kill "$holder" && wait "$holder" 2>/dev/null;
	expect_status 503 && expect_body "系统繁忙" && test "$ms" -lt 6000 &&
	test "$(failed_logins "$DEMO_SCHOOL")" = 0 &&
	post_login 10.4.0.1 school "$DEMO_SCHOOL" School@2026 && expect_status 303
'

test_expect_success 'a hash with weaker parameters is replaced at login' '
	weak=$(printf "%s" "County@2026" | argon2 saltsaltsalt1234 -id -t 1 -m 12 -p 1 -e) &&
	sql "UPDATE accounts SET password_hash = \"$weak\" WHERE login_name = \"中牟县\"" &&
	post_login 10.5.0.1 department 中牟县 County@2026 && expect_status 303 &&
	sql "SELECT password_hash FROM accounts WHERE login_name = \"中牟县\"" | grep -qF "\$m=19456,t=2,p=1\$" &&
	post_login 10.5.0.1 department 中牟县 County@2026 && expect_status 303
'

test_done
