// portal/sms_callback.h - the SMS gateway's delivery reports (wire format in sms_sender.h).
#pragma once
struct Ctx;

// POST /school/sms/callback (Role::Gateway: no session, no CSRF token). Accepts a report
// only from an address in [sms] callback_sources, with a body of at most 8 KB holding exactly
// message_id, status, reported_at, timestamp and signature (HMAC-SHA256 under [sms] key),
// signed within ±300 s of our clock. Answers text/plain "ok" for a new report and for a
// replay (stored once, nothing changes); 403 for a foreign address, a bad signature or a
// stale timestamp; 413 for a larger body; 400 for missing, extra or malformed fields.
// Logs each report; writes no audit record (volume).
void portal_sms_callback(Ctx& ctx);
