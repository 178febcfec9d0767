#!/bin/bash
# t9140-dept-charts: the department's 数据统计 charts in headless Chromium through nginx
# (t/e2e/dept-charts.mjs): ECharts from /school/static draws every chart under the CSP; without
# JavaScript the tables stand alone.
. "$(dirname "$0")/wrapper.sh"
if [ ! -f "$ROOT/htdocs/js/vendor/echarts.min.js" ]; then
	echo "Bail out! htdocs/js/vendor/echarts.min.js is missing: run make deps && make"
	exit 1
fi
exec node dept-charts.mjs
