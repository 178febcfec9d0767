# t/enroll-lib.sh - helpers of the 投保数据 tests (t/t05*-*.sh), sourced after t/test-lib.sh and
# setup_db: a private storage directory with the current year open for enrollment, rosters
# made by t/fixtures/make-roster.py, and roster uploads to POST /school/files/enroll through
# the real uploads executable (multipart bodies built in a file: an .xlsx holds NUL bytes,
# which cgi_multipart cannot carry).

PY=/usr/bin/python3   # Debian's python3 sees python3-openpyxl
ENROLL_BOUNDARY=----hneduEnrollBoundary41a9

# cn_day N: the date N days from today in China (Asia/Shanghai), YYYY-MM-DD.
cn_day() { date -u -d "@$(($(date +%s) + 8 * 3600 + $1 * 86400))" +%F; }

# enroll_setup: [site] storage at $TRASH/storage; the current year (id 2) began 60 days ago
# and takes enrollments for 30 more days.
enroll_setup() {
	mkdir -p "$TRASH/storage" && sed -i "s|^storage=.*|storage=$TRASH/storage|" "$HNEDU_CONF" &&
	sql "UPDATE academic_years SET starts_on = '$(cn_day -60)', ends_on = '$(cn_day 300)',
		enroll_deadline = '$(cn_day 30)' WHERE id = 2"
}

# make_roster FILE N [OFFSET]: a valid student roster (see t/fixtures/make-roster.py).
make_roster() {
	$PY "$ROOT/t/fixtures/make-roster.py" "$@"
}

# roster_body FILE FIELD=VALUE...: writes $TRASH/post.body, a multipart body of the fields
# in the order given, then FILE as the part "roster" named 花名册 with FILE's extension.
roster_body() {
	local file=$1
	shift
	perl -e '
		my ($b, $file, @fields) = @ARGV; binmode STDOUT;
		for my $f (@fields) { my ($n, $v) = split /=/, $f, 2;
			print "--$b\r\nContent-Disposition: form-data; name=\"$n\"\r\n\r\n$v\r\n"; }
		my ($ext) = $file =~ /(\.[a-z]+)$/;
		open my $fh, "<:raw", $file or die "$file: $!"; local $/; my $data = <$fh>;
		print "--$b\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"花名册$ext\"\r\n",
			"Content-Type: application/octet-stream\r\n\r\n", $data, "\r\n--$b--\r\n";' \
		-- "$ENROLL_BOUNDARY" "$file" "$@" >"$TRASH/post.body"
}

# post_body [BYTES]: POSTs $TRASH/post.body to /school/files/enroll (its first BYTES only when
# given, still announcing the whole length: a cut-off upload).
post_body() {
	local body=$TRASH/post.body
	if [ -n "${1:-}" ]; then
		head -c "$1" "$TRASH/post.body" >"$TRASH/post.cut" && body=$TRASH/post.cut
	fi
	BODY_FILE=$body CONTENT_LENGTH_OVERRIDE=$(wc -c <"$TRASH/post.body") \
		CONTENT_TYPE_OVERRIDE="multipart/form-data; boundary=$ENROLL_BOUNDARY" cgi POST /school/files/enroll
}

# post_roster FILE FIELD=VALUE...: roster_body, then post_body.
post_roster() {
	roster_body "$@" && post_body
}

# open_form PRODUCT: the 投保数据 page; keeps its csrf token in $TRASH/csrf and the batch key
# of PRODUCT's form in $TRASH/batch.PRODUCT.
open_form() {
	cgi GET /school/s/enroll && expect_status 200 &&
	csrf_token >"$TRASH/csrf" &&
	perl -0ne 'print $1 if /name="product" value="'"$1"'">\s*<input type="hidden" name="batch_key" value="([0-9a-f]+)"/' \
		"$TRASH/body" >"$TRASH/batch.$1" && test -s "$TRASH/batch.$1"
}

# submit PRODUCT FILE DECLARED [FIELD=VALUE...]: posts FILE as PRODUCT's roster with the form
# of the last open_form, 参保人数 DECLARED and 投保公司 1 (人保财险).
submit() {
	local product=$1 file=$2 declared=$3
	shift 3
	post_roster "$file" "csrf=$(cat "$TRASH/csrf")" "product=$product" "batch_key=$(cat "$TRASH/batch.$product")" \
		"declared_count=$declared" "company_id=1" "$@"
}
