// account/change_mobile.h - 修改手机号 under each area's 账户信息 (one implementation for all
// four areas): the new mobile proves itself with an SMS code (purpose change_mobile, sent to
// the NEW number by a POST of this page) and the owner with the current password. On success
// accounts.mobile (and, for a school, schools.contact_mobile) change in one transaction, the
// old and the new number get the "mobile_changed" notice, and "mobile_changed" is audited.
#pragma once
struct Ctx;

// GET <area>/account/mobile : the form (current mobile masked, new mobile, code, password).
void account_mobile_page(Ctx& ctx);
// POST <area>/account/mobile/code : mobile → a code to that number (send limits of sms.h);
// the form again with a notice or the reason, the typed number kept. With purpose=change_mobile
// (htdocs/js/sms-code.js) the answer is JSON instead: {"ok":true|false,"message":"..."}.
void account_mobile_code(Ctx& ctx);
// POST <area>/account/mobile : mobile + code + password → 303 <area>/account?done=mobile, or
// the form with per-field messages.
void account_mobile(Ctx& ctx);
