#!/bin/bash
# t9110-registration: register → approve → first sign-in → own password, in headless Chromium
# through nginx (t/e2e/registration.mjs), reading SMS from the stack's outbox.
. "$(dirname "$0")/wrapper.sh"
exec node registration.mjs
