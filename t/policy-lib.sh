# t/policy-lib.sh - helpers of the 保单上传 tests (t/t062*-*.sh), sourced after
# t/test-lib.sh and t/enroll-lib.sh: the set-up they share and the school's real submission to
# 平安财险 (company 2, the demo insurer's company).

# policy_setup: fresh database, private storage, the current year open for enrollment with its
# policy deadline 10 days ahead, and the rosters of make_rosters.
policy_setup() {
	setup_db
	enroll_setup || exit 1
	make_rosters || exit 1
	sql "UPDATE academic_years SET policy_deadline = '$(cn_day 10)' WHERE id = 2" || exit 1
}

# submit_to_pingan: the demo school signs in and submits 校方责任险 (good.xlsx, 3 persons) to 平安财险.
submit_to_pingan() {
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 &&
	post_roster "$TRASH/good.xlsx" "csrf=$(cat "$TRASH/csrf")" product=1 "batch_key=$(cat "$TRASH/batch.1")" \
		declared_count=3 company_id=2 && expect_status 303
}

# grant_policy_extension COMPANY REGION|- DATE REASON: the admin grants the company a later
# 保单上传 day of the current year (2) on 截止延期 (REGION - = all regions); the admin stays signed in.
grant_policy_extension() {
	local region=$2
	[ "$region" = - ] && region=
	login_as admin admin Admin@2026 && cgi GET /school/admin/extensions &&
	cgi POST /school/admin/extensions "csrf=$(csrf_token)&year=2&target=company&company_id=$1&region_code=$region&deadline=policy&extended_to=$3&reason=$(urlencode "$4")" &&
	expect_status 303
}
