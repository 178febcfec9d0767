#!/bin/bash
# t0700-dept-home: a department's 系统首页 shows its region's coverage of the current year: schools,
# per product the insured schools and persons (enrollment_counters, kept by real submissions) and
# the schools not yet submitted, pending applications of its schools, open claims and the per-county
# table, each linking to its list; a county sees only its county, a city its counties and 市直; nothing of another city.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/dept-lib.sh"
setup_db
enroll_setup || exit 1

# row NAME SCHOOLS PERSONS MISSING: the product row of the coverage table as rendered.
row() {
	local id=$2
	printf '<tr><th scope="row">%s</th><td class="col-num"><a href="/school/dept/schools?product=%s&amp;status=enrolled">%s</a></td><td class="col-num"><a href="/school/dept/schools?product=%s&amp;status=enrolled">%s</a></td><td class="col-num"><a href="%s">%s</a></td></tr>' \
		"$1" "$id" "$3" "$id" "$4" "$5" "$6"
}
stat() { printf '<span class="stat-label">%s</span><span class="stat-value"><strong class="num">%s</strong>' "$1" "$2"; }

test_expect_success 'schools submit through the real pages; a claim and applications exist' '
	dept_coverage_data &&
	sql "INSERT INTO claims (company_id, school_id, year_id, accident_on, injured_name, cause, created_by)
		SELECT 1, s.id, 2, \"2026-10-01\", \"张三\", \"摔伤\", a.id FROM schools s, accounts a
		WHERE s.id IN (1, 12, 24) AND a.login_name = \"pingan_henan\"" &&
	sql "INSERT INTO claims (company_id, school_id, year_id, accident_on, injured_name, cause, created_by, status, paid_fen, closed_on)
		SELECT 1, 1, 2, \"2026-10-02\", \"李四\", \"摔伤\", id, \"settled\", 100, \"2026-10-20\" FROM accounts WHERE login_name = \"pingan_henan\"" &&
	sql "INSERT INTO applications (kind, school_id, reason, status) VALUES (\"cancellation\", 5, \"合并\", \"pending\"),
		(\"cancellation\", 12, \"合并\", \"pending\"), (\"cancellation\", 24, \"合并\", \"pending\"), (\"cancellation\", 6, \"合并\", \"rejected\")"
'

test_expect_success 'county 金水区: its schools, coverage from the counters, links' '
	county && cgi GET /school/dept/ && expect_status 200 &&
	expect_body "2026-2027 学年投保情况" &&
	expect_body "$(stat 学校总数 7)" && expect_body "$(stat 待审核注册 1)" && expect_body "$(stat 待审核申请 2)" &&
	expect_body "$(stat 未决案件 1)" &&
	expect_body "$(row "校方责任险（无过失责任保险）" 1 2 5 /school/dept/uncovered 5)" &&
	expect_body "$(row 教职工校方责任保险 2 0 0 "/school/dept/uncovered?product=2" 7)" &&
	expect_body "$(row 职业院校学生实习责任保险 3 0 0 "/school/dept/uncovered?product=3" 0)" &&
	expect_body "<td>郑州市金水区纬五路第一小学</td><td>账号注销</td>" &&
	expect_body "<td>郑州市金水区小星星幼儿园</td><td>学校注册</td>" &&
	expect_no_body "中牟县第一高级中学" && expect_no_body "开封" && expect_no_body "黄河路" &&
	expect_body "href=\"/school/dept/claims-pending\"" && expect_body "href=\"/school/dept/schools\"" &&
	expect_body "href=\"/school/dept/uncovered\"" && expect_body "href=\"#applications\"" &&
	expect_body "<a href=\"/school/dept/schools?county=410105\">金水区</a></th><td class=\"col-num\">7</td><td class=\"col-num\">2</td><td class=\"col-num\">5</td>" &&
	expect_no_body "合计"
'

test_expect_success 'city 郑州市: its counties and 市直, never 开封' '
	city && cgi GET /school/dept/ && expect_status 200 &&
	expect_body "$(stat 学校总数 23)" && expect_body "$(stat 待审核注册 1)" && expect_body "$(stat 待审核申请 3)" &&
	expect_body "$(stat 未决案件 2)" &&
	expect_body "$(row "校方责任险（无过失责任保险）" 1 4 14 /school/dept/uncovered 19)" &&
	expect_body "$(row 教职工校方责任保险 2 1 2 "/school/dept/uncovered?product=2" 22)" &&
	expect_body "$(row 职业院校学生实习责任保险 3 0 0 "/school/dept/uncovered?product=3" 3)" &&
	expect_body "<td>中牟县第一高级中学</td><td>账号注销</td>" && expect_no_body "开封" &&
	expect_body "<tr><th scope=\"row\"><a href=\"/school/dept/schools?county=410122\">中牟县</a></th><td class=\"col-num\">9</td><td class=\"col-num\">1</td><td class=\"col-num\">4</td><td class=\"col-num\">1</td><td class=\"col-num\">2</td></tr>" &&
	expect_body "<tr><th scope=\"row\"><a href=\"/school/dept/schools?county=410100\">市直</a></th><td class=\"col-num\">6</td>" &&
	expect_body "<tr class=\"row-total\"><th scope=\"row\">合计</th><td class=\"col-num\">23</td><td class=\"col-num\">4</td><td class=\"col-num\">14</td><td class=\"col-num\">1</td><td class=\"col-num\">2</td></tr>"
'

test_expect_success 'the figures follow the counters: an approved change shows at once' '
	sql "UPDATE enrollment_counters SET persons = persons + 10 WHERE region_code = \"410105\" AND product_id = 1 AND year_id = 2" &&
	county && cgi GET /school/dept/ && expect_body "$(row "校方责任险（无过失责任保险）" 1 2 15 /school/dept/uncovered 5)"
'

test_expect_success 'without a current year the page says so' '
	sql "UPDATE academic_years SET is_current = 0" &&
	cgi GET /school/dept/ && expect_status 200 && expect_body "管理中心尚未设置当前学年" && expect_no_body "学年投保情况" &&
	expect_body "$(stat 学校总数 7)"
'

test_expect_success 'other roles cannot open it' '
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/dept/ && expect_status 403
'

test_done
