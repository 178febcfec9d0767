# t/bench/bench-lib.sh - what the t/bench scripts share; source it from $ROOT after setting
# HNEDU_VAR and HNEDU_PORT (and after starting what the script needs of the stack). Gives:
#   the stack's environment (HNEDU_SOCKET, HNEDU_CONF, HNEDU_URL ... of `conf/stack.sh env`),
#   DBROOT                  the database's root user (root, or the invoking user),
#   rootsql DB ARGS...      the mariadb client as that user: utf8mb4, batch, no column names,
#   quote TEXT              TEXT as an SQL string literal,
#   bench_cookie_name       the session cookie's name (read from the login page's Set-Cookie),
#   bench_session DB KIND LOGIN  a signed-in session (second factor passed) for that active
#                           account; prints the cookie value. bench_sessions_end DB deletes every
#                           session bench_session made in this script (call it from the EXIT trap).
eval "$(bash conf/stack.sh env)"
if [ "$(id -u)" = 0 ]; then DBROOT=root; else DBROOT=$(id -un); fi

rootsql() {
	mariadb --no-defaults --socket="$HNEDU_SOCKET" -u "$DBROOT" --default-character-set=utf8mb4 \
		--batch --skip-column-names "$@"
}

quote() { printf "'%s'" "${1//\'/\'\'}"; }

bench_cookie_name() {
	local base=${HNEDU_URL%/}
	curl -s -o /dev/null -D - "${base%/school}/school/" | sed -n 's/^[Ss]et-[Cc]ookie: *\([^=]*\)=.*/\1/p' | head -1
}

# The cookie values made so far, one a line (a file: bench_session runs in $(...) subshells,
# which share $$ with the script).
BENCH_SIDS=/tmp/hnedu-bench-sids.$$

bench_session() {
	local id sid
	id=$(rootsql "$1" -e "SELECT id FROM accounts WHERE kind = $(quote "$2") AND login_name = $(quote "$3")
		AND status = 'active'")
	[ -n "$id" ] || { echo "$(basename "$0"): no active $2 account $3" >&2; return 1; }
	sid=$(openssl rand -hex 32)
	rootsql "$1" -e "INSERT INTO sessions (id_hash, account_id, ip, user_agent, mfa_passed)
		VALUES (UNHEX(SHA2(UNHEX('$sid'), 256)), $id, '127.0.0.1', 'bench', 1)"
	echo "$sid" >>"$BENCH_SIDS"
	echo "$sid"
}

bench_sessions_end() {
	local sid
	while read -r sid; do
		rootsql "$1" -e "DELETE FROM sessions WHERE id_hash = UNHEX(SHA2(UNHEX('$sid'), 256))" || true
	done < <(cat "$BENCH_SIDS" 2>/dev/null)
	rm -f "$BENCH_SIDS"
}
