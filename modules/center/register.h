// center/register.h - 增加所辖学校: a center school registers an unregistered school of its own
// county (or its city's 市直) on the school's behalf. The form is the public 学校注册 form less
// the 区域 (always the center's), the SMS code and the captcha (the center is signed in, every
// POST carries the CSRF token and is audited; the admin's 注册审核 checks the certificate and
// the approval SMS to the contact mobile proves the number). The POST is the multipart upload
// uploads/center_register.cpp; the page also lists the registrations the center filed that are
// still pending or were rejected (with the reason), newest first.
#pragma once
struct Ctx;
struct RegisterView;

// GET /school/center/register (?done=1 after a submission)
void center_register_page(Ctx& ctx);
// Renders the page with view (the typed values and messages; status as set by the caller).
void center_register_render(Ctx& ctx, const RegisterView& view);
