#!/bin/bash
# t/drills/worker-kill.sh - fault drill 1: kill -9 FastCGI workers during a load of GETs and
# POSTs through nginx (see t/drills/lib/worker_kill.py for what it proves and its figures).
# Own stack on $HNEDU_PORT with a throwaway var dir under t/out/drills/; run by `make check-drills`.
exec /usr/bin/python3 "$(dirname "$0")/lib/worker_kill.py"
