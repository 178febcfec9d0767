#!/bin/bash
# t9110-registration: register → approve → first sign-in → own password, in headless Chromium
# through nginx (t/e2e/registration.mjs), reading SMS from the stack's outbox. The approving
# admin is an account of its own (e2e-admin-STAMP, password Admin@2026, a mobile of its own), so
# its SMS code cannot be taken for the code of t9000's or another test's admin sign-in.
. "$(dirname "$0")/wrapper.sh"
stamp=$(date +%s%N | cut -c8-13)
digits=$(date +%N | cut -c1-8)
export E2E_ADMIN="e2e-admin-$stamp"
fresh_db "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, password_changed_at)
	SELECT 'admin', '$E2E_ADMIN', '137$digits', password_hash, '浏览器测试管理员', UTC_TIMESTAMP()
	FROM accounts WHERE kind = 'admin' AND login_name = 'admin'" && fresh_seal || exit 1
exec node registration.mjs
