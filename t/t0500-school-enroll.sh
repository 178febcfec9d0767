#!/bin/bash
# t0500-school-enroll: 投保数据 of a school for the current year (first enrollment per product).
# The page shows 区域, 学校名称 and a form per product (no intern product for a 小学); 模板下载 is a
# real .xlsx with the product's header row; a roster with problems lists every problem, offers
# them as .xlsx and stores nothing; 只保存正确的行 stores only the valid rows (declared count must
# match); a count mismatch is refused; a valid roster is stored (counts, ID numbers encrypted,
# download round trip); a retried POST (same batch_key) does nothing twice; a second submission
# is a 409; another school's enrollment id is a 404 (audited); the same ID at another school is
# named; after the deadline the form is closed; an upload without csrf is a 403; a refused
# upload shows the form again with the typed count and company kept; an unknown seq is a 404;
# while open the page shows the last day and the days left.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup && make_rosters || exit 1
OTHER_SCHOOL=郑州市金水区纬五路第一小学
ID0=$(sed -n 1p "$TRASH/ids.txt")
count() { sql "$1"; }

test_expect_success 'the page shows region, school and a form per product (no intern product for a 小学)' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_status 200 && expect_body "href=\"/school/s/enroll\"" &&
	open_form 1 &&
	expect_body "郑州市 金水区" && expect_body "$DEMO_SCHOOL" && expect_body "校方责任险（无过失责任保险）" &&
	expect_body "教职工校方责任保险" && expect_no_body "职业院校学生实习责任保险" &&
	expect_body "学生花名册模板下载" && expect_body "请将所有学生名单合并到一张表中上传" &&
	expect_body "提交上传" && expect_body "平安" && expect_body "action=\"/school/files/enroll\"" &&
	expect_body "投保数据提交截止：<strong>$(date -u -d "$(cn_day 30)" +%Y年%-m月%-d日)</strong>（还剩 30 天）"
'

test_expect_success '模板下载 is a real xlsx with the product header row' '
	cgi GET "/school/s/enroll/template?product=1" && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	expect_header Content-Disposition "attachment; filename\*=UTF-8.." &&
	cp "$TRASH/body" "$TRASH/template.xlsx" &&
	test "$($PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(\",\".join(str(c.value) for c in ws[1]))" "$TRASH/template.xlsx")" = "序号,姓名,性别,证件类型,证件号码,年级,班级,备注"
'

test_expect_success 'a roster with problems lists them, offers an xlsx report and stores nothing' '
	submit 1 "$TRASH/bad.xlsx" 3 && expect_status 200 &&
	expect_body "花名册检查结果" && expect_body "证件号码" && expect_body "性别" &&
	expect_body "下载问题清单" && expect_body "未保存任何数据" &&
	test "$(count "SELECT COUNT(*) FROM enrollments")" = 0 && test "$(count "SELECT COUNT(*) FROM roster_rows")" = 0 &&
	report=$(sed -n "s|.*href=\"\(/school/files/download?id=[0-9]*\)\".*|\1|p" "$TRASH/body" | head -n 1) &&
	test -n "$report" &&
	test "$(count "SELECT kind FROM files WHERE id = ${report##*=}")" = other &&
	cgi GET "$report" && expect_status 200 && expect_header X-Accel-Redirect "/_files/"
'

test_expect_success 'a declared count that differs from the rows is refused; nothing stored' '
	submit 1 "$TRASH/good.xlsx" 4 && expect_status 200 && expect_body "不一致" &&
	expect_body "修改后重新上传" && grep -q "name=\"declared_count\"[^>]*value=\"4\"" "$TRASH/body" &&
	expect_body "<option value=\"1\" selected>" && grep -q "name=\"batch_key\" value=\"[0-9a-f]\{32\}\"" "$TRASH/body" &&
	test "$(count "SELECT COUNT(*) FROM enrollments")" = 0 && test "$(count "SELECT COUNT(*) FROM roster_rows")" = 0
'

test_expect_success 'zero data rows is an error' '
	submit 1 "$TRASH/empty.xlsx" 1 && expect_status 200 && expect_body "未保存任何数据" &&
	test "$(count "SELECT COUNT(*) FROM enrollments")" = 0
'

test_expect_success 'an upload without csrf is refused (403)' '
	post_roster "$TRASH/good.xlsx" "product=1" "batch_key=$(cat "$TRASH/batch.1")" "declared_count=3" "company_id=1" &&
	expect_status 403 && test "$(count "SELECT COUNT(*) FROM enrollments")" = 0
'

test_expect_success 'a valid roster is stored: counts, file, encrypted ID numbers, audit' '
	submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 && expect_header Location "/school/s/enroll" &&
	test "$(count "SELECT CONCAT_WS(\",\", status, declared_count, stored_count, company_id, seq) FROM enrollments WHERE school_id = 1 AND product_id = 1")" = "submitted,3,3,1,1" &&
	test "$(count "SELECT f.kind FROM files f JOIN enrollments e ON e.roster_file_id = f.id")" = roster &&
	test "$(count "SELECT COUNT(*) FROM roster_rows")" = 3 &&
	sql "SELECT * FROM roster_rows" >"$TRASH/rows.txt" && grep -q "张三" "$TRASH/rows.txt" &&
	! grep -q "$ID0" "$TRASH/rows.txt" && ! grep -q "${ID0:6:8}" "$TRASH/rows.txt" &&
	test "$(count "SELECT COUNT(*) FROM audit_log WHERE action = \"enrollment_submitted\"")" = 1
'

test_expect_success 'a retried POST with the same batch_key does nothing twice' '
	submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 &&
	test "$(count "SELECT COUNT(*) FROM enrollments")" = 1 && test "$(count "SELECT COUNT(*) FROM roster_rows")" = 3 &&
	test "$(count "SELECT COUNT(*) FROM audit_log WHERE action = \"enrollment_submitted\"")" = 1 &&
	test -z "$(ls -A "$TRASH/storage/tmp")"
'

test_expect_success 'a seq without an approved extra enrollment is a 404' '
	echo 1123456789abcdef0123456789abcdef >"$TRASH/batch.1" &&
	submit 1 "$TRASH/good.xlsx" 3 seq=2 && expect_status 404 &&
	test "$(count "SELECT COUNT(*) FROM enrollments")" = 1
'

test_expect_success 'a second submission of the product is a 409 (申请修改)' '
	echo 0123456789abcdef0123456789abcdef >"$TRASH/batch.1" &&
	submit 1 "$TRASH/good.xlsx" 3 && expect_status 409 && expect_body "申请修改" &&
	test "$(count "SELECT COUNT(*) FROM roster_rows")" = 3
'

test_expect_success 'the page shows the submitted values read-only with 下载 and 申请修改' '
	cgi GET "/school/s/enroll?done=submitted" && expect_status 200 && expect_body "投保数据已提交" &&
	expect_body "<strong class=\"num\">3</strong> 人" && expect_body "/school/s/enroll/roster?id=" &&
	expect_body "href=\"/school/s/enroll/modify?id=" &&
	open_form 2
'

test_expect_success 'the roster download round-trips the stored rows (full ID numbers), audited' '
	id=$(count "SELECT id FROM enrollments WHERE school_id = 1 AND product_id = 1") && echo "$id" >"$TRASH/eid" &&
	cgi GET "/school/s/enroll/roster?id=$id" && expect_status 200 &&
	expect_header Content-Disposition "attachment" && cp "$TRASH/body" "$TRASH/back.xlsx" &&
	$PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for r in ws.iter_rows(min_row=2, values_only=True): print(r[1], r[4])" "$TRASH/back.xlsx" >"$TRASH/back.txt" &&
	test "$(wc -l <"$TRASH/back.txt")" = 3 && grep -qx "张三 $ID0" "$TRASH/back.txt" &&
	test "$(count "SELECT COUNT(*) FROM audit_log WHERE action = \"download\" AND object_type = \"enrollment\"")" = 1
'

test_expect_success '只保存正确的行 stores only the valid rows when the count matches them' '
	submit 2 "$TRASH/staff_bad.xlsx" 3 keep_valid=1 && expect_status 200 && expect_body "不一致" &&
	test "$(count "SELECT COUNT(*) FROM enrollments WHERE product_id = 2")" = 0 &&
	submit 2 "$TRASH/staff_bad.xlsx" 2 keep_valid=1 && expect_status 303 &&
	test "$(count "SELECT CONCAT_WS(\",\", declared_count, stored_count) FROM enrollments WHERE product_id = 2")" = "2,2" &&
	test "$(count "SELECT COUNT(*) FROM roster_rows r JOIN enrollments e ON e.id = r.enrollment_id WHERE e.product_id = 2")" = 2
'

test_expect_success 'another school: the same ID numbers are named, its enrollment id is a 404 (audited)' '
	login_as school "$OTHER_SCHOOL" School@2026 &&
	open_form 1 && submit 1 "$TRASH/good.xlsx" 3 && expect_status 200 && expect_body "已由其他学校（郑州市金水区" &&
	test "$(count "SELECT COUNT(*) FROM enrollments WHERE school_id = 5")" = 0 &&
	cgi GET "/school/s/enroll/roster?id=$(cat "$TRASH/eid")" && expect_status 404 &&
	test "$(count "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"enrollment\"")" = 1
'

test_expect_success 'a vocational school may also enroll the intern product' '
	login_as school 中牟县职业教育中心 School@2026 &&
	cgi GET /school/s/enroll && expect_status 200 && expect_body "职业院校学生实习责任保险" &&
	expect_body "实习生花名册模板下载" &&
	login_as school "$OTHER_SCHOOL" School@2026
'

test_expect_success 'after the deadline the form is closed and a POST is refused' '
	open_form 1 &&
	sql "UPDATE academic_years SET enroll_deadline = \"$(cn_day -1)\" WHERE id = 2" &&
	cgi GET /school/s/enroll && expect_status 200 && expect_body "本学年投保截止日期已过" &&
	expect_no_body "提交上传" && expect_no_body "投保数据提交截止" &&
	submit 1 "$TRASH/good.xlsx" 3 && expect_status 409 && expect_body "截止日期已过" &&
	test "$(count "SELECT COUNT(*) FROM enrollments WHERE school_id = 5")" = 0
'

test_done
