// pager.cpp - list paging and filter-preserving links (see pager.h).
#include "pager.h"

#include <ctemplate/template.h>

#include "form.h"
#include "http.h"
#include "page.h"

Pager pager_read(const Request& req, int64_t per_page) {
  Pager p;
  p.limit = per_page;
  if (req.param("page")) p.page = std::min<int64_t>(param_id(req, "page"), 100000);
  return p;
}

std::string url_with_query(std::string_view path, const QueryParams& params) {
  std::string url(path);
  char sep = '?';
  for (const auto& [k, v] : params) {
    if (v.empty()) continue;
    url += sep;
    url += url_encode(k);
    url += '=';
    url += url_encode(v);
    sep = '&';
  }
  return url;
}

std::string like_prefix(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

std::string like_contains(std::string_view s) { return "%" + like_prefix(s); }

void pager_fill(ctemplate::TemplateDictionary& dict, const Pager& pager, int64_t total, std::string_view path,
                const QueryParams& filters) {
  set_value(dict, "TOTAL", std::to_string(total));
  int64_t pages = total == 0 ? 1 : (total + pager.limit - 1) / pager.limit;
  if (pages <= 1 && pager.page == 1) return;
  auto* p = dict.AddSectionDictionary("PAGER");
  set_value(*p, "PAGE", std::to_string(pager.page));
  set_value(*p, "PAGES", std::to_string(pages));
  auto link = [&](int64_t n) {
    QueryParams q = filters;
    if (n > 1) q.emplace_back("page", std::to_string(n));
    return url_with_query(path, q);
  };
  if (pager.page > 1) set_value(*p->AddSectionDictionary("PREV"), "URL", link(std::min(pager.page - 1, pages)));
  if (pager.page < pages) set_value(*p->AddSectionDictionary("NEXT"), "URL", link(pager.page + 1));
}
