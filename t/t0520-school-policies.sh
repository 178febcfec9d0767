#!/bin/bash
# t0520-school-policies: a school's 承保数据 (GET /school/s/policies). Policies are written by the
# insurer pages of a later issue; here they are inserted with SQL. Proves: without policies the
# page says 等待保险公司承保 and names the year's policy upload deadline as a Chinese date; a
# policy row shows 保单号, 投保公司, 险种, 承保人数, 参保人数 (the enrollment's declared count), 保费 in
# yuan with two decimals, 保险期间 and the file link; 人数不一致 marks exactly the row whose counts
# differ; the school downloads its own policy PDF (200, X-Accel-Redirect naming the stored bytes
# of the PDF, audited) while another school gets 404 (audited) and sees none of it; the year
# selector lists the years with enrollments and ?year= shows an earlier year; an unknown year is
# a 404 and a malformed one a 400; the nav entry and the home card link are open.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup || exit 1
OTHER_SCHOOL=郑州市金水区纬五路第一小学
INSURER=$(sql "SELECT id FROM accounts WHERE kind = 'insurer' LIMIT 1")

# The policy PDF, stored as files_store would: <storage>/<2 hex>/<sha256>.
printf '%%PDF-1.4\n%% policy of %s\n1 0 obj << /Type /Catalog >> endobj\n%%%%EOF\n' "$TEST_NAME" >"$TRASH/policy.pdf"
SHA=$(sha256sum "$TRASH/policy.pdf" | cut -d" " -f1)
mkdir -p "$TRASH/storage/${SHA:0:2}" && cp "$TRASH/policy.pdf" "$TRASH/storage/${SHA:0:2}/$SHA" || exit 1

# enrollment SCHOOL YEAR PRODUCT COMPANY DECLARED: an insured seq 1 enrollment; prints its id.
enrollment() {
	sql "INSERT INTO enrollments (school_id, year_id, product_id, seq, company_id, declared_count, stored_count,
		status, submitted_at, insured_at) VALUES ($1, $2, $3, 1, $4, $5, $5, 'insured', UTC_TIMESTAMP(), UTC_TIMESTAMP());
		SELECT LAST_INSERT_ID()"
}
# policy ENROLLMENT COMPANY NUMBER INSURED FEN FROM TO FILE-ID|NULL
policy() {
	sql "INSERT INTO policies (enrollment_id, company_id, policy_no, insured_count, premium_fen, starts_on, ends_on,
		file_id, uploaded_by) VALUES ($1, $2, '$3', $4, $5, '$6', '$7', $8, $INSURER)"
}

test_expect_success 'no policy yet: 等待保险公司承保 and the year policy deadline; links open' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/policies && expect_status 200 &&
	expect_body "<h1 class=\"page-title\">承保数据</h1>" && expect_body "<strong class=\"year\">2026-2027</strong>" &&
	expect_body "<strong>等待保险公司承保</strong>" && expect_body "承保保险公司将于 2026年10月31日 前上传保单" &&
	expect_no_body "<tr><td" && expect_no_body "<select id=\"year\"" && expect_no_body "未开放" &&
	expect_body "href=\"/school/s/policies\" aria-current=\"page\"" &&
	cgi GET /school/s/ && expect_body "<a class=\"btn btn-secondary\" href=\"/school/s/policies\">查看</a>" &&
	expect_no_body "未开放"
'

test_expect_success 'a policy row shows every column; the home card sums it up' '
	fid=$(sql "INSERT INTO files (sha256, kind, school_id, original_name, size_bytes, content_type, uploaded_by)
		VALUES (\"$SHA\", \"policy\", 1, \"保单 PDZA2026.pdf\", $(wc -c <"$TRASH/policy.pdf"), \"application/pdf\", $INSURER);
		SELECT LAST_INSERT_ID()") && echo "$fid" >"$TRASH/fid" &&
	e=$(enrollment 1 2 1 2 120) &&
	policy "$e" 2 PDZA202641010500001 120 1234560 2026-09-01 2027-08-31 "$fid" &&
	cgi GET /school/s/policies && expect_status 200 &&
	expect_body "<tr><td class=\"nowrap\">PDZA202641010500001</td><td class=\"nowrap\">平安财险</td><td>校方责任险（无过失责任保险）</td><td class=\"col-num\">120</td><td class=\"col-num\">120</td><td class=\"col-num\">12,345.60</td><td class=\"nowrap\">2026年9月1日 至 2027年8月31日</td><td><a href=\"/school/files/download?id=$fid\">下载</a></td></tr>" &&
	expect_body "共 <strong>1</strong> 份保单，承保 <strong>120</strong> 人" &&
	expect_no_body "人数不一致" && expect_no_body "等待保险公司承保" &&
	cgi GET /school/s/ && expect_body "已承保 1 份保单，共 120 人"
'

test_expect_success '人数不一致 marks only the row whose insured count differs from the declared count' '
	e=$(enrollment 1 2 2 3 30) &&
	policy "$e" 3 CPIC2026-0007 28 5 2026-09-01 2027-08-31 NULL &&
	cgi GET /school/s/policies && expect_status 200 &&
	expect_body "<td>教职工校方责任保险</td><td class=\"col-num\">28</td><td class=\"col-num\">30 <span class=\"badge badge-warn\">人数不一致</span></td><td class=\"col-num\">0.05</td>" &&
	test "$(grep -o 人数不一致 "$TRASH/body" | wc -l)" = 1 &&
	expect_body "<span class=\"muted\">未上传</span>" &&
	expect_body "共 <strong>2</strong> 份保单，承保 <strong>148</strong> 人"
'

test_expect_success 'a 批单 replaces the earlier policy of its enrollment in the persons counted' '
	e=$(sql "SELECT id FROM enrollments WHERE product_id = 2 AND school_id = 1 AND year_id = 2") &&
	policy "$e" 3 CPIC2026-0007-P1 30 5 2026-09-01 2027-08-31 NULL &&
	cgi GET /school/s/policies && expect_status 200 &&
	expect_body "CPIC2026-0007 <span class=\"badge\">已由批单更新</span>" &&
	expect_body "共 <strong>3</strong> 份保单，承保 <strong>150</strong> 人" &&
	cgi GET /school/s/ && expect_body "已承保 2 份保单，共 150 人" &&
	sql "DELETE FROM policies WHERE policy_no = \"CPIC2026-0007-P1\""
'

test_expect_success 'the school downloads its own policy PDF: 200, the stored bytes, audited' '
	fid=$(cat "$TRASH/fid") &&
	cgi GET "/school/files/download?id=$fid" && expect_status 200 &&
	expect_header Content-Type application/pdf && expect_header Content-Disposition "attachment; filename\*=UTF-8.." &&
	expect_header X-Accel-Redirect "/_files/${SHA:0:2}/$SHA" &&
	path=$(sed -n "s|^X-Accel-Redirect: /_files/||p" "$TRASH/headers") &&
	cmp "$TRASH/storage/$path" "$TRASH/policy.pdf" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"download\" AND object_type = \"file\" AND object_id = \"$fid\"")" = 1
'

test_expect_success 'another school: the PDF is a 404 (audited) and its page shows none of it' '
	fid=$(cat "$TRASH/fid") &&
	login_as school "$OTHER_SCHOOL" School@2026 &&
	cgi GET "/school/files/download?id=$fid" && expect_status 404 && expect_no_body "$SHA" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"file\" AND object_id = \"$fid\"")" = 1 &&
	cgi GET /school/s/policies && expect_status 200 && expect_body "等待保险公司承保" &&
	expect_no_body PDZA2026 && expect_no_body CPIC2026 &&
	cgi GET "/school/s/policies?year=2" && expect_status 200 && expect_no_body PDZA2026
'

test_expect_success 'the year selector lists the years with enrollments; ?year= shows an earlier year' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	e=$(enrollment 1 1 1 1 100) &&
	policy "$e" 1 PICC2025-41010599 100 800000 2025-09-01 2026-08-31 NULL &&
	cgi GET /school/s/policies && expect_status 200 &&
	expect_body "<option value=\"2\" selected>2026-2027</option>" && expect_body "<option value=\"1\">2025-2026</option>" &&
	expect_no_body PICC2025 &&
	cgi GET "/school/s/policies?year=1" && expect_status 200 &&
	expect_body "<option value=\"1\" selected>2025-2026</option>" && expect_body "<strong class=\"year\">2025-2026</strong>" &&
	expect_body "<td class=\"nowrap\">PICC2025-41010599</td><td class=\"nowrap\">人保财险</td>" &&
	expect_body "8,000.00" && expect_body "2025年9月1日 至 2026年8月31日" &&
	expect_no_body PDZA2026 && expect_no_body CPIC2026
'

test_expect_success 'a year without enrollments shows its own policy deadline' '
	sql "INSERT INTO academic_years (id, label, starts_on, ends_on, enroll_deadline, policy_deadline, stats_deadline)
		VALUES (3, \"2027-2028\", \"2027-09-01\", \"2028-08-31\", \"2027-09-30\", \"2027-11-15\", \"2027-10-31\")" &&
	cgi GET "/school/s/policies?year=3" && expect_status 200 &&
	expect_body "<option value=\"3\" selected>2027-2028</option>" &&
	expect_body "承保保险公司将于 2027年11月15日 前上传保单"
'

test_expect_success 'an unknown year is a 404, a malformed one a 400' '
	cgi GET "/school/s/policies?year=999" && expect_status 404 && expect_body "该学年不存在" &&
	cgi GET "/school/s/policies?year=abc" && expect_status 400 &&
	cgi GET "/school/s/policies?year=0" && expect_status 400
'

test_done
