# t/e2e/fresh-school.sh - sourced by the browser-test wrappers after `conf/stack.sh env`: a
# school of its own for one run, so a test repeats on one stack and runs beside the others.
# fresh_school NAME [TYPE]: clears the login/SMS throttles, adds school NAME (金水区, TYPE (default
# 小学), a mobile of
# its own) with an active account (the demo school's password School@2026) and an extension of
# its enrollment deadline for 30 days; sets FRESH_DIGITS (8 digits unique to the run, for more
# mobiles) and exports E2E_SCHOOL=NAME; the plain mobiles are sealed (encrypted) at once by
# `cgi-bin/manage pii-seal`. Needs HNEDU_SOCKET, HNEDU_ROOT and HNEDU_CONF.
fresh_db() { mariadb --socket="$HNEDU_SOCKET" -N -B hnedu -e "$1"; }
fresh_cn_day() { date -u -d "@$(($(date +%s) + 8 * 3600 + $1 * 86400))" +%F; }
fresh_school() {
	export E2E_SCHOOL=$1
	FRESH_DIGITS=$(date +%N | cut -c1-8)
	fresh_db "DELETE FROM auth_throttle WHERE throttle_key LIKE 'login:%' OR throttle_key LIKE 'sms:%';
	INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile, status, approved_at)
	VALUES ('$E2E_SCHOOL', '410105', '410100', '${2:-小学}', '公办', '测试老师', '139$FRESH_DIGITS', 'active', UTC_TIMESTAMP());
	INSERT INTO accounts (kind, login_name, mobile, password_hash, display_name, school_id, password_changed_at)
	SELECT 'school', '$E2E_SCHOOL', '139$FRESH_DIGITS', password_hash, '$E2E_SCHOOL', LAST_INSERT_ID(), UTC_TIMESTAMP()
	FROM accounts WHERE kind = 'school' AND login_name = '郑州市金水区文化路第一小学';
	INSERT INTO deadline_extensions (year_id, deadline, school_id, extended_to, reason, granted_by)
	SELECT y.id, 'enroll', s.id, '$(fresh_cn_day 30)', '浏览器测试', (SELECT id FROM accounts WHERE kind = 'admin' LIMIT 1)
	FROM academic_years y, schools s WHERE y.is_current = 1 AND s.name = '$E2E_SCHOOL'" && fresh_seal
}
# fresh_seal: encrypts the mobiles written in the clear by the SQL above (or by a wrapper's own
# INSERT of an account), as `cgi-bin/manage pii-seal` does after the demo data.
fresh_seal() { HNEDU_CONF=$HNEDU_CONF "$HNEDU_ROOT/cgi-bin/manage" pii-seal >/dev/null; }
