// portal/captcha_image.h - the captcha image of the public forms (modules/captcha.h does the work).
#pragma once
struct Ctx;

// GET /school/captcha?for=<register|forgot_account|forgot_password|login> : a fresh PNG
// (never cached) whose answer is stored for this visitor's session cookie, which the
// response sets when the visitor has none yet. Unknown purpose → 400; more than 60 images
// in 5 minutes from one address → 429.
void portal_captcha(Ctx& ctx);
