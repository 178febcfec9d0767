#!/bin/bash
# t0720-dept-uncovered: 未投保学校 lists the active schools of the region that have not submitted the
# chosen product this year (drafts count as not submitted; 实习责任险 only for vocational types),
# with the 明白人 masked; 短信提醒 queues one SMS to the school account's mobile, at most one per
# school, product and day (refused quietly after that, allowed again the next day), logged in
# sms_messages + enrollment_reminders and audited; the SMS status (待发送/已发送/已送达/失败) shows
# beside the school; 全部提醒 reminds the whole filtered list. CSRF on both POSTs; a school or
# county outside the region is 404 + access_denied and sends nothing.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/dept-lib.sh"
setup_db
enroll_setup || exit 1

reminders() { sql "SELECT COUNT(*) FROM sms_messages WHERE purpose = 'notice:enroll_reminder'"; }
buttons() { grep -c "短信提醒</button>" "$TRASH/body"; }
# remind ID PRODUCT: opens the list, then posts its 短信提醒 form for school ID.
remind() {
	cgi GET /school/dept/uncovered &&
	cgi POST /school/dept/uncovered/remind "csrf=$(csrf_token)&id=$1&product=$2&county=&type=&q=&page=1"
}

test_expect_success 'one school submitted 校方责任险, another has a draft' '
	sql "INSERT INTO enrollments (school_id, year_id, product_id, company_id, status, declared_count, submitted_at)
		VALUES (1, 2, 1, 1, \"submitted\", 3, UTC_TIMESTAMP())" &&
	sql "INSERT INTO enrollments (school_id, year_id, product_id, company_id, status) VALUES (5, 2, 1, 1, \"draft\")"
'

test_expect_success 'county: the schools without a submitted 校方责任险, masked contacts, the rule' '
	county && cgi GET /school/dept/uncovered && expect_status 200 && expect_body "未投保学校</h1>" &&
	expect_body "2026-2027 学年尚未提交“校方责任险（无过失责任保险）”投保数据的学校：共 <strong class=\"num\">6</strong> 所。" &&
	expect_no_body "$DEMO_SCHOOL" && expect_body "<td>郑州市金水区纬五路第一小学</td><td class=\"nowrap\">金水区</td><td>小学</td><td class=\"nowrap\">陈静 138****0005</td>" &&
	expect_no_body 13800000005 && expect_no_body "中牟县" && expect_no_body "小星星" &&
	expect_body "每所学校每个险种每天（北京时间）最多提醒一次" && test "$(buttons)" = 6 &&
	expect_body "<span class=\"muted\">未提醒</span>" && expect_body "全部 6 所学校" &&
	cgi GET "/school/dept/uncovered?product=2" && expect_body "共 <strong class=\"num\">7</strong> 所" &&
	cgi GET "/school/dept/uncovered?product=3" && expect_body "没有符合条件的未投保学校" && expect_no_body "全部提醒</button>" &&
	cgi GET "/school/dept/uncovered?type=$(urlencode 幼儿园)" && test "$(buttons)" = 2 &&
	cgi GET "/school/dept/uncovered?q=$(urlencode 黄河路)" && test "$(buttons)" = 1 &&
	cgi GET "/school/dept/uncovered?product=9" && expect_status 400
'

test_expect_success 'city: counties and 市直; 实习责任险 only for vocational schools' '
	city && cgi GET "/school/dept/uncovered?product=3" && expect_status 200 &&
	expect_body "共 <strong class=\"num\">3</strong> 所" && expect_body "中牟县职业教育中心" &&
	expect_body "<td>郑州市财贸学校</td><td class=\"nowrap\">市直</td>" && expect_body "郑州幼儿师范高等专科学校" &&
	expect_no_body "开封" &&
	cgi GET "/school/dept/uncovered?county=410122" && expect_body "共 <strong class=\"num\">9</strong> 所" &&
	cgi GET "/school/dept/uncovered?county=410202" && expect_status 404 && test "$(denied region 410202)" = 1
'

test_expect_success '短信提醒: one SMS to the 明白人, logged, shown with its status' '
	county && cgi GET /school/dept/uncovered && remind 5 1 && expect_status 303 &&
	expect_header Location "/school/dept/uncovered\?done=sent" &&
	test "$(reminders)" = 1 &&
	test "$(sql "SELECT CONCAT_WS(\" \", mobile, mobile_hmac = $(mh 13800000005), template, status) FROM sms_messages WHERE purpose = \"notice:enroll_reminder\"")" = "138****0005 1 notice sent" &&
	sql "SELECT body FROM sms_messages WHERE purpose = \"notice:enroll_reminder\"" >"$TRASH/sms" &&
	grep -qF "郑州市金水区纬五路第一小学：2026-2027学年校方责任险（无过失责任保险）投保数据尚未提交" "$TRASH/sms" &&
	grep -qF "郑州市金水区教育局" "$TRASH/sms" &&
	test "$(sql "SELECT COUNT(*) FROM enrollment_reminders r JOIN sms_messages m ON m.id = r.sms_message_id
		WHERE r.school_id = 5 AND r.product_id = 1 AND r.year_id = 2")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"sms_reminder\" AND object_id = \"5\"")" = 1 &&
	cgi GET "/school/dept/uncovered?done=sent" && expect_body "提醒短信已发送" &&
	expect_body "<span class=\"badge \">已发送</span>" && expect_body "今日已提醒" && test "$(buttons)" = 5
'

test_expect_success 'throttle: once per school, product and day; another product or the next day is allowed' '
	county && cgi GET /school/dept/uncovered && remind 5 1 && expect_status 303 &&
	expect_header Location "/school/dept/uncovered\?done=throttled" && test "$(reminders)" = 1 &&
	cgi GET "/school/dept/uncovered?done=throttled" && expect_body "该学校今天已提醒过这一险种" &&
	remind 5 2 && expect_status 303 && expect_header Location "/school/dept/uncovered\?product=2&done=sent" &&
	test "$(reminders)" = 2 &&
	sql "UPDATE enrollment_reminders SET reminded_on = reminded_on - INTERVAL 1 DAY, created_at = created_at - INTERVAL 1 DAY" &&
	cgi GET /school/dept/uncovered && test "$(buttons)" = 6 && remind 5 1 && expect_header Location ".*done=sent$" &&
	test "$(reminders)" = 3 &&
	test "$(sql "SELECT COUNT(*) FROM enrollment_reminders WHERE school_id = 5 AND product_id = 1")" = 2
'

test_expect_success 'delivery status beside the school: 待发送 / 已送达 / 失败' '
	last=$(sql "SELECT MAX(sms_message_id) FROM enrollment_reminders WHERE school_id = 5 AND product_id = 1") &&
	county &&
	sql "UPDATE sms_messages SET status = \"queued\" WHERE id = $last" &&
	cgi GET /school/dept/uncovered && expect_body "<span class=\"badge badge-info\">待发送</span>" &&
	sql "UPDATE sms_messages SET status = \"delivered\" WHERE id = $last" &&
	cgi GET /school/dept/uncovered && expect_body "<span class=\"badge badge-ok\">已送达</span>" &&
	sql "UPDATE sms_messages SET status = \"failed\" WHERE id = $last" &&
	cgi GET /school/dept/uncovered && expect_body "<span class=\"badge badge-danger\">失败</span>"
'

test_expect_success 'refused: a school of another county, an unknown or pending one, a submitted one, no CSRF' '
	county && cgi GET /school/dept/uncovered &&
	remind 12 1 && expect_status 404 && test "$(denied school 12)" = 1 &&
	remind 999999 1 && expect_status 404 && test "$(denied school 999999)" = 1 &&
	remind 38 1 && expect_status 404 &&
	remind 1 1 && expect_status 303 && expect_header Location ".*done=covered$" &&
	cgi POST /school/dept/uncovered/remind "id=6&product=1" && expect_status 403 &&
	cgi POST /school/dept/uncovered/remind-all "product=1" && expect_status 403 &&
	cgi GET /school/dept/uncovered &&
	cgi POST /school/dept/uncovered/remind-all "csrf=$(csrf_token)&product=1&county=410122" && expect_status 404 &&
	test "$(denied region 410122)" = 1 &&
	test "$(reminders)" = 3
'

test_expect_success '全部提醒: the whole filtered list once a day; schools without a mobile are skipped' '
	sql "UPDATE accounts SET mobile = NULL, mobile_enc = NULL, mobile_hmac = NULL WHERE school_id = 16" &&
	sql "UPDATE schools SET contact_mobile = \"\", contact_mobile_enc = NULL, contact_mobile_hmac = NULL WHERE id = 16" &&
	city && cgi GET "/school/dept/uncovered?county=410122" &&
	cgi POST /school/dept/uncovered/remind-all "csrf=$(csrf_token)&product=1&county=410122&type=&q=" && expect_status 303 &&
	expect_header Location "/school/dept/uncovered\?county=410122&done=all&sent=8&skipped=1" &&
	test "$(reminders)" = 11 &&
	test "$(sql "SELECT COUNT(DISTINCT m.mobile_hmac) FROM sms_messages m JOIN enrollment_reminders r ON r.sms_message_id = m.id
		JOIN schools s ON s.id = r.school_id WHERE s.region_code = \"410122\"")" = 8 &&
	cgi GET "/school/dept/uncovered?county=410122&done=all&sent=8&skipped=1" &&
	expect_body "已发送 8 条提醒短信；1 所学校今天已提醒过或没有有效手机号，未发送。" && test "$(buttons)" = 1 &&
	cgi POST /school/dept/uncovered/remind-all "csrf=$(csrf_token)&product=1&county=410122&type=&q=" &&
	expect_header Location ".*sent=0&skipped=9$" && test "$(reminders)" = 11 &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"sms_reminder_all\" ORDER BY id LIMIT 1")" = "sent=8 skipped=1 county=410122 type= q="
'

test_expect_success 'other roles cannot remind' '
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/ &&
	cgi POST /school/dept/uncovered/remind "csrf=$(csrf_token)&id=5&product=1" && expect_status 403 &&
	cgi GET /school/dept/uncovered && expect_status 403 && test "$(reminders)" = 11
'

test_done
