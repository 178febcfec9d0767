# t/register-lib.sh - helpers of the 学校注册 tests (t/t022*-register-*.sh), sourced after
# t/test-lib.sh and setup_db. A private storage directory, fixture files, SMS codes and a
# whole registration through the real executables.

# use_private_storage: points [site] storage of this test's app.conf at $TRASH/storage.
use_private_storage() {
	mkdir -p "$TRASH/storage" &&
	sed -i "s|^storage=.*|storage=$TRASH/storage|" "$HNEDU_CONF"
}

# make_fixtures: certificate files in $TRASH (no NUL bytes: see cgi_multipart):
# cert.pdf, cert.jpg, cert.png (right magic bytes), fake.pdf (plain text named .pdf),
# big.jpg (a JPEG of 5 MB + 1 byte).
make_fixtures() {
	printf '%%PDF-1.4\n%% certificate of %s\n1 0 obj << /Type /Catalog >> endobj\n%%%%EOF\n' "$TEST_NAME" >"$TRASH/cert.pdf" &&
	printf '\377\330\377\340 JFIF photo of a certificate %s\n' "$TEST_NAME" >"$TRASH/cert.jpg" &&
	printf '\211PNG\r\n\032\n IHDR scan of a certificate %s\n' "$TEST_NAME" >"$TRASH/cert.png" &&
	printf 'I am only text, renamed to .pdf\n' >"$TRASH/fake.pdf" &&
	{ printf '\377\330\377\340'; head -c $((5 * 1024 * 1024 - 3)) /dev/zero | tr '\0' 'J'; } >"$TRASH/big.jpg"
}

# open_register: a new visitor on GET /school/register; keeps its csrf token in $TRASH/csrf.
open_register() {
	rm -f "$TRASH/cookies" &&
	cgi GET /school/register && expect_status 200 &&
	csrf_token >"$TRASH/csrf" && test -s "$TRASH/csrf"
}

# register_code MOBILE: a register code for MOBILE through /school/sms/send-code (the send
# limits of MOBILE and of the address are reset first); prints the code.
register_code() {
	sql "DELETE FROM auth_throttle WHERE throttle_key IN ('sms:mobile:$(mobile_hmac $1)', 'sms:ip:127.0.0.1')" &&
	cgi POST /school/sms/send-code "csrf=$(cat "$TRASH/csrf")&purpose=register&mobile=$1" &&
	grep -q '"ok":true' "$TRASH/body" &&
	sms_code register "$1"
}

# submit_registration NAME REGION MOBILE FILE [SPEC...]: one registration by the current visitor
# (open_register first) with a fresh SMS code and a known captcha; SPECs (NAME=VALUE) are added
# after the standard fields (a repeated name is a duplicate parameter: 400).
submit_registration() {
	local name=$1 region=$2 mobile=$3 file=$4 code
	shift 4
	code=$(register_code "$mobile") && test -n "$code" &&
	set_captcha register 2468 &&
	cgi_multipart /school/files/register "csrf=$(cat "$TRASH/csrf")" "region=$region" "name=$name" \
		"school_type=小学" "nature=公办" "contact_name=张老师" "mobile=$mobile" "sms_code=$code" \
		"certificate=@$file" "captcha=2468" "$@"
}
