# t/hostile-lib.sh - hostile values for the t/t1010-hostile-*.sh scripts, sourced after
# t/test-lib.sh and setup_db: the values (markup, SQL, spreadsheet formulas, 10,000
# characters, control characters with CR/LF, NUL, full-width digits; all of them per field with
# HOSTILE_FULL=1, else markup and one other in turn), the checks every answer
# must pass (never a 500, never raw markup, a 400 says why in Chinese), sweeps of the query
# parameters of a page and of every field of every POST form on a page, an .xlsx check (text
# cells, no formula), and a scan of the database for values stored half (control characters,
# 10,000-character strings).

PY=/usr/bin/python3   # Debian's python3 sees python3-openpyxl
# The raw markup that must never reach a body (the escaped form may).
RAW_SCRIPT='<script>alert(1)'
RAW_IMG='<img src=x onerror'
# The values, urlencoded (so NUL travels), one per line: name and encoded value. (Markup and
# SQL share one value, and control characters with CR/LF another: each request costs.)
# HOSTILE_FULL=1 (make check-security) gives every value to every field and parameter; in
# `make check` each field or parameter list gets the markup value and one other, the next one
# in turn (HOSTILE_TURN, which the sweeps advance), so every kind still meets many fields.
HOSTILE_TURN=0
hostile_values() {
	local -a others=(
		"formula	$(urlencode "=cmd|' /C calc'!A0")"
		"long	$(printf '%010000d' 0 | tr 0 x)"
		"control	a%01b%1B[31mc%0D%0Ad"
		"nul	a%00b"
		"wide	$(urlencode '１３８００１３８０００')"
	)
	printf 'markup\t%s\n' "$(urlencode "' OR 1=1 --\"><img src=x onerror=alert(1)><script>alert(1)</script>")"
	if [ -n "${HOSTILE_FULL:-}" ]; then
		printf '%s\n' "${others[@]}"
	else
		printf '%s\n' "${others[HOSTILE_TURN % ${#others[@]}]}"
	fi
}

# expect_safe [STATUS...]: the last answer is one of STATUS (default 200 303 400), carries no
# raw markup, and a 400 or 409 explains itself in Chinese.
expect_safe() {
	local got allowed="${*:-200 303 400}"
	read -r got <"$TRASH/status"
	case " $allowed " in *" $got "*) ;; *) echo "status $got (allowed: $allowed)"; head -c 1500 "$TRASH/body"; return 1 ;; esac
	if grep -qF -e "$RAW_SCRIPT" -e "$RAW_IMG" "$TRASH/body"; then
		expect_no_body "$RAW_SCRIPT" && expect_no_body "$RAW_IMG"
		return 1
	fi
	if { [ "$got" = 400 ] || [ "$got" = 409 ]; } && ! grep -qP '[\x{4e00}-\x{9fff}]' "$TRASH/body"; then
		echo "a $got without a Chinese message:"; head -c 500 "$TRASH/body"; return 1
	fi
}

# sweep_get PATH PARAM...: PATH with each PARAM set to each hostile value (one parameter a
# request, the others absent; PATH may carry a query of its own), then all of them at once.
# Every answer passes expect_safe with 200, 303, 400 or 404 (an id that names nothing).
sweep_get() {
	local path=$1 sep='?' name value p all
	shift
	case "$path" in *\?*) sep='&' ;; esac
	HOSTILE_TURN=$((HOSTILE_TURN + 1))
	while IFS=$'\t' read -r name value; do
		all=""
		for p in "$@"; do
			cgi GET "$path$sep$p=$value" && expect_safe 200 303 400 404 || { echo "GET $path $p=<$name>"; return 1; }
			all="$all&$p=$value"
		done
		cgi GET "$path$sep${all#&}" && expect_safe 200 303 400 404 || { echo "GET $path all=<$name>"; return 1; }
	done < <(hostile_values)
}

# sweep_forms PAGE [SKIP-REGEX]: every field of every POST form on PAGE (except 退出 and forms
# whose action matches SKIP-REGEX) set to each hostile value, the other fields as the form offers
# them, with the CSRF token of PAGE (one per session). Urlencoded forms are posted as they are;
# multipart forms as multipart without their file parts. Every answer passes expect_safe; a
# form shown again (200) keeps what was typed into a text field; then PAGE still answers 200.
# SWEEP_HOOK, when set, is evaluated before each post (e.g. to reset a send limit); SWEEP_FILL
# (urlencoded NAME=VALUE pairs) replaces the form's own values, so that the other fields are
# valid and a hostile value that passes the checks is stored.
# Prints the number of posts.
sweep_forms() {
	local page=$1 skip=${2:-'^$'} action enctype field kind body name value token got posts=0 seen=""
	cgi GET "$page" && expect_safe 200 || { echo "GET $page"; return 1; }
	token=$(csrf_token)
	"$PY" "$ROOT/t/fixtures/form-fields.py" "${SWEEP_FILL:-}" <"$TRASH/body" >"$TRASH/forms" || return 1
	while IFS=$'\t' read -r action enctype field kind body; do
		[[ "$action" =~ $skip ]] || [[ "$action" == */logout ]] && continue
		# A list repeats one form per row (e.g. 提醒 per school): each action's field once.
		case " $seen " in *" $action#$field "*) continue ;; esac
		seen="$seen $action#$field"
		HOSTILE_TURN=$((HOSTILE_TURN + 1))
		while IFS=$'\t' read -r name value; do
			[ -z "${SWEEP_HOOK:-}" ] || eval "$SWEEP_HOOK" || return 1
			if [ "$enctype" = multipart/form-data ]; then
				sweep_multipart "$action" "$field" "$value" "$token" "$body" || return 1
			else
				cgi POST "$action" "${body//@@V@@/"$value"}" || return 1
			fi
			posts=$((posts + 1))
			# 409: the form's object already changed by an earlier value (e.g. one pending
			# application per product), with a Chinese message.
			expect_safe 200 303 400 409 || { echo "POST $action $field=<$name> (form of $page)"; return 1; }
			# A form shown again (200) keeps what was typed into a text field (at least the start
			# of the markup value, "' OR 1=", as far as the field's maxlength goes; escaped, as
			# expect_safe saw), but not a one-time code: captcha and SMS codes are asked again.
			if [ "$name" = markup ] && ! [[ "$field" =~ (^|_)(captcha|code)$ ]] && read -r got <"$TRASH/status" && [ "$got" = 200 ] && grep -qF "action=\"$action\"" "$TRASH/body" &&
				case $kind in text | search | textarea) true ;; *) false ;; esac && ! grep -qF " OR 1=" "$TRASH/body"; then
				echo "POST $action $field=<$name>: the form came back without the typed value"; return 1
			fi
		done < <(hostile_values)
	done <"$TRASH/forms"
	cgi GET "$page" && expect_safe 200 || { echo "GET $page after the posts"; return 1; }
	echo "$posts posts to the forms of $page"
}

# sweep_multipart ACTION FIELD ENCODED-VALUE TOKEN BODY: the fields of BODY (a urlencoded
# default form) sent as multipart/form-data, FIELD's value ENCODED-VALUE (decoded), the csrf
# field TOKEN; the body is built in one perl run and travels in a file.
sweep_multipart() {
	local b=----hneduHostileBoundary
	printf '%s' "$5" | perl -e '
		my ($b, $value, $token) = @ARGV; binmode STDOUT; local $/; my $form = <STDIN>;
		my $dec = sub { my $s = shift; $s =~ s/\+/ /g; $s =~ s/%([0-9A-Fa-f]{2})/chr hex $1/ge; $s };
		for my $pair (split /&/, $form) {
			my ($n, $v) = split /=/, $pair, 2;
			$v = $value if $v eq "\@\@V\@\@";
			$v = $token if $n eq "csrf";
			print "--$b\r\nContent-Disposition: form-data; name=\"", $dec->($n), "\"\r\n\r\n", $dec->($v), "\r\n";
		}
		print "--$b--\r\n";' -- "$b" "$3" "$4" >"$TRASH/multipart.body" &&
	BODY_FILE="$TRASH/multipart.body" CONTENT_TYPE_OVERRIDE="multipart/form-data; boundary=$b" cgi POST "$1"
}

# get_routes AREA ROLE: the GET paths of cgi-bin/AREA.cpp's route table for ROLE (e.g. Admin).
get_routes() {
	sed -n "s/.*{\"GET\", \"\\([^\"]*\\)\", Role::$2,.*/\\1/p" "$ROOT/cgi-bin/$1.cpp"
}

# sweep_routes AREA ROLE: every GET route of AREA for ROLE, plain and with every known list
# parameter set at once to the markup value, then to the control characters: expect_safe with
# 200, 303, 400 or 404.
SWEEP_PARAMS="q page sort dir status type nature product year county city company from to who kind action
	object_type object_id ip view policy id school show done"
sweep_routes() {
	local path name value p query n=0
	for path in $(get_routes "$1" "$2"); do
		cgi GET "$path" && expect_safe 200 303 400 404 || { echo "GET $path"; return 1; }
		while IFS=$'\t' read -r name value; do
			case $name in markup | control) ;; *) continue ;; esac
			query=""
			for p in $SWEEP_PARAMS; do query="$query&$p=$value"; done
			cgi GET "$path?${query#&}" && expect_safe 200 303 400 404 || { echo "GET $path all=<$name>"; return 1; }
			n=$((n + 1))
		done < <(HOSTILE_FULL=1 hostile_values)
	done
	echo "$n requests over the GET routes of $1"
}

# xlsx_text_only FILE [TEXT...]: FILE is an .xlsx whose sheets hold no formula (<f>) and no
# cell of type "str" (a formula's cached string), and whose text holds each TEXT.
xlsx_text_only() {
	"$PY" - "$@" <<'PYEOF'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
texts = ""
for n in z.namelist():
    data = z.read(n).decode("utf-8", "replace")
    if n.startswith("xl/worksheets/") and n.endswith(".xml"):
        if re.search(r"<f[ >/]", data):
            sys.exit("formula element in " + n)
        if re.search(r'<c [^>]*t="str"', data):
            sys.exit("formula result cell in " + n)
    if n.startswith("xl/") and n.endswith(".xml"):
        texts += data
import html
texts = html.unescape(texts)
for t in sys.argv[2:]:
    if t not in texts:
        sys.exit("text missing from the workbook: " + t)
PYEOF
}

# stored_half: prints the table.column of every text column of the test database holding a
# control character (other than TAB, LF) or a value of 10,000 characters or more; empty when
# none. (Audit rows are logs of what was refused: their details are excluded.)
stored_half() {
	local t c
	sql "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()
		AND data_type IN ('varchar', 'char', 'text', 'mediumtext', 'longtext', 'tinytext')
		AND NOT (table_name = 'audit_log' AND column_name = 'details')" |
	while IFS=$'\t' read -r t c; do
		[ "$(sql "SELECT COUNT(*) FROM \`$t\` WHERE \`$c\` REGEXP '[\\\\x00-\\\\x08\\\\x0b-\\\\x1f\\\\x7f]'
			OR CHAR_LENGTH(\`$c\`) >= 10000")" = 0 ] || echo "$t.$c"
	done
}

# save_download OUT: the file of the last answer to OUT: its body, or the stored file that its
# X-Accel-Redirect names (under [site] storage of $HNEDU_CONF).
save_download() {
	local accel storage
	accel=$(sed -n 's/^X-Accel-Redirect: \/_files\///p' "$TRASH/headers" | tr -d '\r')
	if [ -n "$accel" ]; then
		storage=$(sed -n 's/^storage=//p' "$HNEDU_CONF" | tail -n 1)
		cp "$storage/$accel" "$1"
	else
		cp "$TRASH/body" "$1"
	fi
}

# hostile_sheet IN OUT [FIRST-ROW]: OUT is the workbook IN (its first sheet: a header row, then
# data rows from FIRST-ROW, default 2) followed, for each column, by copies of its first data
# row with that column set to each hostile value: markup, SQL, a formula cell and the same as
# text, 10,000 characters, an escaped control character (_x0001_) with a line break, and
# full-width digits. HOSTILE_NO_LONG=1 leaves the 10,000 characters out (a cell that long
# refuses the whole file with one message, so no per-row report). Needs python3-openpyxl.
hostile_sheet() {
	HOSTILE_NO_LONG=${HOSTILE_NO_LONG:-} "$PY" - "$@" <<'PYEOF'
import os, sys, openpyxl
src, out = sys.argv[1], sys.argv[2]
first = int(sys.argv[3]) if len(sys.argv) > 3 else 2
wb = openpyxl.load_workbook(src)
ws = wb.worksheets[0]
base = [c.value for c in ws[first]]
values = ['"><img src=x onerror=alert(1)><script>alert(1)</script>', "' OR 1=1 --",
          "=cmd|' /C calc'!A0", ("text", "=HYPERLINK(\"http://x\",\"y\")"), "长" * 10000,
          "a_x0001_b\r\nc", "４１０１０５２０１０" + "０１０１００１Ｘ"]
if os.environ.get("HOSTILE_NO_LONG"):
    values = [v for v in values if not (isinstance(v, str) and len(v) > 1000)]
for col in range(len(base)):
    for v in values:
        row = list(base)
        row[col] = v[1] if isinstance(v, tuple) else v
        ws.append(row)
        if isinstance(v, tuple):
            ws.cell(ws.max_row, col + 1).data_type = "s"
wb.save(out)
PYEOF
}

# sweep_sheet PAGE URI FIELD SAMPLE REPORT: SAMPLE (an .xlsx: a title row, the header, data from
# row 3) with hostile cells in every column (hostile_sheet) posted as FIELD to URI with PAGE's
# token, first with the 10,000-character cells (the file refused whole), then without: each
# answer safe; the second links its report (href REPORT?id=N), an .xlsx of text cells only.
sweep_sheet() {
	local page=$1 uri=$2 field=$3 sample=$4 report=$5 id
	hostile_sheet "$sample" "$TRASH/hostile-sheet.xlsx" 3 &&
	upload_sheet "$page" "$uri" "$field" "$TRASH/hostile-sheet.xlsx" && expect_safe 200 &&
	HOSTILE_NO_LONG=1 hostile_sheet "$sample" "$TRASH/hostile-sheet.xlsx" 3 &&
	upload_sheet "$page" "$uri" "$field" "$TRASH/hostile-sheet.xlsx" && expect_safe 200 || return 1
	id=$(sed -n "s|.*href=\"$report?id=\([0-9]*\)\".*|\1|p" "$TRASH/body" | head -n 1)
	[ -n "$id" ] || { echo "no link to $report in the answer"; return 1; }
	cgi GET "$report?id=$id" && expect_status 200 && save_download "$TRASH/report.xlsx" &&
	xlsx_text_only "$TRASH/report.xlsx"
}

# upload_sheet PAGE URI FIELD FILE: the multipart POST of FILE as FIELD with PAGE's csrf token
# (the body in a file: an .xlsx holds NUL bytes;
# needs t/enroll-lib.sh for post_body).
upload_sheet() {
	cgi GET "$1" && expect_status 200 &&
	perl -e 'my ($b, $csrf, $field, $file) = @ARGV; binmode STDOUT;
		print "--$b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n$csrf\r\n";
		open my $fh, "<:raw", $file or die; local $/; my $data = <$fh>;
		print "--$b\r\nContent-Disposition: form-data; name=\"$field\"; filename=\"list.xlsx\"\r\n",
			"Content-Type: application/octet-stream\r\n\r\n", $data, "\r\n--$b--\r\n";' \
		-- "$ENROLL_BOUNDARY" "$(csrf_token)" "$3" "$4" >"$TRASH/post.body" &&
	UPLOAD_URI=$2 post_body
}
