#!/bin/bash
# t0190-manage: the operator CLI. `manage hash-password` prints an Argon2id PHC string that
# the login accepts (how an operator sets a password by hand), and refuses empty input.
. "$(dirname "$0")/test-lib.sh"
setup_db

test_expect_success 'hash-password prints an Argon2id PHC string with the required parameters' '
	echo "Ops#Reset2026" | "$ROOT/cgi-bin/manage" hash-password >"$TRASH/hash" &&
	grep -qE "^\\\$argon2id\\\$v=19\\\$m=19456,t=2,p=1\\\$[A-Za-z0-9+/]{22}\\\$[A-Za-z0-9+/]{43}$" "$TRASH/hash"
'

test_expect_success 'each run draws a new salt' '
	echo "Ops#Reset2026" | "$ROOT/cgi-bin/manage" hash-password >"$TRASH/hash2" &&
	! cmp -s "$TRASH/hash" "$TRASH/hash2"
'

test_expect_success 'a password set with it signs in' '
	sql "UPDATE accounts SET password_hash = \"$(cat "$TRASH/hash")\" WHERE login_name = \"金水区\"" &&
	login_as department 金水区 "Ops#Reset2026"
'

test_expect_success 'empty input and unknown commands are refused' '
	! echo "" | "$ROOT/cgi-bin/manage" hash-password 2>/dev/null &&
	! "$ROOT/cgi-bin/manage" frobnicate 2>/dev/null
'

test_done
