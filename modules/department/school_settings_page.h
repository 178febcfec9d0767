// department/school_settings_page.h - the parts of a school's 设置 page its action handlers
// share (see department/school_settings.h): finding the school in scope, the form state and
// rendering the page with it.
#pragma once
#include <cstdint>
#include <string>

#include "db.h"

struct Ctx;
namespace ctemplate { class TemplateDictionary; }

// What the page shows besides the school: a notice, a refusal per panel, the typed values.
struct SettingsForm {
  std::string notice;
  std::string center_error;   // 中心校设置 (set/unset, join, leave)
  std::string account_error;  // 修改账号密码
  std::string mobile, mobile_error;
  std::string cause, reason, cause_error, reason_error, cancel_error;
  int status = 200;
};

// The school id of the department's scope (columns id, name, region_code, status, contact_mobile,
// contact_mobile_hmac),
// else audit access_denied (what) and 404.
Row settings_school(Ctx& ctx, int64_t id, const char* what);
// Renders the page of school id (in scope, else 404) with f.
void settings_render(Ctx& ctx, int64_t id, const SettingsForm& f);
// The 注销账号 panel of school s (columns id, status) — shared with a center school's 查看 page:
// CANCEL_APP (the newest cancellation application), CANCEL_ERROR and, unless one is pending or
// the school is not active, CANCEL_FORM with f's typed values and messages.
void settings_fill_cancellation(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& s, const SettingsForm& f);
// 303 to the page of school id with ?done=done.
void settings_done(Ctx& ctx, int64_t id, const char* done);
