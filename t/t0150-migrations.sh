#!/bin/bash
# t0150-migrations: the migration tool applies pending migrations in order, records them, and
# a second run changes nothing; sql/schema.sql is the schema the migrations build; regions are
# exactly ../shared's henan_regions.csv (kept in sql/data/ with its SOURCES note).
. "$(dirname "$0")/test-lib.sh"
setup_db
cd "$ROOT" || exit 1

test_expect_success 'every migration is recorded once, in order' '
	sql "SELECT version FROM schema_migrations ORDER BY version" >"$TRASH/versions" &&
	ls sql/[0-9][0-9][0-9][0-9]-*.sql | sed "s|sql/0*\([0-9]*\)-.*|\1|" >"$TRASH/files" &&
	diff "$TRASH/files" "$TRASH/versions"
'

test_expect_success 'running the migrations again applies nothing and changes nothing' '
	sql "CHECKSUM TABLE regions, accounts, schools" >"$TRASH/before" &&
	bash sql/migrate.sh --socket "$HNEDU_SOCKET" --database "$TEST_DB" >"$TRASH/again" &&
	cat "$TRASH/again" && ! grep -q "^applied" "$TRASH/again" &&
	sql "CHECKSUM TABLE regions, accounts, schools" >"$TRASH/after" &&
	diff "$TRASH/before" "$TRASH/after"
'

test_expect_success 'a changed migration file is refused' '
	mkdir -p "$TRASH/sql" && cp sql/*.sql sql/migrate.sh "$TRASH/sql/" &&
	echo "-- edited" >>"$TRASH/sql/0003-reference.sql" &&
	! bash "$TRASH/sql/migrate.sh" --socket "$HNEDU_SOCKET" --database "$TEST_DB"
'

test_expect_success 'sql/schema.sql is what the migrations build' '
	bash sql/dump-schema.sh --socket "$HNEDU_SOCKET" --database "$TEST_DB" --output "$TRASH/schema.sql" &&
	diff -u sql/schema.sql "$TRASH/schema.sql"
'

test_expect_success 'regions are exactly the shared CSV' '
	tail -n +2 sql/data/henan_regions.csv | tr -d "\r" | sort >"$TRASH/csv" &&
	sql "SELECT CONCAT_WS(\",\", code, name, IFNULL(parent_code, \"\"), level) FROM regions ORDER BY 1" | sort >"$TRASH/db" &&
	diff "$TRASH/csv" "$TRASH/db" &&
	test "$(sql "SELECT COUNT(*) FROM regions WHERE level = \"city\"")" = 18 &&
	test "$(sql "SELECT COUNT(*) FROM regions WHERE level = \"county\"")" = 156
'

test_expect_success 'the regions file and its sources note match ../shared' '
	if test -f ../shared/data/henan_regions.csv; then
		cmp sql/data/henan_regions.csv ../shared/data/henan_regions.csv &&
		cmp sql/data/SOURCES.md ../shared/data/SOURCES.md
	else
		grep -q "yescallop/areacodes" sql/data/SOURCES.md
	fi
'

test_expect_success 'tables and connections are utf8mb4' '
	test "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_collation NOT LIKE \"utf8mb4%\" AND table_type = \"BASE TABLE\"")" = 0 &&
	test "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND engine <> \"InnoDB\" AND table_type = \"BASE TABLE\"")" = 0
'

test_expect_success 'the three products carry the manual names' '
	sql "SELECT name FROM products ORDER BY id" >"$TRASH/products" &&
	grep -qx "校方责任险（无过失责任保险）" "$TRASH/products" &&
	grep -qx "教职工校方责任保险" "$TRASH/products" &&
	grep -qx "职业院校学生实习责任保险" "$TRASH/products"
'

test_done
