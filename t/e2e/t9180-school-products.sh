#!/bin/bash
# t9180-school-products: 投保数据 of a vocational school with all three products and 多家保险公司
# (apply → the admin approves → 第2条 in 上传管理) in headless Chromium through nginx
# (t/e2e/school-products.mjs). A fresh 中职 school (fresh-school.sh), its own admin account
# (e2e-admin-STAMP, password Admin@2026, a mobile of its own) and fresh ID numbers each run.
. "$(dirname "$0")/wrapper.sh"
stamp=$(date +%s%N | cut -c8-13)
fresh_school "郑州市金水区浏览器职业学校测试第${stamp}中专" 中职 || exit 1
export E2E_FILES="$ROOT/t/e2e/out/products-$stamp"
export E2E_ADMIN="e2e-admin-$stamp"
mkdir -p "$E2E_FILES" || exit 1
fresh_db "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, password_changed_at)
	SELECT 'admin', '$E2E_ADMIN', '137$FRESH_DIGITS', password_hash, '浏览器测试管理员', UTC_TIMESTAMP()
	FROM accounts WHERE kind = 'admin' AND login_name = 'admin'" && fresh_seal || exit 1
# Rosters of distinct people: students 3, staff 2 (岗位), interns 2 (专业, 实习单位), second 2.
offset=$((10#$stamp % 400000 + 2000000))
for f in student:3:0 staff:2:10 intern:2:20 second:2:30; do
	IFS=: read -r name n shift <<<"$f"
	/usr/bin/python3 "$ROOT/t/fixtures/make-roster.py" "$E2E_FILES/$name.xlsx" "$n" $((offset + shift)) >/dev/null || exit 1
done
/usr/bin/python3 - "$E2E_FILES" <<'PYEOF' || exit 1
import sys, openpyxl
d = sys.argv[1]
def recolumn(name, header, tail):
    src = openpyxl.load_workbook(f"{d}/{name}.xlsx").worksheets[0]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "花名册"
    ws.append(header)
    for row in list(src.iter_rows(min_row=2, values_only=True)):
        ws.append(list(row[:5]) + tail)
    wb.save(f"{d}/{name}.xlsx")
recolumn("staff", ["序号", "姓名", "性别", "证件类型", "证件号码", "岗位", "备注"], ["教师", ""])
recolumn("intern", ["序号", "姓名", "性别", "证件类型", "证件号码", "专业", "实习单位", "备注"], ["数控技术", "郑州机械厂", ""])
PYEOF
exec node school-products.mjs
