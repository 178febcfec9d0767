#!/bin/bash
# conf/restore.sh — restores a conf/backup.sh backup into a fresh database and storage dir.
#
#   conf/restore.sh --from DIR --socket SOCK --database NAME --storage DIR [--user NAME]
#
# Contract: run as the database superuser (OS root over unix_socket) of the MariaDB server at
# SOCK. Checks the backup's SHA256SUMS; refuses when database NAME exists or the storage
# directory holds anything (a restore goes into a fresh instance, never over live data);
# creates NAME (utf8mb4_unicode_ci), loads the dump, unpacks the files into the storage
# directory (created if missing) and gives the application user (default hnedu, which must
# exist) its table grants (conf/db-grants.sh). Then: put the secret key file of the backed-up
# instance (kept apart, not in the backup) where the new [site] secret_file points, start the
# instance (its start applies newer migrations) and check `cgi-bin/manage audit-verify`.
set -eu
umask 022

from='' socket='' database='' storage='' user=hnedu
usage() {
	sed -n '4p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}
while [ $# -gt 0 ]; do
	case $1 in
	--from) [ $# -ge 2 ] || usage; from=$2; shift 2 ;;
	--socket) [ $# -ge 2 ] || usage; socket=$2; shift 2 ;;
	--database) [ $# -ge 2 ] || usage; database=$2; shift 2 ;;
	--storage) [ $# -ge 2 ] || usage; storage=$2; shift 2 ;;
	--user) [ $# -ge 2 ] || usage; user=$2; shift 2 ;;
	*) usage ;;
	esac
done
[ -n "$from" ] && [ -n "$socket" ] && [ -n "$database" ] && [ -n "$storage" ] || usage
case $database in *[!A-Za-z0-9_]*) echo "restore.sh: bad database name: $database" >&2; exit 2 ;; esac
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

die() {
	echo "restore.sh: $*" >&2
	exit 1
}
sql() {
	mariadb --no-defaults --socket="$socket" --default-character-set=utf8mb4 --batch --skip-column-names "$@"
}

(cd "$from" && sha256sum --quiet -c SHA256SUMS) || die "$from: the backup does not match its SHA256SUMS"
[ "$(sql -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '$database'")" = 0 ] ||
	die "database $database exists; restore into a fresh one"
if [ -d "$storage" ] && [ -n "$(ls -A "$storage")" ]; then die "$storage is not empty"; fi

sql -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
if ! gzip -dc "$from/database.sql.gz" | sql "$database"; then
	sql -e "DROP DATABASE IF EXISTS \`$database\`" || true
	die "loading the dump failed (database $database dropped again)"
fi
mkdir -p "$storage"
tar -C "$storage" -xzf "$from/storage.tar.gz" || die "unpacking the files into $storage failed"
bash "$ROOT/conf/db-grants.sh" --socket "$socket" --database "$database" --user "$user" ||
	die "could not grant $user its privileges on $database"
echo "restore.sh: database $database and storage $storage restored from $from"
sed -n 's/^audit_head=/restore.sh: audit chain head at backup time (seq:hmac): /p' "$from/MANIFEST"
echo "restore.sh: now put the instance's secret key file in place, start it and run: manage audit-verify"
