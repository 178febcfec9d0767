#!/bin/bash
# t9140-dept-charts: the department's 数据统计 charts in headless Chromium through nginx
# (t/e2e/dept-charts.mjs): ECharts from /school/static draws every chart under the CSP; without
# JavaScript the tables stand alone.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# (The TAP comes from node, so the test library is not sourced.)
eval "$(bash "$ROOT/conf/stack.sh" env)"
export BASE_URL="http://127.0.0.1:${HNEDU_PORT:-8080}" HNEDU_SOCKET HNEDU_DB=hnedu
cd "$ROOT/t/e2e" || exit 1
if [ ! -d node_modules/playwright-core ] || [ ! -f "$ROOT/htdocs/js/vendor/echarts.min.js" ]; then
	echo "Bail out! t/e2e/node_modules or htdocs/js/vendor/echarts.min.js is missing: run make deps && make"
	exit 1
fi
exec node dept-charts.mjs
