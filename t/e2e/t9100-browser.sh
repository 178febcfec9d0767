#!/bin/bash
# t9100-browser: the login flow in headless Chromium (t/e2e/browser.mjs, playwright-core
# driving Debian's chromium) against the running stack; screenshots in t/e2e/out/.
# browser.mjs prints its own TAP; this wrapper only points it at the stack.
. "$(dirname "$0")/wrapper.sh"
# The stack's database (lib.mjs reads the SMS outbox there). Repeated runs against one stack
# must not trip the login captcha or the login/SMS limits of the demo accounts: clean counters.
fresh_db "DELETE FROM auth_throttle WHERE throttle_key LIKE 'login:%' OR throttle_key LIKE 'sms:%'" || exit 1
exec node browser.mjs
