// nav.h - the left 操作导航 of each kind of account, as in the users' manual. Entries whose
// page a later issue builds are shown visibly marked 未开放 and are not links.
#pragma once
#include <string_view>

namespace ctemplate { class TemplateDictionary; }
struct Account;

// Adds one NAV_ITEM section per entry under nav (the NAV section dictionary); the entry whose
// URL equals current_path is marked current.
void nav_fill(ctemplate::TemplateDictionary& nav, const Account& account, std::string_view current_path);

// Fills one LABEL/URL/AVAILABLE/UNAVAILABLE(NOTE) item: opens_in is empty for a working
// page, else the issue that builds it ("#4"). Shared by the nav and the login page links.
void link_fill(ctemplate::TemplateDictionary& item, std::string_view label, std::string_view url,
               std::string_view opens_in);
