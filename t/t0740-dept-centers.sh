#!/bin/bash
# t0740-dept-centers: 中心校管理 of a department. The list shows the region's center schools with
# how many schools each manages (a county: its own; a city: its counties' and its 市直); a center's
# page lists its subordinate schools; a school moves to another center of the same county (or the
# same 市直) or leaves its center. Crafted ids (another county's center, a school of another center
# or county, a school that is no center) are refused; another county's center page is 404 +
# access_denied; each change is audited; POSTs without the CSRF token are 403.
. "$(dirname "$0")/test-lib.sh"
setup_db

# 金水区: centers 5 (schools 6, 10 and the pending registration 38) and 7 (school 9);
# 中牟县: center 2 (schools 3, 4) and center 12; 郑州市 市直: center 18 (school 19).
sql "UPDATE schools SET is_center = 1 WHERE id IN (5, 7, 12, 18);
 UPDATE schools SET center_school_id = 5 WHERE id IN (6, 10, 38);
 UPDATE schools SET center_school_id = 7 WHERE id = 9;
 UPDATE schools SET center_school_id = 18 WHERE id = 19" || exit 1

center_of() { sql "SELECT IFNULL(center_school_id, 'none') FROM schools WHERE id = $1"; }
# post ACTION CENTER SCHOOL [MORE]: a center-page POST with the session's token.
post() {
	local t
	t=$(csrf_token) && [ -n "$t" ] && echo "$t" >"$TRASH/token"
	cgi POST "/school/dept/center/$1" "csrf=$(cat "$TRASH/token")&id=$2&school_id=$3${4:+&$4}"
}

test_expect_success 'a county sees its centers with the number of schools each manages' '
	login_as department 金水区 County@2026 &&
	cgi GET /school/dept/centers && expect_status 200 &&
	expect_body "本辖区共有中心校 <strong>2</strong> 所，所辖学校 <strong>4</strong> 所" &&
	expect_body "郑州市金水区纬五路第一小学" && expect_body "郑州市金水区实验幼儿园" &&
	expect_no_body "中牟县官渡镇中心学校" && expect_no_body "郑州市第一中学" &&
	expect_body "<td class=\"col-num\">3</td>" && expect_body "href=\"/school/dept/center?id=5\"" &&
	expect_body "href=\"/school/dept/centers\" aria-current=\"page\">中心校管理</a>"
'

test_expect_success 'a city sees its counties'"'"' and its 市直 centers' '
	login_as department 郑州市 City@2026 &&
	cgi GET /school/dept/centers && expect_status 200 &&
	expect_body "本辖区共有中心校 <strong>5</strong> 所，所辖学校 <strong>7</strong> 所" &&
	expect_body "中牟县官渡镇中心学校" && expect_body "郑州市第一中学" && expect_body ">市直</td>" &&
	expect_body ">中牟县</td>" &&
	login_as department 开封市 City@2026 && cgi GET /school/dept/centers &&
	expect_body "本辖区共有中心校 <strong>0</strong> 所" && expect_body "本辖区尚未设置中心校"
'

test_expect_success 'a center page lists its schools with the centers they may move to' '
	login_as department 金水区 County@2026 &&
	cgi GET "/school/dept/center?id=5" && expect_status 200 &&
	expect_body "郑州市金水区黄河路第一小学" && expect_body "郑州市金水区育才外国语学校" &&
	expect_body "郑州市金水区小星星幼儿园 <span class=\"badge badge-warn\">注册待审核</span>" &&
	expect_body "<option value=\"7\">郑州市金水区实验幼儿园</option>" &&
	expect_no_body "<option value=\"5\">" && expect_no_body "<option value=\"2\">" && expect_body "138****0006"
'

test_expect_success 'another county'"'"'s center, a school that is no center, unknown ids: 404 + access_denied' '
	cgi GET "/school/dept/center?id=2" && expect_status 404 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_id = \"2\"")" = 1 &&
	cgi GET "/school/dept/center?id=6" && expect_status 404 &&
	cgi GET "/school/dept/center?id=9999" && expect_status 404 &&
	cgi GET "/school/dept/center?id=x" && expect_status 400 &&
	cgi GET "/school/dept/center?id=5" && post move 2 3 to_id=12 && expect_status 404 &&
	test "$(center_of 3)" = 2
'

test_expect_success 'move a school to another center of the county: written and audited' '
	cgi GET "/school/dept/center?id=5" && post move 5 6 to_id=7 && expect_status 303 &&
	expect_header Location "/school/dept/center\?id=5&done=moved" &&
	test "$(center_of 6)" = 7 &&
	sql "SELECT detail FROM audit_log WHERE action = \"center_changed\" AND object_id = \"6\"" | grep -q "center=5 -> 7" &&
	cgi GET "/school/dept/center?id=5&done=moved" && expect_body "已将该学校转到所选中心校" &&
	expect_no_body "郑州市金水区黄河路第一小学" &&
	cgi GET "/school/dept/center?id=7" && expect_body "郑州市金水区黄河路第一小学"
'

test_expect_success 'crafted moves are refused with a message and change nothing' '
	cgi GET "/school/dept/center?id=5" &&
	post move 5 10 to_id=2 && expect_status 409 && expect_body "请选择本县区（本市直）的中心校" &&
	post move 5 10 to_id=9 && expect_status 409 && expect_body "请选择本县区（本市直）的中心校" &&
	post move 5 10 to_id= && expect_status 409 && expect_body "请选择要转入的中心校" &&
	post move 5 9 to_id=7 && expect_status 409 && expect_body "该学校不是此中心校的所辖学校" &&
	post move 5 3 to_id=7 && expect_status 409 && expect_body "该学校不是此中心校的所辖学校" &&
	post move 5 38 to_id=7 && expect_status 409 && expect_body "不是正常使用状态" &&
	test "$(center_of 10)$(center_of 9)$(center_of 3)$(center_of 38)" = 5725 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"center_changed\"")" = 1
'

test_expect_success 'remove a school from its center: written and audited' '
	post remove 5 10 && expect_status 303 && expect_header Location "/school/dept/center\?id=5&done=removed" &&
	test "$(center_of 10)" = none &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"center_changed\" AND object_id = \"10\"")" = 1 &&
	cgi GET "/school/dept/center?id=5" && post remove 5 10 && expect_status 409 &&
	expect_body "该学校不是此中心校的所辖学校" &&
	post remove 5 38 && expect_status 303 && test "$(center_of 38)" = none
'

test_expect_success 'a city moves within one county or one 市直, not across' '
	login_as department 郑州市 City@2026 &&
	cgi GET "/school/dept/center?id=2" && expect_status 200 && expect_body "<option value=\"12\">" &&
	expect_no_body "<option value=\"5\">" &&
	post move 2 3 to_id=12 && expect_status 303 && test "$(center_of 3)" = 12 &&
	cgi GET "/school/dept/center?id=18" && post move 18 19 to_id=5 && expect_status 409 &&
	expect_body "请选择本县区（本市直）的中心校" && test "$(center_of 19)" = 18 &&
	login_as department 开封市 City@2026 && cgi GET "/school/dept/center?id=18" && expect_status 404
'

test_expect_success 'POSTs without the CSRF token are 403 and change nothing' '
	login_as department 金水区 County@2026 &&
	cgi POST /school/dept/center/move "id=7&school_id=9&to_id=5" && expect_status 403 &&
	cgi POST /school/dept/center/remove "id=7&school_id=9" && expect_status 403 &&
	test "$(center_of 9)" = 7
'

test_done
