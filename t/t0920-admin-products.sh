#!/bin/bash
# t0920-admin-products: 险种设置, the school types that may enroll each product
# (product_school_types, seeded with the former rule: the intern product for 中职 and 高职 only).
# The admin sees and changes them (audited old -> new, CSRF, at least one type, unknown product
# 404, bad ids 400); a school of a newly allowed type gets the product on its 投保数据 page and
# its center school's 所辖学校 stops showing it as not applicable; removing it again takes it
# away. Hostile values never give a 500; only the admin gets in.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/enroll-lib.sh"
setup_db
enroll_setup || exit 1

admin_login() {
	login_as admin admin Admin@2026 &&
	sql "UPDATE sessions SET mfa_passed = 1 WHERE account_id = (SELECT id FROM accounts WHERE kind = 'admin' AND login_name = 'admin')"
}
types_of() { sql "SELECT GROUP_CONCAT(school_type ORDER BY school_type) FROM product_school_types WHERE product_id = $1"; }
not_applicable() { grep -o "title=\"本校类型不适用该险种\"" "$TRASH/body" | wc -l; }

test_expect_success 'the seed keeps the former rule: every type except the intern product' '
	test "$(sql "SELECT COUNT(*) FROM product_school_types WHERE product_id IN (1, 2)")" = "$(sql "SELECT 2 * COUNT(*) FROM school_types")" &&
	test "$(types_of 3)" = "$(sql "SELECT GROUP_CONCAT(name ORDER BY name) FROM school_types WHERE vocational = 1")"
'

test_expect_success 'the page shows each product with its allowed types checked' '
	admin_login &&
	cgi GET /school/admin/products && expect_status 200 &&
	expect_body "href=\"/school/admin/products\" aria-current=\"page\">险种设置</a>" &&
	expect_body "职业院校学生实习责任保险" && expect_body "适用的学校类型（参保对象：实习生）" &&
	expect_body "id=\"p3-t7\" name=\"type_7\" value=\"1\" checked> 中职" &&
	expect_body "id=\"p3-t2\" name=\"type_2\" value=\"1\"> 小学" &&
	expect_body "id=\"p1-t2\" name=\"type_2\" value=\"1\" checked> 小学"
'

test_expect_success 'before: a 小学 has no intern product; its center shows it not applicable' '
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/enroll && expect_status 200 &&
	expect_no_body "职业院校学生实习责任保险" &&
	login_as school "$DEMO_CENTER" Center@2026 && cgi GET /school/center/ && expect_status 200 &&
	test "$(not_applicable)" = 2 &&
	login_as department 金水区 County@2026 && cgi GET "/school/dept/uncovered?product=3" && expect_status 200 &&
	expect_no_body "$DEMO_SCHOOL"
'

test_expect_success 'allowing 小学 for the intern product: saved, audited, schools see it' '
	admin_login && cgi GET /school/admin/products &&
	cgi POST /school/admin/products "csrf=$(csrf_token)&product=3&type_2=1&type_7=1&type_8=1" &&
	expect_status 303 && expect_header Location "/school/admin/products\?done=saved" &&
	test "$(types_of 3)" = "$(sql "SELECT GROUP_CONCAT(name ORDER BY name) FROM school_types WHERE name IN (\"小学\", \"中职\", \"高职\")")" &&
	test "$(sql "SELECT detail FROM audit_log WHERE action = \"product_types_changed\" AND object_type = \"product\" AND object_id = \"3\"")" = "中职、高职 -> 小学、中职、高职" &&
	cgi GET "/school/admin/products?done=saved" && expect_body "险种适用的学校类型已保存" &&
	expect_body "id=\"p3-t2\" name=\"type_2\" value=\"1\" checked> 小学" &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/enroll && expect_body "职业院校学生实习责任保险" &&
	login_as school "$DEMO_CENTER" Center@2026 && cgi GET /school/center/ && expect_status 200 && expect_body "中牟县官渡镇杨桥小学" && test "$(not_applicable)" = 0 &&
	login_as department 金水区 County@2026 && cgi GET "/school/dept/uncovered?product=3" && expect_status 200 &&
	expect_body "$DEMO_SCHOOL"
'

test_expect_success 'saving the same set again writes no audit row' '
	admin_login && cgi GET /school/admin/products &&
	cgi POST /school/admin/products "csrf=$(csrf_token)&product=3&type_2=1&type_7=1&type_8=1" && expect_status 303 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"product_types_changed\"")" = 1
'

test_expect_success 'removing it again takes the product away' '
	cgi GET /school/admin/products &&
	cgi POST /school/admin/products "csrf=$(csrf_token)&product=3&type_7=1&type_8=1" && expect_status 303 &&
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/s/enroll && expect_no_body "职业院校学生实习责任保险"
'

test_expect_success 'no type at all is refused on the page, nothing written' '
	admin_login && cgi GET /school/admin/products && before=$(types_of 1) &&
	cgi POST /school/admin/products "csrf=$(csrf_token)&product=1" && expect_status 200 &&
	expect_body "请至少选择一种学校类型" && expect_body "aria-describedby=\"product-1-error\"" &&
	test "$(types_of 1)" = "$before"
'

test_expect_success 'unknown product 404, bad and hostile values 400, CSRF 403; never a 500' '
	cgi GET /school/admin/products && tok=$(csrf_token) && before=$(sql "SELECT COUNT(*) FROM product_school_types") &&
	cgi POST /school/admin/products "csrf=$tok&product=9&type_1=1" && expect_status 404 &&
	cgi POST /school/admin/products "csrf=$tok&product=$(urlencode "'"' OR 1=1 --"'")&type_1=1" && expect_status 400 &&
	cgi POST /school/admin/products "csrf=$tok&product=1&type_1=$(urlencode "<script>")&type_2=1" && expect_status 303 &&
	test "$(types_of 1)" = 小学 &&
	cgi POST /school/admin/products "product=1&type_1=1" && expect_status 403 && test "$(types_of 1)" = 小学
'

test_expect_success 'school, department and insurer accounts are refused' '
	login_as school "$DEMO_SCHOOL" School@2026 && cgi GET /school/admin/products && expect_status 403 &&
	login_as department 金水区 County@2026 && cgi GET /school/admin/products && expect_status 403 &&
	login_as insurer pingan_henan Insurer@2026 && cgi GET /school/admin/products && expect_status 403 &&
	test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = \"access_denied\" AND object_id = \"/school/admin/products\"")" = 3
'

test_done
