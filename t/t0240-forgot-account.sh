#!/bin/bash
# t0240-forgot-account: 忘记登录账号 (查找登录账号): full name + captcha → the login name and the
# masked registered mobile of each active school of that name, or a neutral 未找到; every
# lookup audited; wrong captcha, missing fields, throttle, CSRF and escaping.
. "$(dirname "$0")/test-lib.sh"
setup_db

visit() { rm -f "$TRASH/cookies" && cgi GET /school/forgot-account && csrf_token >"$TRASH/csrf"; }
# find NAME [ANSWER]: the lookup with a known captcha answer (or ANSWER typed instead).
find_school() {
	set_captcha forgot_account 7531 &&
	cgi POST /school/forgot-account "csrf=$(cat "$TRASH/csrf")&name=$(urlencode "$1")&captcha=${2-7531}"
}
lookups() { sql "SELECT COUNT(*) FROM audit_log WHERE action = 'account_lookup'"; }

test_expect_success 'the page: 学校全称, 验证码 with its image and refresh link, 返回登录' '
	visit && expect_status 200 &&
	expect_body "查找登录账号" && expect_body "办学许可证或事业单位法人证书上的学校全称" &&
	expect_body "学校全称" && expect_body "验证码" && expect_body "src=\"/school/captcha?for=forgot_account\"" &&
	expect_body "看不清？换一张" && expect_body "href=\"/school/\">返回登录" && expect_body "/school/static/js/captcha.js"
'

test_expect_success 'an active school: its login name and the masked mobile, never the full one; audited' '
	visit && before=$(lookups) &&
	find_school "$DEMO_SCHOOL" && expect_status 200 &&
	expect_body "查找结果" && expect_body "$DEMO_SCHOOL" && expect_body "138****0001" && expect_body "郑州市 金水区" &&
	expect_no_body "13800000001" &&
	test "$(lookups)" = $((before + 1)) &&
	sql "SELECT detail FROM audit_log WHERE action = \"account_lookup\" ORDER BY id DESC LIMIT 1" | grep -q "found=1"
'

test_expect_success 'a 市直 school shows its city as the region' '
	find_school 郑州市第一中学 && expect_body "郑州市（市直）" && expect_body "138****0018"
'

test_expect_success 'unknown, pending and rejected schools: the neutral 未找到 (audited)' '
	before=$(lookups) &&
	find_school "郑州市不存在的学校" && expect_status 200 && expect_body "未找到该学校的注册信息" && expect_no_body "查找结果" &&
	find_school "郑州市金水区小星星幼儿园" && expect_body "未找到该学校的注册信息" && expect_no_body "138****0038" &&
	sql "UPDATE schools SET status = \"rejected\" WHERE id = 39" &&
	find_school "兰考县仪封镇代庄小学" && expect_body "未找到该学校的注册信息" &&
	test "$(lookups)" = $((before + 3))
'

test_expect_success 'a disabled account is not shown' '
	sql "UPDATE accounts SET status = \"disabled\" WHERE login_name = \"郑州市第八中学\"" &&
	find_school 郑州市第八中学 && expect_body "未找到该学校的注册信息" && expect_no_body "138****0009"
'

test_expect_success 'a wrong or missing captcha: a message, no lookup; the typed name is kept' '
	before=$(lookups) &&
	find_school "$DEMO_SCHOOL" 0000 && expect_status 200 && expect_body "图形验证码错误或已过期" &&
	expect_no_body "138****0001" && expect_body "value=\"$DEMO_SCHOOL\"" &&
	cgi POST /school/forgot-account "csrf=$(cat "$TRASH/csrf")&name=$(urlencode "$DEMO_SCHOOL")" && expect_body "请输入图形验证码" &&
	cgi POST /school/forgot-account "csrf=$(cat "$TRASH/csrf")&captcha=1234" && expect_body "请填写学校全称" &&
	test "$(lookups)" = "$before"
'

test_expect_success 'markup in the name comes back escaped' '
	find_school "\"><script>alert(1)</script>" && expect_status 200 &&
	expect_no_body "<script>alert" && expect_body "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
'

test_expect_success 'CSRF: no token or a foreign origin is 403 and nothing is looked up' '
	before=$(lookups) && set_captcha forgot_account 7531 &&
	cgi POST /school/forgot-account "name=$(urlencode "$DEMO_SCHOOL")&captcha=7531" && expect_status 403 &&
	ORIGIN=https://evil.example cgi POST /school/forgot-account "csrf=$(cat "$TRASH/csrf")&name=x&captcha=7531" &&
	expect_status 403 && test "$(lookups)" = "$before"
'

test_expect_success 'lookups are throttled per address (20 an hour)' '
	sql "INSERT INTO auth_throttle (throttle_key, at) SELECT \"account_lookup:ip:10.5.5.5\", UTC_TIMESTAMP(6) FROM seq_1_to_20" &&
	set_captcha forgot_account 7531 &&
	REMOTE_ADDR_OVERRIDE=10.5.5.5 cgi POST /school/forgot-account "csrf=$(cat "$TRASH/csrf")&name=$(urlencode "$DEMO_SCHOOL")&captcha=7531" &&
	expect_status 429 && expect_no_body "138****0001"
'

test_done
