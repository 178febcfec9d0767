#!/bin/bash
# t1013-hostile-insurer: hostile values in every field of the insurer's forms (新增案件, 案件编辑
# and 结案, 分支账号, 保单上传, 下载区域花名册, 账号) and in the filters of every insurer list, and in
# every cell of the 案件导入 and 保单批量上传 lists: never a 500, never raw markup, the stored
# cases shown escaped on the insurer's, the department's and the school's pages and as text
# cells (no formula) in the exports and import reports; nothing stored half.
. "$(dirname "$0")/test-lib.sh"
. "$ROOT/t/hostile-lib.sh"
. "$ROOT/t/enroll-lib.sh"
. "$ROOT/t/policy-lib.sh"
. "$ROOT/t/claims-lib.sh"
policy_setup
claims_fixtures || exit 1
DAY=$(cn_day -3)
insurer() { login_as insurer pingan_henan Insurer@2026; }

test_expect_success 'every field of 新增案件 takes every hostile value safely (the others valid, so values are stored)' '
	insurer &&
	SWEEP_FILL="school=$(urlencode "$DEMO_SCHOOL")&accident_on=$DAY&injured_name=$(urlencode 张小明)&cause=$(urlencode 摔伤)" &&
	sweep_forms /school/insurer/claims/new &&
	test "$(sql "SELECT COUNT(*) FROM claims WHERE injured_name LIKE \"%<script>%\" OR cause LIKE \"%<script>%\"")" -ge 1
'

test_expect_success 'every field of a case'"'"'s 编辑 and 结案 forms takes every hostile value safely' '
	insurer && id=$(sql "SELECT MIN(id) FROM claims") && test -n "$id" &&
	SWEEP_FILL="accident_on=$DAY&injured_name=$(urlencode 张小明)&cause=$(urlencode 摔伤)&paid=100&closed_on=$DAY" &&
	sweep_forms "/school/insurer/claim?id=$id"
'

test_expect_success 'every field of 分支账号, 保单上传, 区域花名册 and the account forms takes every hostile value safely' '
	insurer && SWEEP_HOOK="sql \"DELETE FROM auth_throttle\"" &&
	sweep_forms /school/insurer/accounts &&
	enr=$(sql "SELECT id FROM enrollments WHERE company_id = 2 AND school_id = 1 ORDER BY id LIMIT 1") &&
	sweep_forms "/school/insurer/policy?enrollment=$enr" &&
	sweep_forms /school/insurer/enrollments &&
	sweep_forms /school/insurer/account/mobile && sweep_forms /school/insurer/account/password
'

test_expect_success 'the filters of 投保数据, 理赔, 导出任务 and every insurer page take every hostile value safely' '
	insurer &&
	sweep_get /school/insurer/enrollments year product city county status policy q page &&
	sweep_get /school/insurer/enrollments/export year product city county status policy q &&
	sweep_get /school/insurer/claims view year county from to page &&
	sweep_get /school/insurer/jobs page &&
	sweep_routes insurer Insurer
'

test_expect_success 'stored hostile cases are escaped on every page that lists them and text in the exports' '
	insurer && cgi GET /school/insurer/claims && expect_safe 200 && expect_body "&lt;script&gt;alert(1)" &&
	cgi GET "/school/insurer/claims?view=settled" && expect_safe 200 &&
	cgi GET /school/insurer/enrollments/export && expect_safe 200 && save_download "$TRASH/enr.xlsx" && xlsx_text_only "$TRASH/enr.xlsx" &&
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/claims-pending && expect_safe 200 && expect_body "&lt;script&gt;alert(1)" &&
	cgi GET /school/dept/claims-pending/export && expect_status 200 && save_download "$TRASH/dc.xlsx" &&
	xlsx_text_only "$TRASH/dc.xlsx" "<script>alert(1)</script>" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/claims && expect_safe 200 && expect_body "&lt;script&gt;alert(1)"
'

test_expect_success '案件导入 with hostile cells in every column: no raw markup, a report of text cells' '
	$PY - "$TRASH/cases.xlsx" "$DEMO_SCHOOL" "$DAY" <<-PYEOF &&
	import sys, openpyxl
	wb = openpyxl.Workbook(); ws = wb.active
	ws.append(["理赔案件清单"])
	ws.append(["出险学校", "案件编号", "伤者姓名", "出险时间", "事故原因", "处理情况", "理赔情况", "赔偿金额", "结案时间"])
	ws.append([sys.argv[2], "HX-1", "张小明", sys.argv[3], "摔伤", "已报案", "", None, None])
	wb.save(sys.argv[1])
	PYEOF
	insurer && sweep_sheet /school/insurer/claims/import /school/files/insurer/claims file "$TRASH/cases.xlsx" \
		/school/files/insurer/claims/report &&
	cgi GET /school/insurer/claims && expect_safe 200
'

test_expect_success '保单批量上传 with hostile cells in every column: no raw markup, a result .xlsx of text cells' '
	$PY - "$TRASH/policies.xlsx" "$DEMO_SCHOOL" <<-PYEOF &&
	import sys, openpyxl
	wb = openpyxl.Workbook(); ws = wb.active
	ws.append(["保单清单"])
	ws.append(["保单号", "学校名称", "险种", "承保人数", "保费", "起保日期", "终保日期"])
	ws.append(["HX-P1", sys.argv[2], "校方责任险（无过失责任保险）", 3, 100, "2026-09-01", "2027-08-31"])
	wb.save(sys.argv[1])
	PYEOF
	insurer && sweep_sheet /school/insurer/policies/import /school/files/insurer/policies list "$TRASH/policies.xlsx" \
		/school/insurer/policies/import/report
'

test_expect_success 'nothing was stored half: no control characters, no 10,000-character values' '
	found=$(stored_half) && { test -z "$found" || { echo "stored half: $found"; false; }; }
'

test_done
