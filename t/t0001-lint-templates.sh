#!/bin/bash
# t0001-lint-templates: every template starts with AUTOESCAPE HTML (ctemplate does not enforce
# it) and passes ctemplate's own syntax check; every template a handler names exists.
. "$(dirname "$0")/test-lib.sh"
cd "$ROOT" || exit 1

test_expect_success 'there are templates to check' '
	test "$(find templates -name "*.tpl" | wc -l)" -ge 9
'

test_expect_success 'every template starts with {{%AUTOESCAPE context="HTML"}}' '
	bad=$(find templates -name "*.tpl" | while read -r f; do
		head -n 1 "$f" | grep -qxF "{{%AUTOESCAPE context=\"HTML\"}}" || echo "$f"
	done) &&
	{ test -z "$bad" || { echo "missing AUTOESCAPE: $bad"; false; }; }
'

test_expect_success 'the AUTOESCAPE check catches a template without it' '
	mkdir -p "$TRASH/tpl" && echo "<p>{{X}}</p>" >"$TRASH/tpl/bad.tpl" &&
	! head -n 1 "$TRASH/tpl/bad.tpl" | grep -qxF "{{%AUTOESCAPE context=\"HTML\"}}"
'

test_expect_success 'every template passes ctemplate-make_tpl_varnames_h -n' '
	(cd templates && find . -name "*.tpl" | sed "s|^\./||" | xargs -n 1 ctemplate-make_tpl_varnames_h -q -n -t"$ROOT/templates/") >"$TRASH/tpl.log" 2>&1 &&
	cat "$TRASH/tpl.log" &&
	! grep -qiE "error|warning|could not" "$TRASH/tpl.log"
'

test_expect_success 'the syntax check catches a broken template' '
	printf "{{%%AUTOESCAPE context=\"HTML\"}}\n{{#OPEN}}never closed\n" >"$TRASH/tpl/broken.tpl" &&
	! ctemplate-make_tpl_varnames_h -q -n -t"$TRASH/tpl/" broken.tpl
'

test_expect_success 'every template named in modules/ exists' '
	missing=$(grep -rhoE "\"[a-z]+/[a-z_-]+\.tpl\"" modules | tr -d "\"" | sort -u | while read -r t; do
		test -f "templates/$t" || echo "$t"
	done) &&
	{ test -z "$missing" || { echo "missing: $missing"; false; }; }
'

test_done
