// portal/register.h - 学校注册 (the manual's 注册账号): the public form, its confirmation
// page, and the form renderer shared with the upload handler (uploads/register.cpp), which
// receives the multipart POST at /school/files/register and shows the form again on errors.
#pragma once
#include <map>
#include <string>

struct Ctx;
namespace ctemplate {
class TemplateDictionary;
}

// What the visitor typed, as typed (trimmed); never the file, which must be chosen again.
struct RegisterForm {
  std::string region;        // region code: a county, or a city for its 市直 schools
  std::string name;          // 学校全称
  std::string school_type;   // a school_types name
  std::string nature;        // 公办 | 民办
  std::string contact_name;  // 联系人姓名
  std::string mobile;        // 联系人手机
  std::string sms_code;      // 短信验证码
};

struct RegisterView {
  RegisterForm values;
  // field → Chinese message; fields: region, name, school_type, nature, contact_name,
  // mobile, sms_code, certificate, captcha.
  std::map<std::string, std::string> errors;
  std::string notice;      // e.g. "验证码已发送至 138****5678" after the no-JavaScript 发送验证码
  bool file_again = false;  // the visitor had chosen a file: say it must be chosen again
};

// Fills what the public form and a center's 增加所辖学校 form share: TYPE_OPTION, NAME,
// CONTACT_NAME, MOBILE, NATURE_PUBLIC / NATURE_PRIVATE, the ERR_* sections, HAS_ERRORS, FILE_AGAIN.
void register_fill_common(Ctx& ctx, ctemplate::TemplateDictionary& d, const RegisterView& view);

// Renders the form (status as set by the caller) into ctx.res.
void register_form_render(Ctx& ctx, const RegisterView& view);

// GET /school/register : the empty form.
void portal_register_page(Ctx& ctx);
// GET /school/register/done : 注册信息已提交，等待审核 (where the POST redirects).
void portal_register_done(Ctx& ctx);
