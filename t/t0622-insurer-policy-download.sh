#!/bin/bash
# t0622-insurer-policy-download: an insurer downloads the policy PDFs of the enrollments in its
# scope (company + region, GET /school/files/download). Proves: the policy page and the 投保数据
# list link 下载 to the stored PDF; the provincial branch and the county branch of the school's
# county get the PDF bytes (200, audited); another company's branch and a county branch of
# another region get 404 with an access_denied audit row; a roster file of an enrollment in scope
# stays out of reach, and so does a PDF once the enrollment moved to another company (for the
# old and the new company alike); the department of the school's county still downloads the policy.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/policy-lib.sh"
policy_setup

printf '%%PDF-1.4\n%% policy of %s\n%%%%EOF\n' "$TEST_NAME" >"$TRASH/policy.pdf"

# add_insurer LOGIN COMPANY REGION LEVEL: another insurer account with the demo password.
add_insurer() {
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level,
		must_change_password, password_changed_at) SELECT kind, \"$1\", CONCAT(\"1390000\", LPAD(FLOOR(RAND() * 10000), 4, \"0\")),
		password_hash, \"$1\", \"$3\", $2, \"$4\", 0, UTC_TIMESTAMP() FROM accounts WHERE login_name = \"pingan_henan\"" && pii_seal
}
# download FILE_ID: GET the download as the signed-in account.
download() { cgi GET "/school/files/download?id=$1"; }
denied() { sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"file\" AND object_id = \"$1\""; }

test_expect_success 'setup: the school submits to 平安财险 and the insurer uploads the policy with its PDF' '
	submit_to_pingan &&
	sql "SELECT id FROM enrollments WHERE school_id = 1 AND product_id = 1 AND company_id = 2" >"$TRASH/eid" &&
	E=$(cat "$TRASH/eid") &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && csrf_token >"$TRASH/csrf" &&
	cgi_multipart /school/files/insurer/policy "csrf=$(cat "$TRASH/csrf")" "enrollment=$E" "batch_key=$(openssl rand -hex 16)" policy_no=DL-1 insured_count=3 \
		premium=100 starts_on=2026-09-01 ends_on=2027-08-31 "policy_pdf=@$TRASH/policy.pdf" && expect_status 303 &&
	sql "SELECT file_id FROM policies WHERE policy_no = \"DL-1\"" >"$TRASH/fid" && test -s "$TRASH/fid" &&
	add_insurer pingan_jinshui 2 410105 county && add_insurer pingan_erqi 2 410103 county &&
	add_insurer renbao_henan 1 410000 province
'
E=$(cat "$TRASH/eid")
F=$(cat "$TRASH/fid")

test_expect_success 'the policy page and the 投保数据 list link 下载 to the PDF' '
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 200 &&
	expect_body "<td><a href=\"/school/files/download?id=$F\">下载</a></td></tr>" &&
	cgi GET /school/insurer/enrollments && expect_status 200 &&
	expect_body "<a href=\"/school/insurer/policy?enrollment=$E\">上传保单</a> <a href=\"/school/files/download?id=$F\">下载保单</a>"
'

test_expect_success 'the provincial branch downloads the PDF bytes (200, audited)' '
	download "$F" && expect_status 200 && expect_header Content-Type application/pdf &&
	expect_header Content-Disposition "attachment; filename" &&
	path=$(sed -n "s|^X-Accel-Redirect: /_files/||p" "$TRASH/headers" | tr -d "\r") &&
	cmp "$TRASH/storage/$path" "$TRASH/policy.pdf" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"download\" AND object_type = \"file\" AND object_id = \"$F\"")" = 1
'

test_expect_success 'the county branch of the school county downloads it too' '
	login_as insurer pingan_jinshui Insurer@2026 &&
	download "$F" && expect_status 200 && expect_header Content-Type application/pdf
'

test_expect_success 'another company: 404 and access_denied' '
	login_as insurer renbao_henan Insurer@2026 &&
	download "$F" && expect_status 404 && expect_no_body "$(sha256sum "$TRASH/policy.pdf" | cut -c1-64)" &&
	test "$(denied "$F")" = 1
'

test_expect_success 'the same company in another county: 404 and access_denied' '
	login_as insurer pingan_erqi Insurer@2026 &&
	download "$F" && expect_status 404 && test "$(denied "$F")" = 2
'

test_expect_success 'a roster file of an enrollment in scope is not a policy: 404' '
	roster=$(sql "SELECT roster_file_id FROM enrollments WHERE id = $E") && test -n "$roster" &&
	login_as insurer pingan_henan Insurer@2026 &&
	download "$roster" && expect_status 404 && test "$(denied "$roster")" = 1
'

test_expect_success 'after the school moves to another company neither company gets the old PDF' '
	sql "UPDATE enrollments SET company_id = 1 WHERE id = $E" &&
	download "$F" && expect_status 404 && test "$(denied "$F")" = 3 &&
	login_as insurer renbao_henan Insurer@2026 && download "$F" && expect_status 404 && test "$(denied "$F")" = 4 &&
	sql "UPDATE enrollments SET company_id = 2 WHERE id = $E"
'

test_expect_success 'the department of the school county still downloads the policy' '
	login_as department 金水区 County@2026 &&
	download "$F" && expect_status 200 &&
	login_as department 开封市 City@2026 &&
	download "$F" && expect_status 404
'

test_done
