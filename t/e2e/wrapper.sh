# t/e2e/wrapper.sh - sourced first by every browser-test wrapper (t/e2e/t91*.sh): points the
# node test at the running stack (ROOT, BASE_URL, HNEDU_SOCKET, HNEDU_DB, HNEDU_SECRET_FILE and
# the rest of `conf/stack.sh env`), enters t/e2e, bails out when its node_modules are missing,
# and loads fresh-school.sh (a school of its own per run). The TAP comes from node, so the test
# library is not sourced.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
eval "$(bash "$ROOT/conf/stack.sh" env)"
export BASE_URL="http://127.0.0.1:${HNEDU_PORT:-8080}" HNEDU_SOCKET HNEDU_DB=hnedu HNEDU_ROOT HNEDU_CONF
export HNEDU_SECRET_FILE="$HNEDU_VAR/secret.key"
cd "$ROOT/t/e2e" || exit 1
if [ ! -d node_modules/playwright-core ]; then
	echo "Bail out! t/e2e/node_modules is missing: run make deps"
	exit 1
fi
. "$ROOT/t/e2e/fresh-school.sh"
