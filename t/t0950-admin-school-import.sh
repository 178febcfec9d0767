#!/bin/bash
# t0950-admin-school-import: 学校账号导入. The template has the nine columns; a file with a title
# row above the header is read by header name; good rows (region by name, 市直 or code; 中心校 of
# the same county; login defaulting to the school name) become active schools with accounts whose
# one-time password is queued by SMS (one per new account); bad rows (region not in the city,
# wrong type/nature/mobile, duplicates within the file, a pending registration, a login already
# used, an unknown 中心校) create nothing and carry their reason on the page and in the .xlsx
# report (read back with openpyxl); a school already active with its account is 已存在, so a
# re-upload creates nothing; audited. The report is the uploader's alone; a department account
# is refused on every import page.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
enroll_setup || exit 1
sql "INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile, status)
	VALUES ('待审学校', '410105', '410100', '小学', '公办', '孙七', '13900000099', 'pending')" && pii_seal || exit 1
$PY - "$TRASH" <<'PYEOF' || exit 1
import sys, openpyxl
out = sys.argv[1]
wb = openpyxl.Workbook(); ws = wb.active
ws.append(["学校名单（参加服务评价的学校）"])
ws.append(["学校名称", "所属市", "所属县区", "学校类型", "办学性质", "联系人", "联系人手机", "登录账号", "中心校"])
for r in [
    ["新学校甲", "郑州市", "金水区", "小学", "公办", "张三", "13900000001", None, None],
    ["新学校乙", "郑州", "中牟县", "小学", "民办", "李四", 13900000002, "xinxiao_yi", "中牟县官渡镇中心学校"],
    ["新学校丙", None, "410202", "初中", "公办", "王五", "13900000003", None, None],
    ["新学校丁", "郑州市", "市直", "高中", "公办", "赵六", "13900000004", None, None],
    ["郑州市金水区文化路第一小学", "郑州市", "金水区", "小学", "公办", "王丽", "13800000001", None, None],
    ["坏学校一", "郑州市", "龙亭区", "小学", "公办", "钱一", "13900000011", None, None],
    ["坏学校二", "开封市", "410105", "小学", "公办", "钱二", "13900000012", None, None],
    ["坏学校三", "郑州市", "金水区", "大学", "国办", "钱三", "123", None, None],
    ["新学校甲", "郑州市", "金水区", "小学", "公办", "张三", "13900000001", None, None],
    ["新学校戊", "郑州市", "金水区", "小学", "公办", "钱五", "13900000015", "新学校甲", None],
    ["新学校己", "郑州市", "金水区", "小学", "公办", "钱六", "13900000016", None, "不存在的中心校"],
    ["待审学校", "郑州市", "金水区", "小学", "公办", "孙七", "13900000099", None, None],
    ["新学校庚", "郑州市", "金水区", "小学", "公办", "钱八", "13900000018", "郑州市金水区纬五路第一小学", None],
]:
    ws.append(r)
wb.save(out + "/schools.xlsx")
PYEOF

admin() { login_as admin admin Admin@2026; }
upload() {  # upload FILE: the import form's csrf, then the multipart POST to uploads.fcgi
	cgi GET /school/admin/school-import && expect_status 200 &&
	perl -e 'my ($b, $csrf, $file) = @ARGV; binmode STDOUT;
		print "--$b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n$csrf\r\n";
		open my $fh, "<:raw", $file or die; local $/; my $data = <$fh>;
		print "--$b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"schools.xlsx\"\r\n",
			"Content-Type: application/octet-stream\r\n\r\n", $data, "\r\n--$b--\r\n";' \
		-- "$ENROLL_BOUNDARY" "$(csrf_token)" "$1" >"$TRASH/post.body" &&
	UPLOAD_URI=/school/files/admin/school-import post_body
}
report_path() {  # the stored report of the last result page
	local id
	id=$(sed -n 's|.*href="/school/files/admin/school-import/report?id=\([0-9]*\)".*|\1|p' "$TRASH/body" | head -n 1) &&
	test -n "$id" && echo "$id" >"$TRASH/report.id" &&
	sha=$(sql "SELECT sha256 FROM files WHERE id = $id") && echo "$TRASH/storage/${sha:0:2}/$sha"
}
new_schools() { sql "SELECT COUNT(*) FROM schools WHERE name LIKE '新学校%'"; }
initial_sms() { sql "SELECT COUNT(*) FROM sms_messages WHERE template = 'initial_password'"; }

test_expect_success 'the admin page and the template with the nine columns' '
	admin && cgi GET /school/admin/ && expect_body "href=\"/school/admin/school-import\"" &&
	cgi GET /school/admin/school-import && expect_status 200 && expect_body "action=\"/school/files/admin/school-import\"" &&
	cgi GET /school/admin/school-import/template && expect_status 200 && cp "$TRASH/body" "$TRASH/template.xlsx" &&
	test "$($PY -c "import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1]).active; print(\",\".join(c.value for c in ws[1]))" "$TRASH/template.xlsx")" = \
		"学校名称,所属市,所属县区,学校类型,办学性质,联系人,联系人手机,登录账号,中心校"
'

test_expect_success 'good rows open schools with accounts and an SMS each; bad rows create nothing' '
	upload "$TRASH/schools.xlsx" && expect_status 200 &&
	expect_body "新开通 <strong>4</strong> 所学校，已存在 <strong>1</strong> 所，有错误未导入 <strong>8</strong> 行" &&
	test "$(new_schools)" = 4 && test "$(initial_sms)" = 4 &&
	test "$(sql "SELECT CONCAT_WS(\",\", s.region_code, s.city_code, s.status, a.login_name, a.must_change_password, s.nature)
		FROM schools s JOIN accounts a ON a.school_id = s.id WHERE s.name = \"新学校甲\"")" = "410105,410100,active,新学校甲,1,公办" &&
	test "$(sql "SELECT CONCAT_WS(\",\", s.region_code, s.center_school_id, a.login_name, s.nature, s.contact_mobile, s.contact_mobile_hmac = $(mh 13900000002))
		FROM schools s JOIN accounts a ON a.school_id = s.id WHERE s.name = \"新学校乙\"")" = "410122,2,xinxiao_yi,民办,139****0002,1" &&
	test "$(sql "SELECT CONCAT_WS(\",\", region_code, city_code) FROM schools WHERE name = \"新学校丙\"")" = "410202,410200" &&
	test "$(sql "SELECT CONCAT_WS(\",\", region_code, city_code) FROM schools WHERE name = \"新学校丁\"")" = "410100,410100" &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE template = \"initial_password\" AND mobile_hmac = $(mh 13900000002)")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE name LIKE \"坏学校%\" OR name IN (\"新学校戊\", \"新学校己\", \"新学校庚\")")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM schools WHERE name = \"待审学校\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"school_imported\"")" = 4 &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"schools_imported\"")" = "新增 4 已存在 1 错误 8" &&
	expect_body "所属县区“龙亭区”不在郑州市" && expect_body "县区代码 410105 不属于开封市" &&
	expect_body "学校类型“大学”无效" && expect_body "办学性质应为“公办”或“民办”" && expect_body "联系人手机应为 11 位手机号码" &&
	expect_body "与第 3 行是同一所学校" && expect_body "登录账号与第 3 行重复" && expect_body "中心校“不存在的中心校”不是本县区已开通的中心校" &&
	expect_body "该学校已有注册记录（待审核）" && expect_body "登录账号“郑州市金水区纬五路第一小学”已被其他学校使用"
'

test_expect_success 'the .xlsx report lists every row with its result' '
	rp=$(report_path) && test -f "$rp" && cp "$rp" "$TRASH/report.xlsx" && rp=$TRASH/report.xlsx &&
	$PY -c "import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
for r in ws.iter_rows(values_only=True): print(\"|\".join(\"\" if v is None else str(v) for v in r))" "$rp" >"$TRASH/report.txt" &&
	test "$(head -n 1 "$TRASH/report.txt")" = "行号|学校名称|所属县区|登录账号|结果|说明" &&
	test "$(wc -l <"$TRASH/report.txt")" = 14 &&
	grep -q "^3|新学校甲|郑州市 金水区|新学校甲|新增|$" "$TRASH/report.txt" &&
	grep -q "^4|新学校乙|郑州 中牟县|xinxiao_yi|新增|$" "$TRASH/report.txt" &&
	grep -q "^7|郑州市金水区文化路第一小学|郑州市 金水区|郑州市金水区文化路第一小学|已存在|$" "$TRASH/report.txt" &&
	grep -q "^10|坏学校三|郑州市 金水区|坏学校三|错误|学校类型“大学”无效.*；办学性质.*；联系人手机" "$TRASH/report.txt" &&
	cgi GET "/school/files/admin/school-import/report?id=$(cat "$TRASH/report.id")" && expect_status 200 &&
	expect_header X-Accel-Redirect "/_files/"
'

test_expect_success 're-uploading the same file creates nothing (已存在)' '
	upload "$TRASH/schools.xlsx" && expect_status 200 &&
	expect_body "新开通 <strong>0</strong> 所学校，已存在 <strong>5</strong> 所，有错误未导入 <strong>8</strong> 行" &&
	test "$(new_schools)" = 4 && test "$(initial_sms)" = 4 &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE kind = \"school\" AND login_name LIKE \"新学校%\"")" = 3
'

test_expect_success 'a file without the header is refused with the form again' '
	printf "hello" >"$TRASH/x.txt" && upload "$TRASH/x.txt" && expect_status 200 && expect_body "没有找到表头" &&
	expect_body "name=\"file\"" && test "$(new_schools)" = 4
'

test_expect_success 'a department account is refused on every import page' '
	id=$(cat "$TRASH/report.id") &&
	login_as department 郑州市 City@2026 &&
	cgi GET /school/admin/school-import && expect_status 403 &&
	cgi GET /school/admin/school-import/template && expect_status 403 &&
	cgi GET "/school/files/admin/school-import/report?id=$id" && expect_status 403 &&
	cgi GET /school/dept/ && upload_csrf=$(csrf_token) &&
	printf -- "--%s\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n%s\r\n--%s--\r\n" "$ENROLL_BOUNDARY" "$upload_csrf" "$ENROLL_BOUNDARY" >"$TRASH/post.body" &&
	UPLOAD_URI=/school/files/admin/school-import post_body && expect_status 403 && test "$(new_schools)" = 4
'

test_done
