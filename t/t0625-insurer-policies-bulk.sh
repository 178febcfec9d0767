#!/bin/bash
# t0625-insurer-policies-bulk: 批量上传保单 (GET /school/insurer/policies/import, POST
# /school/files/insurer/policies). Proves: the page lists the enrollments waiting for a policy
# with links to their policy page and offers the template (.xlsx, the header row, read back); a
# list with good and bad rows stores exactly the good ones (each row on its own: matched to one
# enrollment by school name + product, PDF from the zip by base name whatever its folder, dates
# as text or Excel dates, a 批单 without PDF), and refuses rows with no or several matching
# enrollments, a duplicate 保单号 in the file, bad fields, a missing or non-PDF file, storing
# nothing for them; the page lists every row and the result .xlsx (read back with openpyxl) says
# the same; another account cannot fetch that report; a list that is not .xlsx or has no header
# stores nothing.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/policy-lib.sh"
policy_setup
P1=校方责任险（无过失责任保险）

# ins SCHOOL COMPANY SEQ DECLARED: a submitted enrollment of product 1 in year 2.
ins() {
	sql "INSERT INTO enrollments (school_id, year_id, product_id, seq, company_id, declared_count, stored_count, status, submitted_at)
		VALUES ($1, 2, 1, $3, $2, $4, $4, 'submitted', UTC_TIMESTAMP()); SELECT LAST_INSERT_ID()"
}
# post_list LIST [ZIP]: the bulk form (csrf first) with the list and the zip.
post_list() {
	local -a zip=()
	[ -n "${2:-}" ] && zip=("pdfs=@$2")
	cgi_multipart_bin /school/files/insurer/policies "csrf=$(cat "$TRASH/csrf")" "list=@$1" "${zip[@]}"
}
# cgi_multipart_bin URI SPEC...: like cgi_multipart, but the body travels in a file (binary parts).
cgi_multipart_bin() {
	local uri=$1 b=----hneduPolicyBulkBoundary
	shift
	perl -e '
		my $b = shift; binmode STDOUT;
		for my $spec (@ARGV) { my ($n, $v) = split /=/, $spec, 2;
			if ($v =~ /^\@(.*)$/) { my $p = $1; my $shown = (split m{/}, $p)[-1];
				open my $fh, "<:raw", $p or die "$p: $!"; local $/; my $d = <$fh>;
				print "--$b\r\nContent-Disposition: form-data; name=\"$n\"; filename=\"$shown\"\r\n",
					"Content-Type: application/octet-stream\r\n\r\n", $d, "\r\n";
			} else { print "--$b\r\nContent-Disposition: form-data; name=\"$n\"\r\n\r\n$v\r\n"; } }
		print "--$b--\r\n";' -- "$b" "$@" >"$TRASH/bulk.body" &&
	BODY_FILE=$TRASH/bulk.body CONTENT_TYPE_OVERRIDE="multipart/form-data; boundary=$b" cgi POST "$uri"
}

test_expect_success 'setup: a real submission to 平安财险 and enrollments made with SQL' '
	submit_to_pingan &&
	ins 5 2 1 10 >"$TRASH/e5" && ins 6 1 1 8 >/dev/null && ins 7 2 1 4 >/dev/null && ins 7 2 2 5 >/dev/null
'

test_expect_success 'the import page lists the waiting enrollments and offers the template' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/policies/import && expect_status 200 && csrf_token >"$TRASH/csrf" &&
	e1=$(sql "SELECT id FROM enrollments WHERE school_id = 1 AND product_id = 1") &&
	expect_body "<a href=\"/school/insurer/policy?enrollment=$e1\">$DEMO_SCHOOL · $P1</a>（参保 3 人，待上传保单）" &&
	expect_body "郑州市金水区纬五路第一小学 · $P1" && expect_no_body "郑州市金水区黄河路第一小学" &&
	cgi GET /school/insurer/policies/import/template && expect_status 200 &&
	expect_header Content-Type application/vnd.openxmlformats &&
	cp "$TRASH/body" "$TRASH/template.xlsx" &&
	test "$($PY -c "import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).active; print(\",\".join(c.value for c in ws[1]))" "$TRASH/template.xlsx")" = "学校名称,险种,保单号,承保人数,保费,起保日期,终保日期"
'

test_expect_success 'good and bad rows: only the good ones are stored, every row reported' '
	$PY - "$TRASH" "$P1" <<-PYEOF &&
	import sys, zipfile, datetime, openpyxl
	out, p1 = sys.argv[1], sys.argv[2]
	wb = openpyxl.Workbook(); ws = wb.active
	ws.append(["保单清单"])
	ws.append(["保单号", "学校名称", "险种", "承保人数", "保费", "起保日期", "终保日期"])
	A = "郑州市金水区文化路第一小学"; B = "郑州市金水区纬五路第一小学"
	ws.append(["BULK-1", A, p1, 3, 100.5, "2026-09-01", "2027-08-31"])
	ws.append(["BULK-2", B, p1, 10, 200, datetime.datetime(2026, 9, 1), datetime.datetime(2027, 8, 31)])
	ws.append(["BULK-6", "郑州市金水区黄河路第一小学", p1, 8, 1, "2026-09-01", "2027-08-31"])
	ws.append(["BULK-7", "郑州市金水区实验幼儿园", p1, 4, 1, "2026-09-01", "2027-08-31"])
	ws.append(["BULK-1", B, p1, 10, 1, "2026-09-01", "2027-08-31"])
	ws.append(["BULK-3", A, p1, 3, "abc", "2026-09-01", "2027-08-31"])
	ws.append(["BULK-4", A, p1, 4, 0, "2026/9/1", "2027/8/31"])
	ws.append(["BULK-5", B, p1, 10, 1, "2026-09-01", "2027-08-31"])
	ws.append(["BULK-8", B, p1, 10, 1, "2026-09-01", "2027-08-31"])
	wb.save(out + "/list.xlsx")
	pdf = b"%PDF-1.4\n% bulk\n%%EOF\n"
	with zipfile.ZipFile(out + "/pdfs.zip", "w", zipfile.ZIP_DEFLATED) as z:
	    z.writestr("x/../BULK-1.pdf", pdf)
	    z.writestr("a/b/BULK-2.PDF", pdf + b"2")
	    z.writestr("BULK-5.pdf", b"not a pdf at all")
	    z.writestr("BULK-8.pdf", pdf); z.writestr("c/BULK-8.pdf", pdf)
	PYEOF
	post_list "$TRASH/list.xlsx" "$TRASH/pdfs.zip" && expect_status 200 &&
	expect_body "已保存 <strong>3</strong> 行，未保存 <strong>6</strong> 行" &&
	expect_body "<td class=\"col-num\">3</td><td class=\"nowrap\">BULK-1</td><td><span class=\"badge badge-ok\">已保存</span>" &&
	expect_body "<td class=\"col-num\">4</td><td class=\"nowrap\">BULK-2</td><td><span class=\"badge badge-ok\">已保存</span>" &&
	expect_body "<td class=\"nowrap\">BULK-6</td><td><span class=\"badge badge-danger\">未保存</span> 在您的承保范围内没有该学校该险种本学年的投保数据" &&
	expect_body "<td class=\"nowrap\">BULK-7</td><td><span class=\"badge badge-danger\">未保存</span> 该学校该险种有多条投保数据" &&
	expect_body "<td class=\"col-num\">7</td><td class=\"nowrap\">BULK-1</td><td><span class=\"badge badge-danger\">未保存</span> 保单号在本清单中重复" &&
	expect_body "<td class=\"nowrap\">BULK-3</td><td><span class=\"badge badge-danger\">未保存</span> 保费应为不小于 0 的金额" &&
	expect_body "<td class=\"nowrap\">BULK-4</td><td><span class=\"badge badge-ok\">已保存（批单）</span>" &&
	expect_body "<td class=\"nowrap\">BULK-5</td><td><span class=\"badge badge-danger\">未保存</span> BULK-5.pdf 不是 PDF 文件" &&
	expect_body "<td class=\"nowrap\">BULK-8</td><td><span class=\"badge badge-danger\">未保存</span> 压缩包中有多个 BULK-8.pdf" &&
	test "$(sql "SELECT GROUP_CONCAT(CONCAT_WS(\":\", policy_no, insured_count, premium_fen, starts_on, ends_on, file_id IS NOT NULL) ORDER BY id)
		FROM policies")" = "BULK-1:3:10050:2026-09-01:2027-08-31:1,BULK-2:10:20000:2026-09-01:2027-08-31:1,BULK-4:4:0:2026-09-01:2027-08-31:0" &&
	test "$(sql "SELECT GROUP_CONCAT(school_id ORDER BY id) FROM files WHERE kind = \"policy\"")" = "1,5" &&
	test "$(sql "SELECT COUNT(*) FROM enrollments WHERE status = \"insured\"")" = 2 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action IN (\"policy_uploaded\", \"policy_endorsed\") AND detail LIKE \"%via=bulk\"")" = 3 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"policy_bulk_upload\" AND detail = \"rows=9 stored=3 zip=yes\"")" = 1
'

test_expect_success 'the result .xlsx says the same; another account gets 404' '
	url=$(sed -n "s|.*<a href=\"\(/school/insurer/policies/import/report?id=[0-9]*\)\">下载结果.*|\1|p" "$TRASH/body") &&
	test -n "$url" && cgi GET "$url" && expect_status 200 &&
	path=$(sed -n "s|^X-Accel-Redirect: /_files/||p" "$TRASH/headers") &&
	cp "$TRASH/storage/$path" "$TRASH/report.xlsx" &&
	$PY -c "
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1]).active
rows = [[c.value for c in r] for r in ws.iter_rows()]
assert rows[0] == [\"行号\", \"保单号\", \"结果\"], rows[0]
assert len(rows) == 10, len(rows)
assert rows[1] == [\"3\", \"BULK-1\", \"已保存\"], rows[1]
assert rows[7][:2] == [\"9\", \"BULK-4\"] and rows[7][2] == \"已保存（批单）\", rows[7]
assert rows[3][1] == \"BULK-6\" and \"没有该学校该险种\" in rows[3][2], rows[3]
" "$TRASH/report.xlsx" &&
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level,
		must_change_password, password_changed_at) SELECT kind, \"pingan_other\", \"13900000298\", password_hash, \"平安郑州\",
		\"410100\", 2, \"city\", 0, UTC_TIMESTAMP() FROM accounts WHERE login_name = \"pingan_henan\"" && pii_seal &&
	login_as insurer pingan_other Insurer@2026 &&
	cgi GET "$url" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND detail = \"policy import report\"")" = 1
'

test_expect_success 'a list that is not .xlsx or has no header row stores nothing' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/policies/import && csrf_token >"$TRASH/csrf" &&
	before=$(sql "SELECT COUNT(*) FROM policies") &&
	printf "学校名称,险种\n" >"$TRASH/list.csv" &&
	post_list "$TRASH/list.csv" && expect_status 200 && expect_body "保单清单只能是 .xlsx 文件" &&
	$PY -c "import openpyxl,sys; wb=openpyxl.Workbook(); wb.active.append([\"学校\", \"保单号\"]); wb.active.append([\"x\", \"y\"]); wb.save(sys.argv[1])" "$TRASH/nohead.xlsx" &&
	post_list "$TRASH/nohead.xlsx" && expect_status 200 && expect_body "没有找到表头行" &&
	test "$(sql "SELECT COUNT(*) FROM policies")" = "$before"
'

test_done
