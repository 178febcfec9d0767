// uploads/center_register.h - the 增加所辖学校 submission of a center school (the multipart POST
// of the form center/register.cpp renders): the public registration's fields and rules
// (uploads/register.h) less region (the center's own), SMS code and captcha. Success: the
// school (pending, center_school_id = the center), files row, registration application with
// the center's account as applicant, audit registration_submitted, then 303 to
// /school/center/register?done=1; errors show the page again (200) with messages and the typed
// values. At most 30 submissions an hour per account (429).
#pragma once
struct Ctx;

// POST /school/files/center-register (Role::Center; the csrf field comes first in the body).
void uploads_center_register(Ctx& ctx);
