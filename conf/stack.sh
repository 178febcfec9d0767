#!/usr/bin/env bash
# conf/stack.sh — the local stack of `make run` / `make check`: a private MariaDB
# (datadir in var/, unix socket only), the seven FastCGI worker masters and nginx on
# 127.0.0.1:$HNEDU_PORT. All state lives in $HNEDU_VAR (default $ROOT/var); nothing
# outside it is touched except, for long paths, a short run dir /tmp/hnedu-<hash>.
#
#   conf/stack.sh start [--db-only]   start what is not running (twice is safe, data is kept)
#   conf/stack.sh stop                stop what start started (pid files only, never by name)
#   conf/stack.sh status              what runs (exit 0 when all of it runs, else 3)
#   conf/stack.sh createdb NAME       drop + create database NAME, migrate, load demo data, seal
#                                     its plain mobiles (manage pii-seal)
#   conf/stack.sh dropdb NAME         drop database NAME
#   conf/stack.sh conf NAME           print var/app.conf with [db] name=NAME
#   conf/stack.sh env                 print HNEDU_ROOT, HNEDU_VAR, HNEDU_RUN, HNEDU_SOCKET,
#                                     HNEDU_PORT, HNEDU_URL, HNEDU_CONF assignments (eval them)
#
# Knobs (environment): HNEDU_VAR (runtime dir), HNEDU_PORT (8080), HNEDU_WORKERS (2 per
# area), HNEDU_BIN (directory of the *.fcgi, default $ROOT/cgi-bin), HNEDU_DB_BUFFER_POOL
# (InnoDB buffer pool at MariaDB's start, default 256M; the bench stack uses more).
# Scaling (docs/scaling.md): HNEDU_DB_PORT=N also opens MariaDB on 127.0.0.1:N with a binary log
# and server_id 1, so conf/replica.sh can start a GTID replica of it (default: socket only, no
# binary log). HNEDU_SETS=2 starts a second set of the seven worker masters on their own sockets
# (run/<area>-b.sock, pid files run/<area>-b.pid, logs log/<area>-b.log: a second application
# host) and nginx's upstream of each area lists both; with 1 (default) it lists the one socket twice.
# The app user hnedu@localhost (random password in var/db-password) gets its privileges
# table by table from conf/db-grants.sh after every migration (hnedu on start, each test
# database t_<something> on createdb): SELECT, INSERT, UPDATE, DELETE, but only SELECT and
# INSERT on the append-only audit_log; dropdb (and createdb before it drops) takes them back.
# Local settings: $HNEDU_VAR/app.conf.local, when present, is appended to the generated
# var/app.conf (a later key wins), e.g. "[sms]" driver=http url=... key=... to try a gateway.
# When var/app.conf says [sms] driver=http, start also runs `manage sms-sender` (pid file
# sms-sender.pid, log sms-sender.log); with the default outbox driver it is not started.
# start always runs `manage jobs-worker` (background jobs such as 下载区域花名册; pid file
# jobs-worker.pid, log jobs-worker.log); stop ends it (SIGTERM: a running job is requeued).
set -eu
umask 022

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
VAR=${HNEDU_VAR:-$ROOT/var}
case $VAR in /*) ;; *) VAR=$PWD/$VAR ;; esac
VAR=${VAR%/}
PORT=${HNEDU_PORT:-8080}
WORKERS=${HNEDU_WORKERS:-2}
DB_BUFFER_POOL=${HNEDU_DB_BUFFER_POOL:-256M}
BIN=${HNEDU_BIN:-$ROOT/cgi-bin}
DB_PORT=${HNEDU_DB_PORT:-}
SETS=${HNEDU_SETS:-1}
AREAS="portal school center department insurer admin uploads"
APP_DB=hnedu
LOGDIR=$VAR/log
DATADIR=$VAR/mysql
DB_TIMEOUT=30

die() {
	printf 'stack.sh: %s\n' "$*" >&2
	exit 1
}

case $PORT in '' | *[!0-9]*) die "HNEDU_PORT must be a number: $PORT" ;; esac
case $WORKERS in '' | *[!0-9]*) die "HNEDU_WORKERS must be a number: $WORKERS" ;; esac
case $DB_PORT in *[!0-9]*) die "HNEDU_DB_PORT must be a number: $DB_PORT" ;; esac
case $SETS in 1) SET_SUFFIXES="" ;; 2) SET_SUFFIXES=" -b" ;; *) die "HNEDU_SETS must be 1 or 2: $SETS" ;; esac

# The one place that decides the run dir (sockets, pid files): $VAR/run, unless a socket
# path there would pass 100 bytes (sun_path holds 108); then a short dir under /tmp named
# by the hash of $VAR, stable across runs and distinct for each var dir.
run_dir() {
	local d=$VAR/run longest=department.sock
	if [ $((${#d} + 1 + ${#longest})) -gt 100 ]; then
		d=/tmp/hnedu-$(printf '%s' "$VAR" | sha256sum | cut -c1-8)
	fi
	printf '%s\n' "$d"
}
RUN=$(run_dir)
SOCK=$RUN/mysqld.sock
MYPID=$RUN/mysqld.pid
NGINX_CONF=$VAR/nginx/nginx.conf
NGINX_PID=$RUN/nginx.pid

# Database superuser: OS root through unix_socket auth (another OS user: its own name,
# created by mariadb-install-db --auth-root-socket-user).
if [ "$(id -u)" = 0 ]; then DBROOT=root; else DBROOT=$(id -un); fi

sql() {
	mariadb --no-defaults --socket="$SOCK" -u "$DBROOT" --default-character-set=utf8mb4 \
		--batch --skip-column-names "$@"
}

log_tail() {
	[ -f "$1" ] && { echo "--- last lines of $1:" >&2; tail -n 20 "$1" >&2; }
	return 0
}

# proc_alive PID: the process exists and is not a zombie (an orphan whose parent has
# not reaped it yet has ended all the same).
proc_alive() {
	local st
	st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
	case $st in '' | Z*) return 1 ;; esac
}

# group_alive PGID: a process of that process group still lives.
group_alive() {
	ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { f = 1 } END { exit !f }'
}

# pid_of FILE WORD: print the pid in FILE if that process lives and its command line
# contains WORD (guards against a reused pid); fail otherwise.
pid_of() {
	local pid
	[ -f "$1" ] || return 1
	pid=$(tr -dc '0-9' <"$1")
	[ -n "$pid" ] && proc_alive "$pid" || return 1
	tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2" || return 1
	printf '%s\n' "$pid"
}

# stop_pid PID SIGNAL SECONDS NAME: signal one process and wait for it (and, when it
# leads its own process group, for the whole group) to end; then TERM, then KILL.
stop_pid() {
	local pid=$1 sig=$2 secs=$3 name=$4 pgid i
	pgid=$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') || pgid=
	[ "$pgid" = "$pid" ] || pgid=
	kill "-$sig" "$pid" 2>/dev/null || true
	for ((i = 0; i < secs * 10; i++)); do
		if ! proc_alive "$pid"; then
			[ -z "$pgid" ] && return 0
			group_alive "$pgid" || return 0
			# leader gone, members left behind: end the group
			kill -TERM -- "-$pgid" 2>/dev/null || true
		fi
		sleep 0.1
	done
	echo "stack.sh: $name (pid $pid) did not end in ${secs}s, killing it" >&2
	if [ -n "$pgid" ]; then
		kill -KILL -- "-$pgid" 2>/dev/null || true
	else
		kill -KILL "$pid" 2>/dev/null || true
	fi
	for ((i = 0; i < 50; i++)); do
		proc_alive "$pid" || return 0
		sleep 0.1
	done
	return 1
}

valid_db_name() {
	case $1 in '' | *[!A-Za-z0-9_]*) die "bad database name: '$1' (letters, digits, _)" ;; esac
	[ ${#1} -le 64 ] || die "database name too long: $1"
}

random_hex() { # $1 bytes
	head -c "$1" /dev/urandom | od -An -v -tx1 | tr -d ' \n'
}

sed_escape() {
	printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'
}

make_dirs() {
	mkdir -p "$VAR" "$LOGDIR" "$VAR/storage" "$VAR/nginx"
	if [ "$RUN" = "$VAR/run" ]; then
		mkdir -p "$RUN"
	else
		# Short dir in /tmp: must be ours and no symlink; var/run points to it.
		[ -e "$RUN" ] || mkdir -m 700 "$RUN" 2>/dev/null || true
		if [ ! -d "$RUN" ] || [ -L "$RUN" ] || [ "$(stat -c %u "$RUN")" != "$(id -u)" ]; then
			die "$RUN exists and is not a directory of ours"
		fi
		[ -e "$VAR/run" ] || [ -L "$VAR/run" ] || ln -s "$RUN" "$VAR/run"
	fi
}

db_running() {
	pid_of "$MYPID" "$DATADIR" >/dev/null
}

require_db() {
	db_running || die "MariaDB of $VAR is not running (conf/stack.sh start --db-only)"
}

# ---- MariaDB -------------------------------------------------------------------------

init_datadir() {
	[ -d "$DATADIR" ] && return 0
	local tmp=$DATADIR.new
	local opts=(--no-defaults --datadir="$tmp" --auth-root-authentication-method=socket
		--skip-test-db --skip-name-resolve)
	if [ "$DBROOT" = root ]; then opts+=(--user=root); else opts+=(--auth-root-socket-user="$DBROOT"); fi
	rm -rf "$tmp"
	echo "mariadb: initialising $DATADIR"
	mariadb-install-db "${opts[@]}" >"$LOGDIR/mysql-install.log" 2>&1 9>&- || {
		log_tail "$LOGDIR/mysql-install.log"
		die "mariadb-install-db failed"
	}
	mv "$tmp" "$DATADIR"
}

start_db() {
	local pid i
	if pid=$(pid_of "$MYPID" "$DATADIR"); then
		echo "mariadb: running (pid $pid)"
		return 0
	fi
	init_datadir
	rm -f "$MYPID" "$SOCK" "$SOCK.lock"
	local opts=(--no-defaults --datadir="$DATADIR" --socket="$SOCK" --skip-networking
		--pid-file="$MYPID" --log-error="$LOGDIR/mysqld.log"
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
		--default-time-zone=+00:00 --innodb-buffer-pool-size="$DB_BUFFER_POOL" --max-allowed-packet=64M)
	[ "$(id -u)" = 0 ] && opts+=(--user=root)
	if [ -n "$DB_PORT" ]; then
		# a primary replicas can follow: loopback TCP, binary log, GTIDs (docs/scaling.md)
		opts=("${opts[@]/--skip-networking/--bind-address=127.0.0.1}")
		opts+=(--port="$DB_PORT" --skip-name-resolve --server-id=1 --log-bin=binlog
			--binlog-format=ROW --gtid-strict-mode=ON --expire-logs-days=2)
	fi
	setsid mariadbd "${opts[@]}" </dev/null >>"$LOGDIR/mysqld.log" 2>&1 9>&- &
	pid=$!
	for ((i = 0; i < DB_TIMEOUT * 10; i++)); do
		if [ -S "$SOCK" ] && [ -f "$MYPID" ] &&
			mariadb-admin --no-defaults --socket="$SOCK" -u "$DBROOT" ping >/dev/null 2>&1; then
			echo "mariadb: started (pid $pid, socket $SOCK)"
			return 0
		fi
		if ! proc_alive "$pid"; then
			log_tail "$LOGDIR/mysqld.log"
			die "mariadbd exited at start"
		fi
		sleep 0.1
	done
	log_tail "$LOGDIR/mysqld.log"
	stop_pid "$pid" TERM 10 mariadbd || true
	die "mariadbd did not answer within ${DB_TIMEOUT}s"
}

# App user, secret key, var/app.conf: done on every start (idempotent).
setup_app() {
	local pw
	if [ ! -s "$VAR/db-password" ]; then
		(umask 077 && random_hex 18 >"$VAR/db-password")
	fi
	pw=$(cat "$VAR/db-password")
	case $pw in *[!0-9a-f]*) die "$VAR/db-password: expected hex" ;; esac
	{
		printf "CREATE USER IF NOT EXISTS 'hnedu'@'localhost' IDENTIFIED BY '%s';\n" "$pw"
		printf "ALTER USER 'hnedu'@'localhost' IDENTIFIED BY '%s';\n" "$pw"
		# The former wildcard grant on every test database gives way to per-table grants.
		if [ "$(sql -e "SELECT COUNT(*) FROM mysql.db WHERE User = 'hnedu' AND Host = 'localhost' AND Db = 't\\\\_%'")" != 0 ]; then
			# shellcheck disable=SC2016 # backquotes are SQL identifier quotes
			printf '%s\n' 'REVOKE ALL PRIVILEGES ON `t\_%`.* FROM '"'hnedu'@'localhost';"
		fi
	} | sql || die "could not create the database user hnedu"
	# grants left by test databases dropped without dropdb
	grants --prune || die "could not prune the grants of dropped databases"

	if [ ! -s "$VAR/secret.key" ]; then
		(umask 077 && random_hex 32 >"$VAR/secret.key")
	fi
	chmod 600 "$VAR/secret.key"

	(
		umask 077
		{
			echo "; generated by conf/stack.sh from conf/app.conf.example on every start: do not edit"
			sed -e "s|@SOCKET@|$(sed_escape "$SOCK")|g" \
				-e "s|@DB_NAME@|$APP_DB|g" \
				-e "s|@DB_PASSWORD@|$pw|g" \
				-e "s|@PORT@|$PORT|g" \
				-e "s|@ROOT@|$(sed_escape "$ROOT")|g" \
				-e "s|@VAR@|$(sed_escape "$VAR")|g" \
				-e "s|@RUN@|$(sed_escape "$RUN")|g" \
				"$ROOT/conf/app.conf.example"
			if [ -f "$VAR/app.conf.local" ]; then
				echo "; appended from $VAR/app.conf.local"
				cat "$VAR/app.conf.local"
			fi
		} >"$VAR/app.conf.new"
	)
	mv "$VAR/app.conf.new" "$VAR/app.conf"
}

db_exists() {
	[ "$(sql -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME='$1'")" = 1 ]
}

# grants ARGS: conf/db-grants.sh on this server (--database NAME, --revoke, --prune).
grants() {
	bash "$ROOT/conf/db-grants.sh" --socket "$SOCK" "$@"
}

migrate() {
	[ -x "$ROOT/sql/migrate.sh" ] || { echo "stack.sh: sql/migrate.sh is missing" >&2; return 1; }
	"$ROOT/sql/migrate.sh" --socket "$SOCK" --database "$1"
}

load_demo() {
	[ -f "$ROOT/sql/demo.sql" ] || { echo "stack.sh: sql/demo.sql is missing" >&2; return 1; }
	sql "$1" <"$ROOT/sql/demo.sql"
}

# Encrypts what SQL alone left plain (migration 0013, sql/demo.sql: the mobiles) in database
# $1 with the app's key: `manage pii-seal` under a copy of var/app.conf naming that database.
seal_db() {
	[ -x "$BIN/manage" ] || { echo "stack.sh: $BIN/manage is missing (build first: make)" >&2; return 1; }
	local conf rc
	conf=$(umask 077 && mktemp) || return 1
	cmd_conf "$1" >"$conf" && HNEDU_CONF=$conf "$BIN/manage" pii-seal >/dev/null
	rc=$?
	rm -f "$conf"
	return $rc
}

create_db() {
	sql -e "CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# The app database: created, migrated and filled with demo data the first time; later
# starts only apply new migrations. A failed first set-up drops it again so the next
# start retries from scratch.
setup_app_db() {
	if db_exists "$APP_DB"; then
		migrate "$APP_DB" || die "migrations failed on $APP_DB"
		grants --database "$APP_DB" || die "could not grant the app user its privileges on $APP_DB"
		seal_db "$APP_DB" || die "manage pii-seal failed on $APP_DB"
		echo "database $APP_DB: migrated"
	else
		create_db "$APP_DB"
		if ! { migrate "$APP_DB" && load_demo "$APP_DB" && grants --database "$APP_DB" && seal_db "$APP_DB"; }; then
			sql -e "DROP DATABASE IF EXISTS \`$APP_DB\`" || true
			die "set-up of database $APP_DB failed (dropped it again)"
		fi
		echo "database $APP_DB: created, migrated, demo data loaded"
	fi
}

# ---- workers -------------------------------------------------------------------------

# worker_names: the worker masters to run, as <area><set suffix> (portal, ..., portal-b, ...).
worker_names() {
	local a s
	for s in "" $SET_SUFFIXES; do
		for a in $AREAS; do printf '%s\n' "$a$s"; done
	done
}

start_workers() {
	local a n pid exe started=() entry i ok
	for a in $AREAS; do
		[ -x "$BIN/$a.fcgi" ] || die "$BIN/$a.fcgi is missing (build first: make)"
	done
	for n in $(worker_names); do
		a=$n
		exe=$BIN/${n%-b}.fcgi
		if pid=$(pid_of "$RUN/$a.pid" "${a%-b}"); then
			# A rebuilt executable replaces the running one, so `make run` serves the new code.
			if [ "$exe" -nt "$RUN/$a.pid" ]; then
				stop_pid "$pid" TERM 10 "worker $a" || die "worker $a (pid $pid) does not end"
				echo "worker $a: restarting (new build)"
			else
				echo "worker $a: running (pid $pid)"
				continue
			fi
		fi
		rm -f "$RUN/$a.pid" "$RUN/$a.sock"
		HNEDU_CONF=$VAR/app.conf setsid "$exe" --socket "$RUN/$a.sock" --workers "$WORKERS" \
			--pidfile "$RUN/$a.pid" </dev/null >>"$LOGDIR/$a.log" 2>&1 9>&- &
		started+=("$a:$!")
	done
	for entry in ${started[@]+"${started[@]}"}; do
		a=${entry%%:*} pid=${entry#*:} ok=
		for ((i = 0; i < 100; i++)); do
			if [ -S "$RUN/$a.sock" ] && pid_of "$RUN/$a.pid" "${a%-b}" >/dev/null; then
				ok=1
				break
			fi
			if ! proc_alive "$pid" && ! pid_of "$RUN/$a.pid" "${a%-b}" >/dev/null; then
				break
			fi
			sleep 0.1
		done
		if [ -z "$ok" ] && [ -S "$RUN/$a.sock" ] && proc_alive "$pid"; then
			# listening but no pid file: record the master ourselves so stop finds it
			printf '%s\n' "$pid" >"$RUN/$a.pid"
			ok=1
		fi
		if [ -z "$ok" ]; then
			log_tail "$LOGDIR/$a.log"
			die "worker $a did not come up on $RUN/$a.sock"
		fi
	done
	[ ${#started[@]} -eq 0 ] || echo "workers: started ${started[*]%%:*}"
}

# ---- SMS sender (only with [sms] driver=http) ---------------------------------------------

# sms_driver: the [sms] driver of var/app.conf (the last one written wins, as in the app).
sms_driver() {
	awk '
		/^[[:space:]]*\[/ { sect = $0; gsub(/[[:space:]\[\]]/, "", sect); next }
		sect == "sms" && /^[[:space:]]*driver[[:space:]]*=/ {
			v = $0; sub(/^[^=]*=[[:space:]]*/, "", v); sub(/[[:space:]]+$/, "", v); d = v
		}
		END { print d }
	' "$VAR/app.conf" 2>/dev/null || true
}

stop_sms_sender() {
	local pid
	if pid=$(pid_of "$RUN/sms-sender.pid" sms-sender); then
		stop_pid "$pid" TERM 10 sms-sender || die "sms-sender (pid $pid) does not end"
		echo "sms-sender: stopped"
	fi
	rm -f "$RUN/sms-sender.pid"
}

start_sms_sender() {
	local pid exe=$BIN/manage i
	if [ "$(sms_driver)" != http ]; then
		stop_sms_sender # the driver was switched back to outbox
		return 0
	fi
	[ -x "$exe" ] || die "$exe is missing (build first: make)"
	if pid=$(pid_of "$RUN/sms-sender.pid" sms-sender); then
		# like the workers: a rebuilt executable replaces the running one
		if [ ! "$exe" -nt "$RUN/sms-sender.pid" ]; then
			echo "sms-sender: running (pid $pid)"
			return 0
		fi
		stop_pid "$pid" TERM 10 sms-sender || die "sms-sender (pid $pid) does not end"
		echo "sms-sender: restarting (new build)"
	fi
	HNEDU_CONF=$VAR/app.conf setsid "$exe" sms-sender </dev/null >>"$LOGDIR/sms-sender.log" 2>&1 9>&- &
	pid=$!
	printf '%s\n' "$pid" >"$RUN/sms-sender.pid"
	for ((i = 0; i < 5; i++)); do
		sleep 0.1
		proc_alive "$pid" || {
			rm -f "$RUN/sms-sender.pid"
			log_tail "$LOGDIR/sms-sender.log"
			die "sms-sender exited at start"
		}
	done
	echo "sms-sender: started (pid $pid)"
}

# ---- jobs worker (background jobs: modules/jobs_worker.h) ----------------------------

stop_jobs_worker() {
	local pid
	if pid=$(pid_of "$RUN/jobs-worker.pid" jobs-worker); then
		stop_pid "$pid" TERM 30 jobs-worker || die "jobs-worker (pid $pid) does not end"
		echo "jobs-worker: stopped"
	fi
	rm -f "$RUN/jobs-worker.pid"
}

start_jobs_worker() {
	local pid exe=$BIN/manage i
	[ -x "$exe" ] || die "$exe is missing (build first: make)"
	if pid=$(pid_of "$RUN/jobs-worker.pid" jobs-worker); then
		# like the workers: a rebuilt executable replaces the running one
		if [ ! "$exe" -nt "$RUN/jobs-worker.pid" ]; then
			echo "jobs-worker: running (pid $pid)"
			return 0
		fi
		stop_pid "$pid" TERM 30 jobs-worker || die "jobs-worker (pid $pid) does not end"
		echo "jobs-worker: restarting (new build)"
	fi
	HNEDU_CONF=$VAR/app.conf setsid "$exe" jobs-worker </dev/null >>"$LOGDIR/jobs-worker.log" 2>&1 9>&- &
	pid=$!
	printf '%s\n' "$pid" >"$RUN/jobs-worker.pid"
	for ((i = 0; i < 5; i++)); do
		sleep 0.1
		proc_alive "$pid" || {
			rm -f "$RUN/jobs-worker.pid"
			log_tail "$LOGDIR/jobs-worker.log"
			die "jobs-worker exited at start"
		}
	done
	echo "jobs-worker: started (pid $pid)"
}

# ---- nginx ---------------------------------------------------------------------------

write_nginx_conf() {
	local user_line=
	[ "$(id -u)" = 0 ] && user_line='user root;'
	mkdir -p "$VAR/nginx/client_body" "$VAR/nginx/fastcgi" "$VAR/nginx/proxy" \
		"$VAR/nginx/uwsgi" "$VAR/nginx/scgi"
	sed -e "s|@ROOT@|$(sed_escape "$ROOT")|g" \
		-e "s|@VAR@|$(sed_escape "$VAR")|g" \
		-e "s|@RUN@|$(sed_escape "$RUN")|g" \
		-e "s|@PORT@|$PORT|g" \
		-e "s|@SET_B@|${SET_SUFFIXES# }|g" \
		-e "s|@USER_LINE@|$user_line|g" \
		"$ROOT/conf/nginx-local.conf.in" >"$NGINX_CONF.new"
	mv "$NGINX_CONF.new" "$NGINX_CONF"
}

nginx_cmd() {
	nginx -p "$VAR/nginx/" -e "$LOGDIR/nginx-error.log" -c "$NGINX_CONF" "$@"
}

start_nginx() {
	local pid i
	if pid=$(pid_of "$NGINX_PID" "$NGINX_CONF"); then
		echo "nginx: running (pid $pid)"
		return 0
	fi
	rm -f "$NGINX_PID"
	write_nginx_conf
	nginx_cmd -t -q 9>&- || die "nginx configuration test failed ($NGINX_CONF)"
	# nginx prints start-up errors on stderr, then moves its stderr to the error log.
	nginx_cmd </dev/null 9>&- || die "nginx did not start (see $LOGDIR/nginx-error.log)"
	for ((i = 0; i < 50; i++)); do
		pid_of "$NGINX_PID" "$NGINX_CONF" >/dev/null && break
		sleep 0.1
	done
	pid=$(pid_of "$NGINX_PID" "$NGINX_CONF") || {
		log_tail "$LOGDIR/nginx-error.log"
		die "nginx did not start"
	}
	echo "nginx: started (pid $pid) on http://127.0.0.1:$PORT/school/"
}

# nginx answers: a static file when htdocs/ has one, else the redirect of /.
check_http() {
	local f code
	f=$(cd "$ROOT" && find htdocs -type f ! -name '.*' 2>/dev/null | LC_ALL=C sort | head -n 1)
	if [ -n "$f" ]; then
		curl -fsS -o /dev/null --max-time 10 "http://127.0.0.1:$PORT/school/static/${f#htdocs/}" ||
			die "nginx does not serve /school/static/${f#htdocs/}"
	else
		code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$PORT/") ||
			die "nothing answers on 127.0.0.1:$PORT"
		[ "$code" = 302 ] || die "unexpected answer $code from http://127.0.0.1:$PORT/"
	fi
}

# ---- commands ------------------------------------------------------------------------

lock() {
	mkdir -p "$VAR"
	exec 9>"$VAR/.stack.lock"
	flock 9
}

cmd_start() {
	local db_only=
	case ${1-} in
	--db-only) db_only=1 ;;
	'') ;;
	*) die "usage: stack.sh start [--db-only]" ;;
	esac
	lock
	make_dirs
	start_db
	setup_app
	setup_app_db
	[ -n "$db_only" ] && return 0
	start_workers
	start_sms_sender
	start_jobs_worker
	start_nginx
	check_http
}

cmd_stop() {
	local pid a
	lock
	if pid=$(pid_of "$NGINX_PID" "$NGINX_CONF"); then
		stop_pid "$pid" QUIT 5 nginx || die "nginx (pid $pid) does not end"
		echo "nginx: stopped"
	fi
	rm -f "$NGINX_PID"
	stop_sms_sender
	stop_jobs_worker
	# both sets, whatever HNEDU_SETS says now
	for a in $AREAS $(printf '%s-b ' $AREAS); do
		if pid=$(pid_of "$RUN/$a.pid" "${a%-b}"); then
			stop_pid "$pid" TERM 10 "worker $a" || die "worker $a (pid $pid) does not end"
			echo "worker $a: stopped"
		fi
		rm -f "$RUN/$a.pid" "$RUN/$a.sock"
	done
	if pid=$(pid_of "$MYPID" "$DATADIR"); then
		stop_pid "$pid" TERM "$DB_TIMEOUT" mariadbd || die "mariadbd (pid $pid) does not end"
		echo "mariadb: stopped"
	fi
	rm -f "$MYPID" "$SOCK" "$SOCK.lock"
}

cmd_status() {
	local pid a all=0
	if pid=$(pid_of "$MYPID" "$DATADIR"); then
		printf '%-18s running (pid %s, socket %s)\n' mariadb "$pid" "$SOCK"
	else
		printf '%-18s stopped\n' mariadb
		all=3
	fi
	for a in $(worker_names); do
		if pid=$(pid_of "$RUN/$a.pid" "${a%-b}"); then
			printf '%-18s running (pid %s)\n' "worker $a" "$pid"
		else
			printf '%-18s stopped\n' "worker $a"
			all=3
		fi
	done
	if pid=$(pid_of "$RUN/jobs-worker.pid" jobs-worker); then
		printf '%-18s running (pid %s)\n' jobs-worker "$pid"
	else
		printf '%-18s stopped\n' jobs-worker
		all=3
	fi
	if pid=$(pid_of "$RUN/sms-sender.pid" sms-sender); then
		printf '%-18s running (pid %s)\n' sms-sender "$pid"
	elif [ "$(sms_driver)" = http ]; then
		printf '%-18s stopped\n' sms-sender
		all=3
	fi
	if pid=$(pid_of "$NGINX_PID" "$NGINX_CONF"); then
		printf '%-18s running (pid %s) on http://127.0.0.1:%s/school/\n' nginx "$pid" "$PORT"
	else
		printf '%-18s stopped\n' nginx
		all=3
	fi
	return $all
}

cmd_createdb() {
	[ $# -eq 1 ] || die "usage: stack.sh createdb NAME"
	valid_db_name "$1"
	require_db
	local out
	out=$({
		grants --database "$1" --revoke &&
			sql -e "DROP DATABASE IF EXISTS \`$1\`" &&
			create_db "$1" &&
			migrate "$1" &&
			load_demo "$1" &&
			grants --database "$1" &&
			seal_db "$1"
	} 2>&1) || {
		printf '%s\n' "$out" >&2
		die "createdb $1 failed"
	}
}

cmd_dropdb() {
	[ $# -eq 1 ] || die "usage: stack.sh dropdb NAME"
	valid_db_name "$1"
	require_db
	grants --database "$1" --revoke
	sql -e "DROP DATABASE IF EXISTS \`$1\`"
}

cmd_conf() {
	[ $# -eq 1 ] || die "usage: stack.sh conf NAME"
	valid_db_name "$1"
	[ -f "$VAR/app.conf" ] || die "$VAR/app.conf is missing (conf/stack.sh start --db-only)"
	awk -v name="$1" '
		/^[[:space:]]*\[/ { sect = $0; gsub(/[[:space:]\[\]]/, "", sect) }
		sect == "db" && /^[[:space:]]*name[[:space:]]*=/ { print "name=" name; next }
		{ print }
	' "$VAR/app.conf"
}

cmd_env() {
	printf 'HNEDU_ROOT=%q\n' "$ROOT"
	printf 'HNEDU_VAR=%q\n' "$VAR"
	printf 'HNEDU_RUN=%q\n' "$RUN"
	printf 'HNEDU_SOCKET=%q\n' "$SOCK"
	printf 'HNEDU_PORT=%q\n' "$PORT"
	printf 'HNEDU_URL=%q\n' "http://127.0.0.1:$PORT"
	printf 'HNEDU_CONF=%q\n' "$VAR/app.conf"
}

usage() {
	sed -n '6,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
	exit 2
}

cmd=${1-}
[ $# -gt 0 ] && shift
case $cmd in
start) cmd_start "$@" ;;
stop) [ $# -eq 0 ] || usage; cmd_stop ;;
status) [ $# -eq 0 ] || usage; cmd_status ;;
createdb) cmd_createdb "$@" ;;
dropdb) cmd_dropdb "$@" ;;
conf) cmd_conf "$@" ;;
env) [ $# -eq 0 ] || usage; cmd_env ;;
*) usage ;;
esac
