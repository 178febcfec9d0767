#!/bin/bash
# t1014-hostile-admin: hostile values in every field of the admin's forms (部门账号, 保险公司 and
# its 分支, 学年设置 and 截止延期, 险种设置, 公告管理, the review queues' 驳回原因, 账号) and in the
# search and filter parameters of every admin list (账号管理, 审计日志, 待办审核, 短信记录, the
# province views), and in every cell of 学校账号导入: never a 500, never raw markup, stored
# values shown escaped (公告 to the schools too) and as text cells in the exports (审计日志,
# 阅读情况, 导入结果); nothing stored half.
. "$(dirname "$0")/test-lib.sh"
. "$ROOT/t/hostile-lib.sh"
. "$ROOT/t/enroll-lib.sh"
setup_db
enroll_setup || exit 1
admin() { login_as admin admin Admin@2026; }
MARKUP='<script>alert(1)</script>'

test_expect_success 'every field of 部门账号, 保险公司, 学年设置, 截止延期 and 险种设置 takes every hostile value safely' '
	admin &&
	SWEEP_FILL="region=410105&city=410100&contact_name=$(urlencode 张三)&mobile=13912345678&name=$(urlencode 某保险)&short_name=$(urlencode 某保)" \
		sweep_forms /school/admin/departments &&
	SWEEP_FILL="name=$(urlencode 某某财产保险)&short_name=$(urlencode 某某)" sweep_forms /school/admin/companies &&
	sweep_forms "/school/admin/company?id=1" &&
	sweep_forms /school/admin/years && sweep_forms /school/admin/extensions &&
	sweep_forms /school/admin/products
'

test_expect_success 'every field of 公告管理 takes every hostile value safely; a markup announcement is escaped everywhere' '
	admin &&
	SWEEP_FILL="title=$(urlencode 通知)&body=$(urlencode 正文)&role_school=1&city=&county=&company=" \
		sweep_forms /school/admin/announcement/new &&
	id=$(sql "SELECT id FROM announcements WHERE title LIKE \"%<script>%\" ORDER BY id LIMIT 1") && test -n "$id" &&
	sweep_forms "/school/admin/announcement/edit?id=$id" "publish|withdraw" &&
	sql "UPDATE announcements SET status = \"draft\", title = \"$MARKUP通知\" WHERE id = $id" &&
	cgi GET "/school/admin/announcement/edit?id=$id" &&
	cgi POST /school/admin/announcement/publish "csrf=$(csrf_token)&id=$id" && expect_safe &&
	cgi GET /school/admin/announcements && expect_safe 200 &&
	cgi GET "/school/admin/announcement/reads?id=$id" && expect_safe 200 && expect_body "&lt;script&gt;alert(1)&lt;/script&gt;通知" &&
	cgi GET "/school/admin/announcement/reads/export?id=$id" && expect_safe 200 &&
	{ ! grep -q "^Content-Type: application/vnd.openxml" "$TRASH/headers" ||
		{ save_download "$TRASH/reads.xlsx" && xlsx_text_only "$TRASH/reads.xlsx"; }; }
'

test_expect_success 'the review queues'"'"' 驳回原因 and the admin account forms take every hostile value safely' '
	sql "INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile, status)
		VALUES (\"$MARKUP待审\", \"410105\", \"410100\", \"小学\", \"公办\", \"=cmd|\\\" /C calc\\\"!A0\", \"13900000099\", \"pending\")" &&
	pii_seal &&
	sid=$(sql "SELECT id FROM schools WHERE name = \"$MARKUP待审\"") &&
	sql "INSERT INTO applications (kind, school_id, payload, status) VALUES (\"registration\", $sid, \"{}\", \"pending\")" &&
	app=$(sql "SELECT id FROM applications WHERE school_id = $sid") &&
	admin && sweep_forms "/school/admin/registration?id=$app" "approve" &&
	SWEEP_HOOK="sql \"DELETE FROM auth_throttle\"" &&
	sweep_forms /school/admin/account/mobile && sweep_forms /school/admin/account/password
'

test_expect_success 'the search and filter parameters of every admin list take every hostile value safely' '
	admin &&
	sweep_get /school/admin/accounts q kind status page &&
	sweep_get /school/admin/audit who kind action object_type object_id from to ip page &&
	sweep_get /school/admin/audit/export who kind action object_type object_id from to ip &&
	sweep_get /school/admin/queue queue city &&
	sweep_get /school/admin/sms mobile purpose status from to page &&
	sweep_get /school/admin/schools city county q sort page &&
	sweep_routes admin Admin
'

test_expect_success 'stored hostile values are escaped on the admin lists and text in the 审计日志 export' '
	admin &&
	app=$(sql "SELECT a.id FROM applications a JOIN schools s ON s.id = a.school_id WHERE s.name = \"$MARKUP待审\"") &&
	cgi GET /school/admin/registrations && expect_safe 200 &&
	cgi GET "/school/admin/registration?id=$app" && expect_safe 200 && expect_body "&lt;script&gt;alert(1)&lt;/script&gt;待审" &&
	cgi GET /school/admin/queue && expect_safe 200 &&
	cgi GET /school/admin/accounts && expect_safe 200 &&
	cgi GET "/school/admin/audit?action=" && expect_safe 200 &&
	cgi GET /school/admin/audit/export && expect_status 200 && save_download "$TRASH/audit.xlsx" && xlsx_text_only "$TRASH/audit.xlsx" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_safe 200 && cgi GET /school/s/announcements && expect_safe 200
'

test_expect_success '学校账号导入 with hostile cells in every column: no raw markup, a report of text cells' '
	$PY - "$TRASH/schools.xlsx" <<-PYEOF &&
	import sys, openpyxl
	wb = openpyxl.Workbook(); ws = wb.active
	ws.append(["学校名单"])
	ws.append(["学校名称", "所属市", "所属县区", "学校类型", "办学性质", "联系人", "联系人手机", "登录账号", "中心校"])
	ws.append(["敌意测试小学", "郑州市", "金水区", "小学", "公办", "张三", "13900000001", None, None])
	wb.save(sys.argv[1])
	PYEOF
	admin && sweep_sheet /school/admin/school-import /school/files/admin/school-import file "$TRASH/schools.xlsx" \
		/school/files/admin/school-import/report &&
	cgi GET /school/admin/accounts && expect_safe 200
'

test_expect_success 'nothing was stored half: no control characters, no 10,000-character values' '
	found=$(stored_half) && { test -z "$found" || { echo "stored half: $found"; false; }; }
'

test_done
