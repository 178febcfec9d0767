#!/bin/bash
# t0620-insurer-policy: 保单上传 of one enrollment by the insurer (GET /school/insurer/policy,
# POST /school/files/insurer/policy). Proves: a school's real submission to 平安财险 shows on the
# insurer's page (学校名称, 险种, 参保人数, 待上传保单, default period 9/1-8/31); bad fields, a missing
# or non-PDF file are refused with messages on the same page, the typed values kept and nothing
# stored; a good upload stores the PDF (owned by the school), the policy (premium in fen, the
# enrollment version), marks the enrollment insured and is audited; a duplicate 保单号 is refused;
# the same POST again (its batch key seen, a double click, also two at once) answers the same 303
# and stores nothing twice;
# a 批单 with another 承保人数 shows 人数不一致 (as the school's 承保数据 does); 需上传批单 after a
# version bump and 修改中 while a modification is pending; after the policy deadline the page says
# so and the POST is refused until the admin grants the company an extension on 截止延期 (another
# company's or another city's does not help; revoking closes again); another company's, a draft and an
# out-of-region enrollment are 404 with an access_denied audit row; the school sees the policy in
# 承保数据 and downloads the PDF while another school gets 404.
# The trigger-kept list counters of migration 0015 agree after the policy uploads (manage coverage-check).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
. "$(dirname "$0")/policy-lib.sh"
policy_setup

printf '%%PDF-1.4\n%% policy of %s\n1 0 obj << /Type /Catalog >> endobj\n%%%%EOF\n' "$TEST_NAME" >"$TRASH/policy.pdf"
printf '%%PDF-1.4\n%% endorsement\n%%%%EOF\n' >"$TRASH/endorse.pdf"
printf 'just text, not a PDF\n' >"$TRASH/fake.pdf"

# upload ENROLLMENT PDF|- FIELD=VALUE...: the policy form (csrf first) with the PDF (or none) and a
# fresh batch key (BATCH=KEY in the environment sends that key instead, as a retried POST does).
upload() {
	local e=$1 pdf=$2
	shift 2
	local -a file=()
	[ "$pdf" != - ] && file=("policy_pdf=@$pdf")
	cgi_multipart /school/files/insurer/policy "csrf=$(cat "$TRASH/csrf")" "enrollment=$e" \
		"batch_key=${BATCH:-$(openssl rand -hex 16)}" "$@" "${file[@]}"
}
policies() { sql "SELECT COUNT(*) FROM policies"; }
policy_files() { sql "SELECT COUNT(*) FROM files WHERE kind = 'policy'"; }

test_expect_success 'setup: the school submits 校方责任险 to 平安财险 (3 persons)' '
	submit_to_pingan &&
	sql "SELECT id FROM enrollments WHERE school_id = 1 AND product_id = 1 AND status = \"submitted\" AND company_id = 2" >"$TRASH/eid" &&
	test -s "$TRASH/eid"
'
E=$(cat "$TRASH/eid")

test_expect_success 'the policy page shows the enrollment, 待上传保单 and the default period' '
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 200 &&
	csrf_token >"$TRASH/csrf" &&
	expect_body "<dd>$DEMO_SCHOOL</dd>" && expect_body "<dd>校方责任险（无过失责任保险）</dd>" &&
	expect_body "<strong class=\"num\">3</strong> 人" && expect_body "待上传保单" &&
	expect_body "尚未上传保单" && expect_body "<h2 class=\"section-title\">上传保单</h2>" &&
	expect_body "name=\"starts_on\" type=\"date\" value=\"2026-09-01\"" &&
	expect_body "name=\"ends_on\" type=\"date\" value=\"2027-08-31\"" &&
	expect_body "name=\"policy_pdf\" type=\"file\" accept=\".pdf,application/pdf\" required" &&
	expect_no_body "人数不一致"
'

test_expect_success 'bad fields: messages on the same page, typed values kept, nothing stored' '
	upload "$E" "$TRASH/policy.pdf" "policy_no=PD 2026/1" insured_count=0 premium=12.345 \
		starts_on=2026-09-01 ends_on=2026-08-31 && expect_status 200 &&
	expect_body "保单号应为 1-64 位字母、数字或“-”" && expect_body "承保人数应为正整数" &&
	expect_body "保费应为不小于 0 的金额（元），最多两位小数" && expect_body "终保日期不能早于起保日期" &&
	expect_body "value=\"PD 2026/1\"" && expect_body "name=\"insured_count\" type=\"text\" inputmode=\"numeric\" maxlength=\"7\" value=\"0\"" &&
	expect_body "value=\"12.345\"" && expect_body "value=\"2026-08-31\"" &&
	upload "$E" "$TRASH/policy.pdf" policy_no=PD2026-1 insured_count=3 premium=-5 starts_on=2026-02-30 ends_on=2027-08-31 &&
	expect_status 200 && expect_body "保费应为不小于 0 的金额" && expect_body "请填写正确的起保日期" &&
	test "$(policies)" = 0 && test "$(policy_files)" = 0 &&
	test "$(sql "SELECT status FROM enrollments WHERE id = $E")" = submitted
'

test_expect_success 'a missing PDF and a non-PDF (by content, whatever the name) are refused' '
	upload "$E" - policy_no=PD2026-1 insured_count=3 premium=1234.5 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 200 && expect_body "请选择保单 PDF 文件" && expect_body "value=\"PD2026-1\"" && expect_body "value=\"1234.5\"" &&
	upload "$E" "$TRASH/fake.pdf" policy_no=PD2026-1 insured_count=3 premium=1234.5 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 200 && expect_body "保单文件只能是 PDF（按文件内容识别" &&
	test "$(policies)" = 0 && test "$(policy_files)" = 0
'

test_expect_success 'a good upload: PDF owned by the school, policy in fen, enrollment insured, audited' '
	upload "$E" "$TRASH/policy.pdf" policy_no=PD2026-1 insured_count=3 premium=1234.5 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 303 && expect_header Location "/school/insurer/policy[?]enrollment=$E&done=1" &&
	test "$(sql "SELECT CONCAT_WS(\",\", company_id, enrollment_version, insured_count, premium_fen, starts_on, ends_on, uploaded_by IS NOT NULL)
		FROM policies WHERE policy_no = \"PD2026-1\" AND enrollment_id = $E")" = "2,1,3,123450,2026-09-01,2027-08-31,1" &&
	sql "SELECT file_id FROM policies WHERE policy_no = \"PD2026-1\"" >"$TRASH/fid" &&
	fid=$(cat "$TRASH/fid") &&
	test "$(sql "SELECT CONCAT_WS(\",\", kind, school_id, content_type, size_bytes) FROM files WHERE id = $fid")" = "policy,1,application/pdf,$(wc -c <"$TRASH/policy.pdf")" &&
	test "$(sql "SELECT CONCAT(status, \",\", insured_at IS NOT NULL) FROM enrollments WHERE id = $E")" = "insured,1" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"policy_uploaded\" AND object_type = \"policy\" AND detail LIKE \"enrollment=$E %no=PD2026-1%\"")" = 1 &&
	cgi GET "/school/insurer/policy?enrollment=$E&done=1" && expect_status 200 &&
	expect_body "保单已上传" && expect_body "<span class=\"badge badge-ok\">已承保</span>" &&
	expect_body "<tr><td>保单 <span class=\"badge badge-info\">最新</span></td><td class=\"nowrap\">PD2026-1</td><td class=\"col-num\">3</td><td class=\"col-num\">1234.50</td><td class=\"nowrap\">2026-09-01 至 2027-08-31</td>" &&
	expect_body "<h2 class=\"section-title\">上传批单（修改后的保单）</h2>" && expect_no_body "人数不一致"
'

test_expect_success 'a duplicate 保单号 of the company is refused, nothing stored' '
	cgi GET "/school/insurer/policy?enrollment=$E" && csrf_token >"$TRASH/csrf" &&
	upload "$E" "$TRASH/endorse.pdf" policy_no=PD2026-1 insured_count=4 premium=10 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 200 && expect_body "保单号 PD2026-1 已经上传过" && expect_body "name=\"insured_count\" type=\"text\" inputmode=\"numeric\" maxlength=\"7\" value=\"4\"" &&
	test "$(policies)" = 1 && test "$(policy_files)" = 1
'

test_expect_success 'a retried POST (same batch key, a double click) answers success and stores nothing twice' '
	cgi GET "/school/insurer/policy?enrollment=$E" && csrf_token >"$TRASH/csrf" &&
	key=$(sed -n "s/.*name=\"batch_key\" value=\"\([0-9a-f]\{32\}\)\".*/\1/p" "$TRASH/body") && test -n "$key" &&
	BATCH=$key upload "$E" "$TRASH/endorse.pdf" policy_no=PD2026-1-R insured_count=3 premium=10 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 303 && expect_header Location "/school/insurer/policy[?]enrollment=$E&done=1" &&
	BATCH=$key upload "$E" "$TRASH/endorse.pdf" policy_no=PD2026-1-R insured_count=3 premium=10 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 303 && expect_header Location "/school/insurer/policy[?]enrollment=$E&done=1" &&
	test "$(sql "SELECT COUNT(*) FROM policies WHERE policy_no = \"PD2026-1-R\" AND batch_key = \"$key\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"policy_endorsed\" AND detail LIKE \"%no=PD2026-1-R %\"")" = 1 &&
	test "$(policies)" = 2 && test "$(policy_files)" = 2 &&
	BATCH=$key upload "$E" - policy_no=PD2026-1-S insured_count=3 premium=10 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 303 && test "$(policies)" = 2 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 200 && expect_body "name=\"batch_key\" value=\"" &&
	expect_no_body "value=\"$key\"" &&
	BATCH=short upload "$E" - policy_no=PD2026-1-T insured_count=3 premium=10 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 400 && test "$(policies)" = 2
'

test_expect_success 'two simultaneous POSTs with one batch key: both 303, one policy' '
	key=$(openssl rand -hex 16) && mkdir -p "$TRASH/a" "$TRASH/b" &&
	for d in a b; do cp "$TRASH/cookies" "$TRASH/csrf" "$TRASH/$d/"; done &&
	for d in a b; do
		(TRASH=$TRASH/$d BATCH=$key upload "$E" "$TRASH/endorse.pdf" policy_no=PD2026-1-C insured_count=3 premium=10 \
			starts_on=2026-09-01 ends_on=2027-08-31) &
	done && wait &&
	test "$(cat "$TRASH/a/status")" = 303 && test "$(cat "$TRASH/b/status")" = 303 &&
	grep -q "^Location: /school/insurer/policy?enrollment=$E&done=1" "$TRASH/a/headers" &&
	grep -q "^Location: /school/insurer/policy?enrollment=$E&done=1" "$TRASH/b/headers" &&
	test "$(sql "SELECT COUNT(*) FROM policies WHERE policy_no = \"PD2026-1-C\"")" = 1 && test "$(policies)" = 3
'

test_expect_success 'a 批单 with another 承保人数: 人数不一致 here and on the school 承保数据 page' '
	upload "$E" - policy_no=PD2026-1-P1 insured_count=4 premium=10 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"policy_endorsed\" AND detail LIKE \"%no=PD2026-1-P1 %\"")" = 1 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 200 &&
	expect_body "<tr><td>批单 <span class=\"badge badge-info\">最新</span></td><td class=\"nowrap\">PD2026-1-P1</td><td class=\"col-num\">4 <span class=\"badge badge-warn\">人数不一致</span></td>" &&
	expect_body "<span class=\"badge badge-ok\">已承保</span> <span class=\"badge badge-warn\">人数不一致</span>" &&
	expect_body "<tr><td>保单</td><td class=\"nowrap\">PD2026-1</td><td class=\"col-num\">3</td>" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/policies && expect_status 200 &&
	expect_body "<td class=\"nowrap\">PD2026-1-P1</td><td class=\"nowrap\">平安财险</td><td>校方责任险（无过失责任保险）</td><td class=\"col-num\">4</td><td class=\"col-num\">3 <span class=\"badge badge-warn\">人数不一致</span></td>" &&
	expect_body "<td class=\"nowrap\">PD2026-1 <span class=\"badge\">已由批单更新</span></td><td class=\"nowrap\">平安财险</td><td>校方责任险（无过失责任保险）</td><td class=\"col-num\">3</td><td class=\"col-num\">3</td><td class=\"col-num\">1,234.50</td>"
'

test_expect_success 'the school downloads the policy PDF (200); another school gets 404 (audited)' '
	fid=$(cat "$TRASH/fid") &&
	cgi GET "/school/files/download?id=$fid" && expect_status 200 && expect_header Content-Type application/pdf &&
	path=$(sed -n "s|^X-Accel-Redirect: /_files/||p" "$TRASH/headers") &&
	cmp "$TRASH/storage/$path" "$TRASH/policy.pdf" &&
	login_as school 郑州市金水区纬五路第一小学 School@2026 &&
	cgi GET "/school/files/download?id=$fid" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"file\" AND object_id = \"$fid\"")" = 1
'

test_expect_success '需上传批单 after an approved change; the 批单 records the new version' '
	sql "UPDATE enrollments SET version = 2, declared_count = 4 WHERE id = $E" &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 200 && csrf_token >"$TRASH/csrf" &&
	expect_body "<span class=\"badge badge-warn\">需上传批单</span>" && expect_body "请上传批单（修改后的保单）" &&
	expect_no_body "<span class=\"badge badge-warn\">人数不一致</span></dd>" &&
	upload "$E" "$TRASH/endorse.pdf" policy_no=PD2026-1-P2 insured_count=4 premium=12 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 303 &&
	test "$(sql "SELECT enrollment_version FROM policies WHERE policy_no = \"PD2026-1-P2\"")" = 2 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_body "<span class=\"badge badge-ok\">已承保</span></dd>" &&
	expect_no_body "需上传批单"
'

test_expect_success '修改中 while a modification is pending; a 批单 then keeps the status' '
	sql "UPDATE enrollments SET status = \"modifying\" WHERE id = $E" &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 200 &&
	expect_body "<span class=\"badge badge-warn\">修改中</span>" && expect_body "学校的修改申请正在审核中" &&
	upload "$E" - policy_no=PD2026-1-P3 insured_count=4 premium=12 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 303 && test "$(sql "SELECT status FROM enrollments WHERE id = $E")" = modifying &&
	sql "UPDATE enrollments SET status = \"insured\" WHERE id = $E"
'

test_expect_success 'after the policy deadline: the page says so, the POST is refused; a company extension reopens' '
	sql "UPDATE academic_years SET policy_deadline = \"$(cn_day -1)\" WHERE id = 2" &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 200 &&
	expect_body "保单上传已于 $(date -d "$(cn_day -1)" +%Y年%-m月%-d日) 截止，不能再上传" && expect_no_body "name=\"policy_no\"" &&
	upload "$E" - policy_no=LATE-1 insured_count=4 premium=1 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 409 && expect_body "保单上传已于 $(cn_day -1) 截止" &&
	test "$(sql "SELECT COUNT(*) FROM policies WHERE policy_no = \"LATE-1\"")" = 0 &&
	grant_policy_extension 3 - "$(cn_day 5)" "another company" &&
	grant_policy_extension 2 410200 "$(cn_day 5)" "开封延期" &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_no_body "name=\"policy_no\"" && csrf_token >"$TRASH/csrf" &&
	upload "$E" - policy_no=LATE-1 insured_count=4 premium=1 starts_on=2026-09-01 ends_on=2027-08-31 && expect_status 409 &&
	grant_policy_extension 2 410100 "$(cn_day 5)" "郑州延期" &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_body "name=\"policy_no\"" && csrf_token >"$TRASH/csrf" &&
	expect_body "<dd>$(date -d "$(cn_day 5)" +%Y年%-m月%-d日)</dd>" &&
	upload "$E" - policy_no=LATE-1 insured_count=4 premium=1 starts_on=2026-09-01 ends_on=2027-08-31 && expect_status 303
'

test_expect_success 'revoking the company extension closes the upload again' '
	id=$(sql "SELECT id FROM deadline_extensions WHERE company_id = 2 AND region_code = \"410100\"") &&
	login_as admin admin Admin@2026 && cgi GET /school/admin/extensions &&
	cgi POST /school/admin/extension/revoke "csrf=$(csrf_token)&id=$id" && expect_status 303 &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 200 && csrf_token >"$TRASH/csrf" &&
	expect_body "保单上传已于" && expect_no_body "name=\"policy_no\"" &&
	upload "$E" - policy_no=LATE-2 insured_count=4 premium=1 starts_on=2026-09-01 ends_on=2027-08-31 && expect_status 409 &&
	test "$(sql "SELECT COUNT(*) FROM policies WHERE policy_no = \"LATE-2\"")" = 0 &&
	sql "UPDATE academic_years SET policy_deadline = \"$(cn_day 10)\" WHERE id = 2"
'

test_expect_success 'another company, a draft and another region: 404 with access_denied, nothing stored' '
	other=$(sql "INSERT INTO enrollments (school_id, year_id, product_id, seq, company_id, declared_count, stored_count, status, submitted_at)
		VALUES (5, 2, 1, 1, 1, 10, 10, \"submitted\", UTC_TIMESTAMP()); SELECT LAST_INSERT_ID()") &&
	draft=$(sql "INSERT INTO enrollments (school_id, year_id, product_id, seq, company_id, status)
		VALUES (6, 2, 1, 1, 2, \"draft\"); SELECT LAST_INSERT_ID()") &&
	before=$(policies) &&
	for id in "$other" "$draft" 99999; do
		cgi GET "/school/insurer/policy?enrollment=$id" && expect_status 404 &&
		upload "$id" "$TRASH/policy.pdf" policy_no=X-$id insured_count=1 premium=1 starts_on=2026-09-01 ends_on=2027-08-31 &&
		expect_status 404 &&
		test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"enrollment\" AND object_id = \"$id\"")" = 2 || return 1
	done &&
	sql "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, region_code, company_id, insurer_level,
		must_change_password, password_changed_at) SELECT kind, \"pingan_erqi\", \"13900000299\", password_hash, \"平安二七区\",
		\"410103\", 2, \"county\", 0, UTC_TIMESTAMP() FROM accounts WHERE login_name = \"pingan_henan\"" && pii_seal &&
	login_as insurer pingan_erqi Insurer@2026 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_type = \"enrollment\" AND object_id = \"$E\"")" = 1 &&
	test "$(policies)" = "$before"
'

test_expect_success 'roles: a school cannot reach the insurer page or post a policy' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET "/school/insurer/policy?enrollment=$E" && ! expect_status 200 &&
	cgi GET /school/s/ && csrf_token >"$TRASH/csrf" &&
	upload "$E" "$TRASH/policy.pdf" policy_no=SCHOOL-1 insured_count=1 premium=1 starts_on=2026-09-01 ends_on=2027-08-31 &&
	expect_status 403 && test "$(sql "SELECT COUNT(*) FROM policies WHERE policy_no = \"SCHOOL-1\"")" = 0
'

test_expect_success 'the list counters (school_counters, insurer_counters, copies) agree after the policy uploads' '
	"$ROOT/cgi-bin/manage" coverage-check >"$TRASH/counters.out" 2>&1;
	grep -qx "list counters: 0 differing rows" "$TRASH/counters.out"
'

test_done
