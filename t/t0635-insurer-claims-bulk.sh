#!/bin/bash
# t0635-insurer-claims-bulk: 批量导入 of claims from .xlsx. The template has the nine columns; a
# file with the columns in another order is read by header name; good rows are stored (pending,
# or settled with 赔偿金额 + 结案时间; Excel date cells and text dates both work), rows with errors
# (unknown school, three-decimal amount, no 案件编号, a number twice) store nothing and are listed
# with their reason on the page and in the .xlsx report; re-uploading updates by 案件编号 and
# never duplicates; the report is the uploader's alone.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/claims-lib.sh"
enroll_setup && claims_fixtures || exit 1
D1=$(cn_day -20) D2=$(cn_day -10) D3=$(cn_day -2)
# first.xlsx (2 good rows, 4 bad ones, header in row 2, columns reordered) and second.xlsx (settles PA-101).
$PY - "$TRASH" "$D1" "$D2" "$D3" <<'PYEOF' || exit 1
import sys, datetime, openpyxl
out, d1, d2, d3 = sys.argv[1:5]
day = lambda s: datetime.datetime.strptime(s, "%Y-%m-%d")
H = ["出险学校", "案件编号", "伤者姓名", "出险时间", "事故原因", "处理情况", "理赔情况", "赔偿金额", "结案时间"]
def book(name, rows):
    wb = openpyxl.Workbook(); ws = wb.active
    ws.append(["理赔案件清单"]); ws.append(H)
    for r in rows: ws.append(r)
    wb.save(out + "/" + name)
A = "郑州市金水区文化路第一小学"; B = "中牟县官渡镇第一小学"
book("first.xlsx", [
    [A, "PA-101", "张小明", day(d1), "课间摔伤", "已报案", "", None, None],
    [B, "PA-102", "李小红", d2, "体育课扭伤", "已赔付", "结案", 800, d3],
    ["不存在的学校", "PA-103", "王五", d2, "摔伤", "", "", None, None],
    [A, "PA-104", "赵六", d2, "摔伤", "", "", "12.345", d3],
    [A, "", "钱七", d2, "摔伤", "", "", None, None],
    [A, "PA-101", "孙八", d2, "摔伤", "", "", None, None]])
book("second.xlsx", [
    [A, "PA-101", "张小明", day(d1), "课间摔伤", "已报案", "已赔付", "1200.5", day(d3)],
    [B, "PA-102", "李小红", d2, "体育课扭伤", "已赔付", "结案", 800, d3]])
PYEOF
upload() {  # upload FILE: the import form's csrf, then the multipart POST to uploads.fcgi
	cgi GET /school/insurer/claims/import && expect_status 200 &&
	perl -e 'my ($b, $csrf, $file) = @ARGV; binmode STDOUT;
		print "--$b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n$csrf\r\n";
		open my $fh, "<:raw", $file or die; local $/; my $data = <$fh>;
		print "--$b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cases.xlsx\"\r\n",
			"Content-Type: application/octet-stream\r\n\r\n", $data, "\r\n--$b--\r\n";' \
		-- "$ENROLL_BOUNDARY" "$(csrf_token)" "$1" >"$TRASH/post.body" &&
	UPLOAD_URI=/school/files/insurer/claims post_body
}
report_path() {  # the stored report of the last result page
	local id
	id=$(sed -n 's|.*href="/school/files/insurer/claims/report?id=\([0-9]*\)".*|\1|p' "$TRASH/body" | head -n 1) &&
	test -n "$id" && echo "$id" >"$TRASH/report.id" &&
	sha=$(sql "SELECT sha256 FROM files WHERE id = $id") && echo "$TRASH/storage/${sha:0:2}/$sha"
}

test_expect_success 'the template has the nine columns' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/insurer/claims/template && expect_status 200 && cp "$TRASH/body" "$TRASH/template.xlsx" &&
	$PY -c "import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1]).active; print(\",\".join(c.value for c in ws[1]))" "$TRASH/template.xlsx" >"$TRASH/header" &&
	test "$(cat "$TRASH/header")" = "案件编号,出险学校,出险时间,伤者姓名,事故原因,处理情况,理赔情况,赔偿金额,结案时间"
'

test_expect_success 'good rows are stored, bad rows are listed with their reason and store nothing' '
	upload "$TRASH/first.xlsx" && expect_status 200 &&
	expect_body "新增 <strong>2</strong> 个，更新 <strong>0</strong> 个，有错误未导入 <strong>4</strong> 行" &&
	expect_body "该学校不在您的负责区域内" && expect_body "赔偿金额最多保留两位小数" && expect_body "批量导入须填写案件编号" &&
	expect_body "案件编号 PA-101 在本文件中重复" &&
	test "$(sql "SELECT GROUP_CONCAT(CONCAT_WS(\",\", claim_no, school_id, status, accident_on, IFNULL(paid_fen, \"-\"), IFNULL(closed_on, \"-\")) ORDER BY claim_no SEPARATOR \";\") FROM claims")" = "PA-101,1,pending,$D1,-,-;PA-102,3,settled,$D2,80000,$D3" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"claim_created\"")" = 2 &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"claims_imported\"")" = "新增 2 更新 0 错误 4"
'

test_expect_success 'the .xlsx report lists every row with its result' '
	path=$(report_path) && test -f "$path" && cp "$path" "$TRASH/report.xlsx" &&
	$PY -c "import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
for r in ws.iter_rows(values_only=True): print(\"|\".join(\"\" if v is None else str(v) for v in r))" "$TRASH/report.xlsx" >"$TRASH/report.txt" &&
	cat "$TRASH/report.txt" &&
	grep -qx "行号|案件编号|出险学校|结果|说明" "$TRASH/report.txt" &&
	grep -qx "3|PA-101|郑州市金水区文化路第一小学|新增|" "$TRASH/report.txt" &&
	grep -q "^5|PA-103|不存在的学校|错误|该学校不在您的负责区域内" "$TRASH/report.txt" &&
	grep -q "^7||郑州市金水区文化路第一小学|错误|批量导入须填写案件编号" "$TRASH/report.txt" &&
	test "$(wc -l <"$TRASH/report.txt")" = 7 &&
	cgi GET "/school/files/insurer/claims/report?id=$(cat "$TRASH/report.id")" && expect_status 200 && expect_header X-Accel-Redirect "/_files/"
'

test_expect_success 're-uploading updates by 案件编号 and never duplicates' '
	upload "$TRASH/second.xlsx" && expect_status 200 &&
	expect_body "新增 <strong>0</strong> 个，更新 <strong>2</strong> 个，有错误未导入 <strong>0</strong> 行" &&
	test "$(sql "SELECT COUNT(*) FROM claims")" = 2 &&
	test "$(sql "SELECT CONCAT_WS(\",\", status, paid_fen, closed_on, settlement_note) FROM claims WHERE claim_no = \"PA-101\"")" = "settled,120050,$D3,已赔付" &&
	upload "$TRASH/second.xlsx" && test "$(sql "SELECT COUNT(*) FROM claims")" = 2
'

test_expect_success 'another account cannot fetch the report; a claim number of another region is refused' '
	login_as insurer pingan_zhongmu Insurer@2026 &&
	cgi GET "/school/files/insurer/claims/report?id=$(cat "$TRASH/report.id")" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"file\"")" = 1 &&
	upload "$TRASH/second.xlsx" && expect_status 200 && expect_body "已被本公司其他区域的案件使用" &&
	test "$(sql "SELECT paid_fen FROM claims WHERE claim_no = \"PA-101\"")" = 120050
'

test_expect_success 'a file without the header or of another type is refused with the form again' '
	printf "hello" >"$TRASH/x.txt" && upload "$TRASH/x.txt" && expect_status 200 && expect_body "没有找到表头" &&
	expect_body "name=\"file\"" && test "$(sql "SELECT COUNT(*) FROM claims")" = 2
'

test_done
