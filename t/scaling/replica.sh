#!/bin/bash
# t/scaling/replica.sh - the MariaDB replica (docs/scaling.md): reads that may lag go to a GTID
# replica, read-after-write and stopped, lagging or dead replicas go to the primary (see
# t/scaling/lib/replica.py). Own stack on $HNEDU_PORT; run by `make check-scaling`.
exec /usr/bin/python3 "$(dirname "$0")/lib/replica.py"
