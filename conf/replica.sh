#!/usr/bin/env bash
# conf/replica.sh — a MariaDB GTID replica of the stack's database server on the same machine
# (docs/scaling.md): datadir $HNEDU_VAR/replica/mysql, socket run/replica.sock, TCP on
# 127.0.0.1:$HNEDU_REPLICA_PORT, replicating over loopback TCP from the primary that
# conf/stack.sh started with HNEDU_DB_PORT (binary log, server_id 1). Read-only; server_id 2.
#
#   conf/replica.sh start    the first time: clone the primary (mariadb-dump --gtid of every
#                            database), then replicate from its GTID position; later: start the
#                            server again (replication resumes where it stopped)
#   conf/replica.sh stop     stop the replica server (pid file only)
#   conf/replica.sh status   its replication state (exit 0 when both threads run, else 3)
#
# Knobs: HNEDU_VAR (the stack's var dir), HNEDU_DB_PORT (the primary's port, required),
# HNEDU_REPLICA_PORT (required). Users it creates: 'repl'@'127.0.0.1' on the primary
# (REPLICATION SLAVE; random password in var/repl-password) and, on the replica only,
# 'hnedu'@'127.0.0.1' (the app's password; SELECT on the app database and SLAVE MONITOR, which
# [db] replica_host/replica_port use: modules/replica.h).
set -eu
umask 022

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
die() {
	printf 'replica.sh: %s\n' "$*" >&2
	exit 1
}
eval "$(bash "$ROOT/conf/stack.sh" env)"
VAR=$HNEDU_VAR
RUN=$HNEDU_RUN
PSOCK=$HNEDU_SOCKET
DB_PORT=${HNEDU_DB_PORT:-}
RPORT=${HNEDU_REPLICA_PORT:-}
case $DB_PORT in '' | *[!0-9]*) die "HNEDU_DB_PORT (the primary's port) must be set" ;; esac
case $RPORT in '' | *[!0-9]*) die "HNEDU_REPLICA_PORT must be set" ;; esac
DATADIR=$VAR/replica/mysql
RSOCK=$RUN/replica.sock
RPID=$RUN/replica.pid
LOG=$VAR/log/replica.log
APP_DB=hnedu
if [ "$(id -u)" = 0 ]; then DBROOT=root; else DBROOT=$(id -un); fi

psql() { mariadb --no-defaults --socket="$PSOCK" -u "$DBROOT" --batch --skip-column-names "$@"; }
rsql() { mariadb --no-defaults --socket="$RSOCK" -u "$DBROOT" --batch --skip-column-names "$@"; }

running() {
	local pid
	[ -f "$RPID" ] || return 1
	pid=$(tr -dc '0-9' <"$RPID")
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
		tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$DATADIR"
}

start_server() {
	local opts=(--no-defaults --datadir="$DATADIR" --socket="$RSOCK" --port="$RPORT" --bind-address=127.0.0.1
		--skip-name-resolve --pid-file="$RPID" --log-error="$LOG" --server-id=2 --log-bin=binlog
		--log-slave-updates --relay-log=relay --gtid-strict-mode=ON --read-only=ON --binlog-format=ROW
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00
		--innodb-buffer-pool-size=128M --max-allowed-packet=64M --slave-net-timeout=10)
	local i pid
	[ "$(id -u)" = 0 ] && opts+=(--user=root)
	rm -f "$RPID" "$RSOCK"
	setsid mariadbd "${opts[@]}" </dev/null >>"$LOG" 2>&1 &
	pid=$!
	for ((i = 0; i < 300; i++)); do
		if [ -S "$RSOCK" ] && mariadb-admin --no-defaults --socket="$RSOCK" -u "$DBROOT" ping >/dev/null 2>&1; then
			echo "replica: started (pid $pid, socket $RSOCK, port $RPORT)"
			return 0
		fi
		kill -0 "$pid" 2>/dev/null || { tail -n 20 "$LOG" >&2; die "the replica's mariadbd exited at start"; }
		sleep 0.1
	done
	die "the replica did not answer within 30 s"
}

# The first start: an empty server loaded with a consistent dump of the primary, then
# CHANGE MASTER ... MASTER_USE_GTID=slave_pos from the dump's GTID position.
clone() {
	local opts=(--no-defaults --datadir="$DATADIR.new" --auth-root-authentication-method=socket
		--skip-test-db --skip-name-resolve) pw app_pw pos dump=$VAR/replica/clone.sql
	if [ "$DBROOT" = root ]; then opts+=(--user=root); else opts+=(--auth-root-socket-user="$DBROOT"); fi
	mkdir -p "$VAR/replica"
	rm -rf "$DATADIR.new"
	mariadb-install-db "${opts[@]}" >"$VAR/log/replica-install.log" 2>&1 || die "mariadb-install-db failed"
	mv "$DATADIR.new" "$DATADIR"
	if [ ! -s "$VAR/repl-password" ]; then
		(umask 077 && head -c 18 /dev/urandom | od -An -v -tx1 | tr -d ' \n' >"$VAR/repl-password")
	fi
	pw=$(cat "$VAR/repl-password")
	app_pw=$(cat "$VAR/db-password")
	psql -e "CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY '$pw';
		ALTER USER 'repl'@'127.0.0.1' IDENTIFIED BY '$pw';
		GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';" || die "could not create the replication user"
	mariadb-dump --no-defaults --socket="$PSOCK" -u "$DBROOT" --default-character-set=utf8mb4 --all-databases \
		--single-transaction --gtid --master-data=2 --routines --triggers --events >"$dump" ||
		die "mariadb-dump of the primary failed"
	pos=$(sed -n "s/^-- SET GLOBAL gtid_slave_pos='\([0-9,-]*\)';.*/\1/p" "$dump" | head -n 1)
	[ -n "$pos" ] || die "no GTID position in the dump (does the primary run with HNEDU_DB_PORT?)"
	start_server
	rsql --init-command="SET SESSION sql_log_bin = 0" <"$dump" || die "loading the dump into the replica failed"
	rm -f "$dump"
	rsql -e "SET SESSION sql_log_bin = 0;
		FLUSH PRIVILEGES;
		CREATE USER IF NOT EXISTS 'hnedu'@'127.0.0.1' IDENTIFIED BY '$app_pw';
		GRANT SELECT ON \`$APP_DB\`.* TO 'hnedu'@'127.0.0.1';
		GRANT SLAVE MONITOR ON *.* TO 'hnedu'@'127.0.0.1';
		RESET MASTER;
		SET GLOBAL gtid_slave_pos = '$pos';
		CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = $DB_PORT, MASTER_USER = 'repl',
			MASTER_PASSWORD = '$pw', MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1;
		START SLAVE;" || die "could not start replicating"
	echo "replica: cloned the primary at GTID $pos, replicating from 127.0.0.1:$DB_PORT"
}

cmd_start() {
	mariadb-admin --no-defaults --socket="$PSOCK" -u "$DBROOT" ping >/dev/null 2>&1 ||
		die "the primary is not running (HNEDU_DB_PORT=$DB_PORT conf/stack.sh start)"
	if running; then
		echo "replica: running (pid $(cat "$RPID"))"
	elif [ -d "$DATADIR" ]; then
		start_server
	else
		clone
	fi
}

cmd_stop() {
	local pid i
	running || { rm -f "$RPID"; return 0; }
	pid=$(tr -dc '0-9' <"$RPID")
	kill -TERM "$pid"
	for ((i = 0; i < 300; i++)); do
		kill -0 "$pid" 2>/dev/null || { echo "replica: stopped"; rm -f "$RPID" "$RSOCK"; return 0; }
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null || true
	die "the replica (pid $pid) did not end in 30 s; killed it"
}

cmd_status() {
	running || { echo "replica: stopped"; return 3; }
	local st
	st=$(mariadb --no-defaults --socket="$RSOCK" -u "$DBROOT" -e "SHOW SLAVE STATUS\G") || return 3
	printf '%s\n' "$st" | grep -E "Slave_(IO|SQL)_Running:|Seconds_Behind_Master|Gtid_IO_Pos|Last_(IO|SQL)_Error:" || true
	[ "$(printf '%s\n' "$st" | grep -cE "Slave_(IO|SQL)_Running: Yes")" = 2 ] || return 3
}

case ${1-} in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
*) sed -n '7,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
esac
