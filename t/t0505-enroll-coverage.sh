#!/bin/bash
# t0505-enroll-coverage: the coverage counters (enrollment_counters) that department views read
# follow every submission in the same transaction (schools, enrollments, persons per year,
# region, school type and product), move with a school whose type changes (修改基本信息) or
# whose region change is approved, never count a refused upload, and `manage coverage-check`
# finds a counter that disagrees with the enrollments.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
enroll_setup && make_rosters || exit 1
counter() {  # counter REGION TYPE PRODUCT: "schools,enrollments,persons" or empty
	sql "SELECT CONCAT_WS(',', schools, enrollments, persons) FROM enrollment_counters
		WHERE year_id = 2 AND region_code = '$1' AND school_type = '$2' AND product_id = $3"
}

test_expect_success 'no submission, no counters; a refused upload counts nothing' '
	test "$(sql "SELECT COUNT(*) FROM enrollment_counters")" = 0 && coverage_ok &&
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 &&
	submit 1 "$TRASH/bad.xlsx" 3 && expect_status 200 &&
	test "$(sql "SELECT COUNT(*) FROM enrollment_counters")" = 0
'

test_expect_success 'a submission counts the school and its persons in its county, type and product' '
	submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 &&
	test "$(counter 410105 小学 1)" = "1,1,3" &&
	test "$(sql "SELECT city_code FROM enrollment_counters WHERE region_code = 410105")" = 410100 &&
	open_form 2 && submit 2 "$TRASH/staff_bad.xlsx" 2 keep_valid=1 && expect_status 303 &&
	test "$(counter 410105 小学 2)" = "1,1,2" && coverage_ok
'

test_expect_success 'another school of the county adds to the same counter' '
	login_as school 郑州市金水区纬五路第一小学 School@2026 && open_form 2 &&
	sql "SELECT id_hmac FROM roster_rows" >/dev/null &&
	$PY - "$TRASH" <<-PYEOF &&
	import sys, openpyxl
	wb = openpyxl.Workbook(); ws = wb.active
	ws.append(["序号", "姓名", "性别", "证件类型", "证件号码", "岗位", "备注"])
	ws.append([1, "外籍教师", "男", "护照", "E12345678", "外教", ""])
	wb.save(sys.argv[1] + "/passport.xlsx")
	PYEOF
	submit 2 "$TRASH/passport.xlsx" 1 && expect_status 303 &&
	test "$(counter 410105 小学 2)" = "2,2,3" && coverage_ok
'

test_expect_success 'a school that changes its type moves its figures to the new type' '
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/account/basic &&
	cgi POST /school/s/account/basic "csrf=$(csrf_token)&contact_name=$(urlencode 王老师)&school_type=$(urlencode 初中)&nature=$(urlencode 公办)" &&
	expect_status 303 &&
	test "$(counter 410105 小学 1)" = "0,0,0" && test "$(counter 410105 初中 1)" = "1,1,3" &&
	test "$(counter 410105 小学 2)" = "1,1,1" && test "$(counter 410105 初中 2)" = "1,1,2" && coverage_ok
'

test_expect_success 'an approved region change moves the school figures to the new county' '
	sql "INSERT INTO applications (id, kind, school_id, payload, reason) VALUES
		(601, \"region_change\", 1, JSON_OBJECT(\"region_code\", \"410102\"), \"搬迁\")" &&
	login_as admin admin Admin@2026 && cgi GET "/school/admin/change?id=601" &&
	cgi POST /school/admin/change/approve "csrf=$(csrf_token)&id=601" && expect_status 303 &&
	test "$(counter 410105 初中 1)" = "0,0,0" && test "$(counter 410102 初中 1)" = "1,1,3" &&
	test "$(counter 410102 初中 2)" = "1,1,2" && coverage_ok
'

test_expect_success 'manage coverage-check reports a counter that disagrees' '
	sql "UPDATE enrollment_counters SET persons = persons + 1 WHERE region_code = 410102 AND product_id = 1" &&
	! coverage_ok && grep -q "1 differing rows" "$TRASH/coverage.out"
'

test_done
