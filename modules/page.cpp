// page.cpp - layout + body rendering with ctemplate (see page.h).
#include "page.h"

#include <stdexcept>

#include "config.h"
#include "context.h"
#include "csrf.h"
#include "nav.h"

namespace {

const char* css_class(std::string_view area) { return area == "department" ? "dept" : area.data(); }

// A value of this page's dictionary tree, seen by the layout and the included BODY alike.
// (Not SetGlobalValue: that static one sets a process-wide value shared by every later
// request of a FastCGI worker and leaks the value it replaces.)
void set_global(ctemplate::TemplateDictionary& d, const char* name, std::string_view v) {
  d.SetTemplateGlobalValue(name, ctemplate::TemplateString(v.data(), v.size()));
}

std::string expand(ctemplate::TemplateDictionary& root) {
  std::string out;
  if (!ctemplate::ExpandTemplate("layout/page.tpl", ctemplate::DO_NOT_STRIP, &root, &out))
    throw std::runtime_error("template expansion failed (layout/page.tpl or its BODY)");
  return out;
}

}  // namespace

void set_value(ctemplate::TemplateDictionary& dict, const char* name, std::string_view value) {
  dict.SetValue(name, ctemplate::TemplateString(value.data(), value.size()));
}

void field_error(ctemplate::TemplateDictionary& dict, const char* section, const std::string& message) {
  if (message.empty()) return;
  set_value(*dict.AddSectionDictionary(section), "MESSAGE", message);
  dict.ShowSection(std::string(section) + "_INVALID");
}

void templates_init(const Config& config) {
  ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(config.templates);
}

Page::Page(Ctx& ctx, std::string_view title, std::string_view body_template)
    : ctx_(ctx), root_("page"), body_(root_.AddIncludeDictionary("BODY")) {
  body_->SetFilename(ctemplate::TemplateString(body_template.data(), body_template.size()));
  set_global(root_, "TITLE", title);
  set_global(root_, "STATIC", ctx.config.static_url);
  set_global(root_, "CSRF", csrf_token(ctx.config, ctx.session));
  set_global(root_, "AREA_CLASS", css_class(ctx.area.name));
  // An account that still owes the second factor or a password change sees no navigation:
  // its pages (/school/verify, /school/password) carry their own 退出 button.
  if (ctx.session.account && account_gate(*ctx.session.account, ctx.config).empty()) {
    const Account& a = *ctx.session.account;
    auto* user = root_.AddSectionDictionary("USER");
    set_value(*user, "USER_NAME", a.display_name);
    set_value(*user, "LOGOUT_URL", "/school/logout");
    auto* nav = root_.AddSectionDictionary("NAV");
    nav_fill(*nav, a, ctx.req.path);
  }
}

void Page::notice(std::string_view text) { set_value(*root_.AddSectionDictionary("NOTICE"), "NOTICE_TEXT", text); }

void Page::render() {
  // A center school acting for a subordinate school (school/in_hand.h) always sees for whom.
  if (ctx_.acting_school_id) {
    auto* acting = root_.AddSectionDictionary("ACTING");
    set_value(*acting, "ACTING_SCHOOL", ctx_.acting_school.name);
    set_value(*acting, "CENTER_URL", "/school/center/");
  }
  ctx_.res.body = expand(root_);
  ctx_.res.set_header("Content-Type", "text/html; charset=utf-8");
}

const char* status_heading(int status) {
  switch (status) {
    case 400: return "请求有误";
    case 403: return "无权访问";
    case 404: return "页面不存在";
    case 405: return "请求方式不正确";
    case 409: return "无法完成操作";
    case 413: return "提交的内容过大";
    case 415: return "提交格式不正确";
    case 429: return "操作过于频繁";
    case 503: return "系统繁忙";
    case 507: return "存储空间不足";
    default: return "系统错误";
  }
}

std::string render_error_page(const Config& config, int status, std::string_view message, std::string_view home_url) {
  ctemplate::TemplateDictionary root("error");
  std::string heading = status_heading(status);
  set_global(root, "TITLE", heading);
  set_global(root, "STATIC", config.static_url);
  set_global(root, "CSRF", "");
  set_global(root, "AREA_CLASS", "error");
  auto* body = root.AddIncludeDictionary("BODY");
  body->SetFilename("layout/error.tpl");
  set_value(*body, "STATUS", std::to_string(status));
  set_value(*body, "HEADING", heading);
  set_value(*body, "MESSAGE", message);
  set_value(*body, "BACK_URL", home_url);
  set_value(*body, "HOME_URL", "/school/");
  return expand(root);
}
