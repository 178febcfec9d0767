#!/bin/bash
# t0810-center-register: 增加所辖学校. A center school registers an unregistered school of its
# own county on its behalf: the public form less 区域 (the center's), SMS code and captcha;
# messages in Chinese with the typed values kept and nothing written; a name taken in the county
# is refused. The registration is pending with the center as center_school_id and the center's
# account as applicant, listed on the page; the admin's approval opens the school account (its
# password by SMS to the contact) and the school is a subordinate on 所辖学校; a rejection
# shows the reason, and the center may resubmit. A school account that is no center gets none of it.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/register-lib.sh"
setup_db
use_private_storage && make_fixtures || exit 1
NEW=中牟县官渡镇第二小学
CENTER_ACCOUNT=$(sql "SELECT id FROM accounts WHERE login_name = '$DEMO_CENTER'")
schools() { sql "SELECT COUNT(*) FROM schools"; }

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}

# center_submit NAME MOBILE FILE [SPEC...]: the center's 增加所辖学校 form (open the page first).
center_submit() {
	local name=$1 mobile=$2 file=$3
	shift 3
	cgi_multipart /school/files/center-register "csrf=$(csrf_token)" "name=$name" "school_type=小学" "nature=公办" \
		"contact_name=王老师" "mobile=$mobile" "certificate=@$file" "$@"
}

open_page() { cgi GET /school/center/register && expect_status 200 && cp "$TRASH/body" "$TRASH/page"; }

test_expect_success 'the page is live in the center nav: the center county, no SMS code, no captcha' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	open_page &&
	expect_body "href=\"/school/center/register\" aria-current=\"page\">增加所辖学校</a>" &&
	expect_body "郑州市 / 中牟县" && expect_body "action=\"/school/files/center-register\"" &&
	expect_no_body "name=\"sms_code\"" && expect_no_body "name=\"captcha\"" && expect_no_body "name=\"region\"" &&
	expect_body "没有待审核或未通过的代注册学校"
'

test_expect_success 'bad input: messages in Chinese, typed values kept, nothing written' '
	before=$(schools) && open_page &&
	cgi_multipart /school/files/center-register "csrf=$(csrf_token)" "name=二小" "school_type=小学" \
		"contact_name=王老师" "mobile=1380000" && expect_status 200 &&
	expect_body "学校全称应为 4-60 个字" && expect_body "请选择学校性质" && expect_body "请填写正确的11位手机号码" &&
	expect_body "请选择资质证书文件" && expect_body "value=\"二小\"" && expect_body "value=\"王老师\"" &&
	expect_body "value=\"1380000\"" && expect_no_body "图形验证码" &&
	center_submit "$NEW" 13912300001 "$TRASH/fake.pdf" && expect_status 200 &&
	expect_body "资质证书只能是 JPG、PNG 图片或 PDF 文件" && expect_body "出错后已选择的资质证书文件不会保留" &&
	center_submit 中牟县第一高级中学 13912300001 "$TRASH/cert.pdf" && expect_status 200 &&
	expect_body "该区域已有同名学校注册或正在审核" &&
	test "$(schools)" = "$before" &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE kind = '\''registration'\'' AND applicant_account_id IS NOT NULL")" = 0
'

test_expect_success 'a registration on behalf: pending, tied to the center, filed by its account, audited' '
	open_page && center_submit "$NEW" 13912300001 "$TRASH/cert.pdf" && expect_status 303 &&
	expect_header Location "/school/center/register\\?done=1" &&
	test "$(sql "SELECT CONCAT_WS(\" \", region_code, city_code, status, center_school_id, contact_mobile_hmac = $(mh 13912300001)) FROM schools WHERE name = \"$NEW\"")" = \
		"410122 410100 pending 2 1" &&
	test "$(sql "SELECT CONCAT_WS(\" \", a.status, a.applicant_account_id, f.kind, f.uploaded_by, f.school_id = s.id)
		FROM applications a JOIN schools s ON s.id = a.school_id
		JOIN files f ON f.id = JSON_VALUE(a.payload, \"$.certificate_file_id\") WHERE s.name = \"$NEW\"")" = \
		"pending $CENTER_ACCOUNT certificate $CENTER_ACCOUNT 1" &&
	sql "SELECT detail FROM audit_log WHERE action = \"registration_submitted\"" | grep -q "by center=2" &&
	cgi GET "/school/center/register?done=1" && expect_status 200 && expect_body "注册信息已提交，等待管理中心审核" &&
	expect_body "$NEW" && expect_body "待审核" && expect_body "139****0001" &&
	cgi GET /school/center/ && expect_status 200 && expect_no_body "$NEW" && expect_body "有 1 所待审核或未通过"
'

test_expect_success 'the admin approves: the school is a subordinate and gets its account by SMS' '
	id=$(sql "SELECT a.id FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = \"$NEW\"") &&
	admin_login && cgi GET /school/admin/registrations && expect_body "$NEW" &&
	cgi GET "/school/admin/registration?id=$id" && expect_status 200 &&
	expect_body "代为注册" && expect_body "中心校“$DEMO_CENTER”" &&
	cgi POST /school/admin/registration/approve "csrf=$(csrf_token)&id=$id" && expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\" \", status, center_school_id) FROM schools WHERE name = \"$NEW\"")" = "active 2" &&
	test "$(sql "SELECT CONCAT_WS(\" \", kind, mobile_hmac = $(mh 13912300001)) FROM accounts WHERE login_name = \"$NEW\"")" = "school 1" &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13912300001) AND template = \"initial_password\"" | grep -q "$NEW" &&
	login_as school "$DEMO_CENTER" Center@2026 &&
	cgi GET /school/center/ && expect_status 200 && expect_body "$NEW" && expect_no_body "待审核或未通过" &&
	sid=$(sql "SELECT id FROM schools WHERE name = \"$NEW\"") &&
	expect_body "href=\"/school/s/enroll?school=$sid\"" &&
	open_page && expect_no_body "$NEW"
'

test_expect_success 'a rejection shows the reason; the center may correct and resubmit' '
	open_page && center_submit 中牟县官渡镇第三小学 13912300003 "$TRASH/cert.png" && expect_status 303 &&
	id=$(sql "SELECT a.id FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = \"中牟县官渡镇第三小学\"") &&
	admin_login && cgi GET "/school/admin/registration?id=$id" &&
	cgi POST /school/admin/registration/reject "csrf=$(csrf_token)&id=$id&reason=$(urlencode "资质证书不清晰")" && expect_status 303 &&
	login_as school "$DEMO_CENTER" Center@2026 &&
	open_page && expect_body "中牟县官渡镇第三小学" && expect_body "已驳回" && expect_body "资质证书不清晰" &&
	cgi GET /school/center/ && expect_body "有 1 所待审核或未通过" &&
	open_page && center_submit 中牟县官渡镇第三小学 13912300004 "$TRASH/cert.jpg" && expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\" \", status, contact_mobile_hmac = $(mh 13912300004), center_school_id) FROM schools WHERE name = \"中牟县官渡镇第三小学\"")" = "pending 1 2" &&
	test "$(sql "SELECT COUNT(*) FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = \"中牟县官渡镇第三小学\" AND a.status = \"pending\"")" = 1 &&
	open_page && expect_body "待审核"
'

test_expect_success 'a plain school and a center whose status was removed get neither page nor upload' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/center/register && test "$(cat "$TRASH/status")" != 200 &&
	login_as school "$DEMO_CENTER" Center@2026 && open_page &&
	sql "UPDATE schools SET is_center = 0 WHERE id = 2" && before=$(schools) &&
	center_submit 中牟县官渡镇第四小学 13912300005 "$TRASH/cert.pdf" && test "$(cat "$TRASH/status")" != 303 &&
	test "$(schools)" = "$before" &&
	cgi GET /school/center/register && test "$(cat "$TRASH/status")" != 200
'

test_done
