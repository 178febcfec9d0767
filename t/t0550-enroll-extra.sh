#!/bin/bash
# t0550-enroll-extra: a school's 多家保险公司 application (user manual 1.1). 投保数据 links to it
# below the products; the page offers 投保险种 (the school's products only) and 申请事由
# (5-500 characters, line breaks kept); a refused form keeps what was typed and stores nothing;
# a valid one stores an extra_insurer application (audited) and lists it; a second pending one
# for the same product is refused; applying works after the enrollment deadline, not without a
# current year; CSRF is required; other schools do not see the list; department and insurer
# accounts cannot reach the page.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
use_enroll_storage && open_current_year || exit 1
apps() { sql "SELECT COUNT(*) FROM applications WHERE kind = 'extra_insurer'"; }
REASON="学校部分班级由第二家保险公司承保，需分别上传花名册。"

test_expect_success '投保数据 links to the application below the products' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/enroll && expect_status 200 &&
	expect_body "<a href=\"/school/s/enroll/extra\">学校投保多家保险公司，可在此申请增加第二家保险公司投保数据</a>" &&
	last=$(grep -n "教职工校方责任保险" "$TRASH/body" | tail -n 1 | cut -d: -f1) &&
	link=$(grep -n "/school/s/enroll/extra" "$TRASH/body" | cut -d: -f1) && test "$link" -gt "$last" &&
	expect_no_body "上传管理"
'

test_expect_success 'the page offers the school products, the reason with its hint, and no applications yet' '
	cgi GET /school/s/enroll/extra && expect_status 200 &&
	expect_body "投保险种" && expect_body "<option value=\"1\">校方责任险（无过失责任保险）</option>" &&
	expect_body "<option value=\"2\">教职工校方责任保险</option>" && expect_no_body "职业院校学生实习责任保险" &&
	expect_body "申请事由" && expect_body "写明申请详细原因：若原因不详尽，默认只多增加一家" &&
	expect_body "提交申请" && expect_body "还没有增加保险公司投保数据的申请" &&
	grep -q "<form method=\"post\" action=\"/school/s/enroll/extra\"" "$TRASH/body" &&
	csrf_token >"$TRASH/csrf" && test -s "$TRASH/csrf"
'

test_expect_success 'a missing or too short reason is refused; the typed values stay; nothing stored' '
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=1&reason=" && expect_status 200 &&
	expect_body "请填写申请事由" && expect_body "<option value=\"1\" selected>" &&
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=2&reason=$(urlencode "两家公司")" && expect_status 200 &&
	expect_body "至少 5 个字" && expect_body ">两家公司</textarea>" && expect_body "<option value=\"2\" selected>" &&
	test "$(apps)" = 0
'

test_expect_success 'a reason over 500 characters is refused and kept' '
	long=$(printf "长%.0s" $(seq 1 501)) &&
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=1&reason=$(urlencode "$long")" && expect_status 200 &&
	expect_body "不能超过 500 个字（现有 501 个字）" && expect_body ">$long</textarea>" &&
	test "$(apps)" = 0
'

test_expect_success 'no product, or one the school may not enroll, is refused with the reason kept' '
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=&reason=$(urlencode "$REASON")" && expect_status 200 &&
	expect_body "请选择投保险种" && expect_body ">$REASON</textarea>" &&
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=3&reason=$(urlencode "$REASON")" && expect_status 200 &&
	expect_body "请选择投保险种" && expect_no_body "selected>" &&
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=abc&reason=x" && expect_status 400 &&
	test "$(apps)" = 0
'

test_expect_success 'a POST without the csrf token is refused (403), nothing stored' '
	cgi POST /school/s/enroll/extra "product=1&reason=$(urlencode "$REASON")" && expect_status 403 &&
	test "$(apps)" = 0
'

test_expect_success 'a valid application is stored (line breaks kept), audited, listed as 待审核' '
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=1&reason=$(urlencode "$REASON")%0D%0A$(urlencode "第二家：平安财险。")" &&
	expect_status 303 && expect_header Location "/school/s/enroll/extra\?done=submitted" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", school_id, product_id, status, payload, applicant_account_id = (SELECT id FROM accounts WHERE school_id = 1)) FROM applications WHERE kind = \"extra_insurer\"")" = "1|1|pending|{}|1" &&
	test "$(sql "SELECT reason = CONCAT(\"$REASON\", CHAR(10), \"第二家：平安财险。\") FROM applications WHERE kind = \"extra_insurer\"")" = 1 &&
	id=$(sql "SELECT id FROM applications WHERE kind = \"extra_insurer\"") && echo "$id" >"$TRASH/app1" &&
	test "$(sql "SELECT CONCAT(object_type, \":\", detail) FROM audit_log WHERE action = \"extra_insurer_requested\" AND object_id = \"$id\"")" = "application:school=1 product=1" &&
	cgi GET "/school/s/enroll/extra?done=submitted" && expect_status 200 && expect_body "申请已提交，请等待管理中心审核" &&
	expect_body "<td>校方责任险（无过失责任保险）</td>" && expect_body "第二家：平安财险。" && expect_body "待审核" &&
	expect_no_body "还没有增加保险公司投保数据的申请"
'

test_expect_success 'a second pending application for the same product is refused (409); another product is fine (escaped)' '
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=1&reason=$(urlencode "再次申请增加保险公司")" && expect_status 409 &&
	expect_body "该险种已有一项增加保险公司的申请正在审核中" && expect_body ">再次申请增加保险公司</textarea>" &&
	test "$(apps)" = 1 &&
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=2&reason=$(urlencode "教职工由两家公司承保<script>x</script>")" &&
	expect_status 303 && test "$(apps)" = 2 &&
	cgi GET /school/s/enroll/extra && expect_body "教职工由两家公司承保&lt;script&gt;x&lt;/script&gt;" && expect_no_body "<script>x" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"extra_insurer_requested\"")" = 2
'

test_expect_success 'after the enrollment deadline the school may still apply; a rejection is listed with its reason' '
	sql "UPDATE academic_years SET enroll_deadline = \"$(cn_day -1)\" WHERE id = 2" &&
	sql "UPDATE applications SET status = \"rejected\", decision_reason = \"请写明承保公司\", decided_at = UTC_TIMESTAMP() WHERE id = $(cat "$TRASH/app1")" &&
	cgi GET /school/s/enroll/extra && expect_status 200 && expect_body "已驳回" && expect_body "请写明承保公司" &&
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=1&reason=$(urlencode "第二家为人保财险，负责三年级")" && expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE kind = \"extra_insurer\" AND product_id = 1")" = 2 &&
	open_current_year
'

test_expect_success 'without a current year the page says so and offers no form; a POST stores nothing (409)' '
	sql "UPDATE academic_years SET is_current = 0" &&
	cgi GET /school/s/enroll/extra && expect_status 200 && expect_body "尚未设置当前学年" &&
	expect_no_body "action=\"/school/s/enroll/extra\"" && expect_body "教职工由两家公司承保" &&
	sql "UPDATE applications SET status = \"withdrawn\" WHERE kind = \"extra_insurer\"" &&
	cgi POST /school/s/enroll/extra "csrf=$(cat "$TRASH/csrf")&product=1&reason=$(urlencode "$REASON")" && expect_status 409 &&
	test "$(apps)" = 3 && sql "UPDATE academic_years SET is_current = 1 WHERE id = 2"
'

test_expect_success 'another school sees only its own applications' '
	login_as school 郑州市金水区纬五路第一小学 School@2026 &&
	cgi GET /school/s/enroll/extra && expect_status 200 && expect_body "还没有增加保险公司投保数据的申请" &&
	expect_no_body "教职工由两家公司承保" && expect_no_body "第二家为人保财险"
'

test_expect_success 'department and insurer accounts cannot reach the school pages' '
	login_as department 金水区 County@2026 &&
	cgi GET /school/s/enroll/extra && expect_status 403 &&
	cgi GET "/school/s/enroll/manage?product=1" && expect_status 403 &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/s/enroll/extra && expect_status 403 &&
	cgi POST /school/s/enroll/extra "csrf=x&product=1&reason=$(urlencode "$REASON")" && expect_status 403 &&
	test "$(apps)" = 3
'

test_done
