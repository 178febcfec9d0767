#!/bin/bash
# t0220-register: 学校注册 end to end through portal.fcgi (the form) and uploads.fcgi (the
# multipart POST): the form and its links, a complete registration (school pending, files row,
# application, audit, stored blob) that the admin and the county can download, 市直 schools,
# every required field, per-field messages with the typed values kept, XSS escaped, wrong
# captcha, bad / expired / reused SMS codes, the no-JavaScript 发送验证码, CSRF on the upload
# (missing, not first, foreign origin) and the per-address throttle.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/register-lib.sh"
setup_db
use_private_storage
make_fixtures

count() { sql "SELECT COUNT(*) FROM $1"; }

test_expect_success 'the login page links to 学校注册, 忘记密码 and 忘记登录账号' '
	rm -f "$TRASH/cookies" && cgi GET /school/ && expect_status 200 &&
	expect_body "<a href=\"/school/register\">学校注册</a>" &&
	expect_body "<a href=\"/school/forgot-password\">忘记密码?</a>" &&
	expect_body "<a href=\"/school/forgot-account\">忘记登录账号?</a>" &&
	expect_no_body "未开放"
'

test_expect_success 'the form: grouped regions with 市直, types, nature, SMS button, certificate, template, captcha' '
	open_register &&
	expect_body "<optgroup label=\"郑州市\">" && expect_body "<option value=\"410100\">郑州市（市直）</option>" &&
	expect_body "<option value=\"410105\">金水区</option>" &&
	expect_body "<option value=\"419001\">济源市（市直）</option>" &&
	test "$(grep -c "<optgroup" "$TRASH/body")" = 18 &&
	expect_body "<option value=\"九年一贯制\">九年一贯制</option>" && expect_body "<option value=\"教学点\">教学点</option>" &&
	expect_body "value=\"公办\"" && expect_body "value=\"民办\"" &&
	expect_body "enctype=\"multipart/form-data\"" && expect_body "action=\"/school/files/register\"" &&
	expect_body "data-sms-purpose=\"register\"" && expect_body "发送验证码" &&
	expect_body "name=\"certificate\" type=\"file\"" &&
	expect_body "/school/static/docs/certificate-explanation.html" &&
	expect_body "src=\"/school/captcha?for=register\"" && expect_body "看不清？换一张" &&
	expect_body "/school/static/js/sms-code.js" &&
	first=$(sed -n "/<form/,\$p" "$TRASH/body" | grep -o "name=\"[a-z_]*\"" | sed -n 1p) && test "$first" = "name=\"csrf\""
'

test_expect_success 'the printable 说明 template: one page with blanks and the seal, print CSS, no inline style or script' '
	f="$ROOT/htdocs/docs/certificate-explanation.html" &&
	grep -q "说明" "$f" && grep -q "盖章" "$f" && grep -q "学校全称" "$f" && grep -q "年" "$f" &&
	! grep -qi "style=" "$f" && ! grep -qiE "<script>|<style|onclick=" "$f" &&
	grep -q "@media print" "$ROOT/htdocs/css/site.css" && grep -q "\.explanation" "$ROOT/htdocs/css/site.css"
'

test_expect_success 'a complete registration: 303 to the confirmation, school pending, file, application, audit' '
	open_register &&
	submit_registration "郑州市金水区新芽小学" 410105 13900000001 "$TRASH/cert.pdf" &&
	expect_status 303 && expect_header Location /school/register/done &&
	id=$(sql "SELECT id FROM schools WHERE name = \"郑州市金水区新芽小学\"") && test -n "$id" &&
	test "$(sql "SELECT CONCAT_WS(\",\", status, region_code, city_code, school_type, nature, contact_name, contact_mobile, contact_mobile_hmac = $(mh 13900000001)) FROM schools WHERE id = $id")" = "pending,410105,410100,小学,公办,张老师,139****0001,1" &&
	fid=$(sql "SELECT id FROM files WHERE school_id = $id") &&
	test "$(sql "SELECT CONCAT_WS(\",\", kind, content_type, original_name, size_bytes, uploaded_by IS NULL) FROM files WHERE id = $fid")" = "certificate,application/pdf,cert.pdf,$(wc -c <"$TRASH/cert.pdf"),1" &&
	sha=$(sql "SELECT sha256 FROM files WHERE id = $fid") && test "$sha" = "$(sha256sum "$TRASH/cert.pdf" | cut -d" " -f1)" &&
	cmp "$TRASH/storage/${sha:0:2}/$sha" "$TRASH/cert.pdf" &&
	test -z "$(ls -A "$TRASH/storage/tmp")" &&
	test "$(sql "SELECT CONCAT_WS(\",\", kind, status, JSON_VALUE(payload, \"$.certificate_file_id\"), applicant_account_id IS NULL) FROM applications WHERE school_id = $id")" = "registration,pending,$fid,1" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"registration_submitted\" AND object_id = \"$id\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE school_id = $id")" = 0 &&
	echo "$id $fid" >"$TRASH/first" &&
	cgi GET /school/register/done && expect_status 200 &&
	expect_body "注册信息已提交，等待审核；审核结果将以短信通知"
'

test_expect_success 'the admin and the county department can download the pending certificate; another school cannot' '
	read -r id fid <"$TRASH/first" &&
	login_as admin admin Admin@2026 &&
	cgi GET "/school/files/download?id=$fid" && expect_status 200 && expect_header X-Accel-Redirect "/_files/" &&
	expect_header Content-Type application/pdf &&
	login_as department 金水区 County@2026 &&
	cgi GET "/school/files/download?id=$fid" && expect_status 200 &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET "/school/files/download?id=$fid" && expect_status 404
'

test_expect_success 'a 市直 school: region_code is the city code' '
	open_register &&
	submit_registration "郑州市直属实验学校" 410100 13900000002 "$TRASH/cert.png" &&
	expect_status 303 &&
	test "$(sql "SELECT CONCAT(region_code, city_code) FROM schools WHERE name = \"郑州市直属实验学校\"")" = 410100410100 &&
	open_register &&
	submit_registration "济源市第一实验小学" 419001 13900000003 "$TRASH/cert.jpg" &&
	expect_status 303 &&
	test "$(sql "SELECT CONCAT(region_code, city_code) FROM schools WHERE name = \"济源市第一实验小学\"")" = 419001419001
'

test_expect_success 'every field is required: messages under each, nothing stored' '
	before=$(count schools) && files=$(count files) && open_register &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" && expect_status 200 &&
	for m in "请选择学校所在区域" "请填写学校全称" "请选择学校类型" "请选择学校性质" "请填写联系人姓名" \
		"请填写正确的11位手机号码" "请填写短信中的 6 位验证码" "请选择资质证书文件" "请输入图形验证码"; do
		expect_body "$m" || exit 1
	done &&
	expect_body "提交的信息有误" && expect_body "aria-invalid=\"true\"" &&
	test "$(count schools)" = "$before" && test "$(count files)" = "$files"
'

test_expect_success 'bad values: name length, unknown or province region, unknown type and nature, short contact' '
	files=$(count files) && open_register && set_captcha register 1111 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410000" "name=某小学" \
		"school_type=大学" "nature=国办" "contact_name=王" "mobile=1390000000" "sms_code=12345" \
		"certificate=@$TRASH/cert.pdf" "captcha=1111" && expect_status 200 &&
	expect_body "学校全称应为 4-60 个字" && expect_body "请选择学校所在区域" && expect_body "请选择学校类型" &&
	expect_body "请选择学校性质" && expect_body "联系人姓名应为 2-30 个字" && expect_body "请填写正确的11位手机号码" &&
	long=$(printf "长%.0s" $(seq 61)) &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=999999" "name=$long" && expect_status 200 &&
	expect_body "学校全称应为 4-60 个字" && expect_body "请选择学校所在区域" &&
	test "$(count files)" = "$files"
'

test_expect_success 'typed values are kept on errors, and the file must be chosen again' '
	open_register &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410122" "name=中牟县保留值小学" \
		"school_type=九年一贯制" "nature=民办" "contact_name=李保留" "mobile=13900000009" "sms_code=000000" \
		"certificate=@$TRASH/cert.pdf" "captcha=" && expect_status 200 &&
	expect_body "<option value=\"410122\" selected>中牟县</option>" && expect_body "value=\"中牟县保留值小学\"" &&
	expect_body "<option value=\"九年一贯制\" selected>" && expect_body "value=\"民办\" checked" &&
	expect_body "value=\"李保留\"" && expect_body "value=\"13900000009\"" && expect_body "value=\"000000\"" &&
	expect_body "请重新选择后提交" && expect_body "请输入图形验证码" &&
	test -z "$(ls -A "$TRASH/storage/tmp")"
'

test_expect_success 'markup typed into every field comes back escaped' '
	x="\"><script>alert(1)</script>" && open_register &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=$x" "name=$x学校名称" \
		"school_type=$x" "nature=$x" "contact_name=$x" "mobile=$x" "sms_code=$x" "captcha=$x" &&
	expect_status 200 && expect_no_body "<script>alert(1)" &&
	test "$(grep -c "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" "$TRASH/body")" -ge 4
'

test_expect_success 'a wrong captcha is refused and does not spend the SMS code' '
	open_register && code=$(register_code 13900000010) &&
	set_captcha register 1234 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410105" "name=金水区验证码测试小学" \
		"school_type=小学" "nature=公办" "contact_name=赵老师" "mobile=13900000010" "sms_code=$code" \
		"certificate=@$TRASH/cert.pdf" "captcha=4321" && expect_status 200 &&
	expect_body "图形验证码错误或已过期" &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE name = \"金水区验证码测试小学\"")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh 13900000010) AND used_at IS NULL")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM captchas")" = 0
'

test_expect_success 'a wrong, an expired and a reused SMS code are refused' '
	open_register && code=$(register_code 13900000011) &&
	set_captcha register 1234 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410105" "name=金水区短信测试小学" \
		"school_type=小学" "nature=公办" "contact_name=赵老师" "mobile=13900000011" "sms_code=$(printf "%06d" $(( (10#$code + 1) % 1000000 )))" \
		"certificate=@$TRASH/cert.pdf" "captcha=1234" && expect_status 200 &&
	expect_body "短信验证码错误或已失效" &&
	sql "UPDATE sms_codes SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE mobile_hmac = $(mh 13900000011)" &&
	set_captcha register 1234 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410105" "name=金水区短信测试小学" \
		"school_type=小学" "nature=公办" "contact_name=赵老师" "mobile=13900000011" "sms_code=$code" \
		"certificate=@$TRASH/cert.pdf" "captcha=1234" && expect_status 200 &&
	expect_body "短信验证码错误或已失效" &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE name = \"金水区短信测试小学\"")" = 0 &&
	submit_registration "金水区短信测试小学" 410105 13900000011 "$TRASH/cert.pdf" && expect_status 303 &&
	code=$(sms_code register 13900000011) && set_captcha register 1234 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410105" "name=金水区短信测试二小" \
		"school_type=小学" "nature=公办" "contact_name=赵老师" "mobile=13900000011" "sms_code=$code" \
		"certificate=@$TRASH/cert.pdf" "captcha=1234" && expect_status 200 &&
	expect_body "短信验证码错误或已失效" &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE name = \"金水区短信测试二小\"")" = 0
'

test_expect_success 'without JavaScript 发送验证码 submits the form: code sent, values kept, nothing registered' '
	open_register && sql "DELETE FROM auth_throttle" && before=$(count sms_messages) &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410105" "name=金水区无脚本小学" \
		"contact_name=钱老师" "mobile=13900000012" "certificate=@$TRASH/cert.pdf" "send_code=1" && expect_status 200 &&
	expect_body "验证码已发送至 139****0012" && expect_body "value=\"金水区无脚本小学\"" &&
	expect_no_body "提交的信息有误" &&
	test "$(count sms_messages)" = $((before + 1)) && test -n "$(sms_code register 13900000012)" &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE name = \"金水区无脚本小学\"")" = 0 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "mobile=13900000012" "send_code=1" && expect_status 200 &&
	expect_body "60 秒后再试" && test "$(count sms_messages)" = $((before + 1))
'

test_expect_success 'CSRF: no token, token not first, foreign origin, no cookie: 403 and nothing stored' '
	before=$(count schools) && open_register && token=$(cat "$TRASH/csrf") &&
	cgi_multipart /school/files/register "region=410105" "name=金水区跨站小学" && expect_status 403 &&
	cgi_multipart /school/files/register "region=410105" "csrf=$token" "name=金水区跨站小学" && expect_status 403 &&
	ORIGIN=https://evil.example cgi_multipart /school/files/register "csrf=$token" "name=金水区跨站小学" && expect_status 403 &&
	NO_COOKIES=1 cgi_multipart /school/files/register "csrf=$token" "name=金水区跨站小学" && expect_status 403 &&
	cgi_multipart /school/files/register "csrf=0000" "name=金水区跨站小学" && expect_status 403 &&
	test "$(count schools)" = "$before" && test -z "$(ls -A "$TRASH/storage/tmp")"
'

test_expect_success 'GET on the upload URL is 405; a non-multipart POST is 415' '
	open_register &&
	cgi GET /school/files/register && expect_status 405 &&
	cgi POST /school/files/register "csrf=$(cat "$TRASH/csrf")&name=x" && expect_status 415
'

test_expect_success 'submissions are throttled per address (30 an hour)' '
	open_register &&
	sql "INSERT INTO auth_throttle (throttle_key, at) SELECT \"register:ip:10.9.9.9\", UTC_TIMESTAMP(6) FROM seq_1_to_30" &&
	REMOTE_ADDR_OVERRIDE=10.9.9.9 cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "name=x" &&
	expect_status 429 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "name=x" && expect_status 200
'

test_done
