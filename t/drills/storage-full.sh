#!/bin/bash
# t/drills/storage-full.sh - fault drill 3: roster upload onto a full 2 MB tmpfs mounted over the
# upload storage (see t/drills/lib/storage_full.py for what it proves and its figures). Needs root
# (mount). Own stack on $HNEDU_PORT with a throwaway var dir under t/out/drills/; run by
# `make check-drills`.
exec /usr/bin/python3 "$(dirname "$0")/lib/storage_full.py"
