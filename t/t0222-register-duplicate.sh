#!/bin/bash
# t0222-register-duplicate: one full name per county (or per city's 市直). An active or pending
# school of that name refuses a second registration; the same name elsewhere is fine; a
# rejected school may be resubmitted by the same mobile (the school row is updated and a new
# registration application opened), but not by another mobile.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/register-lib.sh"
setup_db
use_private_storage
make_fixtures

schools_named() { sql "SELECT COUNT(*) FROM schools WHERE name = '$1'"; }

test_expect_success 'an active school of the same name in the same county is refused' '
	before=$(sql "SELECT COUNT(*) FROM schools") && open_register &&
	submit_registration "$DEMO_SCHOOL" 410105 13900000201 "$TRASH/cert.pdf" && expect_status 200 &&
	expect_body "该区域已有同名学校注册或正在审核" &&
	test "$(sql "SELECT COUNT(*) FROM schools")" = "$before" && test "$(sql "SELECT COUNT(*) FROM files")" = 0
'

test_expect_success 'the refused duplicate did not spend the SMS code' '
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh 13900000201) AND used_at IS NULL")" = 1
'

test_expect_success 'a pending school of the same name is refused too' '
	open_register &&
	submit_registration "郑州市金水区小星星幼儿园" 410105 13900000202 "$TRASH/cert.pdf" && expect_status 200 &&
	expect_body "该区域已有同名学校注册或正在审核" && test "$(schools_named 郑州市金水区小星星幼儿园)" = 1
'

test_expect_success 'the same name in another county is a different school' '
	open_register &&
	submit_registration "$DEMO_SCHOOL" 410103 13900000203 "$TRASH/cert.pdf" && expect_status 303 &&
	test "$(sql "SELECT GROUP_CONCAT(region_code ORDER BY region_code) FROM schools WHERE name = \"$DEMO_SCHOOL\"")" = "410103,410105"
'

test_expect_success '市直: a name taken by a city school is refused there, free in a county' '
	open_register &&
	submit_registration "郑州市第一中学" 410100 13900000204 "$TRASH/cert.pdf" && expect_status 200 &&
	expect_body "该区域已有同名学校注册或正在审核" &&
	open_register &&
	submit_registration "郑州市第一中学" 410102 13900000204 "$TRASH/cert.pdf" && expect_status 303
'

test_expect_success 'a school registered meanwhile (after the form was loaded) is caught' '
	open_register &&
	code=$(register_code 13900000205) && set_captcha register 1357 &&
	sql "INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile)
	     VALUES (\"金水区并发小学\", \"410105\", \"410100\", \"小学\", \"公办\", \"先到者\", \"13900000299\")" && pii_seal &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410105" "name=金水区并发小学" \
		"school_type=小学" "nature=公办" "contact_name=后到者" "mobile=13900000205" "sms_code=$code" \
		"certificate=@$TRASH/cert.pdf" "captcha=1357" && expect_status 200 &&
	expect_body "该区域已有同名学校注册或正在审核" && test "$(schools_named 金水区并发小学)" = 1
'

# School 38 (郑州市金水区小星星幼儿园, 13800000038) is pending in the demo; the admin rejects it.
test_expect_success 'setup: the admin rejected school 38' '
	sql "UPDATE schools SET status = \"rejected\" WHERE id = 38;
	     UPDATE applications SET status = \"rejected\", decision_reason = \"证书不清晰\", decided_at = UTC_TIMESTAMP() WHERE school_id = 38"
'

test_expect_success 'a rejected school with another mobile is still refused' '
	open_register &&
	submit_registration "郑州市金水区小星星幼儿园" 410105 13900000206 "$TRASH/cert.pdf" && expect_status 200 &&
	expect_body "该区域已有同名学校注册或正在审核" &&
	test "$(sql "SELECT status FROM schools WHERE id = 38")" = rejected
'

test_expect_success 'the same mobile resubmits: the same school row, pending again, a new application' '
	open_register &&
	code=$(register_code 13800000038) && set_captcha register 8642 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=410105" "name=郑州市金水区小星星幼儿园" \
		"school_type=幼儿园" "nature=公办" "contact_name=沈老师" "mobile=13800000038" "sms_code=$code" \
		"certificate=@$TRASH/cert.jpg" "captcha=8642" && expect_status 303 &&
	test "$(schools_named 郑州市金水区小星星幼儿园)" = 1 &&
	test "$(sql "SELECT CONCAT_WS(\",\", status, nature, contact_name) FROM schools WHERE id = 38")" = "pending,公办,沈老师" &&
	fid=$(sql "SELECT id FROM files WHERE school_id = 38") && test -n "$fid" &&
	test "$(sql "SELECT GROUP_CONCAT(status ORDER BY id) FROM applications WHERE school_id = 38 AND kind = \"registration\"")" = "rejected,pending" &&
	test "$(sql "SELECT JSON_VALUE(payload, \"$.certificate_file_id\") FROM applications WHERE school_id = 38 AND status = \"pending\"")" = "$fid" &&
	sql "SELECT detail FROM audit_log WHERE action = \"registration_submitted\" AND object_id = \"38\"" | grep -q "^resubmission"
'

test_expect_success 'while it is pending again, a second resubmission is refused' '
	open_register &&
	submit_registration "郑州市金水区小星星幼儿园" 410105 13800000038 "$TRASH/cert.pdf" && expect_status 200 &&
	expect_body "该区域已有同名学校注册或正在审核" &&
	test "$(sql "SELECT COUNT(*) FROM applications WHERE school_id = 38")" = 2
'

test_done
