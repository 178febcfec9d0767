# t/dept-lib.sh - helpers of the department tests (t/t07*-dept-*.sh), sourced after
# t/test-lib.sh, t/enroll-lib.sh, setup_db and enroll_setup: real submissions through the
# school pages and uploads (so enrollment_counters are kept by the application itself), the
# demo department logins, and an .xlsx cell reader.

# dept_enroll LOGIN PRODUCT FILE PERSONS: the school LOGIN (password School@2026) signs in and
# submits PRODUCT with the roster FILE of PERSONS people for 人保 (company 1).
dept_enroll() {
	login_as school "$1" School@2026 && open_form "$2" &&
	post_roster "$3" "csrf=$(cat "$TRASH/csrf")" "product=$2" "batch_key=$(cat "$TRASH/batch.$2")" \
		"declared_count=$4" "company_id=1" && expect_status 303
}

# dept_staff_roster FILE: a valid 教职工 roster of two adults (IDs not used by make_roster).
dept_staff_roster() {
	$PY - "$1" <<'PYEOF'
import sys, openpyxl
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def idn(body):
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "花名册"
ws.append(["序号", "姓名", "性别", "证件类型", "证件号码", "岗位", "备注"])
ws.append([1, "赵老师", "男", "居民身份证", idn("41012219800101401"), "教师", ""])
ws.append([2, "钱老师", "女", "居民身份证", idn("41012219850606502"), "教师", ""])
wb.save(sys.argv[1])
PYEOF
}

# dept_coverage_data: 校方责任险 submitted by 文化路第一小学 (金水区, 3 persons), 纬五路第一小学
# (金水区, 2), 中牟县第一高级中学 (中牟县, 4), 郑州市第一中学 (郑州 市直, 5) and 开封高级中学
# (开封, 6); 教职工校方责任保险 by 中牟县第一高级中学 (2 persons).
dept_coverage_data() {
	make_roster "$TRASH/r3.xlsx" 3 0 >/dev/null && make_roster "$TRASH/r2.xlsx" 2 100 >/dev/null &&
	make_roster "$TRASH/r4.xlsx" 4 200 >/dev/null && make_roster "$TRASH/r5.xlsx" 5 300 >/dev/null &&
	make_roster "$TRASH/r6.xlsx" 6 400 >/dev/null && dept_staff_roster "$TRASH/staff.xlsx" &&
	dept_enroll "$DEMO_SCHOOL" 1 "$TRASH/r3.xlsx" 3 &&
	dept_enroll 郑州市金水区纬五路第一小学 1 "$TRASH/r2.xlsx" 2 &&
	dept_enroll 中牟县第一高级中学 1 "$TRASH/r4.xlsx" 4 &&
	dept_enroll 中牟县第一高级中学 2 "$TRASH/staff.xlsx" 2 &&
	dept_enroll 郑州市第一中学 1 "$TRASH/r5.xlsx" 5 &&
	dept_enroll 开封高级中学 1 "$TRASH/r6.xlsx" 6 &&
	coverage_ok
}

# Demo departments: 金水区 (county 410105) and 郑州市 (city 410100).
county() { login_as department 金水区 County@2026; }
city() { login_as department 郑州市 City@2026; }

# denied TYPE ID: access_denied audit rows of that object.
denied() { sql "SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied' AND object_type = '$1' AND object_id = '$2'"; }

# xlsx_cell FILE ROW COL: one cell of the first sheet (None when empty).
xlsx_cell() {
	$PY -c "import openpyxl,sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(ws.cell(int(sys.argv[2]), int(sys.argv[3])).value)" "$@"
}
