#!/bin/bash
# t/bench/report.sh - the final table of `make bench`: reads `RESULT metric=.. ours=..
# baseline=.. unit=.. target=..` lines (from the files given, or standard input) and prints
# metric, ours, baseline, ratio, target, pass/fail. The ratio is ours/baseline when the line
# has a baseline, and the target (">=0.6", "<=3", "<2", "-" for none) applies to it; without a
# baseline ("-") the target applies to ours itself; a line without a figure (ours "-") fails its
# target. Exit status 0 always: the table is the
# report, a failed target is a finding to act on, not a broken run.
#
#   t/bench/report.sh [FILE...]
set -eu
cat "$@" | awk '
/^RESULT / {
	delete f
	for (i = 2; i <= NF; i++) { k = $i; sub(/=.*/, "", k); v = $i; sub(/^[^=]*=/, "", v); f[k] = v }
	rows[++n] = f["metric"]; ours[n] = f["ours"]; base[n] = f["baseline"]; unit[n] = f["unit"]; target[n] = f["target"]
}
function numeric(v) { return v ~ /^-?[0-9]+(\.[0-9]+)?$/ }
function check(value, t,   op, lim) {
	if (t == "" || t == "-") return "-"
	if (value == "") return "FAIL"   # no figure (e.g. no request answered): the target is not met
	op = t; sub(/[0-9.].*$/, "", op); lim = substr(t, length(op) + 1) + 0
	if (op == ">=") return value >= lim ? "pass" : "FAIL"
	if (op == "<=") return value <= lim ? "pass" : "FAIL"
	if (op == "<") return value < lim ? "pass" : "FAIL"
	if (op == ">") return value > lim ? "pass" : "FAIL"
	return "?"
}
END {
	printf "%-34s %12s %12s %8s %-8s %-6s %s\n", "metric", "ours", "baseline", "ratio", "target", "result", "unit"
	failed = 0
	for (i = 1; i <= n; i++) {
		if (!numeric(ours[i])) { ratio = "-"; value = "" }
		else if (numeric(base[i]) && base[i] + 0 != 0) { ratio = sprintf("%.3f", ours[i] / base[i]); value = ratio + 0 }
		else { ratio = "-"; value = ours[i] + 0 }
		r = check(value, target[i])
		if (r == "FAIL") failed++
		printf "%-34s %12s %12s %8s %-8s %-6s %s\n", rows[i], ours[i], base[i], ratio, target[i], r, unit[i]
	}
	printf "bench: %d figures, %d targets failed\n", n, failed
}'
