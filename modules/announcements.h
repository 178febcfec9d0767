// announcements.h - 公告: who an announcement is addressed to (the audience rule, in SQL, in one
// place), what a signed-in account sees on its 系统首页, and the area pages that show one
// announcement and record its read receipt.
// Audience: announcements.audience holds roles (school, center, department_city,
// department_county, insurer_province, insurer_city, insurer_county); region_code is the whole
// province (410000), a city (its counties and 市直) or a county, matched against the account's
// region (a school's by schools.region_code); company_id, when set, narrows insurers to that
// company. Only active accounts (and active schools) are members. Shown = published and not past
// expires_on (China time).
#pragma once
#include <ctemplate/template.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "db.h"

struct Ctx;

// The roles of the audience, in display order.
struct AnnouncementRole {
  const char* code;   // value in announcements.audience
  const char* label;  // Chinese label
};
const std::vector<AnnouncementRole>& announcement_roles();

// "学校、中心校 · 郑州市 · 平安财险" from the stored audience, the region and company names.
std::string announcement_audience_summary(const std::string& audience, const std::string& region_name,
                                          const std::string& region_level, const std::string& company_name);

// Accounts addressed by announcement id (active members), whether shown or not.
int64_t announcement_audience_size(Db& db, int64_t id);

// Members of announcement id's audience (one row per account) with their first reading, filtered by
// show ("all" | "read" | "unread"), read ones first: columns id, kind, display_name, region_name,
// read_at (China time "YYYY-MM-DD HH:MM"; NULL = unread). The count is of the same filter.
Rows announcement_audience(Db& db, int64_t id, const std::string& show, int64_t limit, int64_t offset);
int64_t announcement_audience_count(Db& db, int64_t id, const std::string& show);

// The 公告 block of an area's 系统首页: adds the include ANNOUNCEMENTS (announcements/home.tpl)
// with the newest few announcements for the signed-in account (unread marked) and 更多 when there
// are more. Links go to <area home>announcement?id=N and <area home>announcements.
void announcements_home_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict);

// GET <area>/announcements: every announcement shown to the signed-in account, newest first, paged.
void area_announcements(Ctx& ctx);
// GET <area>/announcement?id=N: one announcement; records the account's read receipt once
// (idempotent). Not addressed to the account (or not shown) → 404 + access_denied audit.
void area_announcement(Ctx& ctx);
