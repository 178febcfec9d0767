# t/enroll-lib.sh - helpers of the 投保数据 tests (t/t05*-*.sh), sourced after t/test-lib.sh and
# setup_db: a private storage directory with the current year open for enrollment, rosters
# made by t/fixtures/make-roster.py, and roster uploads to POST /school/files/enroll through
# the real uploads executable (multipart bodies built in a file: an .xlsx holds NUL bytes,
# which cgi_multipart cannot carry).

PY=/usr/bin/python3   # Debian's python3 sees python3-openpyxl
ENROLL_BOUNDARY=----hneduEnrollBoundary41a9

# cn_day N: the date N days from today in China (Asia/Shanghai), YYYY-MM-DD.
cn_day() { date -u -d "@$(($(date +%s) + 8 * 3600 + $1 * 86400))" +%F; }

# use_enroll_storage: [site] storage of this test's app.conf at $TRASH/storage.
use_enroll_storage() {
	mkdir -p "$TRASH/storage" && sed -i "s|^storage=.*|storage=$TRASH/storage|" "$HNEDU_CONF"
}

# open_current_year: the current year (id 2) began 60 days ago and takes enrollments for 30
# more days.
open_current_year() {
	sql "UPDATE academic_years SET starts_on = '$(cn_day -60)', ends_on = '$(cn_day 300)',
		enroll_deadline = '$(cn_day 30)' WHERE id = 2"
}

# enroll_setup: use_enroll_storage and open_current_year.
enroll_setup() { use_enroll_storage && open_current_year; }

# make_rosters: ids.txt (8 valid resident ID numbers: lines 1-3 and 6-8 children, 4-5 adults)
# and the workbooks good.xlsx (3 students), good4.xlsx (good.xlsx with 王五 renamed, 李四
# removed, 赵六 and 钱七 added), good5.xlsx (good4.xlsx + 周八), zhou.xlsx (周八 alone),
# bad.xlsx (3 students, a wrong check digit and a sex mismatch), empty.xlsx (header only),
# staff_bad.xlsx (2 valid staff + 1 bad ID) in $TRASH.
make_rosters() {
	$PY - "$TRASH" <<'PYEOF'
import sys, openpyxl
out = sys.argv[1]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def idn(body):
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]
# 17th digit odd = male
ids = [idn("41010520150304101"), idn("41010520150517202"), idn("41010520160211303"),
       idn("41010519800101401"), idn("41010519850606503"), idn("41010520150908111"),
       idn("41010520151010222"), idn("41010520151111131")]
open(out + "/ids.txt", "w").write("\n".join(ids) + "\n")
def book(name, header, rows):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "花名册"
    ws.append(header)
    for r in rows: ws.append(r)
    wb.save(out + "/" + name)
S = ["序号", "姓名", "性别", "证件类型", "证件号码", "年级", "班级", "备注"]
book("good.xlsx", S, [[1, "张三", "男", "居民身份证", ids[0], "三年级", "1班", ""],
                      [2, "李四", "女", "居民身份证", ids[1], "三年级", "2班", ""],
                      [3, "王五", "男", "居民身份证", ids[2], "二年级", "1班", ""]])
book("good4.xlsx", S, [[1, "张三", "男", "居民身份证", ids[0], "三年级", "1班", ""],
                       [2, "王小五", "男", "居民身份证", ids[2], "二年级", "1班", ""],
                       [3, "赵六", "男", "居民身份证", ids[5], "三年级", "1班", ""],
                       [4, "钱七", "女", "居民身份证", ids[6], "三年级", "2班", ""]])
book("good5.xlsx", S, [[1, "张三", "男", "居民身份证", ids[0], "三年级", "1班", ""],
                       [2, "王小五", "男", "居民身份证", ids[2], "二年级", "1班", ""],
                       [3, "赵六", "男", "居民身份证", ids[5], "三年级", "1班", ""],
                       [4, "钱七", "女", "居民身份证", ids[6], "三年级", "2班", ""],
                       [5, "周八", "男", "居民身份证", ids[7], "一年级", "3班", ""]])
book("zhou.xlsx", S, [[1, "周八", "男", "居民身份证", ids[7], "一年级", "1班", "转学"]])
bad = ids[0][:17] + ("0" if ids[0][17] != "0" else "1")
book("bad.xlsx", S, [[1, "张三", "男", "居民身份证", bad, "三年级", "1班", ""],
                     [2, "李四", "男", "居民身份证", ids[1], "三年级", "2班", ""],
                     [3, "王五", "男", "居民身份证", ids[2], "二年级", "1班", ""]])
book("empty.xlsx", S, [])
T = ["序号", "姓名", "性别", "证件类型", "证件号码", "岗位", "备注"]
book("staff_bad.xlsx", T, [[1, "赵老师", "男", "居民身份证", ids[3], "教师", ""],
                           [2, "钱老师", "男", "居民身份证", ids[4], "教师", ""],
                           [3, "孙老师", "女", "居民身份证", "123", "教师", ""]])
PYEOF
}

# make_roster FILE N [OFFSET]: a valid student roster (see t/fixtures/make-roster.py).
make_roster() {
	$PY "$ROOT/t/fixtures/make-roster.py" "$@"
}

# roster_body FILE FIELD=VALUE...: writes $TRASH/post.body, a multipart body of the fields
# in the order given, then FILE as the part "roster" named 花名册 with FILE's extension (no
# file part when FILE is "-").
roster_body() {
	local file=$1
	shift
	perl -e '
		my ($b, $file, @fields) = @ARGV; binmode STDOUT;
		for my $f (@fields) { my ($n, $v) = split /=/, $f, 2;
			print "--$b\r\nContent-Disposition: form-data; name=\"$n\"\r\n\r\n$v\r\n"; }
		if ($file ne "-") {
			my ($ext) = $file =~ /(\.[a-z]+)$/;
			open my $fh, "<:raw", $file or die "$file: $!"; local $/; my $data = <$fh>;
			print "--$b\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"花名册$ext\"\r\n",
				"Content-Type: application/octet-stream\r\n\r\n", $data, "\r\n";
		}
		print "--$b--\r\n";' \
		-- "$ENROLL_BOUNDARY" "$file" "$@" >"$TRASH/post.body"
}

# post_body [BYTES]: POSTs $TRASH/post.body to $UPLOAD_URI (default /school/files/enroll; its
# first BYTES only when given, still announcing the whole length: a cut-off upload).
post_body() {
	local body=$TRASH/post.body
	if [ -n "${1:-}" ]; then
		head -c "$1" "$TRASH/post.body" >"$TRASH/post.cut" && body=$TRASH/post.cut
	fi
	BODY_FILE=$body CONTENT_LENGTH_OVERRIDE=$(wc -c <"$TRASH/post.body") \
		CONTENT_TYPE_OVERRIDE="multipart/form-data; boundary=$ENROLL_BOUNDARY" cgi POST "${UPLOAD_URI:-/school/files/enroll}"
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

# coverage_ok: the coverage counters agree with the enrollments (manage coverage-check).
coverage_ok() {
	HNEDU_CONF="$HNEDU_CONF" "$ROOT/cgi-bin/manage" coverage-check >"$TRASH/coverage.out" 2>&1 ||
		{ cat "$TRASH/coverage.out" >&2; return 1; }
}
