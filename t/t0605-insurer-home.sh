#!/bin/bash
# t0605-insurer-home: the insurer's 系统首页 (GET /school/insurer/) for the current year within
# its scope. Proves, against enrollments, policies and claims made here: 已提交投保数据 per
# product, 已承保, 待上传保单, 人数不一致 and 需上传批单 by the latest policy, 未决案件, 理赔案件 and the
# amount paid; drafts, last year's rows and another company's rows are not counted; a county
# branch counts only its county; each figure links to the filtered list, which shows the same
# number; the policy deadline with the days left, 今天截止, 已截止, and the company's extension
# for the account's region (a Zhengzhou extension helps the 金水区 branch, not the province).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/policy-lib.sh"
setup_db

# enrollment SCHOOL YEAR PRODUCT COMPANY DECLARED STATUS [VERSION]: a row, its id on stdout.
enrollment() {
	sql "INSERT INTO enrollments (school_id, year_id, product_id, seq, company_id, declared_count, stored_count, status,
		version, submitted_at) VALUES ($1, $2, $3, 1, $4, $5, $5, \"$6\", ${7:-1}, UTC_TIMESTAMP()); SELECT LAST_INSERT_ID()"
}
# policy ENROLLMENT COMPANY NO COUNT [VERSION]: a policy row as the upload stores it.
policy() {
	sql "INSERT INTO policies (enrollment_id, enrollment_version, company_id, policy_no, insured_count, premium_fen,
		starts_on, ends_on, uploaded_by) SELECT $1, ${5:-1}, $2, \"$3\", $4, 10000, \"2026-09-01\", \"2027-08-31\", id
		FROM accounts WHERE login_name = \"pingan_henan\""
}
# claim COMPANY SCHOOL YEAR pending|PAID_FEN: a 未决 or a settled claim.
claim() {
	local status=pending paid=NULL closed=NULL
	[ "$4" != pending ] && status=settled paid=$4 closed="\"2026-11-01\""
	sql "INSERT INTO claims (company_id, school_id, year_id, product_id, accident_on, injured_name, cause, status, paid_fen,
		closed_on, created_by) SELECT $1, $2, $3, 1, \"2026-10-10\", \"张三\", \"摔伤\", \"$status\", $paid, $closed, id
		FROM accounts WHERE login_name = \"pingan_henan\""
}
# figure LABEL N URL: the stat of LABEL shows N linking to URL (&amp; as in the page).
figure() {
	expect_body "<span class=\"stat-label\">$1</span><span class=\"stat-value\"><a href=\"$3\"><strong class=\"num\">$2</strong></a>"
}
# listed URL N: the 投保数据 list at URL counts N enrollments.
listed() { cgi GET "$1" && expect_status 200 && expect_body "<strong class=\"num\">$2</strong> 份投保数据"; }

L=/school/insurer/enrollments
test_expect_success 'setup: enrollments, policies and claims of two companies, two years, two counties' '
	sql "UPDATE academic_years SET policy_deadline = \"$(cn_day 10)\" WHERE id = 2" &&
	e1=$(enrollment 1 2 1 2 3 insured) && policy "$e1" 2 H-1 3 &&
	e2=$(enrollment 5 2 1 2 5 insured) && policy "$e2" 2 H-2 5 && policy "$e2" 2 H-2-P1 4 &&
	e3=$(enrollment 6 2 2 2 10 insured 2) && policy "$e3" 2 H-3 10 1 &&
	enrollment 7 2 1 2 7 submitted >/dev/null &&
	enrollment 2 2 3 2 8 submitted >/dev/null &&
	enrollment 8 2 1 2 0 draft >/dev/null &&
	e7=$(enrollment 1 1 1 2 3 submitted) &&
	e8=$(enrollment 9 2 1 1 6 insured) && policy "$e8" 1 R-1 5 &&
	claim 2 1 2 pending && claim 2 2 2 pending && claim 2 5 2 123456 && claim 2 6 2 100 &&
	claim 2 1 1 99900 && claim 2 1 1 pending && claim 1 1 2 50000 && claim 1 1 2 pending &&
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level,
		must_change_password, password_changed_at) SELECT kind, \"pingan_jinshui\", \"13900000298\", password_hash, \"平安金水\",
		\"410105\", 2, \"county\", 0, UTC_TIMESTAMP() FROM accounts WHERE login_name = \"pingan_henan\"" && pii_seal
'

test_expect_success 'the provincial branch: every figure of its company this year, each linking to its list' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/ && expect_status 200 &&
	expect_body "<dd>中国平安财产保险股份有限公司</dd>" && expect_body "<dd>省级分公司</dd>" &&
	expect_body "已提交投保数据</span><span class=\"stat-value\"><a href=\"$L?year=2\"><strong class=\"num\">5</strong></a> 份" &&
	figure "已承保（已上传保单）" 3 "$L?year=2&amp;policy=has" &&
	figure 待上传保单 2 "$L?year=2&amp;policy=missing" &&
	figure 人数不一致 1 "$L?year=2&amp;policy=mismatch" &&
	figure 需上传批单 1 "$L?year=2&amp;policy=endorse" &&
	figure 未决案件 2 "/school/insurer/claims?view=pending&amp;year=2" &&
	figure "理赔案件（已结案）" 2 "/school/insurer/claims?view=settled&amp;year=2" &&
	expect_body "<strong class=\"num\">1,235.56</strong> 元" &&
	expect_body "<tr><td>校方责任险（无过失责任保险）</td><td class=\"col-num\"><a href=\"$L?year=2&amp;product=1\">3</a></td></tr>" &&
	expect_body "<tr><td>教职工校方责任保险</td><td class=\"col-num\"><a href=\"$L?year=2&amp;product=2\">1</a></td></tr>" &&
	expect_body "<tr><td>职业院校学生实习责任保险</td><td class=\"col-num\"><a href=\"$L?year=2&amp;product=3\">1</a></td></tr>"
'

test_expect_success 'each link opens a list with the same number' '
	listed "$L?year=2" 5 && listed "$L?year=2&policy=has" 3 && listed "$L?year=2&policy=missing" 2 &&
	listed "$L?year=2&policy=mismatch" 1 && expect_body "郑州市金水区纬五路第一小学" && expect_no_body "<td>郑州市金水区文化路第一小学</td>" &&
	listed "$L?year=2&policy=endorse" 1 && expect_body "<td>郑州市金水区黄河路第一小学</td>" &&
	expect_body "<option value=\"endorse\" selected>需上传批单</option>" &&
	listed "$L?year=2&product=1" 3 && listed "$L?year=2&product=3" 1 &&
	cgi GET "$L?year=2&policy=bogus" && expect_status 400 &&
	cgi GET "/school/insurer/claims?view=pending&year=2" && expect_status 200 && expect_body "未决案件（2）" &&
	cgi GET "/school/insurer/claims?view=settled&year=2" && expect_status 200 && expect_body "理赔案件（2）" && expect_body "1,234.56" && expect_no_body "999.00"
'

test_expect_success 'the 金水区 branch counts only its county' '
	login_as insurer pingan_jinshui Insurer@2026 &&
	cgi GET /school/insurer/ && expect_status 200 &&
	expect_body "<a href=\"$L?year=2\"><strong class=\"num\">4</strong></a> 份" &&
	figure "已承保（已上传保单）" 3 "$L?year=2&amp;policy=has" &&
	figure 待上传保单 1 "$L?year=2&amp;policy=missing" &&
	figure 未决案件 1 "/school/insurer/claims?view=pending&amp;year=2" &&
	figure "理赔案件（已结案）" 2 "/school/insurer/claims?view=settled&amp;year=2" &&
	expect_body "<a href=\"$L?year=2&amp;product=3\">0</a>" &&
	listed "$L?year=2&policy=missing" 1
'

test_expect_success 'another company sees only its own figures' '
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level,
		must_change_password, password_changed_at) SELECT kind, \"renbao_henan\", \"13900000297\", password_hash, \"人保河南\",
		\"410000\", 1, \"province\", 0, UTC_TIMESTAMP() FROM accounts WHERE login_name = \"pingan_henan\"" && pii_seal &&
	login_as insurer renbao_henan Insurer@2026 &&
	cgi GET /school/insurer/ && expect_status 200 &&
	expect_body "<a href=\"$L?year=2\"><strong class=\"num\">1</strong></a> 份" &&
	figure "已承保（已上传保单）" 1 "$L?year=2&amp;policy=has" &&
	figure 人数不一致 1 "$L?year=2&amp;policy=mismatch" && figure 待上传保单 0 "$L?year=2&amp;policy=missing" &&
	figure 未决案件 1 "/school/insurer/claims?view=pending&amp;year=2" &&
	expect_body "<strong class=\"num\">500.00</strong> 元"
'

test_expect_success 'the policy deadline: days left, today, passed, and the company extension of the region' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/ && expect_body "$(date -d "$(cn_day 10)" +%Y年%-m月%-d日)" &&
	expect_body "距截止还有 <strong>10</strong> 天" &&
	sql "UPDATE academic_years SET policy_deadline = \"$(cn_day 0)\" WHERE id = 2" &&
	cgi GET /school/insurer/ && expect_body "<strong>今天截止</strong>" &&
	sql "UPDATE academic_years SET policy_deadline = \"$(cn_day -1)\" WHERE id = 2" &&
	cgi GET /school/insurer/ && expect_body "已截止，如需延期请联系管理中心" &&
	grant_policy_extension 2 410100 "$(cn_day 3)" "郑州延期" &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/ && expect_body "已截止" && expect_no_body "管理中心已为本公司延期" &&
	login_as insurer pingan_jinshui Insurer@2026 &&
	cgi GET /school/insurer/ && expect_body "$(date -d "$(cn_day 3)" +%Y年%-m月%-d日)" &&
	expect_body "管理中心已为本公司延期" && expect_body "距截止还有 <strong>3</strong> 天"
'

test_expect_success 'without a current year the page says so and shows no figures' '
	sql "UPDATE academic_years SET is_current = 0" &&
	cgi GET /school/insurer/ && expect_status 200 && expect_body "管理中心尚未设置当前学年" &&
	expect_no_body "已提交投保数据"
'

test_done
