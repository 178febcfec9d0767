#!/bin/bash
# t/drills/slow-clients.sh - fault drill 4: slowloris and slow-body clients (slowhttptest, installed
# from Debian when missing) hold no FastCGI worker (see t/drills/lib/slow_clients.py for what it
# proves and its figures). Own stack on $HNEDU_PORT with a throwaway var dir under
# t/out/drills/; run by `make check-drills`.
exec /usr/bin/python3 "$(dirname "$0")/lib/slow_clients.py"
