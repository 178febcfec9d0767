#!/bin/bash
# t/drills/db-kill.sh - fault drill 2: kill -9 MariaDB during 20 concurrent roster uploads, then
# restart it (see t/drills/lib/db_kill.py for what it proves and its figures).
# Own stack on $HNEDU_PORT with a throwaway var dir under t/out/drills/; run by `make check-drills`.
exec /usr/bin/python3 "$(dirname "$0")/lib/db_kill.py"
