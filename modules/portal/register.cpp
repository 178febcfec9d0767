// portal/register.cpp - the 学校注册 form and its confirmation page (see portal/register.h).
#include "portal/register.h"

#include "context.h"
#include "page.h"

namespace {

// Form field → the template's error section.
const std::pair<const char*, const char*> kErrorSections[] = {
    {"region", "ERR_REGION"},   {"name", "ERR_NAME"},         {"school_type", "ERR_TYPE"},
    {"nature", "ERR_NATURE"},   {"contact_name", "ERR_CONTACT"}, {"mobile", "ERR_MOBILE"},
    {"sms_code", "ERR_CODE"},   {"certificate", "ERR_CERT"},  {"captcha", "ERR_CAPTCHA"},
};

// The 区域 select: one optgroup per city (in code order), its 市直 first, then its counties.
void fill_regions(Ctx& ctx, ctemplate::TemplateDictionary& d, const std::string& selected) {
  Rows rows = ctx.db.query(
      "SELECT c.code AS city_code, c.name AS city_name, r.code, r.name FROM regions c"
      " LEFT JOIN regions r ON r.parent_code = c.code AND r.level = 'county'"
      " WHERE c.level = 'city' ORDER BY c.code, r.code");
  ctemplate::TemplateDictionary* group = nullptr;
  std::string city;
  auto option = [&](const std::string& code, const std::string& label) {
    auto* o = group->AddSectionDictionary("REGION_OPTION");
    set_value(*o, "CODE", code);
    set_value(*o, "LABEL", label);
    if (code == selected) o->ShowSection("SELECTED");
  };
  for (const Row& r : rows) {
    if (r.str("city_code") != city) {
      city = r.str("city_code");
      group = d.AddSectionDictionary("REGION_GROUP");
      set_value(*group, "CITY_NAME", r.str("city_name"));
      option(city, r.str("city_name") + "（市直）");
    }
    if (!r.is_null("code")) option(r.str("code"), r.str("name"));
  }
}

void fill_types(Ctx& ctx, ctemplate::TemplateDictionary& d, const std::string& selected) {
  for (const Row& r : ctx.db.query("SELECT name FROM school_types ORDER BY sort_order, name")) {
    auto* o = d.AddSectionDictionary("TYPE_OPTION");
    set_value(*o, "TYPE_NAME", r.str("name"));
    if (r.str("name") == selected) o->ShowSection("SELECTED");
  }
}

}  // namespace

void register_fill_common(Ctx& ctx, ctemplate::TemplateDictionary& d, const RegisterView& view) {
  const RegisterForm& v = view.values;
  fill_types(ctx, d, v.school_type);
  set_value(d, "NAME", v.name);
  set_value(d, "CONTACT_NAME", v.contact_name);
  set_value(d, "MOBILE", v.mobile);
  if (v.nature == "公办") d.ShowSection("NATURE_PUBLIC");
  if (v.nature == "民办") d.ShowSection("NATURE_PRIVATE");
  for (const auto& [field, section] : kErrorSections) {
    auto it = view.errors.find(field);
    if (it != view.errors.end()) set_value(*d.AddSectionDictionary(section), "MESSAGE", it->second);
  }
  if (!view.errors.empty()) d.ShowSection("HAS_ERRORS");
  if (view.file_again) d.ShowSection("FILE_AGAIN");
}

void register_form_render(Ctx& ctx, const RegisterView& view) {
  Page page(ctx, "学校注册", "portal/register.tpl");
  auto& d = page.body();
  const RegisterForm& v = view.values;
  set_value(d, "ACTION", "/school/files/register");
  set_value(d, "CAPTCHA_URL", "/school/captcha?for=register");
  fill_regions(ctx, d, v.region);
  register_fill_common(ctx, d, view);
  set_value(d, "SMS_CODE", v.sms_code);
  if (!view.notice.empty()) set_value(*d.AddSectionDictionary("CODE_SENT"), "MESSAGE", view.notice);
  page.render();
}

void portal_register_page(Ctx& ctx) { register_form_render(ctx, RegisterView{}); }

void portal_register_done(Ctx& ctx) {
  Page page(ctx, "注册信息已提交", "portal/register_done.tpl");
  page.render();
}
