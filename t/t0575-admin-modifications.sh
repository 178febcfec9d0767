#!/bin/bash
# t0575-admin-modifications: 修改审核 of 申请修改 applications. The queue lists a pending one with
# what it asks; the detail shows each field old → new and the roster diff (新增, 减少, 信息变更,
# 不变) with ID numbers masked; rejecting needs a reason, leaves every value as it was, ends
# 修改中 and tells the school (SMS + its page); approving keeps the old values as version 1
# in enrollment_versions, replaces the roster (rows, file), applies count and company, moves
# the coverage counters, tells the school; a decided application is 409; a person insured at
# another school after the application refuses the approval and changes nothing; unknown ids
# are 404 and a school cannot reach the queue; an enrollment with a policy returns to 已承保.
. "$(dirname "$0")/test-lib.sh"
setup_db
. "$(dirname "$0")/enroll-lib.sh"
enroll_setup && make_rosters || exit 1
ID2=$(sed -n 3p "$TRASH/ids.txt")  # 王五, renamed 王小五 by good4.xlsx
modify() {  # modify FILE FIELD=VALUE...: as the signed-in school, csrf from its modify page
	cgi GET "/school/s/enroll/modify?id=$EID" && csrf_token >"$TRASH/csrf" &&
	local file=$1 && shift &&
	UPLOAD_URI=/school/files/enroll/modify post_roster "$file" "csrf=$(cat "$TRASH/csrf")" "$@"
}
state() { sql "SELECT CONCAT_WS(',', status, declared_count, stored_count, company_id, version) FROM enrollments WHERE id = $EID"; }
admin() { login_as admin admin Admin@2026; }
last_app() { sql "SELECT MAX(id) FROM applications WHERE kind = 'modification'"; }

login_as school "$DEMO_SCHOOL" School@2026 && open_form 1 && submit 1 "$TRASH/good.xlsx" 3 || exit 1
EID=$(sql "SELECT id FROM enrollments WHERE school_id = 1 AND product_id = 1")

test_expect_success 'the queue lists a pending application with what it asks' '
	modify "$TRASH/good4.xlsx" "id=$EID" "declared_count=4" "company_id=2" "reason=新生转入" && expect_status 303 &&
	admin && cgi GET /school/admin/modifications && expect_status 200 && expect_body "待审核的投保数据修改申请共 <strong>1</strong> 件" &&
	expect_body "$DEMO_SCHOOL" && expect_body "人数 4，投保公司 平安财险，新花名册 4 人" && expect_body "新生转入" &&
	expect_body "/school/admin/modification?id=$(last_app)"
'

test_expect_success 'the detail shows old → new and the roster diff, ID numbers masked' '
	cgi GET "/school/admin/modification?id=$(last_app)" && expect_status 200 &&
	expect_body "<td>3 人</td>" && expect_body "<strong>4 人</strong>" && expect_body "<strong>平安财险</strong>" &&
	expect_body "新增人员" && expect_body "<td>赵六</td>" && expect_body "<td>钱七</td>" &&
	expect_body "减少人员" && expect_body "<td>李四</td>" &&
	expect_body "信息变更人员" && expect_body "王五 男 二年级 1班" && expect_body "王小五 男 二年级 1班" &&
	expect_body "<dt>不变</dt><dd><strong class=\"num\">1</strong>" &&
	expect_no_body "$ID2" && expect_body "${ID2:0:4}**********${ID2:14:4}"
'

test_expect_success 'reject needs a reason; then nothing changes, 修改中 ends, the school is told' '
	APP=$(last_app) &&
	cgi POST /school/admin/modification/reject "csrf=$(csrf_token)&id=$APP&reason=" && expect_status 200 &&
	expect_body "请填写驳回原因" && test "$(state)" = "modifying,3,3,1,1" &&
	cgi POST /school/admin/modification/reject "csrf=$(csrf_token)&id=$APP&reason=$(urlencode 请附转学证明)" &&
	expect_status 303 && test "$(state)" = "submitted,3,3,1,1" &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows WHERE enrollment_id = $EID")" = 3 &&
	sql "SELECT body FROM sms_messages WHERE template = \"application_rejected\"" | grep -q "投保数据修改申请未通过审核，原因：请附转学证明" &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"application_rejected\" AND object_id = \"$APP\"")" = 1 &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET "/school/s/enroll/modify?id=$EID" &&
	expect_body "已驳回" && expect_body "请附转学证明" && expect_body "提交修改申请"
'

test_expect_success 'approve keeps version 1, replaces the roster, applies count and company, moves the counters' '
	modify "$TRASH/good4.xlsx" "id=$EID" "declared_count=4" "company_id=2" "reason=新生转入，已附证明" && expect_status 303 &&
	APP=$(last_app) && OLD_FILE=$(sql "SELECT roster_file_id FROM enrollments WHERE id = $EID") &&
	admin && cgi GET "/school/admin/modification?id=$APP" &&
	cgi POST /school/admin/modification/approve "csrf=$(csrf_token)&id=$APP" && expect_status 303 &&
	test "$(state)" = "submitted,4,4,2,2" &&
	test "$(sql "SELECT CONCAT_WS(\",\", version, declared_count, stored_count, company_id, roster_file_id, application_id) FROM enrollment_versions WHERE enrollment_id = $EID")" = "1,3,3,1,$OLD_FILE,$APP" &&
	test "$(sql "SELECT GROUP_CONCAT(name ORDER BY row_no) FROM roster_rows WHERE enrollment_id = $EID")" = "张三,王小五,赵六,钱七" &&
	test "$(sql "SELECT roster_file_id = JSON_VALUE(a.payload, \"\$.roster_file_id\") FROM enrollments e JOIN applications a ON a.enrollment_id = e.id WHERE a.id = $APP")" = 1 &&
	test "$(sql "SELECT CONCAT_WS(\",\", schools, enrollments, persons) FROM enrollment_counters WHERE product_id = 1")" = "1,1,4" && coverage_ok &&
	sql "SELECT body FROM sms_messages WHERE template = \"application_approved\"" | grep -q "投保数据修改申请已审核通过" &&
	sql "SELECT detail FROM audit_log WHERE action = \"application_approved\" AND object_id = \"$APP\"" | grep -q "count=3->4 company=1->2" &&
	cgi GET "/school/admin/modification?id=$APP&done=approved" && expect_body "已通过" && expect_body "原数据已存入历史版本"
'

test_expect_success 'a decided application is 409; unknown ids 404; a school cannot reach the queue' '
	cgi POST /school/admin/modification/approve "csrf=$(csrf_token)&id=$(last_app)" && expect_status 409 &&
	expect_body "该申请已经处理过" && test "$(state)" = "submitted,4,4,2,2" &&
	cgi GET "/school/admin/modification?id=999999" && expect_status 404 &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/admin/modifications && expect_status 403
'

test_expect_success 'a person insured at another school after the application refuses the approval' '
	modify "$TRASH/good5.xlsx" "id=$EID" "declared_count=5" "company_id=2" "reason=再转入一人" && expect_status 303 &&
	APP=$(last_app) &&
	login_as school 郑州市金水区纬五路第一小学 School@2026 && open_form 1 && submit 1 "$TRASH/zhou.xlsx" 1 && expect_status 303 &&
	admin && cgi GET "/school/admin/modification?id=$APP" &&
	cgi POST /school/admin/modification/approve "csrf=$(csrf_token)&id=$APP" && expect_status 409 &&
	expect_body "已由其他学校投保" && test "$(state)" = "modifying,4,4,2,2" &&
	test "$(sql "SELECT status FROM applications WHERE id = $APP")" = pending &&
	test "$(sql "SELECT COUNT(*) FROM roster_rows WHERE enrollment_id = $EID")" = 4 && coverage_ok
'

test_expect_success 'a decision on an enrollment with a policy (批单 uploaded meanwhile) leaves it 已承保' '
	sql "INSERT INTO policies (enrollment_id, company_id, policy_no, insured_count, premium_fen, starts_on, ends_on,
		uploaded_by) VALUES ($EID, 2, \"PA-T0575\", 4, 100, \"2026-09-01\", \"2027-08-31\", 1)" &&
	cgi GET "/school/admin/modification?id=$(last_app)" &&
	cgi POST /school/admin/modification/reject "csrf=$(csrf_token)&id=$(last_app)&reason=$(urlencode 重复投保)" &&
	expect_status 303 && test "$(state)" = "insured,4,4,2,2"
'

test_done
