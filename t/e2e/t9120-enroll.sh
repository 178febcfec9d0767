#!/bin/bash
# t9120-enroll: 投保数据 from upload to approved modification in headless Chromium through nginx
# (t/e2e/enroll.mjs): a school uploads a roster with a mistake, reads the problem report,
# uploads the corrected file from the form offered again, applies for a modification with a
# new roster, and the admin approves it after reading the roster diff. A fresh school (its
# account with the demo school's password School@2026, an enrollment extension granted by the
# admin for 30 days), its own admin account (e2e-admin-STAMP, password Admin@2026 and a mobile
# of its own, so its SMS code cannot be taken for another test's) and fresh ID numbers each
# run, so the test repeats on one stack and runs beside the other browser tests.
. "$(dirname "$0")/wrapper.sh"
stamp=$(date +%s%N | cut -c8-13)
fresh_school "郑州市金水区浏览器投保测试第${stamp}小学" || exit 1
export E2E_FILES="$ROOT/t/e2e/out/enroll-$stamp"
export E2E_ADMIN="e2e-admin-$stamp"
mkdir -p "$E2E_FILES" || exit 1
fresh_db "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, password_changed_at)
	SELECT 'admin', '$E2E_ADMIN', '137$FRESH_DIGITS', password_hash, '浏览器测试管理员', UTC_TIMESTAMP()
	FROM accounts WHERE kind = 'admin' AND login_name = 'admin'" && fresh_seal || exit 1
# Rosters: 3 people (one with a wrong check digit in bad.xlsx), then 4 (the 3 + 1) for 申请修改.
offset=$((10#$stamp % 900000 + 100000))
/usr/bin/python3 "$ROOT/t/fixtures/make-roster.py" "$E2E_FILES/good.xlsx" 3 "$offset" &&
/usr/bin/python3 "$ROOT/t/fixtures/make-roster.py" "$E2E_FILES/good4.xlsx" 4 "$offset" &&
/usr/bin/python3 - "$E2E_FILES" <<'PYEOF' || exit 1
import sys, openpyxl
d = sys.argv[1]
wb = openpyxl.load_workbook(d + "/good.xlsx")
ws = wb.worksheets[0]
number = ws.cell(row=2, column=5).value
ws.cell(row=2, column=5).value = number[:17] + ("0" if number[17] != "0" else "1")
wb.save(d + "/bad.xlsx")
PYEOF
exec node enroll.mjs
