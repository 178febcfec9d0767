#!/bin/bash
# t1020-pii-at-rest: ID numbers and mobiles are encrypted at rest (SECURITY.md "Personal
# data", issue #8). A registration, its approval (initial password by SMS), an account mobile
# change, SMS codes and their limits, a mobile typed as a login name, a department account,
# a department's change and audited reveal of a contact mobile and a roster upload with known
# ID numbers all go through the real executables; then a dump of every table of the test
# database (mariadb-dump as root) holds none of those mobiles or ID numbers, nor any 8 digits
# in a row of one (a masked copy shows at most 3 + 4 digits of a mobile, 4 + 4 of an ID),
# and the demo data is sealed too. The lookups still work: sign-in by mobile, 忘记密码 codes,
# the admin's search and 短信记录 by a whole number, manage sms-outbox, the reveal; and after a
# key rotation (manage pii-rekey) they work under the new key.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/register-lib.sh"
setup_db
enroll_setup && make_rosters && make_fixtures || exit 1

NEW_SCHOOL=郑州市金水区密文小学
REG=13911220001      # the new school's contact mobile
CHANGED=13911220002  # the demo school's new account mobile
CODE_ONLY=13911220003
DEPT=13911220004     # a new department account
CONTACT=13911220005  # a contact mobile set by the department
TYPED=13911220009    # typed as a login name, never registered

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}
# dump FILE: every row of every table of the test database, as root (binary columns as hex).
dump() {
	mariadb-dump --socket="$HNEDU_SOCKET" --hex-blob --skip-extended-insert --no-create-info "$TEST_DB" >"$1"
}
# leaks DUMP: prints and fails on each value of $TRASH/whole (demo mobiles) found whole in DUMP
# and each value of $TRASH/runs (the mobiles and ID numbers of this test) of which any 8
# digits in a row are found (a masked copy shows at most 3 + 4 or 4 + 4 of them).
leaks() {
	perl -e '
		my ($dump, $whole, $runs) = @ARGV;
		local $/; open my $d, "<", $dump or die "$dump: $!"; my $text = <$d>;
		open my $w, "<", $whole or die; open my $r, "<", $runs or die;
		my @whole = split /\n/, <$w>; my @runs = split /\n/, <$r>; my $bad = 0;
		for my $v (@whole) { if (index($text, $v) >= 0) { print "found $v\n"; $bad++; } }
		for my $v (@runs) {
			for my $i (0 .. length($v) - 8) {
				my $part = substr($v, $i, 8);
				if (index($text, $part) >= 0) { print "found $part of $v\n"; $bad++; last; }
			}
		}
		exit($bad ? 1 : 0);' "$1" "$TRASH/whole" "$TRASH/runs"
}
# sms_text MOBILE TEMPLATE: the newest message of TEMPLATE to MOBILE (found by its HMAC).
sms_text() { sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh "$1") AND template = '$2' ORDER BY id DESC LIMIT 1"; }

test_expect_success 'the demo data is sealed: no plain mobile left, every one masked with enc and HMAC' '
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE mobile IS NOT NULL AND (mobile NOT LIKE \"___****____\" OR mobile_enc IS NULL OR mobile_hmac IS NULL)")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE contact_mobile <> \"\" AND (contact_mobile NOT LIKE \"___****____\" OR contact_mobile_enc IS NULL)")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE mobile_enc IS NOT NULL")" -gt 20 &&
	"$ROOT/cgi-bin/manage" pii-seal >"$TRASH/seal.out" &&
	test "$(cat "$TRASH/seal.out")" = "sealed: accounts 0, schools 0, sms_messages 0, roster_rows 0"
'

test_expect_success 'a registration stores its contact mobile sealed; approval sends the initial password' '
	open_register && submit_registration "$NEW_SCHOOL" 410105 $REG "$TRASH/cert.pdf" && expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\" \", contact_mobile, contact_mobile_hmac = $(mh $REG)) FROM schools WHERE name = \"$NEW_SCHOOL\"")" = "139****0001 1" &&
	admin_login &&
	id=$(sql "SELECT a.id FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = \"$NEW_SCHOOL\"") &&
	cgi GET "/school/admin/registration?id=$id" && expect_body "139****0001" &&
	cgi POST /school/admin/registration/approve "csrf=$(csrf_token)&id=$id" && expect_status 303 &&
	sms_text $REG initial_password | sed -n "s/.*密码为\([^，]*\)，.*/\1/p" >"$TRASH/initial" && test -s "$TRASH/initial"
'

test_expect_success 'the new school signs in with its mobile (found by HMAC) and the initial password' '
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$REG&password=$(urlencode "$(cat "$TRASH/initial")")" &&
	expect_status 303
'

test_expect_success 'an account mobile change: code by HMAC, both columns sealed, sign-in by the new number' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/account/mobile && cgi POST /school/s/account/mobile/code "csrf=$(csrf_token)&mobile=$CHANGED&code=&password=" &&
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh $CHANGED) AND used_at IS NULL")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM auth_throttle WHERE throttle_key = \"sms:mobile:$(mobile_hmac $CHANGED)\"")" = 1 &&
	cgi GET /school/s/account/mobile &&
	cgi POST /school/s/account/mobile "csrf=$(csrf_token)&mobile=$CHANGED&code=$(sms_code change_mobile $CHANGED)&password=School%402026" &&
	expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\" \", a.mobile, a.mobile_hmac = $(mh $CHANGED), s.contact_mobile, s.contact_mobile_hmac = $(mh $CHANGED))
		FROM accounts a JOIN schools s ON s.id = a.school_id WHERE s.id = 1")" = "139****0002 1 139****0002 1" &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$CHANGED&password=School%402026" && expect_status 303
'

test_expect_success 'SMS codes and their per-phone limits are kept by HMAC only' '
	open_register && register_code $CODE_ONLY >/dev/null &&
	test "$(sql "SELECT COUNT(*) FROM sms_codes WHERE mobile_hmac = $(mh $CODE_ONLY) AND purpose = \"register\"")" = 1 &&
	cgi POST /school/sms/send-code "csrf=$(cat "$TRASH/csrf")&purpose=register&mobile=$CODE_ONLY" && expect_body "60 秒后再试"
'

test_expect_success '忘记密码 finds the school by its mobile HMAC' '
	sql "DELETE FROM auth_throttle WHERE throttle_key = \"sms:mobile:$(mobile_hmac $CHANGED)\"" &&
	rm -f "$TRASH/cookies" && cgi GET /school/forgot-password && set_captcha forgot_password 1379 &&
	cgi POST /school/sms/send-code "csrf=$(csrf_token)&purpose=reset_password&mobile=$CHANGED&captcha=1379" &&
	expect_body "\"ok\":true" &&
	test "$(sql "SELECT a.login_name FROM sms_codes c JOIN accounts a ON a.id = c.account_id
		WHERE c.mobile_hmac = $(mh $CHANGED) AND c.purpose = \"reset_password\"")" = "$DEMO_SCHOOL"
'

test_expect_success 'a mobile typed as a login name is kept neither in the limits nor in the audit log' '
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$TYPED&password=Wrong%402026" && expect_body "账号或密码错误" &&
	test "$(sql "SELECT COUNT(*) FROM auth_throttle WHERE throttle_key = \"login:fail:name:school:mobile:$(mobile_hmac $TYPED)\"")" = 1 &&
	sql "SELECT detail FROM audit_log WHERE action = \"login_failed\" ORDER BY id DESC LIMIT 1" | grep -qF "login=139****0009"
'

test_expect_success 'a department account: mobile sealed, its initial password sent, found by the admin search' '
	admin_login && cgi GET /school/admin/departments &&
	cgi POST /school/admin/departments "csrf=$(csrf_token)&city=410200&region=410225&contact_name=$(urlencode 王五)&mobile=$DEPT" &&
	expect_status 303 &&
	test "$(sql "SELECT CONCAT_WS(\" \", mobile, mobile_hmac = $(mh $DEPT)) FROM accounts WHERE kind = \"department\" AND region_code = \"410225\"")" = "139****0004 1" &&
	sms_text $DEPT initial_password | grep -q "兰考县" &&
	cgi GET "/school/admin/accounts?q=$DEPT" && expect_body "共 <strong>1</strong> 个账号" && expect_body "139****0004" &&
	cgi GET "/school/admin/sms?mobile=$DEPT" && expect_body "共 <strong>1</strong> 条短信" && expect_body "139****0004"
'

test_expect_success 'a department changes a contact mobile; the page masks it and reveals it only on request, audited' '
	login_as department 金水区 County@2026 &&
	cgi GET "/school/dept/schools/settings?id=5" && t=$(csrf_token) &&
	cgi POST /school/dept/schools/settings/mobile "csrf=$t&id=5&mobile=$CONTACT" && expect_status 303 &&
	cgi GET "/school/dept/schools/settings?id=5" && expect_body "139****0005" && expect_no_body "$CONTACT" &&
	cgi GET "/school/dept/schools/settings?id=5&show=mobile" && expect_body "$CONTACT" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"mobile_revealed\" AND object_id = \"5\"")" = 1 &&
	test "$(sms_text $CONTACT mobile_changed | grep -c "139\*\*\*\*0005")" = 1
'

test_expect_success 'a roster with known ID numbers is stored encrypted and masked' '
	login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 &&
	submit 1 "$TRASH/good.xlsx" 3 && expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows WHERE id_enc IS NOT NULL AND id_hmac IS NOT NULL AND id_masked LIKE \"4101**********____\"")" = 3
'

test_expect_success 'manage sms-outbox decrypts for the operator of a demo stack' '
	"$ROOT/cgi-bin/manage" sms-outbox 50 >"$TRASH/outbox" && grep -qF "$CONTACT" "$TRASH/outbox"
'

test_expect_success 'a dump of every table holds no plain mobile or ID number, nor 8 digits in a row of one' '
	dump "$TRASH/dump.sql" && test "$(grep -c "^INSERT INTO" "$TRASH/dump.sql")" -gt 100 &&
	grep -oE "1[3-9][0-9]{9}" "$ROOT/sql/demo.sql" | sort -u >"$TRASH/whole" && test "$(wc -l <"$TRASH/whole")" -gt 20 &&
	{ printf "%s\n" $REG $CHANGED $CODE_ONLY $DEPT $CONTACT $TYPED; cat "$TRASH/ids.txt"; } >"$TRASH/runs" &&
	leaks "$TRASH/dump.sql" >"$TRASH/leaks" && test ! -s "$TRASH/leaks"
'

test_expect_success 'the check finds a value planted in the clear, whole or as a run of 8 digits' '
	sql "UPDATE schools SET contact_name = \"$CONTACT\" WHERE id = 6" && dump "$TRASH/dump2.sql" &&
	! leaks "$TRASH/dump2.sql" >"$TRASH/leaks2" && grep -q "13911220 of $CONTACT" "$TRASH/leaks2" &&
	sql "UPDATE schools SET contact_name = \"x$(sed -n 1p "$TRASH/ids.txt" | cut -c5-12)x\" WHERE id = 6" &&
	dump "$TRASH/dump3.sql" && ! leaks "$TRASH/dump3.sql" >/dev/null &&
	sql "UPDATE schools SET contact_name = \"x13800000017x\" WHERE id = 6" &&
	dump "$TRASH/dump4.sql" && ! leaks "$TRASH/dump4.sql" >/dev/null
'

test_expect_success 'key rotation: pii-rekey re-encrypts under the new key; lookups, sending and duplicates still work' '
	sql "UPDATE schools SET contact_name = \"杨帆\" WHERE id = 6" &&
	old=$(sed -n "s/^secret_file=//p" "$HNEDU_CONF") && test -s "$old" &&
	cp "$old" "$TRASH/secret.old" && openssl rand -hex 32 >"$TRASH/secret.new" &&
	before=$(mobile_hmac $CHANGED) &&
	sed -i "s|^secret_file=.*|secret_file=$TRASH/secret.new|" "$HNEDU_CONF" &&
	test "$(mobile_hmac $CHANGED)" != "$before" &&
	"$ROOT/cgi-bin/manage" pii-rekey "$TRASH/secret.old" >"$TRASH/rekey.out" &&
	grep -E "^re-encrypted: accounts [1-9][0-9]*, schools [1-9][0-9]*, sms_messages [1-9][0-9]*, roster_rows 3$" "$TRASH/rekey.out" &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE mobile_hmac = $(mh $CHANGED)")" = 1 &&
	"$ROOT/cgi-bin/manage" sms-outbox 50 | grep -qF "$CONTACT" &&
	rm -f "$TRASH/cookies" && cgi GET /school/ &&
	cgi POST /school/login "csrf=$(csrf_token)&kind=school&login=$CHANGED&password=School%402026" && expect_status 303 &&
	login_as school 郑州市金水区纬五路第一小学 School@2026 && open_form 1 &&
	submit 1 "$TRASH/good.xlsx" 3 && expect_status 200 && expect_body "已由其他学校（郑州市金水区" &&
	"$ROOT/cgi-bin/manage" pii-rekey "$TRASH/secret.old" >"$TRASH/rekey2.out" &&
	test "$(cat "$TRASH/rekey2.out")" = "re-encrypted: accounts 0, schools 0, sms_messages 0, roster_rows 0" &&
	dump "$TRASH/dump5.sql" && leaks "$TRASH/dump5.sql" >"$TRASH/leaks5" && test ! -s "$TRASH/leaks5"
'

test_done
