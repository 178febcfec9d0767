#!/bin/bash
# conf/backup.sh — one consistent backup of an instance: its database and its stored files.
#
#   conf/backup.sh --conf APP_CONF --out DIR
#
# Contract: run as the database superuser (OS root over unix_socket) on the host of the
# instance whose configuration is APP_CONF ([db] socket and name, [site] storage). Creates DIR
# (it must not exist) with
#   database.sql.gz   mariadb-dump --single-transaction (one snapshot, no locks held on the
#                     InnoDB tables) --routines --triggers --events --hex-blob of the database
#   storage.tar.gz    the storage directory, taken after the dump: files are named by their
#                     SHA-256 and never changed, so every file a dumped row names is in it
#   MANIFEST          what was backed up, when, the last migration and the audit chain head
#                     (seq:hmac) of the dump
#   SHA256SUMS        of the three files above (conf/restore.sh checks them first)
# The secret key file ([site] secret_file) is NOT included: it decrypts the ID numbers and
# keys the audit chain, so it is kept apart (another medium, other hands). Restoring needs it.
# Exit 0 on success; on failure DIR is removed.
set -euo pipefail
umask 077

conf='' out=''
usage() {
	sed -n '4p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}
while [ $# -gt 0 ]; do
	case $1 in
	--conf) [ $# -ge 2 ] || usage; conf=$2; shift 2 ;;
	--out) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
	*) usage ;;
	esac
done
[ -n "$conf" ] && [ -n "$out" ] || usage
[ -f "$conf" ] || { echo "backup.sh: no such configuration: $conf" >&2; exit 2; }
[ ! -e "$out" ] || { echo "backup.sh: $out exists; give a new directory" >&2; exit 2; }

# ini SECTION KEY: the last value of KEY in [SECTION] of the configuration.
ini() {
	awk -v want="$1" -v key="$2" '
		/^[[:space:]]*[;#]/ { next }
		/^[[:space:]]*\[/ { sect = $0; gsub(/[[:space:]\[\]]/, "", sect); next }
		sect == want && $0 ~ "^[[:space:]]*" key "[[:space:]]*=" {
			v = $0; sub(/^[^=]*=[[:space:]]*/, "", v); sub(/[[:space:]]+$/, "", v); val = v
		}
		END { print val }' "$conf"
}
socket=$(ini db socket)
database=$(ini db name)
storage=$(ini site storage)
case $database in '' | *[!A-Za-z0-9_]*) echo "backup.sh: bad [db] name: $database" >&2; exit 2 ;; esac
[ -S "$socket" ] || { echo "backup.sh: no database server at [db] socket $socket" >&2; exit 2; }
[ -d "$storage" ] || { echo "backup.sh: no storage directory $storage" >&2; exit 2; }

sql() {
	mariadb --no-defaults --socket="$socket" --default-character-set=utf8mb4 --batch --skip-column-names "$database" -e "$1"
}

mkdir -p "$out"
trap 'rm -rf "$out"' ERR INT TERM
mariadb-dump --no-defaults --socket="$socket" --default-character-set=utf8mb4 --single-transaction \
	--routines --triggers --events --hex-blob --skip-dump-date --quick "$database" | gzip -6 >"$out/database.sql.gz"
# and the dump's own end marker
gzip -dc "$out/database.sql.gz" | tail -n 1 | grep -q '^-- Dump completed' ||
	{ echo "backup.sh: mariadb-dump did not complete" >&2; false; }
tar -C "$storage" -czf "$out/storage.tar.gz" .
{
	echo "backup of database $database and storage $storage"
	echo "taken_at=$(date -u +%FT%TZ)"
	echo "host=$(hostname)"
	echo "last_migration=$(sql "SELECT name FROM schema_migrations ORDER BY version DESC LIMIT 1")"
	# the head as in the dump's snapshot (a live instance has moved on since)
	echo "audit_head=$(gzip -dc "$out/database.sql.gz" | perl -ne '
		if (/INSERT INTO `audit_chain_head` VALUES/) { $on = 1 }
		if ($on && /\(1,(\d+),(?:0x([0-9A-Fa-f]+)|NULL)\)/) { print $1, ":", lc($2 // "-"); exit }')"
	echo "files=$(tar -tzf "$out/storage.tar.gz" | grep -vc '/$' || true)"
	echo "not included: the secret key file ([site] secret_file) - keep it apart; restoring needs it"
} >"$out/MANIFEST"
(cd "$out" && sha256sum database.sql.gz storage.tar.gz MANIFEST >SHA256SUMS)
trap - ERR INT TERM
echo "backup.sh: $out written ($(du -sh "$out" | cut -f1)); the key file is not in it"
