#!/bin/bash
# t0960-bench-province: the synthetic province of the benchmarks (t/bench/province_gen,
# t/bench/province.sh, issue 9) at a small scale (300 schools, 20,000 roster rows): the same
# seed gives byte-identical TSVs and another seed different ones; the load passes its
# consistency checks (and t/bench/province-check.sh catches a broken row); a second load is a
# no-op; `manage coverage-check` agrees with the counters; through the real pages a generated
# county's 学校数据 shows its schools and persons as the roster rows add up, a generated school
# signs in with Bench@2026 and its 投保数据 shows its enrollments, and the ID numbers of its
# roster download (decrypted by the application) are valid and match the stored HMAC
# (HMAC-SHA256 under the key derived from the secret file, as modules/pii.h says).
. "$(dirname "$0")/test-lib.sh"
setup_db
GEN=$ROOT/t/bench/province_gen
PY=/usr/bin/python3
SCALE="--rows 20000 --schools 300"
DEMO_ACCOUNTS=$(sql "SELECT MAX(id) FROM accounts")  # the generated ones come after
DEMO_SCHOOLS=$(sql "SELECT MAX(id) FROM schools")
[ -x "$GEN" ] || make -s -C "$ROOT" t/bench/province_gen >/dev/null 2>&1

# sums DIR: sha256 of the TSVs of a generated directory.
sums() { (cd "$1" && sha256sum ./*.tsv); }

test_expect_success 'the same seed gives identical TSVs, another seed different ones' '
	"$GEN" --out "$TRASH/a" --seed 7 $SCALE >"$TRASH/gen-a" &&
	"$GEN" --out "$TRASH/b" --seed 7 $SCALE >/dev/null &&
	"$GEN" --out "$TRASH/c" --seed 8 $SCALE >/dev/null &&
	grep -q "roster_rows=20000 " "$TRASH/gen-a" && grep -q "schools=300 " "$TRASH/gen-a" &&
	test "$(sums "$TRASH/a" | wc -l)" = 6 &&
	test "$(sums "$TRASH/a")" = "$(sums "$TRASH/b")" &&
	test "$(sums "$TRASH/a")" != "$(sums "$TRASH/c")" &&
	test "$(wc -l <"$TRASH/a/roster_rows.tsv")" = 20000
'

test_expect_success 'the load passes its consistency checks and prints the bench logins' '
	bash "$ROOT/t/bench/province.sh" --db "$TEST_DB" --seed 7 $SCALE --keep "$TRASH/load" >"$TRASH/load.out" 2>&1 &&
	cat "$TRASH/load.out" &&
	grep -q "province-check.sh: $TEST_DB: consistent" "$TRASH/load.out" &&
	grep -q "^RESULT metric=province_generate_rows_per_s ours=[0-9]* baseline=[0-9]* unit=rows/s target=-$" "$TRASH/load.out" &&
	grep "^BENCH_ACCOUNTS school=.* county=.* city=郑州市教育局 insurer=ins1_410000 password=Bench@2026$" \
		"$TRASH/load.out" >"$TRASH/accounts" &&
	test "$(sums "$TRASH/load")" = "$(sums "$TRASH/a")" &&
	test "$(sql "SELECT COUNT(*) FROM schools")" = $((300 + 39)) &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows")" = 20000 &&
	test "$(sql "SELECT COUNT(DISTINCT password_hash) FROM accounts WHERE id > $DEMO_ACCOUNTS")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE id > 39 AND (contact_mobile NOT LIKE '"'"'1__****____'"'"'
		OR contact_mobile_enc IS NULL OR contact_mobile_hmac IS NULL)")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE is_center = 1")" -gt 1 &&
	test "$(sql "SELECT COUNT(*) FROM policies")" -gt 0 &&
	test "$(sql "SELECT COUNT(DISTINCT status) FROM claims")" = 2 &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE status = '"'"'draft'"'"'")" -gt 0
'

test_expect_success 'a second load of the same seed and scale does nothing' '
	bash "$ROOT/t/bench/province.sh" --db "$TEST_DB" --seed 7 $SCALE >"$TRASH/again.out" 2>&1 &&
	grep -q "already holds the province of seed=7 rows=20000 schools=300" "$TRASH/again.out" &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows")" = 20000 &&
	! bash "$ROOT/t/bench/province.sh" --db "$TEST_DB" --seed 8 $SCALE >"$TRASH/other.out" 2>&1 &&
	grep -q "holds another province" "$TRASH/other.out"
'

test_expect_success 'the counters agree with the enrollments; a broken row is caught' '
	"$ROOT/cgi-bin/manage" coverage-check &&
	sql "UPDATE enrollments SET stored_count = stored_count + 1 WHERE id = 1" &&
	! bash "$ROOT/t/bench/province-check.sh" "$TEST_DB" 2>"$TRASH/check.err" &&
	grep -q "stored_count = roster rows" "$TRASH/check.err" &&
	sql "UPDATE enrollments SET stored_count = stored_count - 1 WHERE id = 1" &&
	bash "$ROOT/t/bench/province-check.sh" "$TEST_DB"
'

test_expect_success 'a generated county: 学校数据 shows its schools and the persons of its roster rows' '
	read -r login code <<<"$(sql "SELECT a.login_name, a.region_code FROM accounts a JOIN regions g ON g.code = a.region_code
		WHERE a.kind = '"'"'department'"'"' AND a.id > $DEMO_ACCOUNTS AND g.level = '"'"'county'"'"'
		ORDER BY (SELECT COUNT(*) FROM schools s WHERE s.region_code = a.region_code AND s.id > $DEMO_SCHOOLS) DESC, a.id LIMIT 1")" &&
	total=$(sql "SELECT COUNT(*) FROM schools WHERE region_code = $code AND status = '"'"'active'"'"'") &&
	test "$total" -gt 3 &&
	for p in 1 2; do
		sql "SELECT COUNT(DISTINCT e.school_id), COUNT(r.row_no) FROM enrollments e JOIN roster_rows r ON r.enrollment_id = e.id
			WHERE e.region_code = $code AND e.product_id = $p AND e.status <> '"'"'draft'"'"'" >"$TRASH/p$p" || exit 1
	done &&
	read -r s1 n1 <"$TRASH/p1" && read -r s2 n2 <"$TRASH/p2" && test "$n1" -gt 0 &&
	name=$(sql "SELECT name FROM regions WHERE code = $code") &&
	login_as department "$login" Bench@2026 && cgi GET /school/dept/schools && expect_status 200 &&
	expect_body "<tr><th scope=\"row\"><a href=\"/school/dept/schools?county=$code\">$name</a></th><td class=\"col-num\">$total</td><td class=\"col-num\">$s1</td><td class=\"col-num\">$n1</td><td class=\"col-num\">$s2</td><td class=\"col-num\">$n2</td></tr>" &&
	expect_body "共 <strong class=\"num\">$total</strong> 所学校"
'

test_expect_success 'the generated school signs in; 投保数据 shows its three enrollments' '
	school=$(sed -n "s/.* school=\([^ ]*\) .*/\1/p" "$TRASH/accounts") && test -n "$school" &&
	login_as school "$school" Bench@2026 && cgi GET /school/s/enroll && expect_status 200 &&
	expect_body "<dd>$school</dd>" &&
	sql "SELECT e.id, e.declared_count, p.name FROM enrollments e JOIN schools s ON s.id = e.school_id
		JOIN products p ON p.id = e.product_id WHERE s.name = '"'"'$school'"'"' ORDER BY e.product_id" >"$TRASH/enrolled" &&
	test "$(wc -l <"$TRASH/enrolled")" = 3 &&
	while read -r id count product; do
		expect_body "$product：" && expect_body "<strong class=\"num\">$count</strong> 人" &&
		expect_body "/school/s/enroll/roster?id=$id" || exit 1
	done <"$TRASH/enrolled"
'

test_expect_success 'its roster download holds valid ID numbers the stored HMAC was made of' '
	read -r id count product <"$TRASH/enrolled" &&
	cgi GET "/school/s/enroll/roster?id=$id" && expect_status 200 && cp "$TRASH/body" "$TRASH/roster.xlsx" &&
	"$PY" - "$TRASH/roster.xlsx" >"$TRASH/ids" <<-PYEOF &&
	import sys, datetime, openpyxl
	ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]
	rows = list(ws.iter_rows(values_only=True))
	col = list(rows[0]).index("证件号码")
	sex = list(rows[0]).index("性别")
	W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
	for r in rows[1:]:
	    n = str(r[col])
	    assert len(n) == 18 and n[:17].isdigit(), n
	    assert n[17] == "10X98765432"[sum(int(a) * w for a, w in zip(n[:17], W)) % 11], n
	    datetime.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
	    assert (int(n[16]) % 2 == 1) == (r[sex] == "男"), n
	    print(n)
	PYEOF
	test "$(wc -l <"$TRASH/ids")" = "$count" &&
	first=$(head -n 1 "$TRASH/ids") &&
	secret=$(tr -d "[:space:]" <"$(sed -n "s/^secret_file=//p" "$HNEDU_CONF")") &&
	key=$(printf pii-hmac-v1 | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$secret" | sed "s/^.*= //") &&
	test "$(sql "SELECT LOWER(HEX(id_hmac)) FROM roster_rows WHERE enrollment_id = $id AND row_no = 1")" = \
		"$(printf "居民身份证\0%s" "$first" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" | sed "s/^.*= //")" &&
	test "$(sql "SELECT id_masked FROM roster_rows WHERE enrollment_id = $id AND row_no = 1")" = \
		"${first:0:4}**********${first:14:4}"
'

test_done
