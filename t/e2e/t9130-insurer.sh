#!/bin/bash
# t9130-insurer: the insurer's side of 投保数据 in headless Chromium through nginx
# (t/e2e/insurer.mjs): a school submits its roster choosing 平安财险; the provincial branch
# finds it in 投保数据, downloads the roster, uploads the policy (PDF); the school sees the
# policy in 承保数据 and downloads the PDF. A fresh school, fresh ID numbers and extensions of
# the enrollment deadline (the school) and the policy deadline (平安财险) for 30 days each run.
. "$(dirname "$0")/wrapper.sh"
stamp=$(date +%s%N | cut -c8-13)
fresh_school "郑州市金水区浏览器承保测试第${stamp}小学" || exit 1
export E2E_FILES="$ROOT/t/e2e/out/insurer-$stamp"
export E2E_POLICY_NO="PA-E2E-$stamp"
mkdir -p "$E2E_FILES" || exit 1
fresh_db "INSERT INTO deadline_extensions (year_id, deadline, company_id, extended_to, reason, granted_by)
	SELECT y.id, 'policy', 2, '$(fresh_cn_day 30)', '浏览器测试', (SELECT id FROM accounts WHERE kind = 'admin' LIMIT 1)
	FROM academic_years y WHERE y.is_current = 1" || exit 1
offset=$((10#$stamp % 900000 + 1000000))
/usr/bin/python3 "$ROOT/t/fixtures/make-roster.py" "$E2E_FILES/roster.xlsx" 3 "$offset" || exit 1
printf '%%PDF-1.4\n%% policy %s\n1 0 obj << /Type /Catalog >> endobj\n%%%%EOF\n' "$E2E_POLICY_NO" >"$E2E_FILES/policy.pdf"
exec node insurer.mjs
