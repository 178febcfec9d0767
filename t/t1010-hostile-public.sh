#!/bin/bash
# t1010-hostile-public: hostile values (markup, SQL, formulas, 10,000 characters, control
# characters, CR/LF, NUL, full-width digits) in every field of the public forms (登录, 管理员登录,
# 找回密码, 找回账号, 学校注册, 登录验证, 修改密码) and in the query of every public page: never a
# 500, never raw markup, a 400 says why in Chinese; a registration carrying markup is stored
# as typed and shown escaped to the admin; nothing is stored half. (t0140 covers the echo of
# the login name; this sweeps every field.)
. "$(dirname "$0")/test-lib.sh"
. "$ROOT/t/hostile-lib.sh"
. "$ROOT/t/register-lib.sh"
setup_db
use_private_storage && make_fixtures

# The login limits (captcha after 3 failures, 30 tries per address) and the SMS send limits
# would answer every later post the same way: reset them before each post of a sweep.
SWEEP_HOOK="sql \"DELETE FROM auth_throttle; UPDATE accounts SET failed_logins = 0, locked_until = NULL\""

test_expect_success 'every field of the login form takes every hostile value safely' '
	rm -f "$TRASH/cookies" && sweep_forms /school/ &&
	rm -f "$TRASH/cookies" && sweep_forms /school/admin/login
'

test_expect_success 'every field of 找回密码 and 找回账号 takes every hostile value safely' '
	rm -f "$TRASH/cookies" && sweep_forms /school/forgot-password &&
	rm -f "$TRASH/cookies" && sweep_forms /school/forgot-account
'

test_expect_success 'every field of 学校注册 (multipart, no file) takes every hostile value safely' '
	rm -f "$TRASH/cookies" && sweep_forms /school/register
'

test_expect_success 'the SMS code request takes hostile mobiles and purposes safely (JSON or 400)' '
	rm -f "$TRASH/cookies" && cgi GET /school/register && token=$(csrf_token) &&
	while IFS=$'"'\t'"' read -r name value; do
		eval "$SWEEP_HOOK" &&
		cgi POST /school/sms/send-code "csrf=$token&purpose=register&mobile=$value" && expect_safe 200 400 429 &&
		cgi POST /school/sms/send-code "csrf=$token&purpose=$value&mobile=13800138000" && expect_safe 200 400 429 ||
		{ echo "value <$name>"; exit 1; }
	done < <(hostile_values)
'

test_expect_success 'the query of every public page takes every hostile value safely' '
	rm -f "$TRASH/cookies" && sweep_routes portal Public &&
	sweep_get /school/captcha purpose &&
	sweep_get /school/register/done id
'

test_expect_success '登录验证 and 修改密码 of a signed-in account take every hostile value safely' '
	sql "UPDATE accounts SET must_change_password = 1 WHERE login_name = \"$DEMO_SCHOOL\"" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	sweep_forms /school/password
'

test_expect_success 'a registration with markup and formulas is stored as typed and shown escaped to the admin' '
	open_register &&
	submit_registration "<script>alert(1)</script>实验小学" 410105 13800138123 "$TRASH/cert.pdf" &&
	expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE name = \"<script>alert(1)</script>实验小学\"")" = 1 &&
	open_register &&
	submit_registration "=cmd|\" /C calc\"!A0学校" 410105 13800138124 "$TRASH/cert.pdf" "contact_name=\"><img src=x onerror=alert(1)>" &&
	expect_safe &&
	login_as admin admin Admin@2026 &&
	cgi GET /school/admin/registrations && expect_safe 200 &&
	expect_body "&lt;script&gt;alert(1)&lt;/script&gt;实验小学" &&
	id=$(sql "SELECT id FROM schools WHERE name LIKE \"<script>%\"") &&
	app=$(sql "SELECT id FROM applications WHERE school_id = $id") &&
	cgi GET "/school/admin/registration?id=$app" && expect_safe 200 && expect_body "&lt;script&gt;alert(1)"
'

test_expect_success 'a registration whose name has control characters or 10,000 characters is refused with the values kept' '
	open_register &&
	submit_registration "$(printf "坏\001学校")" 410105 13800138125 "$TRASH/cert.pdf" && expect_safe 200 400 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE name LIKE \"坏%\"")" = 0 &&
	open_register &&
	submit_registration "$(printf "%05000d" 0 | sed "s/0/长/g")" 410105 13800138126 "$TRASH/cert.pdf" && expect_safe 200 400 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE CHAR_LENGTH(name) > 1000")" = 0
'

test_expect_success 'a full-width mobile in 学校注册 is read as its digits or refused in Chinese, never a 500' '
	open_register &&
	code=$(register_code 13800138127) && set_captcha register 2468 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410105" "name=全角号码小学" \
		"school_type=小学" "nature=公办" "contact_name=张老师" "mobile=１３８００１３８１２７" "sms_code=$code" \
		"certificate=@$TRASH/cert.pdf" "captcha=2468" && expect_safe
'

test_expect_success 'nothing was stored half: no control characters, no 10,000-character values' '
	found=$(stored_half) && { test -z "$found" || { echo "stored half: $found"; false; }; }
'

test_done
