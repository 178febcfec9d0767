// t/unit/page_test.cpp - status pages from the real templates (modules/page): escaping of the
// message, Chinese headings, the site header.
#include <boost/test/unit_test.hpp>

#include <ctemplate/template.h>

#include "config.h"
#include "page.h"
#include "support.h"

namespace {

Config page_config() {
  Config c;
  c.templates = test_templates();
  templates_init(c);
  return c;
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(page)

BOOST_AUTO_TEST_CASE(error_page_escapes_the_message) {
  Config c = page_config();
  std::string html = render_error_page(c, 404, "<script>alert(1)</script>", "/school/");
  BOOST_TEST(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  BOOST_TEST(!contains(html, "<script>alert"));
  // The only scripts are the layout's own files (no inline script).
  for (size_t at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1))
    BOOST_TEST(html.compare(at, 21, "<script src=\"/school/") == 0);
}

BOOST_AUTO_TEST_CASE(error_page_has_heading_status_and_site_header) {
  Config c = page_config();
  std::string html = render_error_page(c, 404, "找不到", "/school/s/");
  BOOST_TEST(contains(html, "页面不存在"));
  BOOST_TEST(contains(html, "河南省教育保险管理系统"));
  BOOST_TEST(contains(html, "404"));
  BOOST_TEST(contains(html, "找不到"));
  BOOST_TEST(contains(html, "href=\"/school/s/\""));
  BOOST_TEST(contains(html, "<title>页面不存在 - 河南省教育保险管理系统</title>"));
  BOOST_TEST(contains(html, "/school/static/css/site.css"));
  BOOST_TEST(!contains(html, "side-nav"));  // status pages have no navigation
}

// The layout's values belong to one page's dictionary tree: a later expansion in the same
// process (the next request of a FastCGI worker) does not see them (found by LeakSanitizer:
// the process-wide SetGlobalValue kept and leaked them).
BOOST_AUTO_TEST_CASE(page_values_do_not_outlive_the_page) {
  Config c = page_config();
  render_error_page(c, 404, "x", "/school/");
  ctemplate::StringToTemplateCache("page_test_globals", "[{{TITLE}}|{{CSRF}}|{{AREA_CLASS}}]", ctemplate::DO_NOT_STRIP);
  ctemplate::TemplateDictionary fresh("fresh");
  std::string out;
  BOOST_REQUIRE(ctemplate::ExpandTemplate("page_test_globals", ctemplate::DO_NOT_STRIP, &fresh, &out));
  BOOST_TEST(out == "[||]");
}

BOOST_AUTO_TEST_CASE(error_page_escapes_the_back_url) {
  Config c = page_config();
  std::string html = render_error_page(c, 403, "x", "/school/\"><b>x</b>");
  BOOST_TEST(!contains(html, "\"><b>x</b>"));
  BOOST_TEST(contains(html, "无权访问"));
}

BOOST_AUTO_TEST_CASE(error_page_without_templates_throws) {
  Config c;
  c.templates = "/nonexistent-hnedu-templates";
  ctemplate::mutable_default_template_cache()->ClearCache();  // forget templates other cases loaded
  templates_init(c);
  BOOST_CHECK_THROW(render_error_page(c, 500, "x", "/school/"), std::runtime_error);
  page_config();  // point ctemplate back at the real root
}

BOOST_AUTO_TEST_CASE(status_heading_for_each_status) {
  BOOST_TEST(std::string(status_heading(400)) == "请求有误");
  BOOST_TEST(std::string(status_heading(403)) == "无权访问");
  BOOST_TEST(std::string(status_heading(404)) == "页面不存在");
  BOOST_TEST(std::string(status_heading(500)) == "系统错误");
  BOOST_TEST(std::string(status_heading(503)) == "系统繁忙");
  BOOST_TEST(std::string(status_heading(405)) == "请求方式不正确");
}

BOOST_AUTO_TEST_SUITE_END()
