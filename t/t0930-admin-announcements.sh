#!/bin/bash
# t0930-admin-announcements: 公告管理. The admin writes an announcement (标题, 正文 kept line by line,
# 发布对象 roles, 发布区域 city/county, optional insurance company, optional 截止日期): bad input is
# shown with the typed values kept; it is a draft (editable, shown to nobody) until published;
# withdrawn ones disappear. Audience rule: a county-targeted one is shown to that county's schools
# only — not to another county's school, a city department or insurers; roles, city and company
# narrow as chosen; a 中心校 is a school and a center. Accounts see it on their 系统首页 (unread
# marked, 更多 after five); opening it records one read receipt; one not addressed gives 404 and an
# access_denied audit row. The 阅读情况 page lists read/unread accounts, paged, exported as .xlsx.
# Hostile title/body are shown escaped. Everything is audited; CSRF and roles are enforced.
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}
school() { login_as school "$DEMO_SCHOOL" School@2026; }
other_school() { login_as school 郑州市二七区长江路第一小学 School@2026; }
center() { login_as school "$DEMO_CENTER" Center@2026; }
county() { login_as department 金水区 County@2026; }
city() { login_as department 郑州市 City@2026; }
# create [FIELDS...]: posts the new-announcement form (fields already url-encoded, joined with &).
create() {
	cgi GET /school/admin/announcement/new &&
	cgi POST /school/admin/announcement/new "csrf=$(csrf_token)&$1"
}
publish() {
	cgi GET "/school/admin/announcement?id=$1" &&
	cgi POST /school/admin/announcement/publish "csrf=$(csrf_token)&id=$1"
}
audit_count() { sql "SELECT COUNT(*) FROM audit_log WHERE action = '$1'${2:+ AND object_id = '$2'}"; }
HOSTILE_TITLE='<script>alert(1)</script>金水区通知'
BODY_TEXT=$(printf '第一行 <b>粗</b>\n第二行 & "引号"')

test_expect_success 'setup: county insurers of two companies in 中牟县 (copied password)' '
	sql "INSERT INTO accounts (kind, login_name, password_hash, display_name, region_code, company_id, insurer_level,
		must_change_password, password_changed_at)
		SELECT \"insurer\", \"pingan_zm\", password_hash, \"平安中牟支公司\", \"410122\", 2, \"county\", 0, UTC_TIMESTAMP()
		FROM accounts WHERE login_name = \"pingan_henan\"
		UNION ALL SELECT \"insurer\", \"picc_zm\", password_hash, \"人保中牟支公司\", \"410122\", 1, \"county\", 0, UTC_TIMESTAMP()
		FROM accounts WHERE login_name = \"pingan_henan\"" &&
	test "$(sql "SELECT COUNT(*) FROM accounts WHERE insurer_level = \"county\"")" = 2
'

test_expect_success 'the list is live in the nav and empty; the form offers roles, regions, companies' '
	admin_login &&
	cgi GET /school/admin/announcements && expect_status 200 &&
	expect_body "href=\"/school/admin/announcements\" aria-current=\"page\">公告管理</a>" &&
	expect_body "尚未发布公告" &&
	cgi GET /school/admin/announcement/new && expect_status 200 &&
	expect_body "name=\"role_school\"" && expect_body "name=\"role_insurer_county\"" &&
	expect_body "<option value=\"410100\">郑州市</option>" && expect_body "<option value=\"410105\">金水区</option>" &&
	expect_body "<option value=\"2\">平安财险</option>"
'

test_expect_success 'validation: messages in Chinese, typed values kept, nothing stored' '
	create "title=&body=&city=&county=" && expect_status 200 &&
	expect_body "请填写公告标题" && expect_body "请填写公告正文" && expect_body "请至少选择一类发布对象" &&
	create "title=$(urlencode 通知)&body=$(urlencode "$BODY_TEXT")&role_school=1&city=&county=410105&expires_on=2020-01-01" &&
	expect_status 200 && expect_body "选择县区前请先选择所属的市" && expect_body "截止日期不能早于今天" &&
	expect_body "value=\"通知\"" && expect_body "第二行 &amp; &quot;引号&quot;</textarea>" &&
	grep -q "required>第一行 &lt;b&gt;粗&lt;/b&gt;\$" "$TRASH/body" &&
	expect_body "id=\"role-school\" name=\"role_school\" value=\"1\" checked" &&
	create "title=$(urlencode 通知)&body=x&role_school=1&city=410200&county=410105" &&
	expect_status 200 && expect_body "所选县区不属于所选的市" &&
	expect_body "<option value=\"410200\" selected>开封市</option>" &&
	create "title=$(urlencode 通知)&body=x&role_school=1&company=2" &&
	expect_status 200 && expect_body "限定保险公司时，请同时勾选承保机构类的发布对象" &&
	create "title=$(urlencode 通知)&body=x&role_school=1&company=99" && expect_body "请选择正确的保险公司" &&
	create "title=$(urlencode 通知)&body=x&role_school=1&expires_on=2026-13-01" && expect_body "请按 年-月-日" &&
	test "$(sql "SELECT COUNT(*) FROM announcements")" = 0
'

test_expect_success 'create a county-targeted draft: stored, audited, shown to nobody yet' '
	create "title=$(urlencode 草稿标题)&body=$(urlencode "$BODY_TEXT")&role_school=1&role_department_county=1&city=410100&county=410105" &&
	expect_status 303 && expect_header Location "/school/admin/announcement\?id=1&done=created" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", status, audience, region_code, IFNULL(company_id, \"-\"), IFNULL(published_at, \"-\")) FROM announcements WHERE id = 1")" = "draft|school,department_county|410105|-|-" &&
	test "$(audit_count announcement_created 1)" = 1 &&
	cgi GET "/school/admin/announcement?id=1&done=created" && expect_body "公告已保存为草稿" &&
	expect_body "学校、县级教育部门 · 金水区" && expect_body "href=\"/school/admin/announcement/edit?id=1\"" &&
	school && cgi GET /school/s/ && expect_no_body "草稿标题" &&
	cgi GET "/school/s/announcement?id=1" && expect_status 404
'

test_expect_success 'edit the draft: the form comes back filled; saved and audited' '
	admin_login && cgi GET "/school/admin/announcement/edit?id=1" && expect_status 200 &&
	expect_body "value=\"草稿标题\"" && expect_body "<option value=\"410105\" selected>金水区</option>" &&
	expect_body "<option value=\"410100\" selected>郑州市</option>" &&
	expect_body "id=\"role-department_county\" name=\"role_department_county\" value=\"1\" checked" &&
	cgi POST /school/admin/announcement/edit "csrf=$(csrf_token)&id=1&title=&body=x&role_school=1" &&
	expect_status 200 && expect_body "请填写公告标题" && expect_body "name=\"id\" value=\"1\"" &&
	cgi POST /school/admin/announcement/edit "csrf=$(csrf_token)&id=1&title=$(urlencode "$HOSTILE_TITLE")&body=$(urlencode "$BODY_TEXT")&role_school=1&role_department_county=1&city=410100&county=410105" &&
	expect_status 303 && expect_header Location "/school/admin/announcement\?id=1&done=updated" &&
	test "$(sql "SELECT title FROM announcements WHERE id = 1")" = "$HOSTILE_TITLE" &&
	test "$(audit_count announcement_updated 1)" = 1 &&
	cgi GET "/school/admin/announcement?id=1" && expect_body "&lt;script&gt;alert(1)&lt;/script&gt;金水区通知" &&
	expect_no_body "<script>alert"
'

test_expect_success 'publish: once; then it cannot be edited or published again' '
	publish 1 && expect_status 303 && expect_header Location "/school/admin/announcement\?id=1&done=published" &&
	test "$(sql "SELECT status FROM announcements WHERE id = 1 AND published_at IS NOT NULL")" = published &&
	test "$(audit_count announcement_published 1)" = 1 &&
	cgi GET "/school/admin/announcement?id=1" && expect_body "撤回" && expect_no_body "/school/admin/announcement/edit?id=1" &&
	tok=$(csrf_token) &&
	cgi POST /school/admin/announcement/publish "csrf=$tok&id=1" && expect_status 409 &&
	cgi GET "/school/admin/announcement/edit?id=1" && expect_status 409 &&
	cgi POST /school/admin/announcement/edit "csrf=$tok&id=1&title=x&body=x&role_school=1" && expect_status 409 &&
	test "$(sql "SELECT title FROM announcements WHERE id = 1")" = "$HOSTILE_TITLE" &&
	cgi POST /school/admin/announcement/publish "csrf=$tok&id=999" && expect_status 404
'

test_expect_success 'a 金水区 school sees it on 系统首页, escaped and unread' '
	school && cgi GET /school/s/ && expect_status 200 &&
	expect_body "<a href=\"/school/s/announcement?id=1\">&lt;script&gt;alert(1)&lt;/script&gt;金水区通知</a>" &&
	expect_body "未读" && expect_no_body "<script>alert" &&
	cgi GET /school/s/announcements && expect_status 200 && expect_body "/school/s/announcement?id=1"
'

test_expect_success 'opening it records one receipt; the body keeps its lines, escaped' '
	cgi GET "/school/s/announcement?id=1" && expect_status 200 &&
	expect_body "第一行 &lt;b&gt;粗&lt;/b&gt;<br>" && expect_body "第二行 &amp; &quot;引号&quot;" &&
	expect_no_body "<b>粗" &&
	me=$(sql "SELECT id FROM accounts WHERE login_name = \"$DEMO_SCHOOL\"") &&
	test "$(sql "SELECT COUNT(*) FROM announcement_reads WHERE announcement_id = 1 AND account_id = $me")" = 1 &&
	sql "UPDATE announcement_reads SET read_at = \"2026-01-02 03:04:00\" WHERE announcement_id = 1" &&
	cgi GET "/school/s/announcement?id=1" && expect_status 200 &&
	test "$(sql "SELECT CONCAT(COUNT(*), \"|\", MAX(read_at)) FROM announcement_reads WHERE announcement_id = 1")" = "1|2026-01-02 03:04:00" &&
	cgi GET /school/s/ && expect_body "金水区通知" && expect_no_body "未读"
'

test_expect_success 'not shown to another county school, a city department or insurers: 404 + audit' '
	before=$(audit_count access_denied 1) &&
	other_school && cgi GET /school/s/ && expect_status 200 && expect_no_body "金水区通知" && expect_body "暂无公告" &&
	cgi GET "/school/s/announcement?id=1" && expect_status 404 &&
	city && cgi GET /school/dept/ && expect_no_body "金水区通知" &&
	cgi GET "/school/dept/announcement?id=1" && expect_status 404 &&
	login_as insurer pingan_henan Insurer@2026 && cgi GET /school/insurer/ && expect_status 200 && expect_no_body "金水区通知" &&
	cgi GET "/school/insurer/announcement?id=1" && expect_status 404 &&
	login_as insurer pingan_zm Insurer@2026 && cgi GET "/school/insurer/announcement?id=1" && expect_status 404 &&
	test "$(audit_count access_denied 1)" = $((before + 4)) &&
	test "$(sql "SELECT COUNT(*) FROM announcement_reads WHERE announcement_id = 1")" = 1
'

test_expect_success 'the 金水区 department (a county) sees it and its receipt counts' '
	county && cgi GET /school/dept/ && expect_body "<a href=\"/school/dept/announcement?id=1\">" &&
	cgi GET "/school/dept/announcement?id=1" && expect_status 200 &&
	test "$(sql "SELECT COUNT(*) FROM announcement_reads WHERE announcement_id = 1")" = 2
'

# Accounts addressed by #1, counted independently: active accounts of active 金水区 schools + the department.
jinshui_audience() {
	echo $(( $(sql "SELECT COUNT(*) FROM accounts a JOIN schools s ON s.id = a.school_id
		WHERE s.region_code = \"410105\" AND a.status = \"active\" AND s.status = \"active\"") + 1 ))
}

test_expect_success 'the list shows status, audience and read count / audience size' '
	admin_login && cgi GET /school/admin/announcements && expect_status 200 &&
	expect_body "已发布" && expect_body "学校、县级教育部门 · 金水区" &&
	expect_body "<td class=\"col-num\">2 / $(jinshui_audience)</td>"
'

test_expect_success 'the receipt page: who read it and when, who has not; filters' '
	cgi GET "/school/admin/announcement/reads?id=1" && expect_status 200 &&
	expect_body "<td>郑州市金水区文化路第一小学</td><td>学校</td><td>金水区</td><td>2026-01-02 11:04</td>" &&
	expect_body "<td>郑州市金水区教育局</td><td>教育部门</td><td>金水区</td>" &&
	expect_body "<td>郑州市金水区纬五路第一小学</td><td>学校</td><td>金水区</td><td><span class=\"badge badge-warn\">未读</span>" &&
	expect_no_body "长江路" &&
	cgi GET "/school/admin/announcement/reads?id=1&show=unread" && expect_status 200 &&
	expect_no_body "文化路第一小学</td>" && expect_body "纬五路第一小学" &&
	cgi GET "/school/admin/announcement/reads?id=1&show=read" && expect_body "文化路第一小学" && expect_no_body "纬五路" &&
	cgi GET "/school/admin/announcement/reads?id=1&show=bogus" && expect_status 400 &&
	cgi GET "/school/admin/announcement/reads?id=999" && expect_status 404
'

test_expect_success 'the receipt export: an .xlsx of the same rows, audited' '
	cgi GET "/school/admin/announcement/reads/export?id=1" && expect_status 200 &&
	expect_header Content-Type "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" &&
	cp "$TRASH/body" "$TRASH/reads.xlsx" &&
	unzip -p "$TRASH/reads.xlsx" xl/worksheets/sheet1.xml >"$TRASH/sheet.xml" &&
	grep -q "郑州市金水区文化路第一小学" "$TRASH/sheet.xml" && grep -q "2026-01-02 11:04" "$TRASH/sheet.xml" &&
	grep -q "郑州市金水区纬五路第一小学" "$TRASH/sheet.xml" && ! grep -q "长江路" "$TRASH/sheet.xml" &&
	test "$(grep -o "<row " "$TRASH/sheet.xml" | wc -l)" = $(( $(jinshui_audience) + 1 )) &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"download\" AND object_type = \"announcement\"")" = 1
'

test_expect_success 'roles, city and company narrow the audience' '
	create "title=$(urlencode 承保机构通知)&body=x&role_insurer_county=1&city=410100&company=2" && expect_status 303 &&
	publish 2 && expect_status 303 &&
	create "title=$(urlencode 市级部门通知)&body=x&role_department_city=1" && expect_status 303 &&
	publish 3 && expect_status 303 &&
	create "title=$(urlencode 中心校通知)&body=x&role_center=1&city=410100" && expect_status 303 &&
	publish 4 && expect_status 303 &&
	login_as insurer pingan_zm Insurer@2026 && cgi GET /school/insurer/ && expect_body "承保机构通知" &&
	expect_no_body "市级部门通知" &&
	login_as insurer picc_zm Insurer@2026 && cgi GET /school/insurer/ && expect_no_body "承保机构通知" &&
	cgi GET "/school/insurer/announcement?id=2" && expect_status 404 &&
	login_as insurer pingan_henan Insurer@2026 && cgi GET /school/insurer/ && expect_no_body "承保机构通知" &&
	city && cgi GET /school/dept/ && expect_body "市级部门通知" && expect_no_body "承保机构通知" &&
	login_as department 开封市 City@2026 && cgi GET /school/dept/ && expect_body "市级部门通知" &&
	county && cgi GET /school/dept/ && expect_no_body "市级部门通知" &&
	center && cgi GET /school/center/ && expect_status 200 && expect_body "<a href=\"/school/center/announcement?id=4\">中心校通知</a>" &&
	cgi GET "/school/center/announcement?id=4" && expect_status 200 &&
	cgi GET /school/s/ && expect_body "中心校通知" &&
	login_as school 中牟县官渡镇第一小学 School@2026 && cgi GET /school/s/ && expect_no_body "中心校通知" &&
	admin_login && cgi GET /school/admin/announcements &&
	expect_body "县级承保机构 · 郑州市（含所辖县区及市直） · 承保机构限平安财险" &&
	expect_body "<td class=\"col-num\">1 / 1</td>"
'

test_expect_success 'the home shows five, newest first, with 更多; the list pages them all' '
	for i in 1 2 3 4 5; do
		create "title=$(urlencode "全省学校通知$i")&body=x&role_school=1" && expect_status 303 || exit 1
		publish "$(sql "SELECT MAX(id) FROM announcements")" && expect_status 303 || exit 1
	done &&
	school && cgi GET /school/s/ && expect_body "全省学校通知5" && expect_body "全省学校通知1" &&
	expect_no_body "金水区通知" && expect_body "<a href=\"/school/s/announcements\">更多公告</a>" &&
	cgi GET /school/s/announcements && expect_body "金水区通知" && expect_body "全省学校通知1" &&
	test "$(grep -o "/school/s/announcement?id=" "$TRASH/body" | wc -l)" = 6
'

test_expect_success 'the receipt page pages a province-wide audience' '
	admin_login &&
	n=$(sql "SELECT COUNT(*) FROM accounts a JOIN schools s ON s.id = a.school_id WHERE a.status = \"active\" AND s.status = \"active\"") &&
	test "$n" -gt 20 &&
	cgi GET "/school/admin/announcement/reads?id=9" && expect_body "第 1 / 2 页" && expect_body "show=all&amp;page=2" &&
	cgi GET "/school/admin/announcement/reads?id=9&show=all&page=2" && expect_status 200 && expect_body "第 2 / 2 页"
'

test_expect_success 'withdraw: gone from the homes, 404 on the page; audited' '
	cgi GET "/school/admin/announcement?id=1" && tok=$(csrf_token) &&
	cgi POST /school/admin/announcement/withdraw "csrf=$tok&id=1" && expect_status 303 &&
	expect_header Location "/school/admin/announcement\?id=1&done=withdrawn" &&
	test "$(sql "SELECT status FROM announcements WHERE id = 1 AND withdrawn_at IS NOT NULL")" = withdrawn &&
	test "$(audit_count announcement_withdrawn 1)" = 1 &&
	cgi POST /school/admin/announcement/withdraw "csrf=$tok&id=1" && expect_status 409 &&
	cgi GET /school/admin/announcements && expect_body "已撤回" &&
	school && cgi GET /school/s/announcements && expect_no_body "金水区通知" &&
	cgi GET "/school/s/announcement?id=1" && expect_status 404
'

test_expect_success 'an expired announcement is no longer shown' '
	sql "UPDATE announcements SET expires_on = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) - INTERVAL 1 DAY WHERE id = 9" &&
	school && cgi GET /school/s/announcements && expect_no_body "全省学校通知5" && expect_body "全省学校通知4" &&
	cgi GET "/school/s/announcement?id=9" && expect_status 404 &&
	admin_login && cgi GET /school/admin/announcements && expect_body "已过期"
'

test_expect_success 'a draft whose 截止日期 has passed is not published' '
	create "title=$(urlencode 过期草稿)&body=x&role_school=1" && expect_status 303 &&
	id=$(sql "SELECT MAX(id) FROM announcements") &&
	sql "UPDATE announcements SET expires_on = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) - INTERVAL 1 DAY WHERE id = $id" &&
	publish "$id" && expect_status 409 && expect_body "显示截止日期已过" &&
	test "$(sql "SELECT status FROM announcements WHERE id = $id")" = draft
'

test_expect_success 'CSRF and other roles are refused' '
	cgi GET /school/admin/announcements &&
	cgi POST /school/admin/announcement/new "title=x&body=x&role_school=1" && expect_status 403 &&
	cgi POST /school/admin/announcement/withdraw "id=9" && expect_status 403 &&
	test "$(sql "SELECT status FROM announcements WHERE id = 9")" = published &&
	school && cgi GET /school/admin/announcements && expect_status 403 &&
	cgi GET "/school/admin/announcement/reads/export?id=1" && expect_status 403 &&
	county && cgi GET "/school/s/announcement?id=9" && expect_status 403
'

test_done
