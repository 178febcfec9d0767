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
exec node browser.mjs
