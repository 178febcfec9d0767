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
