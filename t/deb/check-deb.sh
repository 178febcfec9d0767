#!/bin/bash
# t/deb/check-deb.sh — `make check-deb`: the Debian package from build to purge on this machine.
#
#   DEB_PORT=8088 bash t/deb/check-deb.sh
#
# Contract: run as root on a Debian 12 machine that may be changed (a CI or test machine):
# builds hnedu (debian/make-deb.sh) and a newer build of the same tree (version +test1),
# installs mariadb-server and nginx when missing, starts the system MariaDB (default socket
# /run/mysqld/mysqld.sock) and installs the package with apt-get, moves the packaged nginx
# site to 127.0.0.1:$DEB_PORT (Debian's default site is disabled for the run), runs the units
# (systemd when it is PID 1, else /usr/lib/hnedu/supervise), signs in through nginx as the
# bootstrap admin (one-time password, SMS code from the outbox, forced password change),
# creates an announcement, upgrades to the newer build, checks that data, configuration,
# secrets, migrations and the changed password survived, then removes and purges the
# package. Prints "ok N - ..." / "not ok N - ..." lines and ends with "N passed, N failed";
# exit 0 only when nothing failed. On exit it stops what it started, purges the package,
# drops the database it made and puts the default site back. Work files in var/deb/check/.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
PORT=${DEB_PORT:-8088}
W=$ROOT/var/deb/check
BASE=http://127.0.0.1:$PORT
JAR=$W/cookies
LIB=/usr/lib/hnedu
CONF=/etc/hnedu/app.conf
MOBILE=13900000009
SITE=/etc/nginx/sites-available/hnedu
passed=0 failed=0 n=0 done=
started_db='' started_nginx='' default_site='' sup_pid='' ours=''

export DEBIAN_FRONTEND=noninteractive
[ "$(id -u)" = 0 ] || { echo "check-deb.sh: run as root"; exit 1; }
rm -rf "$W" && mkdir -p "$W"
exec 3>&1

# step DESCRIPTION COMMAND...: runs COMMAND (output into $W/step-N.log), prints ok / not ok.
step() {
	local desc=$1
	shift
	n=$((n + 1))
	if "$@" >"$W/step-$n.log" 2>&1; then
		echo "ok $n - $desc"
		passed=$((passed + 1))
	else
		echo "not ok $n - $desc"
		sed 's/^/#   /' "$W/step-$n.log" | tail -n 25
		failed=$((failed + 1))
		return 1
	fi
}

sql() { mariadb --no-defaults --socket=/run/mysqld/mysqld.sock --batch --skip-column-names "$@"; }
db_up() { mariadb-admin --no-defaults --socket=/run/mysqld/mysqld.sock ping >/dev/null 2>&1; }
installed() { dpkg-query -W -f='${db:Status-Abbrev}' hnedu 2>/dev/null | grep -q '^ii'; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# get PATH / post PATH BODY: curl through nginx with the cookie jar ($W/status, headers, body).
get() {
	curl -sS -o "$W/body" -D "$W/headers" -w '%{http_code}' -b "$JAR" -c "$JAR" "$BASE$1" >"$W/status"
}
post() {
	curl -sS -o "$W/body" -D "$W/headers" -w '%{http_code}' -b "$JAR" -c "$JAR" -H "Origin: $BASE" \
		--data-binary "$2" "$BASE$1" >"$W/status"
}
status_is() { [ "$(cat "$W/status")" = "$1" ] || { echo "status $(cat "$W/status"), wanted $1"; head -c 1500 "$W/body"; false; }; }
location_is() { grep -qiE "^Location: $1"$'\r'"?$" "$W/headers" || { echo "no Location $1"; cat "$W/headers"; false; }; }
body_has() { grep -qF -- "$1" "$W/body" || { echo "body lacks $1"; head -c 1500 "$W/body"; false; }; }
csrf() { sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$W/body" | head -n 1; }

# ---- services: MariaDB, nginx, the units ----------------------------------------------------
start_units() {
	if [ -d /run/systemd/system ]; then
		systemctl start hnedu.target
	else
		setsid "$LIB/supervise" --workers 2 >>"$W/supervise.log" 2>&1 </dev/null &
		sup_pid=$!
	fi
	local i
	for ((i = 0; i < 100; i++)); do
		[ -S /run/hnedu/uploads.sock ] && [ -S /run/hnedu/portal.sock ] && return 0
		sleep 0.1
	done
	cat "$W/supervise.log"
	return 1
}
stop_units() {
	if [ -d /run/systemd/system ]; then
		systemctl stop hnedu.target 'hnedu@*.service' 'hnedu@*.socket' hnedu-jobs-worker.service
	elif [ -n "$sup_pid" ]; then
		kill -TERM "$sup_pid" 2>/dev/null
		wait "$sup_pid"
		sup_pid=
	fi
	return 0
}
cleanup() {
	stop_units >/dev/null 2>&1
	if [ -n "$ours" ]; then
		if dpkg-query -W hnedu >/dev/null 2>&1; then dpkg --purge hnedu >>"$W/cleanup.log" 2>&1; fi
		if db_up; then
			sql -e "DROP DATABASE IF EXISTS hnedu; DROP USER IF EXISTS 'hnedu'@'localhost'" >>"$W/cleanup.log" 2>&1
		fi
		rm -rf /var/lib/hnedu /run/hnedu
	fi
	if [ -n "$default_site" ] && [ ! -e /etc/nginx/sites-enabled/default ]; then
		ln -s "$default_site" /etc/nginx/sites-enabled/default
	fi
	if [ -n "$started_nginx" ]; then
		nginx -s quit >>"$W/cleanup.log" 2>&1
	elif [ -f /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then
		# a system nginx that ran before: back to its own sites
		nginx -t >>"$W/cleanup.log" 2>&1 && nginx -s reload >>"$W/cleanup.log" 2>&1
	fi
	[ -z "$started_db" ] || service mariadb stop >>"$W/cleanup.log" 2>&1
	# an early end (a step that the rest depends on failed, or an interrupt) still counts
	[ -n "$done" ] || echo "$passed passed, $((failed > 0 ? failed : 1)) failed"
}
trap 'cleanup' EXIT
trap 'exit 130' INT TERM

# ---- preconditions ---------------------------------------------------------------------------
prepare() {
	local p missing=
	for p in mariadb-server mariadb-client nginx curl python3 systemd; do
		dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"
	done
	# shellcheck disable=SC2086
	[ -z "$missing" ] || { apt-get -q update && apt-get -q -y --no-install-recommends install $missing; } || return 1
	if installed || [ -d /etc/hnedu ]; then
		echo "hnedu is installed (or /etc/hnedu exists) on this machine: purge it first"
		return 1
	fi
	if ! db_up; then
		service mariadb start || return 1
		started_db=1
	fi
	if [ "$(sql -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'hnedu'")" != 0 ]; then
		echo "the system MariaDB has a database hnedu: drop it first (this test makes its own)"
		return 1
	fi
	if ss -Hltn "sport = :$PORT" | grep -q .; then echo "port $PORT is in use"; return 1; fi
	ours=1 # from here on, cleanup undoes what this run did
}
step "build packages installed, system MariaDB answers, port $PORT free, no hnedu yet" prepare || exit 1

step "make deb builds hnedu (first version)" bash -c "bash '$ROOT/debian/make-deb.sh' --out '$W/v1' >'$W/v1.path'"
V1=$(cd "$ROOT/debian" && dpkg-parsechangelog -l changelog -S Version)
V2=$V1+test1
step "make deb builds a newer version $V2 of the same tree with one more migration" \
	bash -c "bash '$ROOT/debian/make-deb.sh' --version '$V2' --extra-migration '$ROOT/t/deb/9999-check-deb-upgrade.sql' --out '$W/v2' >'$W/v2.path'"
DEB1=$(tail -n 1 "$W/v1.path" 2>/dev/null) DEB2=$(tail -n 1 "$W/v2.path" 2>/dev/null)
lintian_clean() {
	cat "$W/v1/lintian.txt"
	! grep -E '^[EW]: ' "$W/v1/lintian.txt"
}
step "lintian: no error and no warning (infos overridden with reasons)" lintian_clean

install_v1() {
	HNEDU_ADMIN_MOBILE=$MOBILE apt-get -q -y install "$DEB1" >"$W/install.log" 2>&1 ||
		{ cat "$W/install.log"; return 1; }
	cat "$W/install.log"
	grep -q 'first administrator created' "$W/install.log" &&
		grep -qF "$(cat /etc/hnedu/admin-initial-password)" "$W/install.log" &&
		[ "$(dpkg-query -W -f='${Version}' hnedu)" = "$V1" ]
}
step "apt-get install: postinst prints the admin's one-time password" install_v1 || exit 1

installed_files() {
	local a
	for a in portal school center department insurer admin uploads; do test -x "$LIB/$a.fcgi" || return 1; done
	test -x "$LIB/manage" && test -x "$LIB/sql/migrate.sh" && test -f /usr/share/hnedu/templates/layout/page.tpl &&
		test -f /usr/share/hnedu/htdocs/css/site.css && test -L /etc/nginx/sites-enabled/hnedu &&
		[ "$(stat -c '%U:%G %a' $CONF)" = "root:hnedu 640" ] &&
		[ "$(stat -c '%U:%G %a' /var/lib/hnedu/secret.key)" = "root:hnedu 640" ] &&
		[ "$(stat -c '%U:%G %a' /etc/hnedu/admin-initial-password)" = "root:root 600" ] &&
		[ "$(stat -c '%U:%G %a' /var/lib/hnedu/storage)" = "hnedu:www-data 2750" ] &&
		getent passwd hnedu >/dev/null &&
		grep -q '^password=[0-9a-f]\{36\}$' $CONF
}
step "files, modes, system user and generated secrets in place" installed_files

# Stored files are written by the workers (user hnedu, umask 0027) into storage/<xx>/ and read
# by nginx (www-data) for X-Accel-Redirect: the setgid group www-data of storage/ makes that work.
storage_readable() {
	local d=/var/lib/hnedu/storage/zz
	setpriv --reuid=hnedu --regid=hnedu --init-groups sh -c "umask 0027 && mkdir -p $d && echo stored >$d/check" &&
		[ "$(setpriv --reuid=www-data --regid=www-data --init-groups cat $d/check)" = stored ] &&
		! setpriv --reuid=nobody --regid=nogroup --clear-groups cat $d/check 2>/dev/null &&
		rm -r "$d"
}
step "a file the workers store is readable by nginx (www-data) and by no one else" storage_readable

migrations_complete() {
	local want
	want=$(find $LIB/sql -name '[0-9][0-9][0-9][0-9]-*.sql' | wc -l)
	sql hnedu -e "SELECT version, name, sha256 FROM schema_migrations ORDER BY version" >"$W/migrations-v1" &&
		[ "$(wc -l <"$W/migrations-v1")" = "$want" ] &&
		[ "$(sql hnedu -e "SELECT COUNT(*) FROM accounts WHERE kind = 'admin' AND must_change_password = 1 AND mobile_enc IS NOT NULL")" = 1 ] &&
		sql -e "SHOW GRANTS FOR 'hnedu'@'localhost'" | grep -q 'audit_log'
}
step "every migration applied, the admin sealed, the app user granted" migrations_complete

verify_units() {
	SYSTEMD_LOG_LEVEL=notice systemd-analyze verify /lib/systemd/system/hnedu.target \
		/lib/systemd/system/hnedu@portal.socket /lib/systemd/system/hnedu@portal.service \
		/lib/systemd/system/hnedu@uploads.socket /lib/systemd/system/hnedu@uploads.service \
		/lib/systemd/system/hnedu-jobs-worker.service /lib/systemd/system/hnedu-sms-sender.service 2>&1 |
		tee "$W/verify.log"
	[ ! -s "$W/verify.log" ]
}
step "systemd-analyze verify: the installed units have no complaint" verify_units

site_on_port() {
	# as an operator would: the site's address and the application's origin
	sed -i -e "s/^\([[:space:]]*\)listen 80;/\1listen 127.0.0.1:$PORT;/" -e '/listen \[::\]:80;/d' "$SITE" &&
		sed -i "s|^origin=.*|& $BASE|" $CONF && grep -q "^origin=.*$BASE" $CONF || return 1
	if [ -L /etc/nginx/sites-enabled/default ]; then
		default_site=$(readlink /etc/nginx/sites-enabled/default)
		rm /etc/nginx/sites-enabled/default
	fi
	nginx -t || return 1
	if [ -f /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then
		nginx -s reload
	else
		nginx && started_nginx=1
	fi
}
step "the packaged site moved to 127.0.0.1:$PORT, nginx -t passes, nginx runs" site_on_port || exit 1
step "the units run (systemd, or /usr/lib/hnedu/supervise with sockets on fd 0)" start_units || exit 1

serves() {
	get /school/ && status_is 200 && body_has 学校 &&
		get /school/static/css/site.css && status_is 200 &&
		get /school/healthz && status_is 200
}
step "nginx serves the portal, a static file and /school/healthz" serves

# restarted() : SIGKILL to the portal's master; the socket stays open (supervise or the .socket
# unit holds it), so requests wait for the restarted master instead of failing.
portal_master() {
	if [ -d /run/systemd/system ]; then
		systemctl show -p MainPID --value hnedu@portal.service
	else
		pgrep -P "$sup_pid" -f "^$LIB/portal.fcgi "
	fi
}
restarted() {
	local pid i new
	pid=$(portal_master) && [ -n "$pid" ] && [ "$pid" != 0 ] || { echo "no portal master"; return 1; }
	kill -KILL "$pid"
	for ((i = 0; i < 50; i++)); do
		new=$(portal_master)
		[ -n "$new" ] && [ "$new" != "$pid" ] && [ "$new" != 0 ] && break
		sleep 0.2
	done
	echo "master $pid killed, now $new"
	[ -n "$new" ] && [ "$new" != "$pid" ] && get /school/healthz && status_is 200 && body_has "ok migrations="
}
step "a killed portal master is restarted on the same socket (Restart=always)" restarted

# admin_login PASSWORD: password, then the newest SMS code from the outbox (manage sms-outbox).
admin_login() {
	local code
	rm -f "$JAR"
	# a second sign-in within a minute gets no new code (per-phone send limit): reset it, as
	# t/test-lib.sh does
	sql hnedu -e "DELETE FROM auth_throttle WHERE throttle_key LIKE 'sms:mobile:%'" || return 1
	get /school/admin/login && status_is 200 &&
		post /school/admin/login "csrf=$(csrf)&login=admin&password=$(urlencode "$1")" && status_is 303 &&
		location_is '.*/school/verify' || return 1
	# "time  mobile  body": the newest message went to the admin's mobile and holds the code
	HNEDU_CONF=$CONF $LIB/manage sms-outbox 1 >"$W/outbox" && cat "$W/outbox" &&
		[ "$(awk -F'  ' '{ print $2 }' "$W/outbox")" = "$MOBILE" ] || return 1
	code=$(awk -F'  ' '{ print $3 }' "$W/outbox" | grep -oE '[0-9]{6}' | head -n 1)
	[ -n "$code" ] || { echo "no code in the outbox"; return 1; }
	get /school/verify && status_is 200 && post /school/verify "csrf=$(csrf)&code=$code" && status_is 303
}
NEWPW='Deb@Check2026x'
first_login() {
	admin_login "$(cat /etc/hnedu/admin-initial-password)" && location_is '.*/school/password' &&
		get /school/password && status_is 200 &&
		post /school/password "csrf=$(csrf)&current_password=$(urlencode "$(cat /etc/hnedu/admin-initial-password)")&new_password=$(urlencode "$NEWPW")&confirm_password=$(urlencode "$NEWPW")" &&
		status_is 303 && get /school/admin/ && status_is 200 && body_has 注册审核
}
step "admin signs in through nginx: one-time password, SMS code, forced password change" first_login

TITLE="升级检查公告$$"
create_data() {
	get /school/admin/announcement/new && status_is 200 &&
		post /school/admin/announcement/new "csrf=$(csrf)&title=$(urlencode "$TITLE")&body=$(urlencode 升级前写入)&role_school=1&city=&county=&company=&expires_on=" &&
		status_is 303 && location_is '.*/school/admin/announcement\?id=[0-9]+&done=created' &&
		[ "$(sql hnedu -e "SELECT COUNT(*) FROM announcements WHERE title = '$TITLE'")" = 1 ]
}
step "admin creates an announcement draft" create_data

snapshot() { # FILE: what an upgrade must keep
	{
		sha256sum $CONF /var/lib/hnedu/secret.key /etc/hnedu/admin-initial-password "$SITE"
		sql hnedu -e "SELECT version, name, sha256 FROM schema_migrations ORDER BY version"
		sql hnedu -e "SELECT id, title, status FROM announcements ORDER BY id"
		sql hnedu -e "SELECT id, kind, login_name, password_hash, must_change_password FROM accounts ORDER BY id"
		sql hnedu -e "SELECT COUNT(*) FROM audit_log"
	} >"$1"
}
upgrade() {
	snapshot "$W/before" && stop_units &&
		apt-get -q -y -o Dpkg::Options::=--force-confold install "$DEB2" >"$W/upgrade.log" 2>&1 ||
		{ cat "$W/upgrade.log"; return 1; }
	cat "$W/upgrade.log"
	[ "$(dpkg-query -W -f='${Version}' hnedu)" = "$V2" ] && ! grep -q 'first administrator created' "$W/upgrade.log"
}
step "apt-get install of $V2 upgrades in place (setup runs again, no new admin)" upgrade || exit 1

kept() {
	snapshot "$W/after"
	# the upgrade's migration is recorded after the others and did its work
	grep -q $'^9999\t9999-check-deb-upgrade.sql\t' "$W/after" &&
		[ "$(sql hnedu -e "SELECT note FROM check_deb_upgrade WHERE id = 1")" = "applied by the upgrade" ] || return 1
	# the audit log may only have grown; everything else is the same
	diff <(sed '$d' "$W/before") <(sed -e '$d' -e $'/^9999\t9999-check-deb-upgrade.sql\t/d' "$W/after") &&
		[ "$(tail -n 1 "$W/after")" -ge "$(tail -n 1 "$W/before")" ] &&
		HNEDU_CONF=$CONF $LIB/manage audit-verify
}
step "upgrade applied the new migration and kept config, key, migrations, accounts, data; audit chain verifies" kept
step "the units run again after the upgrade" start_units
after_upgrade() {
	get /school/healthz && status_is 200 && body_has "ok migrations=$(($(find $LIB/sql -name '[0-9]*.sql' | wc -l)))" &&
		admin_login "$NEWPW" && location_is '.*/school/admin/' &&
		get /school/admin/announcements && status_is 200 && body_has "$TITLE"
}
step "after the upgrade the admin signs in with the changed password and sees the data" after_upgrade

# no error line in the services' logs (without systemd: /var/log/hnedu/*.log)
logs_clean() {
	[ -d /run/systemd/system ] && return 0
	ls /var/log/hnedu/*.log && ! grep -H ' error: ' /var/log/hnedu/*.log
}
step "the services logged no error" logs_clean

remove() {
	stop_units && apt-get -q -y remove hnedu || return 1
	! test -e $LIB/portal.fcgi && test -f $CONF && test -f "$SITE" && ! test -e /etc/nginx/sites-enabled/hnedu &&
		nginx -t && [ "$(sql hnedu -e "SELECT COUNT(*) FROM announcements WHERE title = '$TITLE'")" = 1 ]
}
step "remove: programs gone, configuration and data kept, nginx site unlinked, nginx -t passes" remove
purge() {
	dpkg --purge hnedu || return 1
	! test -e /etc/hnedu && ! test -e "$SITE" &&
		[ "$(sql -e "SELECT COUNT(*) FROM mysql.user WHERE User = 'hnedu'")" = 0 ] &&
		[ "$(sql hnedu -e "SELECT COUNT(*) FROM announcements WHERE title = '$TITLE'")" = 1 ] &&
		test -s /var/lib/hnedu/secret.key
}
step "purge: /etc/hnedu and the database user gone, database and /var/lib/hnedu kept" purge

# A new install on the kept database and key takes them up again: no new admin, the key still
# opens the encrypted mobiles, the audit chain verifies.
reinstall() {
	# the new install links the packaged site on port 80 again: nginx is not needed any more
	if [ -n "$started_nginx" ]; then
		nginx -s quit && started_nginx='' && sleep 1
	fi
	apt-get -q -y install "$DEB2" >"$W/reinstall.log" 2>&1 || { cat "$W/reinstall.log"; return 1; }
	cat "$W/reinstall.log"
	! grep -q 'first administrator created' "$W/reinstall.log" && test ! -e /etc/hnedu/admin-initial-password &&
		[ "$(sql hnedu -e "SELECT COUNT(*) FROM announcements WHERE title = '$TITLE'")" = 1 ] &&
		HNEDU_CONF=$CONF $LIB/manage sms-outbox 1 | grep -qF "  $MOBILE  " &&
		HNEDU_CONF=$CONF $LIB/manage audit-verify
}
step "install after purge takes up the kept database and key (no new admin, data readable)" reinstall
lost_key() {
	dpkg --purge hnedu && mv /var/lib/hnedu/secret.key "$W/secret.key.kept" || return 1
	if apt-get -q -y install "$DEB2" >"$W/lost-key.log" 2>&1; then cat "$W/lost-key.log"; return 1; fi
	cat "$W/lost-key.log"
	grep -q 'secret.key was missing' "$W/lost-key.log" && test ! -e /var/lib/hnedu/secret.key
}
step "install on the kept database without its key file stops with a message (no new key)" lost_key

done=1
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
