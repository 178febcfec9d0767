#!/bin/bash
# t0110-role-isolation: each area admits only its own kind of account. Anonymous visitors are
# sent to the login page (the admin's own for /school/admin/); a signed-in account of another
# kind gets 403 and an access_denied audit row.
. "$(dirname "$0")/test-lib.sh"
setup_db

homes="/school/s/ /school/center/ /school/dept/ /school/insurer/ /school/admin/"

# only_allowed HOME...: the current session gets 200 on these homes and 403 on the others.
only_allowed() {
	for h in $homes; do
		cgi GET "$h" || return 1
		case " $* " in
		*" $h "*) expect_status 200 || { echo "on $h"; return 1; } ;;
		*) expect_status 403 || { echo "on $h"; return 1; }; expect_body "无权访问" || return 1 ;;
		esac
	done
}

test_expect_success 'anonymous visitors are sent to the login page' '
	rm -f "$TRASH/cookies" &&
	for h in /school/s/ /school/center/ /school/dept/ /school/insurer/ /school/files/download?id=1; do
		cgi GET "$h" && expect_status 302 && expect_header Location "/school/$" || exit 1
	done &&
	cgi GET /school/admin/ && expect_status 302 && expect_header Location "/school/admin/login$"
'

test_expect_success 'a school reaches only the school area' '
	login_as school "$DEMO_SCHOOL" School@2026 && only_allowed /school/s/
'

test_expect_success 'a center school reaches the school and center areas' '
	login_as school "$DEMO_CENTER" Center@2026 && only_allowed /school/s/ /school/center/
'

test_expect_success 'a department reaches only the department area' '
	login_as department 金水区 County@2026 && only_allowed /school/dept/
'

test_expect_success 'an insurer reaches only the insurer area' '
	login_as insurer pingan_henan Insurer@2026 && only_allowed /school/insurer/
'

test_expect_success 'the admin reaches only the admin area' '
	login_as admin admin Admin@2026 && only_allowed /school/admin/
'

test_expect_success 'refusals are audited as access_denied' '
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\"")" -ge 19
'

test_expect_success 'a school that loses its center status loses the center area' '
	login_as school "$DEMO_CENTER" Center@2026 &&
	sql "UPDATE schools SET is_center = 0 WHERE name = \"$DEMO_CENTER\"" &&
	cgi GET /school/center/ && expect_status 403
'

test_expect_success 'a disabled account is signed out at its next request' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	sql "UPDATE accounts SET status = \"disabled\" WHERE login_name = \"$DEMO_SCHOOL\"" &&
	cgi GET /school/s/ && expect_status 302
'

test_done
