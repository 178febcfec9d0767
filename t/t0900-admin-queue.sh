#!/bin/bash
# t0900-admin-queue: 待办审核, every admin review queue on one page. Each queue's pending count
# equals the total its own list page shows (also under a city filter, and after a decision);
# the oldest applications are listed oldest first with school, applicant, region, submitted
# time and days waiting, linking to the queue's detail page; filters by kind and city; bad
# filter values never give a 500; only the admin gets in. 系统首页 links here.
. "$(dirname "$0")/test-lib.sh"
setup_db

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}
dept() { sql "SELECT id FROM accounts WHERE kind = 'department' AND login_name = '$1'"; }
# queue_count KEY: the count the queue page shows for KEY.
queue_count() { grep -o "id=\"queue-$1\">.*</strong>" "$TRASH/body" | sed 's/.*<strong class="num">\([0-9]*\)<\/strong>.*/\1/'; }
# list_total PATH: the total the queue's own list page shows.
list_total() { cgi GET "$1" >/dev/null && grep -o "共 <strong>[0-9]*</strong> 件" "$TRASH/body" | grep -o "[0-9]\+"; }

# The demo holds two pending registrations (schools 38 郑州 and 39 开封). Add one of every
# other kind, in two cities, some decided (not counted).
sql "INSERT INTO enrollments (id, school_id, year_id, product_id, region_code, city_code, company_id, declared_count, status)
 VALUES (9901, 33, (SELECT id FROM academic_years WHERE is_current = 1), 1, '410212', '410200', 1, 100, 'modifying');
 INSERT INTO applications (id, kind, school_id, enrollment_id, product_id, applicant_account_id, payload, reason, status, created_at) VALUES
 (801, 'name_change', 6, NULL, NULL, (SELECT id FROM accounts WHERE school_id = 6), JSON_OBJECT('name', '郑州市金水区黄河路小学'), '更名', 'pending', '2026-08-01 01:00:00'),
 (802, 'region_change', 34, NULL, NULL, NULL, JSON_OBJECT('region_code', '410212'), '搬迁', 'pending', '2026-09-10 03:00:00'),
 (803, 'extra_insurer', 1, NULL, 1, (SELECT id FROM accounts WHERE school_id = 1), '{}', '两家公司', 'pending', '2026-09-05 01:00:00'),
 (804, 'modification', 33, 9901, 1, (SELECT id FROM accounts WHERE school_id = 33), JSON_OBJECT('declared_count', 120, 'company_id', 1, 'roster_file_id', NULL), '人数有误', 'pending', '2026-09-06 01:00:00'),
 (805, 'cancellation', 8, NULL, NULL, $(dept 金水区), JSON_OBJECT('cause', 'closure'), '已撤销', 'pending', '2026-09-07 01:00:00'),
 (806, 'cancellation', 35, NULL, NULL, NULL, JSON_OBJECT('cause', 'merger'), '合并', 'rejected', '2026-07-01 01:00:00'),
 (807, 'name_change', 7, NULL, NULL, NULL, JSON_OBJECT('name', 'x'), 'x', 'approved', '2026-07-01 01:00:00')" || exit 1

test_expect_success 'every queue with its pending count; counts equal the queues own lists' '
	admin_login &&
	cgi GET /school/admin/queue && expect_status 200 &&
	expect_body "href=\"/school/admin/queue\" aria-current=\"page\">待办审核</a>" &&
	test "$(queue_count registration)" = 2 && test "$(queue_count change)" = 2 &&
	test "$(queue_count extra_insurer)" = 1 && test "$(queue_count modification)" = 1 &&
	test "$(queue_count cancellation)" = 1 && expect_body "共 <strong>7</strong> 件待审核" &&
	cgi GET /school/admin/queue && r=$(queue_count registration) && c=$(queue_count change) &&
	e=$(queue_count extra_insurer) && m=$(queue_count modification) && x=$(queue_count cancellation) &&
	test "$r" = "$(list_total /school/admin/registrations)" &&
	test "$c" = "$(list_total /school/admin/changes)" &&
	test "$e" = "$(list_total /school/admin/extra-insurers)" &&
	test "$m" = "$(list_total /school/admin/modifications)" &&
	test "$x" = "$(list_total /school/admin/cancellations)"
'

test_expect_success 'items oldest first with applicant, region, time, days, linking to detail pages' '
	cgi GET /school/admin/queue && expect_status 200 &&
	expect_body "<a href=\"/school/admin/change?id=801\">郑州市金水区黄河路第一小学</a>" &&
	expect_body "<a href=\"/school/admin/modification?id=804\">开封市祥符区实验中学</a>" &&
	expect_body "<a href=\"/school/admin/extra-insurer?id=803\">" &&
	expect_body "<a href=\"/school/admin/cancellation?id=805\">" &&
	expect_body "/school/admin/registration?id=" && expect_no_body "id=806\"" && expect_no_body "id=807\"" &&
	expect_body "变更审核（学校名称）" && expect_body "变更审核（区域）" &&
	expect_body "2026-08-01 09:00" && expect_body "开封市 / 兰考县" && expect_body "郑州市 / 金水区" &&
	expect_body "<td>郑州市金水区教育局</td>" && expect_body "<td>沈涛</td>" &&
	days=$(sql "SELECT DATEDIFF(UTC_TIMESTAMP() + INTERVAL 8 HOUR, \"2026-08-01 09:00:00\")") &&
	expect_body "<td class=\"col-num\">$days</td>" &&
	a=$(grep -n "id=801\"" "$TRASH/body" | cut -d: -f1) && b=$(grep -n "id=803\"" "$TRASH/body" | cut -d: -f1) &&
	c=$(grep -n "id=804\"" "$TRASH/body" | cut -d: -f1) && d=$(grep -n "id=802\"" "$TRASH/body" | cut -d: -f1) &&
	test "$a" -lt "$b" && test "$b" -lt "$c" && test "$c" -lt "$d"
'

test_expect_success 'filters by kind and city keep counts equal to what is listed' '
	cgi GET "/school/admin/queue?kind=change" && expect_status 200 &&
	expect_body "<option value=\"change\" selected>" && expect_body "共 <strong>2</strong> 件待审核" &&
	expect_body "id=801\"" && expect_body "id=802\"" && expect_no_body "id=803\"" && expect_no_body "id=\"queue-registration\"" &&
	cgi GET "/school/admin/queue?city=410200" && expect_status 200 &&
	expect_body "<option value=\"410200\" selected>开封市</option>" &&
	test "$(queue_count registration)" = 1 && test "$(queue_count change)" = 1 &&
	test "$(queue_count modification)" = 1 && test "$(queue_count extra_insurer)" = 0 &&
	test "$(queue_count cancellation)" = 0 &&
	expect_body "id=802\"" && expect_body "id=804\"" && expect_no_body "id=801\"" && expect_no_body "id=805\"" &&
	test "$(sql "SELECT COUNT(*) FROM applications a JOIN schools s ON s.id = a.school_id WHERE a.status = \"pending\" AND s.city_code = \"410200\"")" = 3 &&
	cgi GET "/school/admin/queue?kind=cancellation&city=410200" && expect_body "没有待审核的申请"
'

test_expect_success 'a decision leaves the page and the list in step' '
	cgi GET "/school/admin/change?id=801" &&
	cgi POST /school/admin/change/reject "csrf=$(csrf_token)&id=801&reason=$(urlencode "名称不规范")" && expect_status 303 &&
	cgi GET /school/admin/queue && test "$(queue_count change)" = 1 && expect_no_body "id=801\"" &&
	test "$(list_total /school/admin/changes)" = 1
'

test_expect_success 'hostile and unknown filter values: escaped, never a 500' '
	cgi GET "/school/admin/queue?city=$(urlencode "<script>alert(1)</script>")" && expect_status 200 &&
	expect_body "请从列表中选择地市" && expect_body "&lt;script&gt;alert(1)&lt;/script&gt;" && expect_no_body "<script>alert" &&
	expect_body "没有待审核的申请" &&
	cgi GET "/school/admin/queue?city=$(urlencode "410100'"' OR 1=1 --"'")" && expect_status 200 &&
	expect_body "请从列表中选择地市" && expect_body "共 <strong>0</strong> 件待审核" &&
	cgi GET "/school/admin/queue?kind=$(urlencode "'"' OR 1=1 --"'")" && expect_status 400 &&
	cgi GET "/school/admin/queue?kind=registrations" && expect_status 400
'

test_expect_success '系统首页 links its pending counts here' '
	cgi GET /school/admin/ && expect_status 200 &&
	expect_body "href=\"/school/admin/queue\"" && expect_body "href=\"/school/admin/queue?kind=registration\""
'

test_expect_success 'school, department and insurer accounts are refused' '
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/admin/queue && expect_status 403 &&
	login_as department 金水区 County@2026 && cgi GET /school/admin/queue && expect_status 403 &&
	login_as insurer pingan_henan Insurer@2026 && cgi GET /school/admin/queue && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_id = \"/school/admin/queue\"")" -ge 3 &&
	rm -f "$TRASH/cookies" && cgi GET /school/admin/queue && expect_status 302
'

test_done
