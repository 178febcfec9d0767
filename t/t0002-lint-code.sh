#!/bin/bash
# t0002-lint-code: rules the build cannot check by itself. Connector/C++ only in
# modules/db.cpp; no SQL built by string concatenation; no atoi/sprintf/strcpy family; every
# source file opens with a comment stating its contract. Each rule is also shown to catch a
# planted offence, so the check itself cannot silently pass.
. "$(dirname "$0")/test-lib.sh"
cd "$ROOT" || exit 1

sources() { find modules cgi-bin -name "*.cpp" -o -name "*.h" | sort; }

# Lines that include Connector/C++ headers.
connector_includes() { grep -nE "#include *[<\"](cppconn/|mysql_driver\.h|mysql_connection\.h|mysql_error\.h)" "$@"; }
# Lines where a string literal holding SQL is joined with + or << (SQL built by concatenation).
sql_concat() {
	grep -nE "\"[^\"]*\b(SELECT|INSERT|UPDATE|DELETE|WHERE|FROM|VALUES|ORDER BY|LIMIT|AND|OR)\b[^\"]*\" *(\+|<<)|(\+|<<) *\"[^\"]*\b(SELECT|INSERT|UPDATE|DELETE|WHERE|FROM|VALUES|ORDER BY|LIMIT|AND)\b" "$@"
}
banned_calls() { grep -nE "\b(atoi|atol|atoll|atof|sprintf|vsprintf|strcpy|strcat|strncpy|gets)\s*\(" "$@"; }

test_expect_success 'Connector/C++ is included only by modules/db.cpp' '
	found=$(sources | grep -v "^modules/db.cpp$" | xargs grep -lE "#include *[<\"](cppconn/|mysql_driver|mysql_connection)" || true) &&
	{ test -z "$found" || { echo "includes Connector/C++: $found"; false; }; } &&
	connector_includes modules/db.cpp >/dev/null
'

test_expect_success 'the Connector/C++ rule catches an include' '
	echo "#include <cppconn/driver.h>" >"$TRASH/x.cpp" && connector_includes "$TRASH/x.cpp" >/dev/null
'

test_expect_success 'no SQL is built by string concatenation' '
	out=$(sources | while read -r f; do sql_concat "$f" | sed "s|^|$f:|"; done) &&
	{ test -z "$out" || { echo "$out"; false; }; }
'

test_expect_success 'the concatenation rule catches planted SQL' '
	printf "%s\n" "db.query(\"SELECT * FROM schools WHERE name = \" + name);" \
		"q << \"DELETE FROM x WHERE id = \" << id;" >"$TRASH/y.cpp" &&
	test "$(sql_concat "$TRASH/y.cpp" | wc -l)" = 2 &&
	printf "%s\n" "db.query(\"SELECT id FROM schools WHERE id = ?\", {id});" >"$TRASH/z.cpp" &&
	! sql_concat "$TRASH/z.cpp"
'

test_expect_success 'no atoi, sprintf, strcpy and friends' '
	out=$(sources | grep -v "^modules/banned.h$" | xargs grep -nE "\b(atoi|atol|atoll|atof|sprintf|vsprintf|strcpy|strcat|strncpy|gets)\s*\(" || true) &&
	{ test -z "$out" || { echo "$out"; false; }; } &&
	echo "int n = atoi(s);" >"$TRASH/w.cpp" && banned_calls "$TRASH/w.cpp" >/dev/null
'

test_expect_success 'the build turns banned functions into errors' '
	printf "#include <cstdlib>\nint f(const char* s) { return atoi(s); }\n" >"$TRASH/banned.cpp" &&
	! g++ -std=c++20 -fsyntax-only -include modules/banned.h "$TRASH/banned.cpp" 2>/dev/null
'

test_expect_success 'every source file opens with a contract comment' '
	out=$(sources | while read -r f; do head -n 1 "$f" | grep -q "^// " || echo "$f"; done) &&
	{ test -z "$out" || { echo "no opening comment: $out"; false; }; }
'

test_done
