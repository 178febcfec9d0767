#!/bin/bash
# t/scaling/two-hosts.sh - two application sets behind one nginx upstream with shared file storage
# (docs/scaling.md): SIGKILL one set under a load of GETs, no request fails (see
# t/scaling/lib/two_hosts.py). Own stack on $HNEDU_PORT; run by `make check-scaling`.
exec /usr/bin/python3 "$(dirname "$0")/lib/two_hosts.py"
