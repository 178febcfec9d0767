#!/bin/bash
# t0730-dept-school-settings: a department's 设置 of one school (/school/dept/schools/settings):
# the details; 设置为中心校 / 取消中心校 (refused while it has subordinate schools); 加入中心校
# (only a center of the school's own county, never itself, never a center joining another) and
# 移出中心校; 修改账号密码 (one-time password by SMS); the contact mobile (both numbers told by SMS);
# 提交注销申请 (only 合并 / 撤销, with a reason) for the admin. Each action writes its effect and an
# audit row; bad input keeps the typed values; another county's school is 404 + access_denied;
# a city acts on its counties' schools; POSTs without the CSRF token are 403.
. "$(dirname "$0")/test-lib.sh"
setup_db

settings() { cgi GET "/school/dept/schools/settings?id=$1"; }
# post ACTION ID [MORE]: a settings POST with the session's token (from the last page that had one).
post() {
	local t
	t=$(csrf_token) && [ -n "$t" ] && echo "$t" >"$TRASH/token"
	cgi POST "/school/dept/schools/settings/$1" "csrf=$(cat "$TRASH/token")&id=$2${3:+&$3}"
}
# follow: GET the Location of the last (303) response.
follow() { cgi GET "$(sed -n "s/^Location: //p" "$TRASH/headers" | tr -d "\r")"; }
audits() { sql "SELECT COUNT(*) FROM audit_log WHERE action = '$1' AND object_id = '$2'"; }

test_expect_success 'the page shows the school as in the manual, mobile masked' '
	login_as department 金水区 County@2026 &&
	settings 1 && expect_status 200 &&
	expect_body "郑州市金水区文化路第一小学" && expect_body "郑州市 / 金水区" && expect_body "公办" &&
	expect_body "小学" && expect_body "王丽" && expect_body "138****0001" && expect_no_body "13800000001" &&
	expect_body "中心校状态" && expect_body "设置为中心校" && expect_body "所属中心校" && expect_body "加入中心校" &&
	expect_body "修改账号密码" && expect_body "注销原因" && expect_body "提交注销申请" &&
	expect_body "href=\"/school/dept/centers\">中心校管理</a>"
'

test_expect_success 'the full mobile is shown on request and audited' '
	cgi GET "/school/dept/schools/settings?id=1&show=mobile" && expect_status 200 &&
	expect_body "13800000001" && test "$(audits mobile_revealed 1)" = 1
'

test_expect_success 'another county'"'"'s school, unknown and bad ids: 404 + access_denied, 400' '
	settings 2 && expect_status 404 && test "$(audits access_denied 2)" = 1 &&
	settings 18 && expect_status 404 &&
	settings 9999 && expect_status 404 && test "$(audits access_denied 9999)" = 1 &&
	settings abc && expect_status 400 &&
	settings 1 && post center 2 action=set && expect_status 404 &&
	post password 3 && expect_status 404 &&
	post mobile 3 mobile=13912340000 && expect_status 404 &&
	test "$(sql "SELECT CONCAT(is_center, contact_mobile_hmac = $(mh 13800000002)) FROM schools WHERE id = 2")" = 11 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13800000003)")" = 0
'

test_expect_success '设置为中心校: the school becomes a center, audited; twice is refused' '
	settings 5 && post center 5 action=set && expect_status 303 &&
	expect_header Location "/school/dept/schools/settings\?id=5&done=center_set" &&
	test "$(sql "SELECT is_center FROM schools WHERE id = 5")" = 1 &&
	test "$(audits center_changed 5)" = 1 &&
	follow && expect_body "已设置为中心校" && expect_body "取消中心校" &&
	post center 5 action=set && expect_status 409 && expect_body "该学校已是中心校"
'

test_expect_success '加入中心校: a center of the same county; choices exclude itself' '
	settings 6 && expect_body "<option value=\"5\">郑州市金水区纬五路第一小学</option>" &&
	expect_no_body "<option value=\"6\">" && expect_no_body "<option value=\"2\">" &&
	post join 6 center_id=5 && expect_status 303 &&
	test "$(sql "SELECT center_school_id FROM schools WHERE id = 6")" = 5 &&
	sql "SELECT detail FROM audit_log WHERE action = \"center_changed\" AND object_id = \"6\"" | grep -q "none -> 5" &&
	follow && expect_body "已加入中心校" && expect_body "移出中心校"
'

test_expect_success 'joining refuses no choice, itself, another county'"'"'s center and a center joining' '
	settings 7 && post join 7 center_id= && expect_status 200 && expect_body "请选择要加入的中心校" &&
	post join 7 center_id=7 && expect_status 409 && expect_body "学校不能加入自身" &&
	post join 7 center_id=2 && expect_status 409 && expect_body "请选择本县区（本市直）的中心校" &&
	post join 7 center_id=1 && expect_status 409 && expect_body "请选择本县区（本市直）的中心校" &&
	test "$(sql "SELECT center_school_id FROM schools WHERE id = 7")" = NULL &&
	post join 5 center_id=2 && expect_status 409 && expect_body "中心校不能加入其他中心校" &&
	post center 6 action=set && expect_status 409 && expect_body "请先移出中心校后再设置为中心校" &&
	test "$(sql "SELECT is_center FROM schools WHERE id = 6")" = 0
'

test_expect_success '取消中心校 is refused while it has subordinates, then allowed' '
	settings 5 && post center 5 action=unset && expect_status 409 &&
	expect_body "该中心校仍有 1 所所辖学校" && test "$(sql "SELECT is_center FROM schools WHERE id = 5")" = 1 &&
	settings 6 && post leave 6 && expect_status 303 &&
	test "$(sql "SELECT center_school_id FROM schools WHERE id = 6")" = NULL &&
	post leave 6 && expect_status 409 && expect_body "该学校未加入中心校" &&
	post center 5 action=unset && expect_status 303 &&
	test "$(sql "SELECT is_center FROM schools WHERE id = 5")" = 0 && test "$(audits center_changed 5)" = 2
'

test_expect_success '修改账号密码: a one-time password by SMS, audited' '
	old=$(sql "SELECT password_hash FROM accounts WHERE kind = \"school\" AND school_id = 1") &&
	settings 1 && expect_body "data-confirm=" && post password 1 && expect_status 303 &&
	expect_header Location ".*done=password" &&
	test "$(sql "SELECT CONCAT(must_change_password, password_hash <> \"$old\") FROM accounts WHERE kind = \"school\" AND school_id = 1")" = 11 &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000001) AND template = \"password_reset\"" | grep -q "临时密码为" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"password_reset\" AND detail LIKE \"school=1 %\"")" = 1 &&
	follow && expect_body "账号密码已重置" && expect_body "临时密码尚未修改"
'

test_expect_success 'the reset password signs in once; the old one no longer does' '
	cp "$TRASH/cookies" "$TRASH/dept.cookies" &&
	pw=$(sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000001) AND template = \"password_reset\"" | sed "s/.*临时密码为\([^，]*\)，.*/\1/") &&
	rm -f "$TRASH/cookies" && cgi GET /school/ && cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$(urlencode "$DEMO_SCHOOL")&password=School%402026" &&
	expect_status 200 &&
	login_as school "$DEMO_SCHOOL" "$pw" && cgi GET /school/s/ && expect_header Location "/school/password" &&
	cp "$TRASH/dept.cookies" "$TRASH/cookies"
'

test_expect_success 'contact mobile: messages in Chinese with the typed value kept' '
	settings 1 && post mobile 1 mobile= && expect_status 200 && expect_body "请输入新的联系人手机号码" &&
	post mobile 1 mobile=1380000 && expect_body "请输入正确的11位手机号码" && expect_body "value=\"1380000\"" &&
	post mobile 1 mobile=13800000001 && expect_body "新手机号与当前联系人手机相同" &&
	post mobile 1 mobile=13800000005 && expect_body "该手机号已是其他学校的登录手机号" && expect_body "value=\"13800000005\"" &&
	test "$(sql "SELECT contact_mobile_hmac = $(mh 13800000001) FROM schools WHERE id = 1")" = 1
'

test_expect_success 'contact mobile: school and login mobile change, both numbers told, audited' '
	post mobile 1 mobile=13912345678 && expect_status 303 && expect_header Location ".*done=mobile" &&
	test "$(sql "SELECT CONCAT(contact_mobile, contact_mobile_hmac = $(mh 13912345678)) FROM schools WHERE id = 1")" = "139****56781" &&
	test "$(sql "SELECT mobile_hmac = $(mh 13912345678) FROM accounts WHERE kind = \"school\" AND school_id = 1")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE template = \"mobile_changed\" AND mobile_hmac IN ($(mh 13800000001), $(mh 13912345678))")" = 2 &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000001) AND template = \"mobile_changed\"" | grep -q "139\*\*\*\*5678" &&
	sql "SELECT detail FROM audit_log WHERE action = \"mobile_changed\" AND object_id = \"1\"" | grep -q "138\*\*\*\*0001 -> 139\*\*\*\*5678"
'

test_expect_success '注销申请: only 合并 or 撤销, with a reason of at most 200 characters' '
	settings 8 && post cancel 8 "reason=$(urlencode 停办)" && expect_status 200 &&
	expect_body "请选择注销原因" && expect_body "停办" &&
	post cancel 8 "cause=other&reason=x" && expect_body "请选择注销原因" &&
	post cancel 8 "cause=merger&reason=" && expect_body "请填写注销说明" && expect_body "value=\"merger\" checked" &&
	long=$(printf "合%.0s" $(seq 1 201)) &&
	post cancel 8 "cause=closure&reason=$(urlencode "$long")" && expect_body "注销说明不能超过 200 个字" &&
	expect_body "$long" && expect_body "value=\"closure\" checked" &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE kind = \"cancellation\"")" = 0
'

test_expect_success '注销申请: stored for the admin, audited, shown as pending, no second one' '
	post cancel 8 "cause=merger&reason=$(urlencode "并入郑州市金水区实验幼儿园")" && expect_status 303 &&
	expect_header Location ".*done=cancel" &&
	test "$(sql "SELECT CONCAT(status, \"|\", JSON_VALUE(payload, \"$.cause\"), \"|\", reason, \"|\", applicant_account_id = (SELECT id FROM accounts WHERE login_name = \"金水区\")) FROM applications WHERE kind = \"cancellation\" AND school_id = 8")" = "pending|merger|并入郑州市金水区实验幼儿园|1" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"cancellation_requested\" AND detail = \"school=8 cause=merger\"")" = 1 &&
	follow && expect_body "注销申请已提交" && expect_body "待审核" && expect_body "并入郑州市金水区实验幼儿园" &&
	expect_no_body "action=\"/school/dept/schools/settings/cancel\"" &&
	post cancel 8 "cause=closure&reason=x" && expect_body "该学校已有待审核的注销申请" &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE kind = \"cancellation\"")" = 1
'

test_expect_success 'a center with subordinates cannot apply for cancellation' '
	login_as department 中牟县 County@2026 &&
	settings 2 && post cancel 2 "cause=closure&reason=x" && expect_status 200 &&
	expect_body "仍有 2 所所辖学校" && test "$(sql "SELECT COUNT(*) FROM applications WHERE school_id = 2")" = 0
'

test_expect_success 'a city acts on its counties'"'"' schools, not another city'"'"'s' '
	login_as department 郑州市 City@2026 &&
	settings 12 && expect_status 200 && expect_body "郑州市 / 中牟县" &&
	post join 12 center_id=2 && expect_status 303 &&
	test "$(sql "SELECT center_school_id FROM schools WHERE id = 12")" = 2 &&
	settings 18 && expect_body "郑州市 市直" && post join 18 center_id=2 && expect_status 409 &&
	expect_body "请选择本县区（本市直）的中心校" &&
	settings 24 && expect_status 404 &&
	login_as department 开封市 City@2026 && settings 1 && expect_status 404
'

test_expect_success 'POSTs without the CSRF token are 403 and change nothing' '
	login_as department 金水区 County@2026 &&
	for a in center join leave password mobile cancel; do
		cgi POST "/school/dept/schools/settings/$a" "id=7&action=set&center_id=5&mobile=13911112222&cause=closure&reason=x" &&
		expect_status 403 || exit 1
	done &&
	test "$(sql "SELECT CONCAT(is_center, contact_mobile_hmac = $(mh 13800000007)) FROM schools WHERE id = 7")" = 01 &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE school_id = 7")" = 0
'

test_expect_success 'schools and insurers cannot open the page' '
	login_as school 郑州市金水区纬五路第一小学 School@2026 && cgi GET "/school/dept/schools/settings?id=5" && expect_status 403 &&
	login_as insurer pingan_henan Insurer@2026 && cgi GET "/school/dept/schools/settings?id=5" && expect_status 403
'

test_done
