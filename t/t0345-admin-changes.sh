#!/bin/bash
# t0345-admin-changes: 变更审核 of schools' 学校名称 / 区域 change applications. The queue lists
# pending ones oldest first; approving a name change renames the school and its account login
# (refused when another school of the county has that name); approving a region change moves
# the school (a city code means 市直); rejecting needs a reason. The contact is told by SMS,
# every decision is audited, a decided application is 409, unknown ids 404, only the admin.
# The trigger-kept list counters of migration 0015 agree after the approved name and region changes (manage coverage-check).
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}

# Applications as the school's 账户信息 page files them.
sql "INSERT INTO applications (id, kind, school_id, payload, reason, created_at) VALUES
 (501, 'name_change', 6, JSON_OBJECT('name', '郑州市金水区黄河路小学'), '学校更名，已有教育局批复', '2026-09-10 01:00:00'),
 (502, 'name_change', 5, JSON_OBJECT('name', '郑州市金水区实验幼儿园'), '合并', '2026-09-10 02:00:00'),
 (503, 'region_change', 11, JSON_OBJECT('region_code', '410105'), '注册时选错区域', '2026-09-10 03:00:00'),
 (504, 'region_change', 12, JSON_OBJECT('region_code', '410100'), '划归市直管理', '2026-09-10 04:00:00'),
 (505, 'region_change', 9, JSON_OBJECT('region_code', '410102'), '搬迁', '2026-09-10 05:00:00'),
 (506, 'name_change', 13, JSON_OBJECT('name', '中牟县职业技术学校'), '更名', '2026-09-10 06:00:00');
 INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile, status)
 VALUES ('郑州市第八中学', '410102', '410100', '初中', '公办', '某人', '13700009999', 'active')" && pii_seal || exit 1

test_expect_success 'the queue lists pending changes oldest first with what is asked' '
	admin_login &&
	cgi GET /school/admin/changes && expect_status 200 &&
	expect_body "共 <strong>6</strong> 件" &&
	expect_body "学校名称变更" && expect_body "区域变更" &&
	expect_body "郑州市金水区黄河路小学" && expect_body "郑州市 / 二七区" && expect_body "郑州市 市直" &&
	expect_body "学校更名，已有教育局批复" &&
	a=$(grep -n "黄河路小学" "$TRASH/body" | head -n 1 | cut -d: -f1) &&
	b=$(grep -n "中牟县职业技术学校" "$TRASH/body" | head -n 1 | cut -d: -f1) && test "$a" -lt "$b" &&
	expect_body "href=\"/school/admin/changes\" aria-current=\"page\">变更审核</a>"
'

test_expect_success 'the detail page shows current and requested values; bad ids 404/400' '
	cgi GET "/school/admin/change?id=503" && expect_status 200 &&
	expect_body "郑州市二七区长江路第一小学" && expect_body "郑州市 / 金水区" && expect_body "注册时选错区域" &&
	expect_body "138****0011" && expect_body "data-confirm=" &&
	cgi GET "/school/admin/change?id=999" && expect_status 404 &&
	cgi GET "/school/admin/change?id=1" && expect_status 404 &&
	cgi GET "/school/admin/change?id=-1" && expect_status 400
'

test_expect_success 'approve a name change: school and account renamed, SMS, audited' '
	cgi GET "/school/admin/change?id=501" &&
	cgi POST /school/admin/change/approve "csrf=$(csrf_token)&id=501" &&
	expect_status 303 && expect_header Location "/school/admin/change\?id=501&done=approved" &&
	test "$(sql "SELECT name FROM schools WHERE id = 6")" = 郑州市金水区黄河路小学 &&
	test "$(sql "SELECT CONCAT(login_name, \"|\", display_name) FROM accounts WHERE school_id = 6")" = "郑州市金水区黄河路小学|郑州市金水区黄河路小学" &&
	test "$(sql "SELECT CONCAT(status, \"|\", decided_by IS NOT NULL, \"|\", decided_at IS NOT NULL) FROM applications WHERE id = 501")" = "approved|1|1" &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000006) AND template = \"application_approved\"" | grep -q "学校名称变更申请已审核通过" &&
	sql "SELECT detail FROM audit_log WHERE action = \"application_approved\" AND object_id = \"501\"" | grep -q "郑州市金水区黄河路第一小学 -> 郑州市金水区黄河路小学" &&
	cgi GET "/school/admin/change?id=501&done=approved" && expect_body "已通过" && expect_body "学校信息已更新"
'

test_expect_success 'the renamed school signs in with its new name' '
	login_as school 郑州市金水区黄河路小学 School@2026 && cgi GET /school/s/ && expect_status 200
'

test_expect_success 'a name another school of the county has is refused (409), nothing changes' '
	admin_login && cgi GET "/school/admin/change?id=502" &&
	cgi POST /school/admin/change/approve "csrf=$(csrf_token)&id=502" && expect_status 409 &&
	expect_body "本县区已有同名学校" &&
	test "$(sql "SELECT name FROM schools WHERE id = 5")" = 郑州市金水区纬五路第一小学 &&
	test "$(sql "SELECT status FROM applications WHERE id = 502")" = pending
'

test_expect_success 'approve a region change to a county and to 市直' '
	cgi GET "/school/admin/change?id=503" &&
	cgi POST /school/admin/change/approve "csrf=$(csrf_token)&id=503" && expect_status 303 &&
	test "$(sql "SELECT CONCAT(region_code, city_code) FROM schools WHERE id = 11")" = 410105410100 &&
	cgi GET "/school/admin/change?id=504" &&
	cgi POST /school/admin/change/approve "csrf=$(csrf_token)&id=504" && expect_status 303 &&
	test "$(sql "SELECT CONCAT(region_code, city_code) FROM schools WHERE id = 12")" = 410100410100 &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000012)" | grep -q "区域变更申请已审核通过" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"application_approved\"")" = 3
'

test_expect_success 'a region where a school of that name exists is refused' '
	cgi GET "/school/admin/change?id=505" &&
	cgi POST /school/admin/change/approve "csrf=$(csrf_token)&id=505" && expect_status 409 &&
	expect_body "目标县区已有同名学校" &&
	test "$(sql "SELECT region_code FROM schools WHERE id = 9")" = 410105
'

test_expect_success 'reject needs a reason (≤ 200), then tells the school by SMS, audited' '
	cgi GET "/school/admin/change?id=505" &&
	cgi POST /school/admin/change/reject "csrf=$(csrf_token)&id=505&reason=" && expect_status 200 &&
	expect_body "请填写驳回原因" &&
	long=$(printf "原%.0s" $(seq 1 201)) &&
	cgi POST /school/admin/change/reject "csrf=$(csrf_token)&id=505&reason=$(urlencode "$long")" && expect_status 200 &&
	expect_body "不能超过 200 个字" && expect_body "$long" &&
	cgi POST /school/admin/change/reject "csrf=$(csrf_token)&id=505&reason=$(urlencode "目标区域已有同名学校，请核实")" &&
	expect_status 303 && expect_header Location "/school/admin/change\?id=505&done=rejected" &&
	test "$(sql "SELECT CONCAT(status, \"|\", decision_reason) FROM applications WHERE id = 505")" = "rejected|目标区域已有同名学校，请核实" &&
	sql "SELECT body FROM sms_messages WHERE mobile_hmac = $(mh 13800000009) AND template = \"application_rejected\"" | grep -q "区域变更申请未通过审核，原因：目标区域已有同名学校，请核实" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"application_rejected\" AND object_id = \"505\"")" = 1 &&
	cgi GET "/school/admin/change?id=505" && expect_body "驳回原因" && expect_no_body "action=\"/school/admin/change/approve\""
'

test_expect_success 'decided applications are 409; unknown 404; the queue shrinks' '
	tok=$(csrf_token) &&
	cgi POST /school/admin/change/approve "csrf=$tok&id=501" && expect_status 409 && expect_body "已经处理过" &&
	cgi POST /school/admin/change/reject "csrf=$tok&id=505&reason=x" && expect_status 409 &&
	cgi POST /school/admin/change/approve "csrf=$tok&id=999" && expect_status 404 &&
	cgi POST /school/admin/change/reject "csrf=$tok&id=999&reason=x" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM sms_messages WHERE mobile_hmac = $(mh 13800000006)")" = 1 &&
	cgi GET /school/admin/changes && expect_body "共 <strong>2</strong> 件"
'

test_expect_success 'CSRF and other roles are refused' '
	cgi POST /school/admin/change/approve "id=506" && expect_status 403 &&
	test "$(sql "SELECT status FROM applications WHERE id = 506")" = pending &&
	login_as department 金水区 County@2026 &&
	cgi GET /school/admin/changes && expect_status 403 &&
	cgi GET "/school/admin/change?id=506" && expect_status 403
'

test_expect_success 'the list counters (school_counters, insurer_counters, copies) agree after the approved name and region changes' '
	"$ROOT/cgi-bin/manage" coverage-check >"$TRASH/counters.out" 2>&1;
	grep -qx "list counters: 0 differing rows" "$TRASH/counters.out"
'

test_done
