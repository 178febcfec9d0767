#!/bin/bash
# t/drills/sms-gateway.sh - fault drill 5: the SMS gateway (t/fake-sms-gateway.py) hangs, then
# fails, then recovers (see t/drills/lib/sms_gateway.py for what it proves and its figures).
# Own stack on $HNEDU_PORT with a throwaway var dir under t/out/drills/; run by `make check-drills`.
exec /usr/bin/python3 "$(dirname "$0")/lib/sms_gateway.py"
