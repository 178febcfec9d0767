#!/bin/bash
# t0340-admin-sms: the admin's 短信记录. Every queued SMS newest first, 20 a page, filtered by
# mobile (first 1-3 digits, or the whole number by its HMAC), purpose prefix, status and date
# range (China dates); mobiles masked; codes shown as
# ****** and passwords as ******** (never the full text of a secret message); status badges,
# attempts, delivery time. 重发 queues a copy of a failed notice (audited); code and password
# messages are never resent. Bad filters are shown inline; only the admin gets in.
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}
count() { sql "SELECT COUNT(*) FROM sms_messages WHERE $1"; }

# Six known messages (times are UTC; China is UTC+8).
sql "INSERT INTO sms_messages (id, mobile, template, params, body, purpose, status, attempts, last_error, created_at, sent_at, delivered_at) VALUES
 (9001, '13700000001', 'code', '{\"code\": \"482913\", \"minutes\": \"5\", \"purpose\": \"找回密码\"}',
  '【河南省教育保险管理系统】您的验证码为482913，5分钟内有效，仅用于找回密码，请勿告诉他人。', 'code:reset_password', 'failed', 3, 'gateway 500', '2026-09-01 02:00:00', NULL, NULL),
 (9002, '13700000002', 'initial_password', '{\"login\": \"某某小学\", \"password\": \"Qm7#vTx2Lp9w\"}',
  '【河南省教育保险管理系统】您的账号“某某小学”已开通，初始密码为Qm7#vTx2Lp9w，仅可使用一次，首次登录后须立即修改。', 'notice:initial_password', 'failed', 5, 'timeout', '2026-09-01 03:00:00', NULL, NULL),
 (9003, '13700000003', 'registration_rejected', '{\"school\": \"某某小学\", \"reason\": \"证书不清晰\"}',
  '【河南省教育保险管理系统】您提交的学校注册“某某小学”未通过审核，原因：证书不清晰。请修改后重新提交。', 'notice:registration_rejected', 'failed', 5, 'gateway timeout', '2026-09-02 20:00:00', NULL, NULL),
 (9004, '13700000004', 'application_approved', '{\"what\": \"区域变更\"}',
  '【河南省教育保险管理系统】您提交的区域变更申请已审核通过。', 'notice:application_approved', 'delivered', 1, NULL, '2026-09-03 00:59:00', '2026-09-03 00:59:05', '2026-09-03 01:00:00'),
 (9005, '13700000005', 'password_reset', '{}',
  '【河南省教育保险管理系统】您的账号“x”的密码已重置，临时密码为Zx9@pLm3Kq7v，仅可使用一次，登录后须立即修改。', 'notice:password_reset', 'sent', 1, NULL, '2026-08-20 00:00:00', '2026-08-20 00:00:01', NULL),
 (9006, '13700000006', 'notice', '{\"text\": \"请按时上传投保数据。\"}',
  '【河南省教育保险管理系统】请按时上传投保数据。', 'notice:announcement', 'queued', 0, NULL, '2026-08-21 00:00:00', NULL, NULL)" && pii_seal || exit 1

test_expect_success 'the log shows messages newest first, masked, with status badges' '
	admin_login &&
	cgi GET "/school/admin/sms?mobile=137" && expect_status 200 &&
	expect_body "共 <strong>6</strong> 条短信" &&
	expect_body "137****0001" && expect_no_body "13700000001" &&
	expect_body "您的验证码为******，5分钟内有效" && expect_no_body "482913" &&
	expect_body "初始密码为********，仅可使用一次" && expect_no_body "Qm7#vTx2Lp9w" &&
	expect_body "（内容含密码，已隐藏）" && expect_no_body "Zx9@pLm3Kq7v" &&
	expect_body "原因：证书不清晰" && expect_body "gateway timeout" &&
	expect_body ">失败</span>" && expect_body ">已送达</span>" && expect_body ">已发送</span>" && expect_body ">待发送</span>" &&
	expect_body "2026-09-03 09:00:00" && expect_body "2026-09-01 10:00:00" &&
	expect_body "notice:registration_rejected" && expect_body "注册驳回通知" &&
	a=$(grep -n "137\*\*\*\*0004" "$TRASH/body" | head -n 1 | cut -d: -f1) &&
	b=$(grep -n "137\*\*\*\*0001" "$TRASH/body" | head -n 1 | cut -d: -f1) && test "$a" -lt "$b" &&
	expect_body "href=\"/school/admin/sms\" aria-current=\"page\">短信记录</a>"
'

test_expect_success 'no verification code in the outbox ever shows on the page' '
	cgi GET /school/admin/sms && expect_status 200 &&
	sql "SELECT body FROM sms_messages WHERE template = \"code\"" | grep -oE "[0-9]{6}" | sort -u >"$TRASH/codes" &&
	test -s "$TRASH/codes" &&
	while read -r c; do expect_no_body "$c" || exit 1; done <"$TRASH/codes"
'

test_expect_success 'only failed notices offer 重发; codes and passwords never do' '
	cgi GET "/school/admin/sms?mobile=137&status=failed" && expect_body "共 <strong>3</strong> 条短信" &&
	test "$(grep -c "action=\"/school/admin/sms/resend\"" "$TRASH/body")" = 1 &&
	expect_body "name=\"id\" value=\"9003\"" && expect_body "不可重发"
'

test_expect_success 'filters: mobile, purpose prefix, status, China date range' '
	cgi GET "/school/admin/sms?mobile=13700000003" && expect_body "共 <strong>1</strong> 条短信" &&
	cgi GET "/school/admin/sms?mobile=137&purpose=code:" && expect_body "共 <strong>1</strong> 条短信" &&
	cgi GET "/school/admin/sms?mobile=137&purpose=notice:" && expect_body "共 <strong>5</strong> 条短信" &&
	cgi GET "/school/admin/sms?mobile=137&purpose=notice:password" && expect_body "共 <strong>1</strong> 条短信" &&
	cgi GET "/school/admin/sms?mobile=137&status=delivered" && expect_body "共 <strong>1</strong> 条短信" &&
	expect_body "<option value=\"delivered\" selected>" &&
	cgi GET "/school/admin/sms?mobile=137&from=2026-09-03&to=2026-09-03" && expect_body "共 <strong>2</strong> 条短信" &&
	expect_body "value=\"2026-09-03\"" &&
	cgi GET "/school/admin/sms?mobile=137&from=2026-09-01&to=2026-09-02" && expect_body "共 <strong>2</strong> 条短信" &&
	cgi GET "/school/admin/sms?mobile=137&to=2026-08-31" && expect_body "共 <strong>2</strong> 条短信" &&
	cgi GET "/school/admin/sms?mobile=139&purpose=zzz" && expect_body "没有符合条件的短信记录"
'

test_expect_success 'bad filters are shown inline with the values kept; unknown status is 400' '
	cgi GET "/school/admin/sms?mobile=abc" && expect_status 200 && expect_body "手机号只能填写数字" &&
	expect_body "value=\"abc\"" && expect_body "共 <strong>0</strong> 条短信" &&
	cgi GET "/school/admin/sms?mobile=1370000" && expect_status 200 && expect_body "前 1-3 位，或完整的 11 位号码" &&
	expect_body "共 <strong>0</strong> 条短信" &&
	cgi GET "/school/admin/sms?purpose=$(urlencode "%")" && expect_status 200 && expect_body "用途请填写英文代码的开头" &&
	cgi GET "/school/admin/sms?from=2026-13-01" && expect_status 200 && expect_body "日期格式应为 YYYY-MM-DD" &&
	expect_body "value=\"2026-13-01\"" &&
	cgi GET "/school/admin/sms?from=2026-09-05&to=2026-09-01" && expect_body "开始日期不能晚于结束日期" &&
	cgi GET "/school/admin/sms?status=lost" && expect_status 400
'

test_expect_success 'paging by 20 keeps the filters' '
	for i in $(seq 10 34); do
		echo "INSERT INTO sms_messages (mobile, template, body, purpose, status) VALUES (\"136000000$i\", \"notice\", \"通知$i\", \"notice:test\", \"sent\");"
	done >"$TRASH/many.sql" && sql "$(cat "$TRASH/many.sql")" && pii_seal &&
	cgi GET "/school/admin/sms?mobile=136&purpose=notice:" && expect_body "共 <strong>25</strong> 条短信" &&
	expect_body "第 1 / 2 页" && expect_body "通知34" && expect_no_body "通知14<" &&
	expect_body "href=\"/school/admin/sms?mobile=136&amp;purpose=notice%3A&amp;page=2\"" &&
	cgi GET "/school/admin/sms?mobile=136&purpose=notice:&page=2" && expect_body "通知10" && expect_no_body "通知34"
'

test_expect_success 'resend a failed notice: a queued copy, audited, back to the same list' '
	cgi GET "/school/admin/sms?mobile=137&status=failed" &&
	cgi POST /school/admin/sms/resend "csrf=$(csrf_token)&id=9003&mobile=137&purpose=&status=failed&from=&to=&page=1" &&
	expect_status 303 && expect_header Location "/school/admin/sms\?mobile=137&status=failed&done=resent" &&
	test "$(count "mobile_hmac = $(mh 13700000003)")" = 2 &&
	test "$(sql "SELECT CONCAT_WS(\"|\", template, purpose, status, body LIKE \"%证书不清晰%\") FROM sms_messages WHERE mobile_hmac = $(mh 13700000003) AND id <> 9003")" = "registration_rejected|notice:registration_rejected|sent|1" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"sms_resent\" AND object_id = \"9003\"")" = 1 &&
	cgi GET "/school/admin/sms?mobile=137&done=resent" && expect_body "已重新加入发送队列"
'

test_expect_success 'codes, passwords and messages that did not fail are never resent' '
	cgi GET /school/admin/sms && tok=$(csrf_token) &&
	cgi POST /school/admin/sms/resend "csrf=$tok&id=9001" && expect_status 409 && expect_body "验证码和密码短信不能重发" &&
	cgi POST /school/admin/sms/resend "csrf=$tok&id=9002" && expect_status 409 &&
	cgi POST /school/admin/sms/resend "csrf=$tok&id=9004" && expect_status 409 && expect_body "只有发送失败的短信可以重发" &&
	cgi POST /school/admin/sms/resend "csrf=$tok&id=999999" && expect_status 404 &&
	test "$(count "mobile_hmac IN ($(mh 13700000001), $(mh 13700000002), $(mh 13700000004))")" = 3 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"sms_resend_refused\"")" = 3
'

test_expect_success 'CSRF and other roles are refused' '
	cgi POST /school/admin/sms/resend "id=9003" && expect_status 403 &&
	test "$(count "mobile_hmac = $(mh 13700000003)")" = 2 &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/admin/sms && expect_status 403
'

test_done
