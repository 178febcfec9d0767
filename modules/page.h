// page.h - HTML pages: one layout (templates/layout/page.tpl: header, 操作导航, footer) around a
// per-page body template included as BODY. Every template starts with AUTOESCAPE HTML, so
// values set here are escaped by ctemplate; layout-wide values are dictionary-global and so
// reach the body too.
#pragma once
#include <ctemplate/template.h>

#include <string>
#include <string_view>

struct Config;
struct Ctx;

// Points ctemplate at the template root (once, at start-up).
void templates_init(const Config& config);

class Page {
 public:
  // title: the page title; body_template: path under templates/, e.g. "school/home.tpl".
  // The 操作导航 (and its 退出系统) is shown for a signed-in account that owes nothing
  // (account_gate empty); pages of an unsettled account show their own sign-out.
  Page(Ctx& ctx, std::string_view title, std::string_view body_template);
  // The BODY dictionary the handler fills.
  ctemplate::TemplateDictionary& body() { return *body_; }
  // Shows a one-line notice above the body.
  void notice(std::string_view text);
  // Expands layout + body into ctx.res (200 unless the handler set another status).
  void render();

 private:
  Ctx& ctx_;
  ctemplate::TemplateDictionary root_;
  ctemplate::TemplateDictionary* body_;
};

// A complete status page (layout + layout/error.tpl) without navigation, for serve().
// Throws std::runtime_error if the templates cannot be expanded.
std::string render_error_page(const Config& config, int status, std::string_view message,
                              std::string_view home_url);
// Chinese heading for a status code ("页面不存在").
const char* status_heading(int status);

// Sets a dictionary value from any string (ctemplate wants TemplateString).
void set_value(ctemplate::TemplateDictionary& dict, const char* name, std::string_view value);
// An inline form error: when message is not empty, section `section` is added with MESSAGE and
// section `section`_INVALID is shown (templates mark the field aria-invalid with it).
void field_error(ctemplate::TemplateDictionary& dict, const char* section, const std::string& message);
