#!/bin/bash
# t9110-registration: register → approve → first sign-in → own password, in headless Chromium
# through nginx (t/e2e/registration.mjs), reading SMS from the stack's outbox.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# (The TAP comes from node, so the test library is not sourced.)
eval "$(bash "$ROOT/conf/stack.sh" env)"
export BASE_URL="http://127.0.0.1:${HNEDU_PORT:-8080}" HNEDU_SOCKET HNEDU_DB=hnedu
export HNEDU_SECRET_FILE="$HNEDU_VAR/secret.key"
cd "$ROOT/t/e2e" || exit 1
if [ ! -d node_modules/playwright-core ]; then
	echo "Bail out! t/e2e/node_modules is missing: run make deps"
	exit 1
fi
exec node registration.mjs
