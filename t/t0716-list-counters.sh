#!/bin/bash
# t0716-list-counters: the list counters of migration 0015 (school_counters, insurer_counters and
# the school's name, region and city copied into enrollments) follow every kind of write of
# schools and enrollments, in the statement that makes it, whatever writes it: a submitted
# enrollment of a company, a second one of the same school, 参保人数 changed, insured, being
# modified, moved to another company, back to draft, deleted; a school renamed, moved to another
# region, cancelled, reactivated, added and removed. After each, `manage coverage-check` agrees and
# the figures are the expected ones; a counter or copy that disagrees is reported. The pages
# that read them (学校数据's count, 投保数据's totals) show the counters' figures, and 学校数据's
# default view pages a city's county schools then its 市直 in region order, across the boundary.
. "$(dirname "$0")/test-lib.sh"
setup_db

# check: the list counters agree with schools and enrollments (manage coverage-check; its
# enrollment_counters are the application's, which these SQL writes leave alone).
check() {
	HNEDU_CONF="$HNEDU_CONF" "$ROOT/cgi-bin/manage" coverage-check >"$TRASH/check.out" 2>&1
	grep -qx "list counters: 0 differing rows" "$TRASH/check.out" || { cat "$TRASH/check.out" >&2; return 1; }
}
insurer() {  # insurer COMPANY REGION: "schools,enrollments,persons" of year 2, or empty
	sql "SELECT CONCAT_WS(',', schools, enrollments, persons) FROM insurer_counters
		WHERE company_id = $1 AND year_id = 2 AND region_code = '$2'"
}
schools() {  # schools REGION: active schools of the region by school_counters
	sql "SELECT schools FROM school_counters WHERE region_code = '$1'"
}
enroll() {  # enroll ID SCHOOL PRODUCT STATUS COMPANY DECLARED
	sql "INSERT INTO enrollments (id, school_id, year_id, product_id, status, company_id, declared_count, submitted_at)
		VALUES ($1, $2, 2, $3, '$4', $5, $6, UTC_TIMESTAMP())"
}

test_expect_success 'the migration filled the counters from the demo data' '
	check &&
	test "$(schools 410100)" = "$(sql "SELECT COUNT(*) FROM schools WHERE region_code = 410100 AND status = \"active\"")" &&
	test "$(sql "SELECT COUNT(*) FROM insurer_counters")" = 0
'

test_expect_success 'a draft counts nothing; a submitted enrollment counts its school, itself and its persons' '
	enroll 901 9 1 draft 1 5 && test -z "$(insurer 1 410105)" && check &&
	sql "UPDATE enrollments SET status = \"submitted\" WHERE id = 901" &&
	test "$(insurer 1 410105)" = "1,1,5" && check &&
	test "$(sql "SELECT CONCAT_WS(\",\", school_name, region_code, city_code) FROM enrollments WHERE id = 901")" = "郑州市第八中学,410105,410100"
'

test_expect_success 'a second enrollment of the same school counts once as a school' '
	enroll 902 9 2 submitted 1 7 && test "$(insurer 1 410105)" = "1,2,12" && check &&
	enroll 903 11 1 submitted 1 4 && test "$(insurer 1 410103)" = "1,1,4" && check
'

test_expect_success '参保人数, insured and modifying change only the persons' '
	sql "UPDATE enrollments SET declared_count = 9 WHERE id = 901" && test "$(insurer 1 410105)" = "1,2,16" &&
	sql "UPDATE enrollments SET status = \"insured\" WHERE id = 901" && test "$(insurer 1 410105)" = "1,2,16" &&
	sql "UPDATE enrollments SET status = \"modifying\", declared_count = 8 WHERE id = 902" &&
	test "$(insurer 1 410105)" = "1,2,17" && check
'

test_expect_success 'another company: the enrollment moves; the school stays counted where one is left' '
	sql "UPDATE enrollments SET company_id = 2 WHERE id = 902" &&
	test "$(insurer 1 410105)" = "1,1,9" && test "$(insurer 2 410105)" = "1,1,8" && check &&
	sql "UPDATE enrollments SET company_id = 2, declared_count = 1 WHERE id = 901" &&
	test "$(insurer 1 410105)" = "0,0,0" && test "$(insurer 2 410105)" = "1,2,9" && check
'

test_expect_success 'back to draft and deleted: the school leaves with its last enrollment' '
	sql "UPDATE enrollments SET status = \"draft\" WHERE id = 902" && test "$(insurer 2 410105)" = "1,1,1" &&
	sql "DELETE FROM enrollments WHERE id = 901" && test "$(insurer 2 410105)" = "0,0,0" && check &&
	sql "DELETE FROM enrollments WHERE id = 902" && check
'

test_expect_success 'a renamed school renames its enrollments; a moved one moves its counters' '
	enroll 904 11 2 submitted 1 6 && test "$(insurer 1 410103)" = "1,2,10" &&
	before_103=$(schools 410103) && before_105=$(schools 410105) &&
	sql "UPDATE schools SET name = \"郑州市二七区长江路第一小学（新）\" WHERE id = 11" &&
	test "$(sql "SELECT DISTINCT school_name FROM enrollments WHERE school_id = 11")" = "郑州市二七区长江路第一小学（新）" &&
	check &&
	sql "UPDATE schools SET region_code = \"410105\" WHERE id = 11" &&
	test "$(insurer 1 410103)" = "0,0,0" && test "$(insurer 1 410105)" = "1,2,10" &&
	test "$(schools 410103)" = $((before_103 - 1)) && test "$(schools 410105)" = $((before_105 + 1)) && check
'

test_expect_success 'a cancelled school leaves school_counters, a reactivated, added or removed one follows' '
	before=$(schools 410105) &&
	sql "UPDATE schools SET status = \"cancelled\" WHERE id = 9" && test "$(schools 410105)" = $((before - 1)) && check &&
	sql "UPDATE schools SET status = \"active\" WHERE id = 9" && test "$(schools 410105)" = "$before" &&
	sql "INSERT INTO schools (id, name, region_code, city_code, school_type, nature, contact_name, contact_mobile, status)
		VALUES (990, \"计数测试学校\", \"410105\", \"410100\", \"小学\", \"公办\", \"李老师\", \"138****0000\", \"pending\")" &&
	test "$(schools 410105)" = "$before" &&
	sql "UPDATE schools SET status = \"active\" WHERE id = 990" && test "$(schools 410105)" = $((before + 1)) && check &&
	sql "DELETE FROM schools WHERE id = 990" && test "$(schools 410105)" = "$before" && check
'

test_expect_success 'the pages show the counters: 学校数据 count, 投保数据 totals' '
	login_as department 郑州市 City@2026 && cgi GET /school/dept/schools && expect_status 200 &&
	total=$(sql "SELECT COUNT(*) FROM schools WHERE status = \"active\" AND region_code LIKE \"4101%\"") &&
	grep -q "共 <strong class=\"num\">$total</strong> 所学校" "$TRASH/body" &&
	enroll 905 18 1 submitted 2 30 && enroll 906 18 2 insured 2 12 && enroll 907 9 1 submitted 2 5 &&
	login_as insurer pingan_henan Insurer@2026 && cgi GET /school/insurer/enrollments && expect_status 200 &&
	grep -q "共 <strong class=\"num\">2</strong> 所学校、<strong class=\"num\">47</strong> 人，<strong class=\"num\">3</strong> 份投保数据" "$TRASH/body" &&
	check
'

test_expect_success '学校数据 pages the county schools, then 市直, in region order (past the boundary too)' '
	for i in $(seq 10 36); do
		sql "INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile, status)
			VALUES (\"分页测试学校$i\", \"410105\", \"410100\", \"小学\", \"公办\", \"李老师\", \"138****0000\", \"active\")" || return 1
	done &&
	check && login_as department 郑州市 City@2026 &&
	total=$(sql "SELECT COUNT(*) FROM schools WHERE status = \"active\" AND region_code LIKE \"4101%\"") &&
	test "$total" -gt 40 && test "$total" -le 60 &&
	for page in 1 2 3 4; do
		cgi GET "/school/dept/schools?page=$page" && expect_status 200 &&
		sql "SELECT name FROM schools WHERE status = \"active\" AND region_code LIKE \"4101%\"
			ORDER BY region_code = city_code, region_code, name, id LIMIT 20 OFFSET $(( (page - 1) * 20 ))" >"$TRASH/expected" &&
		python3 - "$TRASH/body" "$TRASH/expected" $(( (page - 1) * 20 )) <<-PYEOF || return 1
		import re, sys
		body = open(sys.argv[1], encoding="utf-8").read()
		rows = re.findall(r"<tr><td class=\"col-num\">(\\d+)</td><td>([^<]*)<br>", body)
		expected = open(sys.argv[2], encoding="utf-8").read().split("\\n")[:-1]
		first = int(sys.argv[3]) + 1
		assert [r[1] for r in rows] == expected, (rows, expected)
		assert [int(r[0]) for r in rows] == list(range(first, first + len(expected))), rows
		PYEOF
	done
'

test_expect_success 'manage coverage-check reports a list counter or copy that disagrees' '
	sql "UPDATE insurer_counters SET persons = persons + 1 WHERE company_id = 1 AND region_code = 410105" &&
	! check && grep -q "list counters: 1 differing rows" "$TRASH/check.out" &&
	sql "UPDATE insurer_counters SET persons = persons - 1 WHERE company_id = 1 AND region_code = 410105" && check &&
	sql "UPDATE school_counters SET schools = schools + 1 WHERE region_code = 410105" &&
	! check && grep -q "list counters: 1 differing rows" "$TRASH/check.out" &&
	sql "UPDATE school_counters SET schools = schools - 1 WHERE region_code = 410105" && check &&
	sql "UPDATE enrollments SET school_name = \"别的名字\" WHERE id = 904" &&
	! check && grep -q "list counters: 1 differing rows" "$TRASH/check.out"
'

test_done
