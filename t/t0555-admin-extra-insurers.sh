#!/bin/bash
# t0555-admin-extra-insurers: 多家保险公司审核 of schools' extra-insurer applications. The admin
# home counts them and the navigation links the queue; the queue lists pending ones oldest first
# (20 a page); the detail shows school, region, product, reason, the masked contact and the
# school's enrollments of the product this year. Approving adds the next enrollment row (seq 2
# after seq 1, and seq 2 even when seq 1 is not yet submitted) as a draft that counts nothing,
# tells the school by SMS and is audited; without a current year it is refused (409) and nothing
# is written. Rejecting needs a reason, tells the school by SMS and is audited. A decided
# application is 409, an unknown one 404; only the admin may review, and only with CSRF.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
use_enroll_storage && open_current_year && make_rosters || exit 1
counter() {  # counter REGION TYPE PRODUCT: "schools,enrollments,persons"
	sql "SELECT CONCAT_WS(',', schools, enrollments, persons) FROM enrollment_counters
		WHERE year_id = 2 AND region_code = '$1' AND school_type = '$2' AND product_id = $3"
}

# Applications as the school's 多家保险公司 page files them (school 1 has submitted product 1).
sql "INSERT INTO applications (id, kind, school_id, product_id, applicant_account_id, payload, reason, created_at) VALUES
 (701, 'extra_insurer', 1, 1, (SELECT id FROM accounts WHERE school_id = 1), '{}', '部分年级由平安财险承保', '2026-09-10 01:00:00'),
 (702, 'extra_insurer', 5, 2, (SELECT id FROM accounts WHERE school_id = 5), '{}', '教职工分两家公司投保', '2026-09-10 02:00:00'),
 (703, 'extra_insurer', 13, 3, (SELECT id FROM accounts WHERE school_id = 13), '{}', '实习生分两家公司', '2026-09-10 03:00:00'),
 (704, 'extra_insurer', 6, 1, (SELECT id FROM accounts WHERE school_id = 6), '{}', '原因待补充', '2026-09-10 04:00:00')" || exit 1

test_expect_success 'school 1 has submitted its first enrollment of product 1' '
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 && submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 &&
	test "$(counter 410105 小学 1)" = "1,1,3"
'

test_expect_success 'the admin home counts pending extra-insurer applications; the navigation links the queue' '
	login_as admin admin Admin@2026 &&
	cgi GET /school/admin/ && expect_status 200 &&
	expect_body "<a href=\"/school/admin/extra-insurers\">多家保险公司审核</a></span><span class=\"stat-value\"><strong class=\"num\">4</strong> 件" &&
	expect_body "<a class=\"nav-link\" href=\"/school/admin/extra-insurers\">多家保险公司审核</a>"
'

test_expect_success 'the queue lists pending applications oldest first with school, region, product, reason' '
	cgi GET /school/admin/extra-insurers && expect_status 200 &&
	expect_body "共 <strong>4</strong> 件" && expect_body "href=\"/school/admin/extra-insurers\" aria-current=\"page\"" &&
	expect_body "$DEMO_SCHOOL" && expect_body "郑州市 / 金水区" && expect_body "郑州市 / 中牟县" &&
	expect_body "<td>教职工校方责任保险</td>" && expect_body "部分年级由平安财险承保" && expect_body "2026-09-10 09:00" &&
	expect_body "href=\"/school/admin/extra-insurer?id=701\"" &&
	a=$(grep -n "部分年级由平安财险承保" "$TRASH/body" | cut -d: -f1) &&
	b=$(grep -n "原因待补充" "$TRASH/body" | cut -d: -f1) && test "$a" -lt "$b"
'

test_expect_success 'the detail shows the application, the masked contact and the current enrollments' '
	cgi GET "/school/admin/extra-insurer?id=701" && expect_status 200 &&
	expect_body "$DEMO_SCHOOL" && expect_body "郑州市 / 金水区" && expect_body "<strong>校方责任险（无过失责任保险）</strong>" &&
	expect_body "部分年级由平安财险承保" && expect_body "王丽（138****0001）" && expect_no_body "13800000001" &&
	expect_body "<td class=\"col-num\">第1条</td><td><span class=\"badge badge-info\">已提交</span></td><td class=\"col-num\">3</td><td>人保财险</td>" &&
	expect_body "action=\"/school/admin/extra-insurer/approve\"" && expect_body "action=\"/school/admin/extra-insurer/reject\"" &&
	expect_body "data-confirm=" && expect_body "待审核" &&
	cgi GET "/school/admin/extra-insurer?id=702" && expect_status 200 && expect_body "尚未提交此险种的投保数据"
'

test_expect_success 'approve: the next enrollment (seq 2) as a draft, no counter change, SMS, audit' '
	cgi GET "/school/admin/extra-insurer?id=701" &&
	cgi POST /school/admin/extra-insurer/approve "csrf=$(csrf_token)&id=701" &&
	expect_status 303 && expect_header Location "/school/admin/extra-insurer\?id=701&done=approved" &&
	test "$(sql "SELECT CONCAT_WS(\",\", seq, status, IFNULL(company_id, \"-\"), declared_count, stored_count, region_code) FROM enrollments WHERE school_id = 1 AND product_id = 1 AND year_id = 2 ORDER BY seq")" = "$(printf "1,submitted,1,3,3,410105\n2,draft,-,0,0,410105")" &&
	test "$(sql "SELECT CONCAT(status, \"|\", decided_by IS NOT NULL, \"|\", decided_at IS NOT NULL, \"|\", pending_key IS NULL) FROM applications WHERE id = 701")" = "approved|1|1|1" &&
	test "$(counter 410105 小学 1)" = "1,1,3" && coverage_ok &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000001) AND template = \"application_approved\"" | grep -q "】您提交的增加保险公司投保数据申请已审核通过。$" &&
	sql "SELECT detail FROM audit_log WHERE action = \"application_approved\" AND object_id = \"701\"" | grep -q "extra_insurer school=1 product=1 year=2026-2027 seq=2" &&
	cgi GET "/school/admin/extra-insurer?id=701&done=approved" && expect_status 200 && expect_body "已通过该申请" &&
	expect_body "审核结果" && expect_body "第2条</td><td><span class=\"badge badge-warn\">未提交</span>" &&
	expect_no_body "action=\"/school/admin/extra-insurer/approve\""
'

test_expect_success 'a second approve (or a reject) of a decided application is 409 and writes nothing' '
	tok=$(csrf_token) &&
	cgi POST /school/admin/extra-insurer/approve "csrf=$tok&id=701" && expect_status 409 && expect_body "已经处理过" &&
	cgi POST /school/admin/extra-insurer/reject "csrf=$tok&id=701&reason=x" && expect_status 409 &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE school_id = 1")" = 2 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13800000001) AND template LIKE \"application_%\"")" = 1 &&
	test "$(sql "SELECT status FROM applications WHERE id = 701")" = approved
'

test_expect_success 'approve without a first enrollment: seq 2 all the same (seq 1 stays the normal form)' '
	cgi POST /school/admin/extra-insurer/approve "csrf=$(csrf_token)&id=702" && expect_status 303 &&
	test "$(sql "SELECT CONCAT(seq, status) FROM enrollments WHERE school_id = 5 AND product_id = 2")" = 2draft
'

test_expect_success 'without a current year the approval is refused (409) and nothing is written' '
	sql "UPDATE academic_years SET is_current = 0" &&
	cgi GET "/school/admin/extra-insurer?id=703" && expect_status 200 && expect_body "尚未设置当前学年" &&
	cgi POST /school/admin/extra-insurer/approve "csrf=$(csrf_token)&id=703" && expect_status 409 &&
	expect_body "尚未设置当前学年，不能增加投保数据" &&
	test "$(sql "SELECT status FROM applications WHERE id = 703")" = pending &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE school_id = 13")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13800000013)")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE object_id = \"703\"")" = 0 &&
	sql "UPDATE academic_years SET is_current = 1 WHERE id = 2"
'

test_expect_success 'reject needs a reason (≤ 200, typed one kept, line breaks allowed), then SMS and audit' '
	cgi GET "/school/admin/extra-insurer?id=704" &&
	cgi POST /school/admin/extra-insurer/reject "csrf=$(csrf_token)&id=704&reason=" && expect_status 200 &&
	expect_body "请填写驳回原因" &&
	long=$(printf "原%.0s" $(seq 1 201)) &&
	cgi POST /school/admin/extra-insurer/reject "csrf=$(csrf_token)&id=704&reason=$(urlencode "$long")" && expect_status 200 &&
	expect_body "不能超过 200 个字" && expect_body ">$long</textarea>" &&
	cgi POST /school/admin/extra-insurer/reject "csrf=$(csrf_token)&id=704&reason=$(urlencode "$long")%0D%0A$(urlencode "原")" &&
	expect_status 200 && expect_body "不能超过 200 个字" &&
	test "$(sql "SELECT status FROM applications WHERE id = 704")" = pending &&
	cgi POST /school/admin/extra-insurer/reject "csrf=$(csrf_token)&id=704&reason=$(urlencode "申请事由不详尽，请写明第二家承保公司")" &&
	expect_status 303 && expect_header Location "/school/admin/extra-insurer\?id=704&done=rejected" &&
	test "$(sql "SELECT CONCAT(status, \"|\", decision_reason) FROM applications WHERE id = 704")" = "rejected|申请事由不详尽，请写明第二家承保公司" &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000006) AND template = \"application_rejected\"" | grep -q "】您提交的增加保险公司投保数据申请未通过审核，原因：申请事由不详尽，请写明第二家承保公司。$" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"application_rejected\" AND object_id = \"704\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE school_id = 6")" = 0 &&
	cgi GET "/school/admin/extra-insurer?id=704&done=rejected" && expect_body "已驳回" && expect_body "驳回原因已通过短信告知学校" &&
	expect_body "申请事由不详尽，请写明第二家承保公司"
'

test_expect_success 'unknown ids and applications of another kind are 404; garbage 400' '
	tok=$(csrf_token) &&
	cgi GET "/school/admin/extra-insurer?id=999" && expect_status 404 &&
	cgi GET "/school/admin/extra-insurer?id=1" && expect_status 404 &&
	cgi GET "/school/admin/extra-insurer?id=x" && expect_status 400 &&
	cgi POST /school/admin/extra-insurer/approve "csrf=$tok&id=999" && expect_status 404 &&
	cgi POST /school/admin/extra-insurer/approve "csrf=$tok&id=1" && expect_status 404 &&
	cgi POST /school/admin/extra-insurer/reject "csrf=$tok&id=999&reason=x" && expect_status 404 &&
	test "$(sql "SELECT status FROM applications WHERE id = 1")" = pending
'

test_expect_success 'the queue shrinks and pages by 20' '
	cgi GET /school/admin/extra-insurers && expect_body "共 <strong>1</strong> 件" && expect_no_body "原因待补充" &&
	sql "INSERT INTO applications (kind, school_id, product_id, payload, reason, created_at)
		SELECT \"extra_insurer\", id, 1, \"{}\", CONCAT(\"批量申请\", id), \"2026-09-11 00:00:00\" + INTERVAL id MINUTE
		FROM schools WHERE status = \"active\" AND id BETWEEN 7 AND 30" &&
	cgi GET /school/admin/extra-insurers && expect_body "共 <strong>25</strong> 件" && expect_body "第 1 / 2 页" &&
	expect_body "实习生分两家公司" && expect_no_body "批量申请30" &&
	cgi GET "/school/admin/extra-insurers?page=2" && expect_status 200 && expect_body "批量申请30" &&
	expect_no_body "实习生分两家公司" &&
	cgi GET /school/admin/ && expect_body "<strong class=\"num\">25</strong> 件"
'

test_expect_success 'CSRF and other roles are refused' '
	cgi POST /school/admin/extra-insurer/approve "id=703" && expect_status 403 &&
	test "$(sql "SELECT status FROM applications WHERE id = 703")" = pending &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/admin/extra-insurers && expect_status 403 &&
	cgi GET "/school/admin/extra-insurer?id=703" && expect_status 403 &&
	login_as department 金水区 County@2026 &&
	cgi GET /school/admin/extra-insurers && expect_status 403 &&
	cgi POST /school/admin/extra-insurer/approve "csrf=x&id=703" && expect_status 403 &&
	test "$(sql "SELECT status FROM applications WHERE id = 703")" = pending
'

test_done
