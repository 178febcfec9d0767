// uploads/register.h - the 学校注册 submission: the multipart POST of the form that
// portal/register.cpp renders (region, full name, type, nature, contact, mobile + SMS code,
// certificate file, captcha).
// Rules: every field required; name 4-60 characters; a full name already registered in the
// same county (or the same city's 市直) is refused, unless that school was rejected and the
// mobile is the same: then it is a resubmission of that school; the SMS code (purpose
// register) must verify for the mobile; the captcha must verify; the certificate is JPEG,
// PNG or PDF by content and at most 5 MB. Errors show the form again (200) with per-field
// messages and the typed values. Success: school (pending), files row, registration
// application, audit registration_submitted, then 303 to /school/register/done.
// At most 30 submissions an hour per address (429).
#pragma once
struct Ctx;

// POST /school/files/register (Role::Public; the csrf field comes first in the body).
void uploads_register(Ctx& ctx);
