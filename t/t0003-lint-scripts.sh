#!/bin/bash
# t0003-lint-scripts: every shell script of the project parses, and every test script is
# numbered and sources the test library.
. "$(dirname "$0")/test-lib.sh"
cd "$ROOT" || exit 1

test_expect_success 'every shell script parses (bash -n)' '
	for f in .ci/run conf/*.sh sql/*.sh t/*.sh t/unit/*.sh t/e2e/*.sh t/drills/*.sh t/asan/*.sh t/fuzz/*.sh t/security/*.sh t/deb/*.sh debian/make-deb.sh debian/setup; do
		bash -n "$f" || { echo "syntax error in $f"; exit 1; }
	done
'

test_expect_success 'test scripts are named tNNNN-name.sh and use t/test-lib.sh or exec a TAP program' '
	for f in t/t[0-9]*.sh t/e2e/t[0-9]*.sh; do
		basename "$f" | grep -qE "^t[0-9]{4}-[a-z0-9-]+\.sh$" || { echo "bad name: $f"; exit 1; }
		grep -qE "^\. .*test-lib.sh|^exec node " "$f" || { echo "neither test-lib nor a TAP program: $f"; exit 1; }
	done
'

test_expect_success '.ci/run calls make check' '
	grep -q "make check" .ci/run
'

test_done
