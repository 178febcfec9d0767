// portal/verify.h - 登录验证, the SMS second factor after the password: the admin always,
// departments and insurers when [security] mfa_department / mfa_insurer. signin.cpp sends a
// 6-digit code (purpose login_mfa) to the account's mobile and sends the browser here; the
// right code gives the session a new id marked mfa_passed (session_promote). Five wrong
// entries void a code (sms.h); 重新发送 asks for a new one within the send limits. Audited:
// "mfa_passed", "mfa_failed", "mfa_code_sent", "mfa_code_refused". Role::Pending routes.
#pragma once
struct Ctx;

// GET /school/verify : the code form (the mobile masked), 重新发送 and 退出. An account that
// owes no second factor is sent on (its gate or start page).
void portal_verify_page(Ctx& ctx);
// POST /school/verify : code → 303 to /school/password when a change is owed, else the start
// page; a wrong code → the form with the tries left, or with "ask for a new code".
void portal_verify(Ctx& ctx);
// POST /school/verify/resend : a new code to the account's mobile → 303 /school/verify?sent=1,
// or the form with the reason (60 s, 5/h, 10/day per phone; per address).
void portal_verify_resend(Ctx& ctx);
