// admin/sms_log.h - 短信记录: every SMS the system queued (sms_messages), newest first, 20 a
// page, filtered by mobile (its first 1-3 digits, or the whole number through its HMAC),
// purpose prefix, status and date range (China dates).
// Mobiles are masked; codes show as ****** and passwords as ******** (the full text of a
// message carrying a secret is never shown). A failed notice can be resent (a queued copy,
// audited); messages carrying a code or a password are never resent.
#pragma once
#include <string>
#include <string_view>
struct Ctx;

// GET /school/admin/sms?mobile=&purpose=&status=&from=&to=&page=
void admin_sms(Ctx& ctx);
// POST /school/admin/sms/resend (id, + the list filters)
void admin_sms_resend(Ctx& ctx);

// The text shown for a message: code → ******, password → ******** (code and password are
// the values stored in the message's params; a secret template without them is hidden whole).
std::string sms_masked_body(std::string_view template_name, std::string_view body, std::string_view code,
                            std::string_view password);
