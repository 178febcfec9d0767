#!/bin/bash
# t0580-school-claims: 理赔信息 of a school (GET /school/s/claims). Proves: the school's own claims
# only (another school's never show), 20 a page with 上一页/下一页 links that keep the filters and
# a total over every page; the 学年 filter (the claim's policy year) and the 状态 filter
# (未结案 / 已结案) alone and together, selected in the form; an unknown year is 404, garbage
# year, status or page 400; a school without claims sees 本校暂无理赔案件, a filter without
# matches 没有符合条件的理赔案件.
. "$(dirname "$0")/test-lib.sh"
setup_db

# claims SCHOOL YEAR pending|PAID_FEN N NAME: N claims of 平安财险 (names NAME1..NAMEn).
claims() {
	local status=pending paid=NULL closed=NULL i
	[ "$3" != pending ] && status=settled paid=$3 closed="\"2026-11-01\""
	for i in $(seq 1 "$4"); do
		echo "(2, $1, $2, \"2026-10-$(printf %02d "$i")\", \"$5$i\", \"摔伤\", \"$status\", $paid, $closed, @insurer)"
	done | paste -sd, >"$TRASH/values" &&
	sql "SET @insurer = (SELECT id FROM accounts WHERE login_name = \"pingan_henan\");
		INSERT INTO claims (company_id, school_id, year_id, accident_on, injured_name, cause, status, paid_fen, closed_on,
		created_by) VALUES $(cat "$TRASH/values")"
}
# rows: the claim rows of the last page.
rows() { grep -o "<tr><td class=\"nowrap\">" "$TRASH/body" | wc -l; }

test_expect_success 'setup: claims of the school in two years, and of another school' '
	claims 1 2 pending 21 未决 && claims 1 2 120050 2 已赔 && claims 1 1 99900 1 去年赔 && claims 1 1 pending 1 去年未决 &&
	claims 5 2 pending 1 别校
'

test_expect_success 'every claim of the school, 20 a page, the total over all pages' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/claims && expect_status 200 &&
	expect_body "共 <strong class=\"num\">25</strong> 件理赔案件" && expect_body "第 1 / 2 页" &&
	test "$(rows)" = 20 && expect_body "href=\"/school/s/claims?page=2\" rel=\"next\"" && expect_no_body "别校" &&
	cgi GET "/school/s/claims?page=2" && expect_status 200 && expect_body "第 2 / 2 页" && test "$(rows)" = 5 &&
	expect_body "href=\"/school/s/claims\" rel=\"prev\"" && expect_body "去年赔1" && expect_no_body "别校"
'

test_expect_success 'the year filter keeps itself in the page links' '
	cgi GET "/school/s/claims?year=2" && expect_status 200 &&
	expect_body "共 <strong class=\"num\">23</strong> 件" && expect_body "<option value=\"2\" selected>2026-2027</option>" &&
	expect_body "href=\"/school/s/claims?year=2&amp;page=2\" rel=\"next\"" && test "$(rows)" = 20 &&
	cgi GET "/school/s/claims?year=2&page=2" && test "$(rows)" = 3 && expect_no_body "去年" &&
	cgi GET "/school/s/claims?year=1" && expect_body "共 <strong class=\"num\">2</strong> 件" && test "$(rows)" = 2 &&
	expect_body "去年赔1" && expect_body "去年未决1" && expect_body "999.00" && expect_no_body "第 1 /"
'

test_expect_success 'the status filter, alone and with the year' '
	cgi GET "/school/s/claims?status=settled" && expect_body "共 <strong class=\"num\">3</strong> 件" &&
	expect_body "<option value=\"settled\" selected>已结案</option>" && expect_body "1,200.50" && expect_no_body "未结案</span>" &&
	cgi GET "/school/s/claims?status=pending" && expect_body "共 <strong class=\"num\">22</strong> 件" &&
	expect_body "href=\"/school/s/claims?status=pending&amp;page=2\"" && expect_no_body "已结案</span>" &&
	cgi GET "/school/s/claims?year=1&status=pending" && expect_body "共 <strong class=\"num\">1</strong> 件" &&
	expect_body "去年未决1" && expect_no_body "去年赔1" &&
	cgi GET "/school/s/claims?year=2&status=settled" && test "$(rows)" = 2 && expect_body "已赔1" && expect_body "已赔2"
'

test_expect_success 'bad parameters: unknown year 404, garbage 400' '
	cgi GET "/school/s/claims?year=999" && expect_status 404 &&
	cgi GET "/school/s/claims?year=x" && expect_status 400 &&
	cgi GET "/school/s/claims?status=open" && expect_status 400 &&
	cgi GET "/school/s/claims?page=x" && expect_status 400
'

test_expect_success 'a school without claims; a filter without matches' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	cgi GET /school/s/claims && expect_status 200 && expect_body "本校暂无理赔案件" && expect_no_body "别校" &&
	login_as school 郑州市金水区纬五路第一小学 School@2026 &&
	cgi GET "/school/s/claims?status=settled" && expect_status 200 && expect_body "没有符合条件的理赔案件" &&
	cgi GET /school/s/claims && expect_body "别校1" && expect_body "共 <strong class=\"num\">1</strong> 件"
'

test_done
