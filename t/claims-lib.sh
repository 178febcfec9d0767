# t/claims-lib.sh - fixtures of the claim tests (t/t063*-*.sh), sourced after t/test-lib.sh,
# setup_db and t/enroll-lib.sh (the current year opened by open_current_year or enroll_setup).

# claims_fixtures: submitted enrollments of this year for school 1 (金水区) and school 3 (中牟县)
# with 平安财险 (company 2) and for school 5 (金水区) with 人保财险 (company 1); two more insurer
# accounts with the demo insurer's password: pingan_zhongmu (平安, county 中牟县) and renbao_henan
# (人保, province).
claims_fixtures() {
	sql "INSERT INTO enrollments (school_id, year_id, product_id, seq, region_code, city_code, company_id, declared_count,
		status, submitted_at)
		VALUES (1, 2, 1, 1, '410105', '410100', 2, 30, 'submitted', UTC_TIMESTAMP()),
		       (3, 2, 1, 1, '410122', '410100', 2, 20, 'submitted', UTC_TIMESTAMP()),
		       (5, 2, 1, 1, '410105', '410100', 1, 20, 'submitted', UTC_TIMESTAMP())" &&
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level,
		must_change_password, password_changed_at)
		SELECT 'insurer', 'pingan_zhongmu', '13900000291', password_hash, '平安财险中牟支公司', '410122', 2, 'county', 0,
		UTC_TIMESTAMP() FROM accounts WHERE login_name = 'pingan_henan'
		UNION ALL SELECT 'insurer', 'renbao_henan', '13900000292', password_hash, '人保财险河南分公司', '410000', 1, 'province', 0,
		UTC_TIMESTAMP() FROM accounts WHERE login_name = 'pingan_henan'" && pii_seal
}
