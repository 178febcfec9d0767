#!/bin/bash
# t9100-browser: the login flow in headless Chromium (t/e2e/browser.mjs, playwright-core
# driving Debian's chromium) against the running stack; screenshots in t/e2e/out/.
# browser.mjs prints its own TAP; this wrapper only points it at the stack.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# (The TAP comes from node, so the test library is not sourced.)
export BASE_URL="http://127.0.0.1:${HNEDU_PORT:-8080}"
cd "$ROOT/t/e2e" || exit 1
if [ ! -d node_modules/playwright-core ]; then
	echo "Bail out! t/e2e/node_modules is missing: run make deps"
	exit 1
fi
# The stack's database (lib.mjs reads the SMS outbox there). Repeated runs against one stack
# must not trip the login captcha or the login/SMS limits of the demo accounts: clean counters.
eval "$(bash "$ROOT/conf/stack.sh" env | grep '^HNEDU_SOCKET=')"
export HNEDU_SOCKET
mariadb --socket="$HNEDU_SOCKET" hnedu -e \
	"DELETE FROM auth_throttle WHERE throttle_key LIKE 'login:%' OR throttle_key LIKE 'sms:%'" || exit 1
exec node browser.mjs
