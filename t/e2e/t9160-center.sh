#!/bin/bash
# t9160-center: a center school's work in headless Chromium through nginx (t/e2e/center.mjs):
# 增加所辖学校 registers a new school of its county → the admin approves it in 注册审核 → the
# school is on 所辖学校, the center uploads its 投保数据 through 上传 and changes its 明白人 mobile
# through 查看. A fresh center school
# (fresh_school, then made a center; password School@2026), its own admin account
# (e2e-admin-STAMP, password Admin@2026, a mobile of its own, so its SMS code cannot be taken
# for another test's), a fresh new school name and fresh ID numbers each run, so the test
# repeats on one stack and runs beside the other browser tests.
. "$(dirname "$0")/wrapper.sh"
stamp=$(date +%s%N | cut -c8-13)
fresh_school "郑州市金水区浏览器中心校测试第${stamp}学校" || exit 1
export E2E_NEW_SCHOOL="郑州市金水区浏览器代注册第${stamp}小学"
export E2E_NEW_MOBILE="136$FRESH_DIGITS"
export E2E_FILES="$ROOT/t/e2e/out/center-$stamp"
export E2E_ADMIN="e2e-admin-$stamp"
mkdir -p "$E2E_FILES" || exit 1
fresh_db "UPDATE schools SET is_center = 1 WHERE name = '$E2E_SCHOOL';
	INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, password_changed_at)
	SELECT 'admin', '$E2E_ADMIN', '137$FRESH_DIGITS', password_hash, '浏览器测试管理员', UTC_TIMESTAMP()
	FROM accounts WHERE kind = 'admin' AND login_name = 'admin'" && fresh_seal || exit 1
offset=$((10#$stamp % 900000 + 100000))
/usr/bin/python3 "$ROOT/t/fixtures/make-roster.py" "$E2E_FILES/good.xlsx" 3 "$offset" || exit 1
exec node center.mjs
