#!/bin/bash
# /usr/lib/hnedu/setup — installs or brings up to date the hnedu instance of this host; run
# by the package's postinst on every install and upgrade (before the units are restarted),
# and by hand after fixing what stopped it (e.g. MariaDB was not running). Idempotent.
#
#   /usr/lib/hnedu/setup
#
# Contract: run as root on the host of the local MariaDB server (root over unix_socket at
# /run/mysqld/mysqld.sock, Debian's default). Keeps what exists, creates what is missing:
#   - the system user and group hnedu;
#   - /var/lib/hnedu (root:hnedu 0751) with storage/ (hnedu:www-data 2750: nginx reads stored
#     files for X-Accel-Redirect) and secret.key (32 random bytes as hex, root:hnedu 0640:
#     keys sessions, CSRF, HMACs and the AES-256-GCM encryption of ID numbers and mobiles);
#   - /etc/hnedu/app.conf (root:hnedu 0640; the format of conf/app.conf.example) with a
#     random database password, written once and never overwritten (the operator edits it);
#   - the database user hnedu@localhost with that password, the database hnedu, every
#     migration (sql/migrate.sh: only the new ones on an upgrade), the table grants
#     (conf/db-grants.sh), sealing of plain personal data (manage pii-seal);
#   - when the database has no admin account: admin with a one-time password (must be changed
#     at the first sign-in) and the mobile $HNEDU_ADMIN_MOBILE (default 13800000000) for its
#     SMS second factor; the password is printed and kept in /etc/hnedu/admin-initial-password
#     (root 0600).
# Exit 0 when done; 1 with a message on stderr when MariaDB does not answer or a step fails
# (nothing is dropped: running it again continues).
set -euo pipefail

LIB=/usr/lib/hnedu
SHARE=/usr/share/hnedu
ETC=/etc/hnedu
CONF=$ETC/app.conf
STATE=/var/lib/hnedu
SOCK=/run/mysqld/mysqld.sock
DB=hnedu
ADMIN_MOBILE=${HNEDU_ADMIN_MOBILE:-13800000000}

die() {
	echo "hnedu setup: $*" >&2
	exit 1
}
sql() {
	mariadb --no-defaults --socket="$SOCK" --default-character-set=utf8mb4 --batch --skip-column-names "$@"
}
random_hex() { # BYTES
	od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'
}
# ini SECTION KEY: the last value of KEY in [SECTION] of app.conf (as the application reads it).
ini() {
	awk -v want="$1" -v key="$2" '
		/^[[:space:]]*[;#]/ { next }
		/^[[:space:]]*\[/ { sect = $0; gsub(/[[:space:]\[\]]/, "", sect); next }
		sect == want && $0 ~ "^[[:space:]]*" key "[[:space:]]*=" {
			v = $0; sub(/^[^=]*=[[:space:]]*/, "", v); sub(/[[:space:]]+$/, "", v); val = v
		}
		END { print val }' "$CONF"
}

[ "$(id -u)" = 0 ] || die "run as root"
case $ADMIN_MOBILE in 1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]) ;; *) die "HNEDU_ADMIN_MOBILE must be an 11-digit mobile number" ;; esac

# ---- user, directories, key ----------------------------------------------------------
if ! getent passwd hnedu >/dev/null; then
	adduser --system --group --quiet --home "$STATE" --no-create-home \
		--gecos "hnedu web application" hnedu
fi
install -d -o root -g hnedu -m 0751 "$STATE"
install -d -o hnedu -g www-data -m 2750 "$STATE/storage"
install -d -o root -g hnedu -m 0750 "$ETC"
install -d -o hnedu -g adm -m 2750 /var/log/hnedu
if [ ! -s "$STATE/secret.key" ]; then
	(umask 077 && random_hex 32 >"$STATE/secret.key.new" && mv "$STATE/secret.key.new" "$STATE/secret.key")
fi
chown root:hnedu "$STATE/secret.key"
chmod 0640 "$STATE/secret.key"

# ---- configuration -----------------------------------------------------------------------
if [ ! -f "$CONF" ]; then
	pw=$(random_hex 18)
	host=$(hostname -f 2>/dev/null || hostname)
	(
		umask 077
		{
			echo "; /etc/hnedu/app.conf — written once by /usr/lib/hnedu/setup (package hnedu); yours to edit."
			echo "; Every key is explained in /usr/share/hnedu/app.conf.example; after a change:"
			echo ";   systemctl restart hnedu.target"
			sed -e "s|@SOCKET@|$SOCK|g" -e "s|@DB_NAME@|$DB|g" -e "s|@DB_PASSWORD@|$pw|g" \
				-e "s|^origin=.*|origin=http://localhost http://$host|" \
				-e "s|@ROOT@|$SHARE|g" -e "s|@VAR@/storage|$STATE/storage|g" \
				-e "s|@VAR@/secret.key|$STATE/secret.key|g" -e "s|@RUN@|/run/hnedu/locks|g" \
				"$SHARE/app.conf.example" | sed -e '/^; conf\/app.conf.example/,/^; Comments take/d'
		} >"$CONF.new"
	)
	mv "$CONF.new" "$CONF"
	echo "hnedu setup: wrote $CONF (origin http://localhost http://$host: edit [site] origin for your host name)"
fi
chown root:hnedu "$CONF"
chmod 0640 "$CONF"
pw=$(ini db password)
case $pw in '' | *[!0-9A-Za-z]*) die "$CONF: [db] password must be letters and digits" ;; esac
[ "$(ini db name)" = "$DB" ] || die "$CONF: [db] name must stay $DB for this script"

# ---- database --------------------------------------------------------------------------
for ((i = 0; i < 30; i++)); do
	mariadb-admin --no-defaults --socket="$SOCK" ping >/dev/null 2>&1 && break
	sleep 1
done
mariadb-admin --no-defaults --socket="$SOCK" ping >/dev/null 2>&1 ||
	die "MariaDB does not answer on $SOCK: start it (service mariadb start), then run $LIB/setup"
{
	printf "CREATE USER IF NOT EXISTS 'hnedu'@'localhost' IDENTIFIED BY '%s';\n" "$pw"
	printf "ALTER USER 'hnedu'@'localhost' IDENTIFIED BY '%s';\n" "$pw"
} | sql || die "could not create the database user hnedu"
"$LIB/sql/migrate.sh" --socket "$SOCK" --database "$DB" || die "migrations failed on $DB"
bash "$LIB/conf/db-grants.sh" --socket "$SOCK" --database "$DB" || die "could not grant hnedu its privileges"

# ---- first administrator -------------------------------------------------------------------
if [ "$(sql "$DB" -e "SELECT COUNT(*) FROM accounts WHERE kind = 'admin'")" = 0 ]; then
	# 16 characters of four classes (the password policy wants three)
	password="Hn$(random_hex 6)@$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')Q"
	hash=$(printf '%s' "$password" | HNEDU_CONF=$CONF "$LIB/manage" hash-password) ||
		die "manage hash-password failed"
	case $hash in '$argon2id$'*) ;; *) die "unexpected password hash" ;; esac
	case $hash in *"'"* | *\\*) die "unexpected password hash" ;; esac
	sql "$DB" -e "INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name,
		must_change_password, password_changed_at) VALUES ('admin', 'admin', '$ADMIN_MOBILE', '$hash',
		'河南省教育资源保障中心', 1, UTC_TIMESTAMP())" || die "could not create the admin account"
	(umask 077 && printf '%s\n' "$password" >"$ETC/admin-initial-password")
	cat <<MSG
hnedu setup: first administrator created
    sign in at  http://<host>/school/admin/login
    login       admin
    password    $password    (one-time: change it at the first sign-in; also in $ETC/admin-initial-password)
    SMS code    sent to $ADMIN_MOBILE; with [sms] driver=outbox read it with
                HNEDU_CONF=$CONF $LIB/manage sms-outbox 1
MSG
fi
# mobiles written in the clear (above, or by a migration) are encrypted and masked
HNEDU_CONF=$CONF "$LIB/manage" pii-seal >/dev/null || die "manage pii-seal failed"
echo "hnedu setup: database $DB is at $(sql "$DB" -e "SELECT name FROM schema_migrations ORDER BY version DESC LIMIT 1")"
