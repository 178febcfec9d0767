#!/bin/bash
# t0560-enroll-manage: 上传管理 after an approved 多家保险公司 application (user manual 1.1.2, 1.2).
# The school applies, the admin approves; 投保数据 then links the product's 上传管理, which shows
# 第1条 read-only (参保人数, 投保公司, 花名册 下载, 申请修改) and 第2条 as the upload form (seq 2).
# Submitting seq 2 through /school/files/enroll stores a second enrollment with another company;
# the coverage counters count the school once, both enrollments and the summed persons. The same
# ID numbers as in the school's own seq 1 are allowed (roster_duplicates_elsewhere only looks at
# other schools), while another school is still told about them. A seq 2 with no seq 1 shows a
# 第1条 block pointing to 投保数据; after the deadline a draft shows the closed message. Another
# school's product page, roster and seq are 404; garbage is 400.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
use_enroll_storage && open_current_year && make_rosters || exit 1
OTHER_SCHOOL=郑州市金水区纬五路第一小学
counter() {  # counter REGION TYPE PRODUCT: "schools,enrollments,persons"
	sql "SELECT CONCAT_WS(',', schools, enrollments, persons) FROM enrollment_counters
		WHERE year_id = 2 AND region_code = '$1' AND school_type = '$2' AND product_id = $3"
}
# apply PRODUCT REASON: the school files a 多家保险公司 application through its page.
apply() {
	cgi GET /school/s/enroll/extra && expect_status 200 &&
	cgi POST /school/s/enroll/extra "csrf=$(csrf_token)&product=$1&reason=$(urlencode "$2")" && expect_status 303
}
# approve_latest: the admin approves the newest extra-insurer application through its page.
approve_latest() {
	local id
	id=$(sql "SELECT MAX(id) FROM applications WHERE kind = 'extra_insurer'") &&
	login_as admin admin Admin@2026 && cgi GET "/school/admin/extra-insurer?id=$id" && expect_status 200 &&
	cgi POST /school/admin/extra-insurer/approve "csrf=$(csrf_token)&id=$id" && expect_status 303
}
# open_manage PRODUCT SEQ: the 上传管理 page; csrf and the batch key of the SEQ form into $TRASH.
open_manage() {
	cgi GET "/school/s/enroll/manage?product=$1" && expect_status 200 &&
	csrf_token >"$TRASH/csrf" &&
	perl -0ne 'print $1 if /name="product" value="'"$1"'">\s*<input type="hidden" name="batch_key" value="([0-9a-f]+)">\s*<input type="hidden" name="seq" value="'"$2"'">/' \
		"$TRASH/body" >"$TRASH/batch.$1.$2" && test -s "$TRASH/batch.$1.$2"
}

test_expect_success 'school 1 submits its first enrollment and applies for a second insurer; the admin approves' '
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 && submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 &&
	sql "SELECT id FROM enrollments WHERE school_id = 1 AND seq = 1" >"$TRASH/e1" &&
	cgi GET /school/s/enroll && expect_no_body "/school/s/enroll/manage" &&
	apply 1 "三年级由平安财险承保，需单独上传花名册" && approve_latest &&
	test "$(sql "SELECT CONCAT(seq, status) FROM enrollments WHERE school_id = 1 AND product_id = 1 ORDER BY seq DESC LIMIT 1")" = 2draft
'

test_expect_success '投保数据 links 上传管理; the application list links it too' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/enroll && expect_status 200 &&
	expect_body "<a class=\"btn btn-secondary\" href=\"/school/s/enroll/manage?product=1\">上传管理</a>" &&
	test "$(grep -c "/school/s/enroll/manage?product=" "$TRASH/body")" = 1 &&
	cgi GET /school/s/enroll/extra && expect_body "已通过" && expect_body "<a href=\"/school/s/enroll/manage?product=1\">上传管理</a>"
'

test_expect_success '上传管理 shows 第1条 read-only and 第2条 as the seq 2 upload form' '
	open_manage 1 2 &&
	expect_body "校方责任险（无过失责任保险）" && expect_body "2026-2027" &&
	expect_body "第1条 <span class=\"badge badge-info\">已提交</span>" &&
	expect_body "<strong class=\"num\">3</strong> 人" && expect_body "人保财险" &&
	expect_body "href=\"/school/s/enroll/roster?id=$(cat "$TRASH/e1")\"" && expect_body "申请修改" &&
	expect_body "第2条 <span class=\"badge badge-warn\">未提交</span>" &&
	expect_body "action=\"/school/files/enroll\"" && expect_body "<input type=\"hidden\" name=\"seq\" value=\"2\">" &&
	test "$(grep -c "action=\"/school/files/enroll\"" "$TRASH/body")" = 1 && expect_no_body "FIRST_MISSING" &&
	expect_no_body "第1条投保数据尚未提交"
'

test_expect_success 'a refused seq 2 upload shows the form again and stores nothing' '
	post_roster "$TRASH/good4.xlsx" "csrf=$(cat "$TRASH/csrf")" product=1 "batch_key=$(cat "$TRASH/batch.1.2")" seq=2 \
		declared_count=5 company_id=2 && expect_status 200 && expect_body "不一致" &&
	expect_body "<input type=\"hidden\" name=\"seq\" value=\"2\">" && expect_body "href=\"/school/s/enroll/manage?product=1\"" &&
	test "$(sql "SELECT status FROM enrollments WHERE school_id = 1 AND seq = 2")" = draft
'

test_expect_success 'submitting seq 2 stores a second enrollment with another company; the same IDs as seq 1 are allowed' '
	post_roster "$TRASH/good4.xlsx" "csrf=$(cat "$TRASH/csrf")" product=1 "batch_key=$(cat "$TRASH/batch.1.2")" seq=2 \
		declared_count=4 company_id=2 && expect_status 303 &&
	expect_header Location "/school/s/enroll/manage\?product=1&done=submitted" &&
	test "$(sql "SELECT CONCAT_WS(\",\", seq, status, company_id, declared_count, stored_count) FROM enrollments WHERE school_id = 1 AND product_id = 1 ORDER BY seq")" = "$(printf "1,submitted,1,3,3\n2,submitted,2,4,4")" &&
	e2=$(sql "SELECT id FROM enrollments WHERE school_id = 1 AND seq = 2") && echo "$e2" >"$TRASH/e2" &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows WHERE enrollment_id = $e2")" = 4 &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows a JOIN roster_rows b ON a.id_hmac = b.id_hmac AND a.enrollment_id = $(cat "$TRASH/e1") AND b.enrollment_id = $e2")" = 2 &&
	sql "SELECT detail FROM audit_log WHERE action = \"enrollment_submitted\" AND object_id = \"$e2\"" | grep -q "seq=2"
'

test_expect_success 'coverage: the school counts once, both enrollments and the summed persons' '
	test "$(counter 410105 小学 1)" = "1,2,7" && coverage_ok
'

test_expect_success 'after the upload 上传管理 shows both read-only with the notice; a second upload is 409' '
	cgi GET "/school/s/enroll/manage?product=1&done=submitted" && expect_status 200 &&
	expect_body "投保数据已提交，花名册已保存。" && expect_body "第2条 <span class=\"badge badge-info\">已提交</span>" &&
	expect_body "平安财险" && expect_body "href=\"/school/s/enroll/roster?id=$(cat "$TRASH/e2")\"" &&
	expect_no_body "action=\"/school/files/enroll\"" &&
	echo 0123456789abcdef0123456789abcdef >"$TRASH/batch.1.2" &&
	post_roster "$TRASH/good.xlsx" "csrf=$(cat "$TRASH/csrf")" product=1 "batch_key=$(cat "$TRASH/batch.1.2")" seq=2 \
		declared_count=3 company_id=3 && expect_status 409 &&
	test "$(sql "SELECT company_id FROM enrollments WHERE school_id = 1 AND seq = 2")" = 2
'

test_expect_success 'the seq 2 roster downloads with its own rows' '
	cgi GET "/school/s/enroll/roster?id=$(cat "$TRASH/e2")" && expect_status 200 && cp "$TRASH/body" "$TRASH/e2.xlsx" &&
	test "$($PY -c "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).worksheets[0].max_row - 1)" "$TRASH/e2.xlsx")" = 4
'

test_expect_success 'another school is still told about IDs that only seq 2 holds' '
	login_as school "$OTHER_SCHOOL" School@2026 && open_form 1 &&
	submit 1 "$TRASH/good4.xlsx" 4 && expect_status 200 && expect_body "已由其他学校（郑州市金水区" &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE school_id = 5")" = 0
'

test_expect_success 'another school: the product page, the rosters and seq 2 are 404; bad products 404/400' '
	cgi GET "/school/s/enroll/manage?product=1" && expect_status 404 &&
	cgi GET "/school/s/enroll/roster?id=$(cat "$TRASH/e2")" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_id = \"$(cat "$TRASH/e2")\"")" = 1 &&
	post_roster "$TRASH/good.xlsx" "csrf=$(cat "$TRASH/csrf")" product=1 batch_key=abcdef0123456789abcdef0123456789 seq=2 \
		declared_count=3 company_id=1 && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE school_id = 5")" = 0 &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET "/school/s/enroll/manage?product=99" && expect_status 404 &&
	cgi GET "/school/s/enroll/manage?product=3" && expect_status 404 &&
	cgi GET "/school/s/enroll/manage?product=2" && expect_status 404 &&
	cgi GET "/school/s/enroll/manage?product=x" && expect_status 400 &&
	cgi GET "/school/s/enroll/manage" && expect_status 400
'

test_expect_success 'an extra enrollment without seq 1: 第1条 points to 投保数据; 投保数据 still offers seq 1' '
	apply 2 "教职工分别由两家公司承保" && approve_latest &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	test "$(sql "SELECT GROUP_CONCAT(seq) FROM enrollments WHERE school_id = 1 AND product_id = 2")" = 2 &&
	open_manage 2 2 && expect_body "第1条投保数据尚未提交" && expect_body "第2条 <span class=\"badge badge-warn\">未提交</span>" &&
	cgi GET /school/s/enroll && expect_body "href=\"/school/s/enroll/manage?product=2\"" &&
	grep -q "name=\"product\" value=\"2\">" "$TRASH/body" && grep -q "name=\"seq\" value=\"1\">" "$TRASH/body"
'

test_expect_success 'after the deadline a draft shows the closed message instead of the form' '
	sql "UPDATE academic_years SET enroll_deadline = \"$(cn_day -1)\" WHERE id = 2" &&
	cgi GET "/school/s/enroll/manage?product=2" && expect_status 200 &&
	expect_body "本学年投保截止日期已过" && expect_no_body "action=\"/school/files/enroll\"" &&
	cgi GET "/school/s/enroll/manage?product=1" && expect_status 200 && expect_body "第2条"
'

test_done
