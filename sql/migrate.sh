#!/bin/bash
# migrate.sh --socket SOCK --database DB
#
# Contract: brings database DB (created if missing, utf8mb4_unicode_ci) up to date by applying
# every sql/NNNN-name.sql not yet recorded in DB.schema_migrations, in version order, each in
# its own client session followed by its record (version, name, sha256 of the file, applied_at).
# Connects with the `mariadb` client as the OS user (root over unix_socket). Prints one line per
# migration applied, or that there was nothing to do; running it again changes nothing.
# Fails (exit 1, nothing further applied) when a migration fails, when a recorded migration's
# file has changed since it was applied, or when two files share a version number.
set -eu

usage() {
	echo "usage: $0 --socket SOCK --database DB" >&2
	exit 2
}

socket=
database=
while [ $# -gt 0 ]; do
	case "$1" in
	--socket) [ $# -ge 2 ] || usage; socket=$2; shift 2 ;;
	--socket=*) socket=${1#--socket=}; shift ;;
	--database) [ $# -ge 2 ] || usage; database=$2; shift 2 ;;
	--database=*) database=${1#--database=}; shift ;;
	*) usage ;;
	esac
done
if [ -z "$socket" ] || [ -z "$database" ]; then
	usage
fi
case "$database" in
*[!A-Za-z0-9_]*) echo "$0: database name must be letters, digits and _ only: $database" >&2; exit 2 ;;
esac

sqldir=$(cd "$(dirname "$0")" && pwd)

db() {
	mariadb --socket="$socket" --default-character-set=utf8mb4 --batch --skip-column-names "$@"
}

db -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
db "$database" -e "
CREATE TABLE IF NOT EXISTS schema_migrations (
  version    SMALLINT UNSIGNED NOT NULL COMMENT 'NNNN of sql/NNNN-name.sql',
  name       VARCHAR(200) NOT NULL COMMENT 'file name',
  sha256     CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'of the file as applied',
  applied_at DATETIME NOT NULL DEFAULT (UTC_TIMESTAMP()),
  PRIMARY KEY (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"

# version -> "sha256 name" of what is recorded
declare -A recorded=()
while IFS=$'\t' read -r version sha name; do
	recorded[$((10#$version))]="$sha $name"
done < <(db "$database" -e "SELECT version, sha256, name FROM schema_migrations")

declare -A seen=()
applied=0
for file in "$sqldir"/[0-9][0-9][0-9][0-9]-*.sql; do
	[ -e "$file" ] || continue
	name=$(basename "$file")
	case "$name" in
	*[!A-Za-z0-9._-]*) echo "$0: bad migration file name: $name" >&2; exit 1 ;;
	esac
	version=$((10#${name%%-*}))
	if [ -n "${seen[$version]:-}" ]; then
		echo "$0: two migrations share version ${name%%-*}: ${seen[$version]} and $name" >&2
		exit 1
	fi
	seen[$version]=$name
	sha=$(sha256sum "$file" | cut -d' ' -f1)

	if [ -n "${recorded[$version]:-}" ]; then
		rec_sha=${recorded[$version]%% *}
		rec_name=${recorded[$version]#* }
		if [ "$rec_sha" != "$sha" ] || [ "$rec_name" != "$name" ]; then
			echo "$0: migration $name differs from the one applied to $database" \
				"($rec_name, sha256 $rec_sha; file now $sha)." >&2
			echo "$0: applied migrations must not change: restore the file and put the change in a new migration." >&2
			exit 1
		fi
		continue
	fi

	# The file and its record go through one session: the client stops at the first error,
	# so a failed migration is never recorded.
	if ! { cat "$file"
	       printf '\nDELIMITER ;\n'
	       printf "INSERT INTO schema_migrations (version, name, sha256) VALUES (%d, '%s', '%s');\n" \
	              "$version" "$name" "$sha"
	     } | db "$database"; then
		echo "$0: migration $name failed; it is not recorded (earlier statements of it may have taken effect)." >&2
		exit 1
	fi
	echo "applied $name"
	applied=$((applied + 1))
done

for version in "${!recorded[@]}"; do
	if [ -z "${seen[$version]:-}" ]; then
		echo "$0: warning: $database has migration ${recorded[$version]#* } recorded but no such file here" >&2
	fi
done

if [ "$applied" -eq 0 ]; then
	echo "$database is up to date (${#seen[@]} migrations already applied)"
else
	echo "$database: applied $applied migration(s)"
fi
