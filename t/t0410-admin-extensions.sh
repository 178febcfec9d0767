#!/bin/bash
# t0410-admin-extensions: 截止日期延期. The admin finds a school (name contains, region), extends
# one of its deadlines (投保数据 / 保单上传 / 统计上报) to a later day inside the policy period with a
# reason (required, ≤ 200 characters, not before today), or a whole county's, or an insurance
# company's 保单上传 deadline (all regions or one city/county; its effect: t0620); the school's 系统首页 shows its own
# new last day and is open again; a new extension replaces the old one; revoking closes it
# again. Bad input is shown with the typed values kept; everything is audited with the granting
# admin; CSRF and other roles are refused. The current year's dates are moved relative to today
# (Asia/Shanghai) so that the test does not depend on the calendar.
. "$(dirname "$0")/test-lib.sh"
setup_db

# cn_day N: the date N days from today in Asia/Shanghai (YYYY-MM-DD).
cn_day() { date -u -d "@$(($(date +%s) + 8 * 3600 + $1 * 86400))" +%F; }
# md DATE: "9月30日" as month_day_cn writes it; full DATE: "2026年9月30日".
md() { date -d "$1" +%-m月%-d日; }
full() { date -d "$1" +%Y年%-m月%-d日; }

YESTERDAY=$(cn_day -1)
START=$(cn_day -60)
END=$(cn_day 300)
EXT1=$(cn_day 10)
EXT2=$(cn_day 20)
EXT3=$(cn_day 15)
sql "UPDATE academic_years SET starts_on = '$START', ends_on = '$END', enroll_deadline = '$YESTERDAY',
	policy_deadline = '$YESTERDAY', stats_deadline = '$YESTERDAY' WHERE id = 2" || exit 1

test_expect_success 'the school home says the enrollment deadline has passed' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_status 200 && expect_body "$(md "$YESTERDAY")前" &&
	expect_body "本学年投保截止日期已过" && expect_no_body "延至"
'

test_expect_success 'the page lists no extension yet and is linked from 学年设置' '
	login_as admin admin Admin@2026 &&
	cgi GET /school/admin/years && expect_body "href=\"/school/admin/extensions?year=2\">0</a>" &&
	cgi GET /school/admin/extensions && expect_status 200 &&
	expect_body "<option value=\"2\" selected>2026-2027（当前学年）</option>" &&
	expect_body "本学年尚无延期" && expect_body "尚未选择，请先在上方查找学校" &&
	cgi GET "/school/admin/extensions?year=1" && expect_body "<option value=\"1\" selected>2025-2026</option>" &&
	cgi GET "/school/admin/extensions?year=999" && expect_status 404 &&
	cgi GET "/school/admin/extensions?year=x" && expect_status 400
'

test_expect_success 'search a school by name and region, choose it' '
	cgi GET "/school/admin/extensions?year=2&q=$(urlencode 文化路)" && expect_status 200 &&
	expect_body "<td>郑州市金水区文化路第一小学</td><td>郑州市 / 金水区</td>" &&
	expect_body "href=\"/school/admin/extensions?year=2&amp;q=%E6%96%87%E5%8C%96%E8%B7%AF&amp;school=1#grant\"" &&
	cgi GET "/school/admin/extensions?year=2&region=410122" &&
	expect_body "中牟县官渡镇中心学校" && expect_body "中牟县官渡镇杨桥小学" && expect_no_body "文化路第一小学</td>" &&
	cgi GET "/school/admin/extensions?year=2&q=$(urlencode 文化路)&region=410122" && expect_body "没有找到符合条件的学校" &&
	cgi GET "/school/admin/extensions?year=2&region=41x" && expect_status 400 &&
	cgi GET "/school/admin/extensions?year=2&school=1" && expect_status 200 &&
	expect_body "所选学校：<strong>郑州市金水区文化路第一小学</strong>（郑州市 / 金水区）" &&
	expect_body "name=\"school\" value=\"1\"" &&
	cgi GET "/school/admin/extensions?year=2&school=999" && expect_status 404
'

test_expect_success 'granting: every field is checked, typed values kept, nothing stored' '
	cgi GET "/school/admin/extensions?year=2&school=1" && tok=$(csrf_token) &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=school&school=1&deadline=enroll&extended_to=&reason=" &&
	expect_status 200 && expect_body "请填写延期后的截止日期" && expect_body "请填写延期原因" &&
	expect_body "请按提示修改后重新提交" && expect_body "name=\"school\" value=\"1\"" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=school&school=1&deadline=policy&extended_to=$YESTERDAY&reason=$(urlencode 校舍改造)" &&
	expect_status 200 && expect_body "延期后的截止日期须晚于本学年的保单上传截止日期（$YESTERDAY）" &&
	expect_body "value=\"$YESTERDAY\"" && expect_body ">校舍改造</textarea>" &&
	expect_body "<option value=\"policy\" selected>" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=school&school=1&deadline=enroll&extended_to=$(cn_day 301)&reason=x" &&
	expect_status 200 && expect_body "延期后的截止日期须在保险期间内（$START 至 $END）" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=school&school=1&deadline=enroll&extended_to=2026-02-30&reason=x" &&
	expect_status 200 && expect_body "请填写正确的日期" && expect_body "value=\"2026-02-30\"" &&
	long=$(printf "延%.0s" $(seq 1 201)) &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=school&school=1&deadline=enroll&extended_to=$EXT1&reason=$(urlencode "$long")" &&
	expect_status 200 && expect_body "延期原因不能超过 200 个字" && expect_body "$long</textarea>" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=school&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 200 && expect_body "请先在上方查找并选择学校，或选择“整个县区”" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=region&region_code=&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 200 && expect_body "请选择县区或地市" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=region&region_code=410000&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 200 && expect_body "请选择县区或地市" &&
	test "$(sql "SELECT COUNT(*) FROM deadline_extensions")" = 0
'

test_expect_success 'granting: garbage and unknown ids are refused' '
	cgi GET "/school/admin/extensions?year=2" && tok=$(csrf_token) &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=school&school=1&deadline=claims&extended_to=$EXT1&reason=x" &&
	expect_status 400 &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=everyone&school=1&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 400 &&
	cgi POST /school/admin/extensions "csrf=$tok&year=999&target=school&school=1&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 404 &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=school&school=999&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM deadline_extensions")" = 0
'

test_expect_success 'grant for one school: stored with the granting admin, audited, listed' '
	cgi GET "/school/admin/extensions?year=2&school=1" &&
	cgi POST /school/admin/extensions "csrf=$(csrf_token)&year=2&target=school&school=1&deadline=enroll&extended_to=$EXT1&reason=$(urlencode "校舍改造，<b>花名册</b>未齐")" &&
	expect_status 303 && expect_header Location "/school/admin/extensions\?year=2&done=granted" &&
	test "$(sql "SELECT CONCAT_WS(\"|\", e.year_id, e.deadline, e.school_id, COALESCE(e.region_code, \"-\"), e.extended_to, a.login_name)
		FROM deadline_extensions e JOIN accounts a ON a.id = e.granted_by")" = "2|enroll|1|-|$EXT1|admin" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"deadline_extended\" AND object_type = \"deadline_extension\"
		AND detail LIKE \"2026-2027 enroll school=1 郑州市金水区文化路第一小学 $YESTERDAY -> $EXT1 原因：校舍改造%\"")" = 1 &&
	cgi GET "/school/admin/extensions?year=2&done=granted" && expect_body "延期已生效" &&
	expect_body "郑州市金水区文化路第一小学<br><span class=\"muted\">郑州市 / 金水区</span>" &&
	expect_body "<strong>$EXT1</strong>" && expect_body "校舍改造，&lt;b&gt;花名册&lt;/b&gt;未齐" &&
	expect_body "<td>admin</td>"
'

test_expect_success 'the school home shows its new last day and is open again; other schools are not' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_body "$(md "$EXT1")前" &&
	expect_body "管理中心已将本校投保数据截止日期延至 <strong>$(full "$EXT1")</strong>" &&
	expect_no_body "本学年投保截止日期已过" &&
	login_as school 郑州市金水区纬五路第一小学 School@2026 &&
	cgi GET /school/s/ && expect_body "$(md "$YESTERDAY")前" && expect_body "本学年投保截止日期已过"
'

test_expect_success 'a new extension for the same school and kind replaces the old one' '
	login_as admin admin Admin@2026 && cgi GET "/school/admin/extensions?year=2&school=1" &&
	cgi POST /school/admin/extensions "csrf=$(csrf_token)&year=2&target=school&school=1&deadline=enroll&extended_to=$EXT2&reason=$(urlencode 再次延期)" &&
	expect_status 303 &&
	test "$(sql "SELECT CONCAT(COUNT(*), \"|\", MAX(extended_to), \"|\", MAX(reason)) FROM deadline_extensions WHERE school_id = 1")" = "1|$EXT2|再次延期" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"deadline_extended\" AND detail LIKE \"%replaces #%($EXT1)%\"")" = 1
'

test_expect_success 'a whole county: its schools get the new day; a school of its own keeps its own' '
	cgi GET /school/admin/extensions && tok=$(csrf_token) &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=region&region_code=410105&deadline=enroll&extended_to=$EXT3&reason=$(urlencode 金水区统一延期)" &&
	expect_status 303 &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=region&region_code=410100&deadline=stats&extended_to=$EXT3&reason=$(urlencode 郑州市统计延期)" &&
	expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM deadline_extensions WHERE school_id IS NULL AND region_code IN (\"410105\", \"410100\")")" = 2 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"deadline_extended\" AND detail LIKE \"%region=410105 郑州市 / 金水区%\"")" = 1 &&
	cgi GET /school/admin/extensions && expect_body "整个县区：郑州市 / 金水区" && expect_body "整个县区：郑州市（全市）" &&
	expect_body "<td class=\"nowrap\">统计上报</td>" &&
	login_as school 郑州市金水区纬五路第一小学 School@2026 &&
	cgi GET /school/s/ && expect_body "延至 <strong>$(full "$EXT3")</strong>" && expect_no_body "本学年投保截止日期已过" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_body "延至 <strong>$(full "$EXT2")</strong>" &&
	login_as school 中牟县官渡镇第一小学 School@2026 &&
	cgi GET /school/s/ && expect_body "本学年投保截止日期已过"
'

test_expect_success 'revoke: the row is gone, audited, and the school is closed again' '
	login_as admin admin Admin@2026 &&
	id=$(sql "SELECT id FROM deadline_extensions WHERE school_id = 1") && echo "$id" >"$TRASH/ext_id" &&
	cgi GET /school/admin/extensions && tok=$(csrf_token) &&
	expect_body "action=\"/school/admin/extension/revoke\"" && expect_body "name=\"id\" value=\"$id\"" &&
	cgi POST /school/admin/extension/revoke "csrf=$tok&id=$id" &&
	expect_status 303 && expect_header Location "/school/admin/extensions\?year=2&done=revoked" &&
	test "$(sql "SELECT COUNT(*) FROM deadline_extensions WHERE id = $id")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"deadline_extension_revoked\" AND object_id = \"$id\"
		AND detail LIKE \"2026-2027 enroll school=1 $EXT2 原因：再次延期\"")" = 1 &&
	cgi POST /school/admin/extension/revoke "csrf=$tok&id=$id" && expect_status 404 &&
	cgi POST /school/admin/extension/revoke "csrf=$tok&id=x" && expect_status 400 &&
	cgi GET "/school/admin/extensions?done=revoked" && expect_body "延期已撤销" &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_body "延至 <strong>$(full "$EXT3")</strong>" &&
	login_as admin admin Admin@2026 && cgi GET /school/admin/extensions &&
	id=$(sql "SELECT id FROM deadline_extensions WHERE region_code = \"410105\"") &&
	cgi POST /school/admin/extension/revoke "csrf=$(csrf_token)&id=$id" && expect_status 303 &&
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/s/ && expect_body "本学年投保截止日期已过" && expect_no_body "延至"
'

test_expect_success 'an insurance company (保单上传 only): checked, nothing stored on errors' '
	login_as admin admin Admin@2026 && cgi GET /school/admin/extensions && tok=$(csrf_token) &&
	expect_body "name=\"target\" value=\"company\"" && expect_body "<option value=\"2\">平安财险</option>" &&
	before=$(sql "SELECT COUNT(*) FROM deadline_extensions") &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=&deadline=policy&extended_to=$EXT1&reason=x" &&
	expect_status 200 && expect_body "请选择保险公司" && expect_body "name=\"target\" value=\"company\" checked" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=2&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 200 && expect_body "为保险公司延期时，延期事项只能是“保单上传”" &&
	expect_body "<option value=\"2\" selected>平安财险</option>" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=2&region_code=410000&deadline=policy&extended_to=$EXT1&reason=x" &&
	expect_status 200 && expect_body "请选择县区或地市，或留空（全省）" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=999&deadline=policy&extended_to=$EXT1&reason=x" &&
	expect_status 200 && expect_body "请选择保险公司" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=x&deadline=policy&extended_to=$EXT1&reason=x" &&
	expect_status 400 &&
	sql "UPDATE academic_years SET policy_deadline = \"$(cn_day -10)\" WHERE id = 2" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=2&deadline=policy&extended_to=$(cn_day -2)&reason=x" &&
	expect_status 200 && expect_body "延期后的截止日期不能早于今天（$(cn_day 0)）" && expect_body "value=\"$(cn_day -2)\"" &&
	sql "UPDATE academic_years SET policy_deadline = \"$YESTERDAY\" WHERE id = 2" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=2&deadline=policy&extended_to=$YESTERDAY&reason=x" &&
	expect_status 200 && expect_body "须晚于本学年的保单上传截止日期（$YESTERDAY）" &&
	test "$(sql "SELECT COUNT(*) FROM deadline_extensions")" = "$before"
'

test_expect_success 'an insurance company: granted for all regions or one city, audited, listed, replaced, revoked' '
	cgi GET /school/admin/extensions && tok=$(csrf_token) &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=2&deadline=policy&extended_to=$EXT1&reason=$(urlencode 保单系统升级)" &&
	expect_status 303 &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=2&region_code=410100&deadline=policy&extended_to=$EXT3&reason=$(urlencode 郑州保单延期)" &&
	expect_status 303 &&
	test "$(sql "SELECT GROUP_CONCAT(CONCAT_WS(\"|\", deadline, COALESCE(school_id, \"-\"), COALESCE(region_code, \"-\"), company_id, extended_to) ORDER BY id)
		FROM deadline_extensions WHERE company_id IS NOT NULL")" = "policy|-|-|2|$EXT1,policy|-|410100|2|$EXT3" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"deadline_extended\"
		AND detail LIKE \"2026-2027 policy company=2 平安财险 全省 $YESTERDAY -> $EXT1 原因：保单系统升级\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"deadline_extended\"
		AND detail LIKE \"2026-2027 policy company=2 平安财险 郑州市（全市） region=410100 $YESTERDAY -> $EXT3 %\"")" = 1 &&
	cgi GET /school/admin/extensions && expect_body "保险公司：平安财险<br><span class=\"muted\">全省</span>" &&
	expect_body "保险公司：平安财险<br><span class=\"muted\">郑州市（全市）</span>" &&
	cgi POST /school/admin/extensions "csrf=$tok&year=2&target=company&company_id=2&deadline=policy&extended_to=$EXT2&reason=$(urlencode 再延)" &&
	expect_status 303 &&
	test "$(sql "SELECT GROUP_CONCAT(CONCAT_WS(\"|\", COALESCE(region_code, \"-\"), extended_to) ORDER BY id)
		FROM deadline_extensions WHERE company_id = 2")" = "410100|$EXT3,-|$EXT2" &&
	id=$(sql "SELECT id FROM deadline_extensions WHERE company_id = 2 AND region_code IS NULL") &&
	cgi POST /school/admin/extension/revoke "csrf=$tok&id=$id" && expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"deadline_extension_revoked\" AND object_id = \"$id\"
		AND detail LIKE \"2026-2027 policy company=2 $EXT2 原因：再延\"")" = 1 &&
	test "$(sql "SELECT COUNT(*) FROM deadline_extensions WHERE company_id = 2")" = 1
'

test_expect_success 'POSTs without the CSRF token are refused and change nothing' '
	login_as admin admin Admin@2026 && cgi GET /school/admin/extensions &&
	before=$(sql "SELECT COUNT(*) FROM deadline_extensions") &&
	cgi POST /school/admin/extensions "year=2&target=school&school=1&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 403 &&
	id=$(sql "SELECT id FROM deadline_extensions LIMIT 1") &&
	cgi POST /school/admin/extension/revoke "id=$id" && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM deadline_extensions")" = "$before"
'

test_expect_success 'other roles get 403' '
	login_as school "$DEMO_SCHOOL" School@2026 &&
	cgi GET /school/admin/extensions && expect_status 403 &&
	cgi POST /school/admin/extensions "csrf=x&year=2&target=school&school=1&deadline=enroll&extended_to=$EXT1&reason=x" &&
	expect_status 403 &&
	login_as insurer pingan_henan Insurer@2026 &&
	cgi GET /school/admin/extensions && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM deadline_extensions WHERE school_id IS NOT NULL")" = 0
'

test_done
