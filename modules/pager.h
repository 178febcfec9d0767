// pager.h - paging of long lists (20 rows a page), the links between pages and list filters. A list page
// reads its page number with pager_read, runs "... LIMIT ? OFFSET ?" with limit/offset, and
// fills the PAGER section of its template with pager_fill. Links keep the list's filters:
// url_with_query builds "/school/admin/x?a=1&b=%E4%B8%AD" from allow-listed values only.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http.h"  // url_encode

namespace ctemplate { class TemplateDictionary; }
class Request;

using QueryParams = std::vector<std::pair<std::string, std::string>>;

struct Pager {
  int64_t page = 1;        // 1-based
  int64_t limit = 20;      // rows per page
  int64_t offset() const { return (page - 1) * limit; }
};

// The "page" parameter (absent = 1; garbage = 400 via param_id); capped at 100000.
Pager pager_read(const Request& req, int64_t per_page = 20);
// path + "?" + the non-empty params joined with & (path alone when all are empty).
std::string url_with_query(std::string_view path, const QueryParams& params);
// A LIKE pattern matching values that contain s (%, _ and \ in s are matched literally).
std::string like_contains(std::string_view s);
// A LIKE pattern matching values that start with s (matched literally, as above).
std::string like_prefix(std::string_view s);
// Adds section PAGER to dict when there is more than one page: TOTAL, PAGE, PAGES, and
// sub-sections PREV / NEXT with URL (the same list, same filters, page ± 1).
// Also sets TOTAL at dict level (the row count) for "共 N 条".
void pager_fill(ctemplate::TemplateDictionary& dict, const Pager& pager, int64_t total, std::string_view path,
                const QueryParams& filters);
