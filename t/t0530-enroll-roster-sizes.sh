#!/bin/bash
# t0530-enroll-roster-sizes: rosters as schools really send them, through the real upload route
# (POST /school/files/enroll). Proves: a 15,000-row student roster written by openpyxl (unique
# valid ID numbers) is stored whole (stored_count and roster_rows 15000) and its download is an
# .xlsx of 15,001 rows (header + people) giving back every ID number in order; the same roster
# converted by LibreOffice to .xls is stored whole for the staff product (the student-only
# columns are ignored); a GBK .csv and a UTF-8 .csv with a BOM are stored with their Chinese
# names intact.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup || exit 1
SCHOOL_GBK=郑州市金水区纬五路第一小学
SCHOOL_BOM=郑州市金水区黄河路第一小学
N=15000

make_roster "$TRASH/big.xlsx" $N 0 &&
make_roster "$TRASH/gbk.gbk.csv" 5 20000 &&
make_roster "$TRASH/bom.csv" 5 30000 || exit 1

# The .xls of the same roster, by LibreOffice with its own HOME and profile (as
# t/fixtures/make-sheets.sh calls it), bounded in time.
lo=$TRASH/lo
mkdir -p "$lo" &&
HOME=$lo timeout --kill-after=10 120 /usr/bin/soffice "-env:UserInstallation=file://$lo/profile" \
	--headless --norestore --nologo --convert-to xls --outdir "$lo/out" "$TRASH/big.xlsx" >"$lo/log" 2>&1 &&
mv "$lo/out/big.xls" "$TRASH/big.xls" || { echo "Bail out! soffice could not convert the roster"; sed 's/^/# /' "$lo/log"; exit 1; }

# names FILE: the 姓名 column (column 2) of a make-roster.py CSV, decoded, one a line.
names() { $PY -c 'import sys; enc = "gbk" if sys.argv[1].endswith(".gbk.csv") else "utf-8-sig"
print("\n".join(l.split(",")[1] for l in open(sys.argv[1], encoding=enc).read().splitlines()[1:]))' "$1"; }
# stored_names SCHOOL-ID: the stored 姓名 of the school's student roster in row order.
stored_names() {
	sql "SELECT r.name FROM roster_rows r JOIN enrollments e ON e.id = r.enrollment_id
		WHERE e.school_id = $1 AND e.product_id = 1 ORDER BY r.row_no"
}

test_expect_success 'the .xls is a real BIFF8 workbook (LibreOffice wrote it)' '
	test "$(head -c 8 "$TRASH/big.xls" | od -An -tx1 | tr -d " \n")" = d0cf11e0a1b11ae1
'

test_expect_success 'a 15,000-row .xlsx roster is stored whole' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	open_form 1 && submit 1 "$TRASH/big.xlsx" $N && expect_status 303 &&
	expect_header Location "/school/s/enroll" &&
	test "$(sql "SELECT CONCAT_WS(\",\", status, declared_count, stored_count) FROM enrollments WHERE school_id = 1 AND product_id = 1")" = "submitted,$N,$N" &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows r JOIN enrollments e ON e.id = r.enrollment_id WHERE e.school_id = 1 AND e.product_id = 1")" = $N &&
	test "$(sql "SELECT CONCAT_WS(\",\", f.kind, f.size_bytes) FROM files f JOIN enrollments e ON e.roster_file_id = f.id WHERE e.school_id = 1 AND e.product_id = 1")" = "roster,$(wc -c <"$TRASH/big.xlsx")"
'

test_expect_success 'its download is an .xlsx of 15,001 rows with every ID number in order' '
	id=$(sql "SELECT id FROM enrollments WHERE school_id = 1 AND product_id = 1") &&
	cgi GET "/school/s/enroll/roster?id=$id" && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	cp "$TRASH/body" "$TRASH/back.xlsx" &&
	$PY -c "import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]
rows = list(ws.iter_rows(values_only=True))
print(len(rows))
open(sys.argv[2], \"w\").write(\"\".join(str(r[4]) + \"\\n\" for r in rows[1:]))" "$TRASH/back.xlsx" "$TRASH/back.ids" >"$TRASH/back.count" &&
	test "$(cat "$TRASH/back.count")" = $((N + 1)) &&
	cmp "$TRASH/back.ids" "$TRASH/big.xlsx.ids"
'

test_expect_success 'the same roster as LibreOffice .xls is stored whole for the staff product' '
	open_form 2 && submit 2 "$TRASH/big.xls" $N && expect_status 303 &&
	test "$(sql "SELECT stored_count FROM enrollments WHERE school_id = 1 AND product_id = 2")" = $N &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows r JOIN enrollments e ON e.id = r.enrollment_id WHERE e.school_id = 1 AND e.product_id = 2")" = $N &&
	test "$(sql "SELECT f.content_type FROM files f JOIN enrollments e ON e.roster_file_id = f.id WHERE e.school_id = 1 AND e.product_id = 2")" = application/vnd.ms-excel
'

test_expect_success 'a GBK .csv is stored with its names decoded' '
	login_as school "$SCHOOL_GBK" School@2026 &&
	! iconv -f UTF-8 -t UTF-8 "$TRASH/gbk.gbk.csv" >/dev/null 2>&1 &&
	open_form 1 && submit 1 "$TRASH/gbk.gbk.csv" 5 && expect_status 303 &&
	stored_names 5 >"$TRASH/gbk.stored" && names "$TRASH/gbk.gbk.csv" >"$TRASH/gbk.names" &&
	test "$(wc -l <"$TRASH/gbk.stored")" = 5 && cmp "$TRASH/gbk.stored" "$TRASH/gbk.names"
'

test_expect_success 'a UTF-8 .csv with a BOM is stored with its names intact' '
	login_as school "$SCHOOL_BOM" School@2026 &&
	test "$(head -c 3 "$TRASH/bom.csv" | od -An -tx1 | tr -d " \n")" = efbbbf &&
	open_form 1 && submit 1 "$TRASH/bom.csv" 5 && expect_status 303 &&
	stored_names 6 >"$TRASH/bom.stored" && names "$TRASH/bom.csv" >"$TRASH/bom.names" &&
	test "$(wc -l <"$TRASH/bom.stored")" = 5 && cmp "$TRASH/bom.stored" "$TRASH/bom.names"
'

test_done
