#!/bin/bash
# t0510-school-home: the school 系统首页. Proves: the page shows 账户名称, 当前学年, the 投保数据 card
# (the manual's "9月30日前，填写投保信息并上传投保《花名册》。" for a 9-30 deadline, 前往操作) and the
# 承保数据 card (等待保险公司承保, 查看 now a working link, nothing marked 未开放); the countdown to the
# school's own last day in China time ("距截止还有 N 天", 今天截止 on the last day itself, the passed
# warning after it, a school extension counted); one status line per product the school may
# enroll from the current year's seq 1 enrollment: 未提交, 已提交 N 人 after a real roster upload,
# 已承保 / 修改中 / 未提交 (draft) after status changes, unaffected by another year, a seq 2 row
# or another school's enrollment; a 小学 lists no intern product, a vocational school does.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup || exit 1
make_roster "$TRASH/three.xlsx" 3 || exit 1
OTHER_SCHOOL=郑州市金水区纬五路第一小学
STUDENT=校方责任险（无过失责任保险）
STAFF=教职工校方责任保险
INTERN=职业院校学生实习责任保险

# md DATE: "9月30日" as month_day_cn writes it.
md() { date -d "$1" +%-m月%-d日; }
# deadline_in N: the current year's enroll deadline N days from today (China).
deadline_in() { sql "UPDATE academic_years SET enroll_deadline = '$(cn_day "$1")' WHERE id = 2"; }
# expect_status_line PRODUCT BADGE-CLASS TEXT: the home page lists PRODUCT with that badge.
expect_status_line() {
	expect_body "<li><span class=\"status-name\">$1</span> <span class=\"$2\">$3</span></li>"
}

test_expect_success 'cards: account name, year, 投保数据 with the manual text and 前往操作, 承保数据 with 查看' '
	today=$(cn_day 0) && y=${today:0:4} && { [[ "$today" < "$y-09-30" ]] || [[ "$today" = "$y-09-30" ]] || y=$((y + 1)); } &&
	sql "UPDATE academic_years SET ends_on = \"$((y + 1))-08-31\", enroll_deadline = \"$y-09-30\" WHERE id = 2" &&
	days=$(( ($(date -u -d "$y-09-30" +%s) - $(date -u -d "$today" +%s)) / 86400 )) &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_status 200 &&
	expect_body "<dt>账户名称</dt><dd>$DEMO_SCHOOL</dd>" && expect_body "<strong class=\"year\">2026-2027</strong>" &&
	expect_body "9月30日前，填写投保信息并上传投保《花名册》。" &&
	if [ "$days" = 0 ]; then expect_body "今天截止"; else expect_body "距截止还有 <strong>$days</strong> 天"; fi &&
	expect_body "<a class=\"btn btn-primary\" href=\"/school/s/enroll\">前往操作</a>" &&
	expect_body "等待保险公司承保" &&
	expect_body "<a class=\"btn btn-secondary\" href=\"/school/s/policies\">查看</a>" &&
	expect_no_body "未开放"
'

test_expect_success 'countdown: N days before the school last day, 今天截止 on it, the warning after it' '
	deadline_in 10 && cgi GET /school/s/ && expect_body "$(md "$(cn_day 10)")前" &&
	expect_body "距截止还有 <strong>10</strong> 天" && expect_no_body "今天截止" &&
	deadline_in 1 && cgi GET /school/s/ && expect_body "距截止还有 <strong>1</strong> 天" &&
	deadline_in 0 && cgi GET /school/s/ && expect_body "<strong>今天截止</strong>" &&
	expect_no_body "距截止还有" && expect_no_body "本学年投保截止日期已过" &&
	deadline_in -1 && cgi GET /school/s/ && expect_body "本学年投保截止日期已过" &&
	expect_no_body "距截止还有" && expect_no_body "今天截止"
'

test_expect_success 'countdown: an extension for the school counts, another school still sees the warning' '
	admin=$(sql "SELECT id FROM accounts WHERE kind = \"admin\" LIMIT 1") &&
	sql "INSERT INTO deadline_extensions (year_id, deadline, school_id, extended_to, reason, granted_by)
		VALUES (2, \"enroll\", 1, \"$(cn_day 5)\", \"test\", $admin)" &&
	cgi GET /school/s/ && expect_body "距截止还有 <strong>5</strong> 天" && expect_body "延至" &&
	login_as school "$OTHER_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_body "本学年投保截止日期已过" && expect_no_body "距截止还有" &&
	sql "DELETE FROM deadline_extensions" && deadline_in 30
'

test_expect_success 'a 小学 lists the student and staff products, both 未提交, and no intern product' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_status 200 &&
	expect_status_line "$STUDENT" "badge badge-warn" 未提交 &&
	expect_status_line "$STAFF" "badge badge-warn" 未提交 &&
	expect_no_body "$INTERN"
'

test_expect_success 'after a real roster upload the student product is 已提交 3 人' '
	open_form 1 && submit 1 "$TRASH/three.xlsx" 3 && expect_status 303 &&
	test "$(sql "SELECT status FROM enrollments WHERE school_id = 1 AND product_id = 1")" = submitted &&
	cgi GET /school/s/ && expect_status 200 &&
	expect_status_line "$STUDENT" "badge badge-info" "已提交 3 人" &&
	expect_status_line "$STAFF" "badge badge-warn" 未提交
'

test_expect_success 'another school does not see that submission' '
	login_as school "$OTHER_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_status_line "$STUDENT" "badge badge-warn" 未提交 &&
	login_as school "$DEMO_SCHOOL" School@2026
'

test_expect_success 'statuses set by SQL: 已承保, 修改中, a draft is 未提交' '
	sql "UPDATE enrollments SET status = \"insured\" WHERE school_id = 1 AND product_id = 1" &&
	cgi GET /school/s/ && expect_status_line "$STUDENT" "badge badge-ok" 已承保 &&
	sql "UPDATE enrollments SET status = \"modifying\" WHERE school_id = 1 AND product_id = 1" &&
	cgi GET /school/s/ && expect_status_line "$STUDENT" "badge badge-warn" 修改中 &&
	sql "UPDATE enrollments SET status = \"draft\" WHERE school_id = 1 AND product_id = 1" &&
	cgi GET /school/s/ && expect_status_line "$STUDENT" "badge badge-warn" 未提交 &&
	sql "UPDATE enrollments SET status = \"submitted\" WHERE school_id = 1 AND product_id = 1"
'

test_expect_success 'only the current year seq 1 enrollment counts (not another year, not seq 2)' '
	sql "INSERT INTO enrollments (school_id, year_id, product_id, seq, company_id, declared_count, status)
		VALUES (1, 1, 2, 1, 1, 9, \"insured\"), (1, 2, 2, 2, 2, 7, \"submitted\")" &&
	cgi GET /school/s/ && expect_status_line "$STAFF" "badge badge-warn" 未提交 &&
	expect_status_line "$STUDENT" "badge badge-info" "已提交 3 人"
'

test_expect_success 'a vocational school also lists the intern product' '
	login_as school 中牟县职业教育中心 School@2026 &&
	cgi GET /school/s/ && expect_status 200 &&
	expect_status_line "$STUDENT" "badge badge-warn" 未提交 &&
	expect_status_line "$STAFF" "badge badge-warn" 未提交 &&
	expect_status_line "$INTERN" "badge badge-warn" 未提交
'

test_done
