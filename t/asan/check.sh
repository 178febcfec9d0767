#!/bin/bash
# t/asan/check.sh - what `make check-asan` runs: the whole suite (t/run-tests.sh) against a
# copy of the tree built with -fsanitize=address,undefined -fno-sanitize-recover=all.
# The copy (var/asan/tree: the tracked files, as in the working tree, plus the configure output
# and a link to t/e2e/node_modules) keeps its objects between runs, so later runs rebuild only
# what changed; the normal in-tree build is never touched. Its check stack (var dir
# var/asan/tree/var/check) listens on $CHECK_PORT (make check-asan: 8089).
# ASAN_OPTIONS / UBSAN_OPTIONS / LSAN_OPTIONS are exported here, so every sanitized process
# inherits them: the FastCGI masters and workers of conf/stack.sh, the manage commands, the
# unit tests, and the CGI runs of t/test-lib.sh (its cgi passes them through env -i).
# Each report goes to var/asan/reports/<tool>.<pid>; any report file fails the run and is
# printed. LeakSanitizer stays on; t/asan/lsan.supp lists the one-off allocations of
# third-party libraries that live until exit (each entry says why).
# Usage: t/asan/check.sh [TEST-FILE...]   (default: every test, like make check)
# Knobs: CHECK_PORT (8089), ASAN_JOBS (make -j, 2), ASAN_O (optimisation, -O1), ASAN_CXXFLAGS
# (more compiler flags, e.g. -g1 for a faster build that still gives file:line in reports).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
PORT=${CHECK_PORT:-8089}
ASAN=$ROOT/var/asan
TREE=$ASAN/tree
REPORTS=$ASAN/reports
SAN=address,undefined
start=$(date +%s)

mkdir -p "$TREE"
# 1. The tracked files (working-tree contents), then generated configure output when present.
git ls-files -z | rsync -a --from0 --files-from=- ./ "$TREE/" || exit 1
for f in configure config.mak.autogen config.status; do
	[ -f "$f" ] && { cmp -s "$f" "$TREE/$f" || cp -p "$f" "$TREE/$f"; }
done
# The script's own files, also before they are committed.
mkdir -p "$TREE/t/asan" && cp -p t/asan/* "$TREE/t/asan/"
# The browser tests and the ECharts asset need the npm packages of `make deps`.
if [ -d t/e2e/node_modules ] && [ ! -e "$TREE/t/e2e/node_modules" ]; then
	ln -s "$ROOT/t/e2e/node_modules" "$TREE/t/e2e/node_modules"
fi

# 2. The sanitized build (its own objects; SANITIZE needs a tree built only that way).
echo "check-asan: building $TREE with -fsanitize=$SAN"
nice -n 10 make -C "$TREE" --no-print-directory -j"${ASAN_JOBS:-2}" SANITIZE="$SAN" O="${ASAN_O:--O1}" \
	CXXFLAGS="-fno-sanitize-recover=all ${ASAN_CXXFLAGS:-}" all t/unit/unit-tests || exit 1

# 3. Sanitizer options for every process started from here on.
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:print_stacktrace=1:detect_leaks=1:detect_stack_use_after_return=0:strict_string_checks=0:log_path=$REPORTS/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$REPORTS/ubsan"
export LSAN_OPTIONS="suppressions=$ROOT/t/asan/lsan.supp:print_suppressions=0"
# t/test-lib.sh's cgi runs each request as its own CGI process (not through the script's FastCGI
# workers), so LeakSanitizer checks every request's process when it exits.
export HNEDU_CGI_EXEC=1

# 4. The suite, on the tree's own check stack and port.
echo "check-asan: running the suite on port $PORT"
HNEDU_VAR=$TREE/var/check HNEDU_PORT=$PORT nice -n 10 bash "$TREE/t/run-tests.sh" "$@"
status=$?

# 5. Any report fails the run.
mapfile -t found < <(find "$REPORTS" -type f | sort)
if [ ${#found[@]} -gt 0 ]; then
	echo "check-asan: ${#found[@]} sanitizer report(s) in $REPORTS:"
	for f in "${found[@]}"; do
		echo "=== $f"
		head -n 80 "$f"
	done
	status=1
fi
echo "check-asan: $(( $(date +%s) - start )) s, sanitizer reports: ${#found[@]}"
exit "$status"
