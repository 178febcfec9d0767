#!/bin/bash
# t9150-dept: a county department's day in headless Chromium through nginx (t/e2e/dept.mjs):
# 学校数据 → search a school → 设置 → 设置为中心校 → a second school joins it (中心校管理), its password
# is reset and its cancellation applied for → 数据提交 of the year's statistics form. Two fresh
# schools (fresh-school.sh) and an extension of 金水区's statistics deadline for 30 days each run,
# so the test repeats on one stack; every submission is one more version of the form.
. "$(dirname "$0")/wrapper.sh"
stamp=$(date +%s%N | cut -c8-13)
fresh_school "郑州市金水区浏览器部门测试第${stamp}分校" || exit 1
export E2E_SCHOOL2=$E2E_SCHOOL
fresh_school "郑州市金水区浏览器部门测试第${stamp}小学" || exit 1
export E2E_UNIT="金水区教育局（浏览器测试 $stamp）"
fresh_db "INSERT INTO deadline_extensions (year_id, deadline, region_code, extended_to, reason, granted_by)
	SELECT y.id, 'stats', '410105', '$(fresh_cn_day 30)', '浏览器测试', (SELECT id FROM accounts WHERE kind = 'admin' LIMIT 1)
	FROM academic_years y WHERE y.is_current = 1" || exit 1
exec node dept.mjs
