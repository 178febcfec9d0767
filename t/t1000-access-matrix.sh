#!/bin/bash
# t1000-access-matrix: every route of every executable (as `X.fcgi --routes` lists it) × every
# account kind (anonymous, school, center school, county and city department, insurer of a
# county, a city and the province, admin), with the status t/access/policy.tsv declares. A
# route without a policy line, or a policy line without a route, fails. Routes that take an
# object id are called with an object of the foreign tenant (t/access-lib.sh): a kind that
# reaches the handler must get 404 and leave an access_denied audit row. No response of an
# own-tenant account may show a marker of the foreign tenant (exports are unzipped first), and
# no response may be a 500. POSTs carry the session's form token and only the declared params.
# HNEDU_MATRIX_OBSERVE=FILE writes the statuses seen, as policy lines, to FILE (to draft the
# line of a new route; every status must be reviewed against the design before it is declared).
. "$(dirname "$0")/test-lib.sh"
. "$ROOT/t/enroll-lib.sh"
. "$ROOT/t/claims-lib.sh"
. "$ROOT/t/access-lib.sh"
setup_db
enroll_setup || exit 1

POLICY="$ROOT/t/access/policy.tsv"
AREAS="portal school center department insurer admin uploads"
SPREADSHEET=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet

test_expect_success 'fixtures: the own and foreign tenants, every kind signed in' '
	access_fixtures &&
	for k in $ACCESS_KINDS; do access_login "$k" || { echo "cannot sign in $k"; exit 1; }; done
'

test_expect_success 'every route of every executable has exactly one policy line, and no line lacks a route' '
	for a in $AREAS; do "$ROOT/cgi-bin/$a.fcgi" --routes || exit 1; done | awk "{print \$1 \" \" \$2}" | sort >"$TRASH/routes" &&
	test "$(wc -l <"$TRASH/routes")" -gt 200 &&
	grep -v "^#" "$POLICY" | awk -F "\t" "NF {print \$1 \" \" \$2}" | sort >"$TRASH/declared" &&
	{ uniq -d "$TRASH/declared" | sed "s/^/declared twice: /"; comm -23 "$TRASH/routes" "$TRASH/declared" | sed "s/^/no policy for: /";
	  comm -13 "$TRASH/routes" "$TRASH/declared" | sed "s/^/policy without a route: /"; } >"$TRASH/mismatch" &&
	cat "$TRASH/mismatch" && test ! -s "$TRASH/mismatch"
'

# Ids of the fixtures, for the @name placeholders of the params column.
declare -A ID
while IFS== read -r name value; do ID[$name]=$value; done <"$TRASH/ids"
declare -A JAR CSRF ACC
kinds=($ACCESS_KINDS)
while IFS=$'\t' read -r k id; do ACC[$k]=$id; done < <(sql "SELECT 'school', id FROM accounts WHERE login_name = '$DEMO_SCHOOL'
	UNION ALL SELECT 'center', id FROM accounts WHERE login_name = '$DEMO_CENTER'
	UNION ALL SELECT 'county', id FROM accounts WHERE login_name = '金水区'
	UNION ALL SELECT 'city', id FROM accounts WHERE login_name = '郑州市'
	UNION ALL SELECT 'insc', id FROM accounts WHERE login_name = 'pingan_zhongmu'
	UNION ALL SELECT 'insy', id FROM accounts WHERE login_name = 'pingan_zz'
	UNION ALL SELECT 'insp', id FROM accounts WHERE login_name = 'pingan_henan'")
for k in "${kinds[@]}"; do
	JAR[$k]=$(cat "$TRASH/jar.$k" 2>/dev/null)
	CSRF[$k]=$(cat "$TRASH/csrf.$k" 2>/dev/null)
done

# fill KIND PARAMS: sets FILLED to PARAMS with every @name replaced by its fixture id for KIND
# (the line name.KIND of the ids file, else name); "" for -.
fill() {
	local kind=$1 p=$2 name
	[ "$p" = - ] && p=""
	while [[ $p =~ @([a-z_]+) ]]; do
		name=${BASH_REMATCH[1]}
		p=${p/@$name/${ID[$name.$kind]:-${ID[$name]:-MISSING_$name}}}
	done
	FILLED=$p
}

# call KIND METHOD PATH PARAMS: one request as KIND through the area's executable in CGI mode
# (PARAMS in the query of a GET or when they start with ?, else after the form token in the
# body of a POST: multipart/form-data for the uploads area, urlencoded elsewhere). Sets STATUS and
# leaves the whole response in $TRASH/resp.KIND; keeps a new session cookie in the kind's jar.
call() {
	local kind=$1 method=$2 path=$3 params=$4 uri=$3 query="" body="" area=portal
	case "$path" in
	/school/s/*) area=school ;; /school/center/*) area=center ;; /school/dept/*) area=department ;;
	/school/insurer/*) area=insurer ;; /school/admin/*) area=admin ;; /school/files/*) area=uploads ;;
	esac
	local ctype=application/x-www-form-urlencoded b=----hneduMatrixBoundary pair nl=$'\r\n'
	if [ "$method" = GET ] || [ "${params:0:1}" = "?" ]; then
		params=${params#\?}
		[ -n "$params" ] && { uri="$path?$params"; query=$params; }
		params=""
	fi
	if [ "$method" = POST ] && [ "$area" = uploads ]; then
		ctype="multipart/form-data; boundary=$b"
		body="--$b${nl}Content-Disposition: form-data; name=\"csrf\"$nl$nl${CSRF[$kind]}$nl"
		local -a pairs
		IFS='&' read -r -a pairs <<<"$params"
		for pair in "${pairs[@]}"; do
			body+="--$b${nl}Content-Disposition: form-data; name=\"${pair%%=*}\"$nl$nl${pair#*=}$nl"
		done
		body+="--$b--$nl"
	elif [ "$method" = POST ]; then
		body="csrf=${CSRF[$kind]}"
		[ -n "$params" ] && body="$body&$params"
	fi
	local -a envs=(PATH="$PATH" HNEDU_CONF="$HNEDU_CONF" REQUEST_METHOD="$method" REQUEST_URI="$uri"
		QUERY_STRING="$query" REMOTE_ADDR=127.0.0.1 HTTP_HOST=127.0.0.1 HTTP_USER_AGENT=test-lib
		HTTP_ORIGIN="$ORIGIN_DEFAULT")
	[ -n "${JAR[$kind]}" ] && envs+=(HTTP_COOKIE="${JAR[$kind]}")
	[ "$method" = POST ] && envs+=(CONTENT_TYPE="$ctype" CONTENT_LENGTH=${#body})
	env -i "${envs[@]}" "$ROOT/cgi-bin/$area.fcgi" <<<"$body" >"$TRASH/resp.$kind" 2>>"$TRASH/stderr"
	local line
	STATUS=none CTYPE=""
	while IFS= read -r line; do
		line=${line%$'\r'}
		[ -z "$line" ] && break
		case "$line" in
		"Status: "*) STATUS=${line:8:3} ;;
		"Content-Type: "*) CTYPE=${line:14} ;;
		"Set-Cookie: "*) line=${line:12}; JAR[$kind]=${line%%;*} ;;
		esac
	done <"$TRASH/resp.$kind"
}

# leaked KIND [AS]: prints the foreign markers (ACCESS_MARKERS and ACCESS_NEAR_KIND) the last
# response of AS (default KIND) shows (exports unzipped; other responses are read by the builtin mapfile).
leaked() {
	local m text="" near=ACCESS_NEAR_$1 lines
	set -- "$1" "${2:-$1}"
	if [ "$CTYPE" = "$SPREADSHEET" ]; then
		text=$(unzip -p "$TRASH/resp.$2" 2>/dev/null)
	else
		mapfile -t lines <"$TRASH/resp.$2"
		text="${lines[*]}"
	fi
	for m in $ACCESS_MARKERS ${!near:-}; do [[ $text == *"$m"* ]] && echo "$m"; done
}

# denied_count KIND: the access_denied audit rows of KIND's account.
denied_count() {
	sql "SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied' AND account_id = ${ACC[$1]}"
}

# check KIND METHOD PATH PARAMS WANT: the route as KIND; prints each difference from the policy.
check() {
	local kind=$1 method=$2 path=$3 raw=$4 want=$5 before="" leak
	fill "$kind" "$raw"
	[ "$want" = 404 ] && [[ $raw == *_kf* ]] && [ -n "${ACC[$kind]:-}" ] && before=$(denied_count "$kind")
	call "$kind" "$method" "$path" "$FILLED"
	[ "$STATUS" = 500 ] && echo "$kind: 500 (see $TRASH/stderr)"
	[ "$STATUS" = "$want" ] || echo "$kind: expected $want, got $STATUS"
	if [ "$kind" != admin ]; then
		leaked "$kind" >"$TRASH/leak.$kind"
		[ -s "$TRASH/leak.$kind" ] && leak=$(cat "$TRASH/leak.$kind") && echo "$kind: foreign data in the response: $leak"
	fi
	if [ -n "$before" ] && [ "$STATUS" = 404 ] && [ "$(denied_count "$kind")" -le "$before" ]; then
		echo "$kind: 404 without an access_denied audit row"
	fi
	# A foreign object reaches no own-tenant handler: the policy itself must say 404 there.
	if [[ $raw == *_kf* ]] && [ "$kind" != admin ] && [ "$kind" != anon ] && { [ "$want" = 200 ] || [ "$want" = 303 ]; }; then
		echo "$kind: the policy declares $want for a foreign object"
	fi
	return 0
}

# run_kind N KIND: every route of $TRASH/ordered as KIND (column N of the statuses); the
# differences of line L go to $TRASH/res/L.KIND, the status seen to $TRASH/res/L.KIND.seen.
run_kind() {
	local col=$1 kind=$2 n=0 method path want raw
	local -a f
	while IFS=$'\t' read -r -a f; do
		n=$((n + 1))
		method=${f[0]} path=${f[1]} want=${f[$((col + 1))]} raw=${f[11]:--}
		check "$kind" "$method" "$path" "$raw" "$want" >"$TRASH/res/$n.$kind"
		echo "$STATUS" >"$TRASH/res/$n.$kind.seen"
	done <"$TRASH/ordered"
}

test_expect_success 'the marker check sees foreign data where the admin may see it (page and unzipped export)' '
	call admin GET /school/admin/claim "id=${ID[claim_kf]}" && test "$STATUS" = 200 &&
	leaked admin | grep -qx 外域伤者 &&
	call admin GET /school/admin/claims-pending/export "" && test "$STATUS" = 200 && test "$CTYPE" = "$SPREADSHEET" &&
	leaked admin | grep -qx 外域伤者 &&
	call admin GET /school/admin/claim "id=${ID[claim_kf.county]}" && leaked county admin | grep -qx 近域伤者甲
'

grep -v '^#' "$POLICY" | awk -F '\t' 'NF' >"$TRASH/policy"
# A route without a policy line is called too, its statuses undeclared (?): it fails, and its
# line shows what each kind gets.
comm -23 "$TRASH/routes" "$TRASH/declared" |
	awk '{printf "%s\t%s\t?\t?\t?\t?\t?\t?\t?\t?\t?\t-\n", $1, $2}' >>"$TRASH/policy"
# Routes that may end or replace the session last, the sign-out the very last.
{ grep -vE "^POST	/school/(logout|login|admin/login)	" "$TRASH/policy"
  grep -E "^POST	/school/(login|admin/login)	" "$TRASH/policy"
  grep -E "^POST	/school/logout	" "$TRASH/policy"; } >"$TRASH/ordered"
# The kinds run at once (each its own session, response file and audit rows); one test a route.
mkdir -p "$TRASH/res"
for i in "${!kinds[@]}"; do run_kind $((i + 1)) "${kinds[$i]}" & done
wait
[ -n "${HNEDU_MATRIX_OBSERVE:-}" ] && : >"$HNEDU_MATRIX_OBSERVE"
n=0
while IFS=$'\t' read -r -a f; do
	n=$((n + 1))
	seen=()
	files=()
	for k in "${kinds[@]}"; do read -r st <"$TRASH/res/$n.$k.seen"; seen+=("$st"); files+=("$TRASH/res/$n.$k"); done
	cat "${files[@]}" >"$TRASH/diff"
	[ -n "${HNEDU_MATRIX_OBSERVE:-}" ] &&
		printf '%s\t%s\t%s\t%s\n' "${f[0]}" "${f[1]}" "$(IFS=$'\t'; echo "${seen[*]}")" "${f[11]:--}" >>"$HNEDU_MATRIX_OBSERVE"
	test_expect_success "${f[0]} ${f[1]} (${f[11]:--})" 'cat "$TRASH/diff" && test ! -s "$TRASH/diff"'
done <"$TRASH/ordered"

test_done
