#!/bin/bash
# t9190-insurer-branches: 保险公司操作 at the province, city and county levels and the claims a
# county department follows, in headless Chromium through nginx (t/e2e/insurer-branches.mjs).
# A fresh 金水区 school, fresh logins (pa_zz_STAMP, pa_js_STAMP), mobiles and ID numbers each
# run, so the test repeats on one stack and runs beside the other browser tests.
. "$(dirname "$0")/wrapper.sh"
stamp=$(date +%s%N | cut -c8-13)
fresh_school "郑州市金水区浏览器分支机构测试第${stamp}小学" || exit 1
export E2E_FILES="$ROOT/t/e2e/out/branches-$stamp" E2E_STAMP=$stamp E2E_DIGITS=$FRESH_DIGITS
mkdir -p "$E2E_FILES" || exit 1
offset=$((10#$stamp % 400000 + 2500000))
/usr/bin/python3 "$ROOT/t/fixtures/make-roster.py" "$E2E_FILES/roster.xlsx" 3 "$offset" || exit 1
exec node insurer-branches.mjs
