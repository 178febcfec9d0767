#!/bin/bash
# t/bench/province-check.sh - consistency of a database after t/bench/province.sh loaded a
# province with foreign and unique checks off (issue 9): nothing orphaned, each enrollment's
# stored_count is its roster rows, no ID number twice per year and product, only products the
# school type may enroll, one account per active school, policies and claims of the insurer
# that issued them, and enrollment_counters equal to what the enrollments give (the sum
# coverage_mismatches of modules/coverage.cpp computes). Prints the first failed check on
# stderr and exits 1; exits 0 when all hold.
#
#   t/bench/province-check.sh DB      (MariaDB of $HNEDU_VAR, which must be running)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
DB=${1:?usage: province-check.sh DB}
. t/bench/bench-lib.sh
# check WHAT SQL: SQL gives 0 when WHAT holds.
check() {
	local n
	n=$(rootsql "$DB" -e "$2")
	[ "$n" = 0 ] || { echo "province-check.sh: $DB: check failed: $1 ($n)" >&2; exit 1; }
}
check "enrollments without school" "SELECT COUNT(*) FROM enrollments e LEFT JOIN schools s ON s.id = e.school_id WHERE s.id IS NULL"
check "enrollments region copy" "SELECT COUNT(*) FROM enrollments e JOIN schools s ON s.id = e.school_id
	WHERE e.region_code <> s.region_code OR e.city_code <> s.city_code"
check "roster rows without enrollment" "SELECT COUNT(*) FROM roster_rows r LEFT JOIN enrollments e ON e.id = r.enrollment_id
	WHERE e.id IS NULL OR e.year_id <> r.year_id OR e.product_id <> r.product_id"
check "stored_count = roster rows" "SELECT COUNT(*) FROM enrollments e LEFT JOIN
	(SELECT enrollment_id, COUNT(*) AS n FROM roster_rows GROUP BY enrollment_id) r ON r.enrollment_id = e.id
	WHERE e.stored_count <> COALESCE(r.n, 0) OR e.declared_count <> e.stored_count"
check "duplicate ID numbers per year and product" "SELECT COUNT(*) FROM (SELECT 1 FROM roster_rows
	GROUP BY year_id, product_id, id_hmac HAVING COUNT(*) > 1) d"
check "enrollment of a product its school type may not have" "SELECT COUNT(*) FROM enrollments e
	JOIN schools s ON s.id = e.school_id LEFT JOIN product_school_types p ON p.product_id = e.product_id
	AND p.school_type = s.school_type WHERE p.product_id IS NULL"
check "accounts without school, region, company or parent" "SELECT COUNT(*) FROM accounts a
	LEFT JOIN schools s ON s.id = a.school_id LEFT JOIN regions g ON g.code = a.region_code
	LEFT JOIN insurance_companies c ON c.id = a.company_id LEFT JOIN accounts p ON p.id = a.parent_account_id
	WHERE (a.school_id IS NOT NULL AND s.id IS NULL) OR (a.region_code IS NOT NULL AND g.code IS NULL)
	OR (a.company_id IS NOT NULL AND c.id IS NULL) OR (a.parent_account_id IS NOT NULL AND p.id IS NULL)"
check "schools without region, city, type or center" "SELECT COUNT(*) FROM schools s LEFT JOIN regions g ON g.code = s.region_code
	LEFT JOIN regions c ON c.code = s.city_code LEFT JOIN school_types t ON t.name = s.school_type
	LEFT JOIN schools m ON m.id = s.center_school_id
	WHERE g.code IS NULL OR c.code IS NULL OR t.name IS NULL OR (s.center_school_id IS NOT NULL
	AND (m.id IS NULL OR m.is_center = 0 OR m.region_code <> s.region_code))"
check "active schools without exactly one account" "SELECT COUNT(*) FROM schools s WHERE s.status = 'active'
	AND (SELECT COUNT(*) FROM accounts a WHERE a.school_id = s.id AND a.kind = 'school') <> 1"
check "policies: insured enrollment, its company, an insurer of it" "SELECT COUNT(*) FROM policies p
	LEFT JOIN enrollments e ON e.id = p.enrollment_id LEFT JOIN accounts a ON a.id = p.uploaded_by
	WHERE e.id IS NULL OR e.status <> 'insured' OR e.company_id <> p.company_id OR a.kind <> 'insurer'
	OR a.company_id <> p.company_id OR p.insured_count <> e.stored_count"
check "claims: policy, school and insurer of one company" "SELECT COUNT(*) FROM claims c
	LEFT JOIN policies p ON p.id = c.policy_id LEFT JOIN enrollments e ON e.id = p.enrollment_id
	LEFT JOIN accounts a ON a.id = c.created_by
	WHERE p.id IS NULL OR p.company_id <> c.company_id OR e.school_id <> c.school_id OR a.company_id <> c.company_id"
check "enrollment_counters differ from the enrollments" "SELECT COUNT(*) FROM (
	SELECT year_id, region_code, school_type, product_id, SUM(schools) AS a, SUM(enrollments) AS b, SUM(persons) AS c FROM (
	SELECT year_id, region_code, school_type, product_id, schools, enrollments, persons FROM enrollment_counters
	UNION ALL SELECT e.year_id, s.region_code, s.school_type, e.product_id, -COUNT(DISTINCT e.school_id), -COUNT(*),
	-SUM(e.stored_count) FROM enrollments e JOIN schools s ON s.id = e.school_id WHERE e.status <> 'draft'
	GROUP BY e.year_id, s.region_code, s.school_type, e.product_id) x
	GROUP BY year_id, region_code, school_type, product_id HAVING a <> 0 OR b <> 0 OR c <> 0) d"

echo "province-check.sh: $DB: consistent"
