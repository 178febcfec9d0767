#!/bin/bash
# conf/db-grants.sh — the application database user's privileges, table by table.
#
#   conf/db-grants.sh --socket SOCK --database DB [--user NAME] [--host HOST]   grant
#   conf/db-grants.sh --socket SOCK --database DB --revoke [--user ...]         revoke all
#   conf/db-grants.sh --socket SOCK --prune [--user ...]     revoke grants of dropped databases
#
# Contract: run as the database superuser (OS root over unix_socket) after every migration
# (conf/stack.sh does: start, createdb; production: after sql/migrate.sh; restore: restore.sh).
# Gives user (default 'hnedu'@'localhost') on every base table of DB:
#   audit_log          SELECT, INSERT            (append-only: no UPDATE, no DELETE)
#   audit_chain_head   SELECT, UPDATE            (the chain head row; never inserted or deleted)
#   schema_migrations, reference_version  SELECT
#   every other table  SELECT, INSERT, UPDATE, DELETE
# and EXECUTE on DB.*; takes back any other database-level privilege on DB and any table
# privilege beyond these (new privileges are granted before extra ones are revoked, so a
# running application never loses what it needs). Running it twice changes nothing.
# --revoke takes back every privilege of user on DB (before DROP DATABASE: table grants
# outlive the tables); --prune does that for each database that no longer exists.
set -eu

socket='' database='' user=hnedu host=localhost mode=grant
usage() {
	sed -n '4,6s/^# \{0,1\}//p' "$0" >&2
	exit 2
}
while [ $# -gt 0 ]; do
	case $1 in
	--socket) [ $# -ge 2 ] || usage; socket=$2; shift 2 ;;
	--database) [ $# -ge 2 ] || usage; database=$2; shift 2 ;;
	--user) [ $# -ge 2 ] || usage; user=$2; shift 2 ;;
	--host) [ $# -ge 2 ] || usage; host=$2; shift 2 ;;
	--revoke) mode=revoke; shift ;;
	--prune) mode=prune; shift ;;
	*) usage ;;
	esac
done
[ -n "$socket" ] || usage
[ "$mode" = prune ] || [ -n "$database" ] || usage
for v in "$database" "$user" "$host"; do
	case $v in *[!A-Za-z0-9_.%-]*) echo "db-grants.sh: bad name: $v" >&2; exit 2 ;; esac
done
case $database in *[!A-Za-z0-9_]*) echo "db-grants.sh: bad database name: $database" >&2; exit 2 ;; esac

sql() {
	mariadb --no-defaults --socket="$socket" --default-character-set=utf8mb4 --batch --raw --skip-column-names "$@"
}
who="'$user'@'$host'"

# The database name in a database-level grant, where _ and % are wildcards.
db_pattern() { printf '%s' "$1" | sed -e 's/_/\\_/g'; }

# revoke_db DB: statements that take back every privilege of user on DB.
revoke_db() {
	local db=$1 table
	sql -e "SELECT Table_name FROM mysql.tables_priv WHERE User = '$user' AND Host = '$host' AND Db = '$db'" |
		while read -r table; do
			case $table in *[!A-Za-z0-9_]*) continue ;; esac
			printf 'REVOKE ALL PRIVILEGES ON `%s`.`%s` FROM %s;\n' "$db" "$table" "$who"
		done
	sql -e "SELECT Db FROM mysql.db WHERE User = '$user' AND Host = '$host'" |
		while read -r pattern; do
			# the database-level rows that name exactly this database (escaped or not)
			[ "$pattern" = "$db" ] || [ "$pattern" = "$(db_pattern "$db")" ] || continue
			printf 'REVOKE ALL PRIVILEGES ON `%s`.* FROM %s;\n' "$pattern" "$who"
		done
}

case $mode in
revoke)
	revoke_db "$database" | sql
	exit 0
	;;
prune)
	sql -e "SELECT DISTINCT t.Db FROM mysql.tables_priv t WHERE t.User = '$user' AND t.Host = '$host'
		AND t.Db NOT IN (SELECT SCHEMA_NAME FROM information_schema.SCHEMATA)" |
		while read -r db; do
			case $db in *[!A-Za-z0-9_]*) continue ;; esac
			revoke_db "$db"
		done | sql
	# database-level rows naming one database (no wildcard) that no longer exists
	sql -e "SELECT Db FROM mysql.db WHERE User = '$user' AND Host = '$host' AND Db NOT LIKE '%\\%%'
		AND REPLACE(Db, '\\_', '_') NOT IN (SELECT SCHEMA_NAME FROM information_schema.SCHEMATA)" |
		while read -r pattern; do
			case $pattern in *[!A-Za-z0-9_\\]*) continue ;; esac
			printf 'REVOKE ALL PRIVILEGES ON `%s`.* FROM %s;\n' "$pattern" "$who"
		done | sql
	exit 0
	;;
esac

wanted() {
	case $1 in
	audit_log) echo "Select,Insert" ;;
	audit_chain_head) echo "Select,Update" ;;
	schema_migrations | reference_version) echo "Select" ;;
	*) echo "Select,Insert,Update,Delete" ;;
	esac
}

{
	# table level: grant what is wanted, then revoke what is beyond it
	declare -A have=()
	while IFS=$'\t' read -r table privs; do
		have[$table]=$privs
	done < <(sql -e "SELECT Table_name, Table_priv FROM mysql.tables_priv
		WHERE User = '$user' AND Host = '$host' AND Db = '$database'")
	sql -e "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$database'
		AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME" | while read -r table; do
		case $table in *[!A-Za-z0-9_]*) echo "db-grants.sh: skipping table with an odd name: $table" >&2; continue ;; esac
		want=$(wanted "$table")
		printf 'GRANT %s ON `%s`.`%s` TO %s;\n' "${want//,/, }" "$database" "$table" "$who"
		extra=
		IFS=, read -r -a current <<<"${have[$table]-}"
		for p in ${current[@]+"${current[@]}"}; do
			case ",$want," in *",$p,"*) continue ;; esac
			[ "$p" = Grant ] && p="GRANT OPTION"
			extra=${extra:+$extra, }$p
		done
		[ -z "$extra" ] || printf 'REVOKE %s ON `%s`.`%s` FROM %s;\n' "$extra" "$database" "$table" "$who"
	done
	# database level (after the tables, so nothing the application uses is ever missing):
	# EXECUTE only; a row with more (the former SELECT, INSERT, UPDATE, DELETE on DB.*) is
	# revoked whole and EXECUTE given again
	printf 'GRANT EXECUTE ON `%s`.* TO %s;\n' "$(db_pattern "$database")" "$who"
	sql -e "SELECT Db FROM mysql.db WHERE User = '$user' AND Host = '$host' AND (Select_priv = 'Y'
		OR Insert_priv = 'Y' OR Update_priv = 'Y' OR Delete_priv = 'Y' OR Create_priv = 'Y' OR Drop_priv = 'Y'
		OR Alter_priv = 'Y' OR Index_priv = 'Y' OR Grant_priv = 'Y' OR Lock_tables_priv = 'Y'
		OR Create_tmp_table_priv = 'Y')" | while read -r pattern; do
		[ "$pattern" = "$database" ] || [ "$pattern" = "$(db_pattern "$database")" ] || continue
		printf 'REVOKE ALL PRIVILEGES ON `%s`.* FROM %s;\n' "$pattern" "$who"
		printf 'GRANT EXECUTE ON `%s`.* TO %s;\n' "$pattern" "$who"
	done
} | sql
