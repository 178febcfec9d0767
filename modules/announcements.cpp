// announcements.cpp - the audience rule and the account side of 公告 (see announcements.h).
// Scope: every query names the signed-in account's id; the audience rule below is the only
// definition of "addressed to", shared by the account pages and the admin's counts.
#include "announcements.h"

#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "page.h"
#include "pager.h"

// Active members with their role, region and company: one row per (account, role); a 中心校's
// account is both school and center.
#define ANNOUNCEMENT_MEMBERS                                                                              \
  "(SELECT a.id, a.kind, a.display_name, 'school' AS role, s.region_code AS region, NULL AS company_id"    \
  " FROM accounts a JOIN schools s ON s.id = a.school_id"                                                 \
  " WHERE a.kind = 'school' AND a.status = 'active' AND s.status = 'active'"                              \
  " UNION ALL SELECT a.id, a.kind, a.display_name, 'center', s.region_code, NULL"                        \
  " FROM accounts a JOIN schools s ON s.id = a.school_id"                                                 \
  " WHERE a.kind = 'school' AND a.status = 'active' AND s.status = 'active' AND s.is_center = 1"          \
  " UNION ALL SELECT a.id, a.kind, a.display_name, CONCAT('department_', r.level), a.region_code, NULL"   \
  " FROM accounts a JOIN regions r ON r.code = a.region_code WHERE a.kind = 'department' AND a.status = 'active'" \
  " UNION ALL SELECT a.id, a.kind, a.display_name, CONCAT('insurer_', a.insurer_level), a.region_code, a.company_id" \
  " FROM accounts a WHERE a.kind = 'insurer' AND a.status = 'active') m"

// Member m is addressed by announcement n (same region pattern as scope.cpp).
#define ANNOUNCEMENT_MATCH                                                                             \
  " FIND_IN_SET(m.role, n.audience) > 0 AND m.region LIKE CASE"                                        \
  " WHEN n.region_code LIKE '__0000' THEN CONCAT(LEFT(n.region_code, 2), '%')"                        \
  " WHEN n.region_code LIKE '____00' THEN CONCAT(LEFT(n.region_code, 4), '%') ELSE n.region_code END"   \
  " AND (n.company_id IS NULL OR m.role NOT LIKE 'insurer%' OR m.company_id = n.company_id)"

// Announcement n is shown now.
#define ANNOUNCEMENT_SHOWN \
  " n.status = 'published' AND (n.expires_on IS NULL OR n.expires_on >= DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR))"

// Announcements shown to account ? (the id is the first parameter).
#define ANNOUNCEMENTS_FOR_ACCOUNT                                                       \
  " FROM announcements n WHERE" ANNOUNCEMENT_SHOWN " AND EXISTS (SELECT 1 FROM "        \
  ANNOUNCEMENT_MEMBERS " WHERE m.id = ? AND" ANNOUNCEMENT_MATCH ")"

namespace {

constexpr int kHomeCount = 5;

std::string area_url(Ctx& ctx, std::string_view tail) { return std::string(ctx.area.home) + std::string(tail); }

void fill_item(Ctx& ctx, ctemplate::TemplateDictionary& item, const Row& r) {
  set_value(item, "URL", area_url(ctx, "announcement?id=" + r.str("id")));
  set_value(item, "TITLE", r.str("title"));
  set_value(item, "PUBLISHED", r.str("published"));
  if (r.is_null("read_at")) item.ShowSection("UNREAD");
}

}  // namespace

const std::vector<AnnouncementRole>& announcement_roles() {
  static const std::vector<AnnouncementRole> roles = {
      {"school", "学校"},
      {"center", "中心校"},
      {"department_city", "市级教育部门"},
      {"department_county", "县级教育部门"},
      {"insurer_province", "省级承保机构"},
      {"insurer_city", "市级承保机构"},
      {"insurer_county", "县级承保机构"},
  };
  return roles;
}

std::string announcement_audience_summary(const std::string& audience, const std::string& region_name,
                                          const std::string& region_level, const std::string& company_name) {
  std::string roles;
  std::string set = "," + audience + ",";
  for (const auto& r : announcement_roles()) {
    if (set.find("," + std::string(r.code) + ",") == std::string::npos) continue;
    if (!roles.empty()) roles += "、";
    roles += r.label;
  }
  std::string region = region_level == "province" ? "全省" : region_name;
  if (region_level == "city") region += "（含所辖县区及市直）";
  std::string out = roles + " · " + region;
  if (!company_name.empty()) out += " · 承保机构限" + company_name;
  return out;
}

int64_t announcement_audience_size(Db& db, int64_t id) {
  auto r = db.query_one("SELECT COUNT(DISTINCT m.id) AS n FROM announcements n JOIN " ANNOUNCEMENT_MEMBERS
                        " ON" ANNOUNCEMENT_MATCH " WHERE n.id = ?",
                        {id});
  return r ? r->i64("n") : 0;
}

// The audience of announcement ? (one row per account) with its reading; then ? (the id again) and
// the show filter three times.
#define ANNOUNCEMENT_AUDIENCE_FROM                                                                           \
  " FROM (SELECT m.id, MIN(m.kind) AS kind, MIN(m.display_name) AS display_name, MIN(m.region) AS region"   \
  " FROM announcements n JOIN " ANNOUNCEMENT_MEMBERS " ON" ANNOUNCEMENT_MATCH " WHERE n.id = ? GROUP BY m.id) x" \
  " LEFT JOIN announcement_reads r ON r.account_id = x.id AND r.announcement_id = ?"                        \
  " LEFT JOIN regions rg ON rg.code = x.region"                                                               \
  " WHERE (? = 'all' OR (? = 'read' AND r.read_at IS NOT NULL) OR (? = 'unread' AND r.read_at IS NULL))"

Rows announcement_audience(Db& db, int64_t id, const std::string& show, int64_t limit, int64_t offset) {
  return db.query(
      "SELECT x.id, x.kind, x.display_name, rg.name AS region_name,"
      " DATE_FORMAT(r.read_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS read_at" ANNOUNCEMENT_AUDIENCE_FROM
      " ORDER BY r.read_at IS NULL, r.read_at, FIELD(x.kind, 'school', 'department', 'insurer'), x.region,"
      " x.display_name, x.id LIMIT ? OFFSET ?",
      {id, id, show, show, show, limit, offset});
}

int64_t announcement_audience_count(Db& db, int64_t id, const std::string& show) {
  auto r = db.query_one("SELECT COUNT(*) AS n" ANNOUNCEMENT_AUDIENCE_FROM, {id, id, show, show, show});
  return r ? r->i64("n") : 0;
}

bool announcement_visible_to(Db& db, int64_t id, int64_t account_id) {
  return db.query_one("SELECT n.id" ANNOUNCEMENTS_FOR_ACCOUNT " AND n.id = ?", {account_id, id}).has_value();
}

void announcements_home_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict) {
  const int64_t me = ctx.account().id;
  Rows rows = ctx.db.query(
      "SELECT n.id, n.title, DATE_FORMAT(n.published_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS published,"
      " (SELECT r.read_at FROM announcement_reads r WHERE r.announcement_id = n.id AND r.account_id = ?) AS read_at"
      ANNOUNCEMENTS_FOR_ACCOUNT " ORDER BY n.pinned DESC, n.published_at DESC, n.id DESC LIMIT ?",
      {me, me, int64_t{kHomeCount + 1}});
  auto* box = dict.AddIncludeDictionary("ANNOUNCEMENTS");
  box->SetFilename("announcements/home.tpl");
  int shown = 0;
  for (const Row& r : rows) {
    if (shown++ == kHomeCount) {
      set_value(*box->AddSectionDictionary("MORE"), "URL", area_url(ctx, "announcements"));
      break;
    }
    fill_item(ctx, *box->AddSectionDictionary("ITEM"), r);
  }
  if (rows.empty()) box->ShowSection("EMPTY");
}

void area_announcements(Ctx& ctx) {
  const int64_t me = ctx.account().id;
  Pager pager = pager_read(ctx.req);
  auto total = ctx.db.query_one("SELECT COUNT(*) AS n" ANNOUNCEMENTS_FOR_ACCOUNT, {me});
  Rows rows = ctx.db.query(
      "SELECT n.id, n.title, DATE_FORMAT(n.published_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS published,"
      " (SELECT r.read_at FROM announcement_reads r WHERE r.announcement_id = n.id AND r.account_id = ?) AS read_at"
      ANNOUNCEMENTS_FOR_ACCOUNT " ORDER BY n.pinned DESC, n.published_at DESC, n.id DESC LIMIT ? OFFSET ?",
      {me, me, pager.limit, pager.offset()});
  Page page(ctx, "公告", "announcements/list.tpl");
  auto& d = page.body();
  for (const Row& r : rows) fill_item(ctx, *d.AddSectionDictionary("ITEM"), r);
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total ? total->i64("n") : 0, area_url(ctx, "announcements"), {});
  page.render();
}

void area_announcement(Ctx& ctx) {
  const int64_t me = ctx.account().id;
  int64_t id = param_id(ctx.req, "id");
  auto n = ctx.db.query_one(
      "SELECT n.id, n.title, n.body, DATE_FORMAT(n.published_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS published"
      ANNOUNCEMENTS_FOR_ACCOUNT " AND n.id = ?",
      {me, id});
  if (!n) {
    audit(ctx, "access_denied", "announcement", std::to_string(id), "announcement page");
    throw HttpError(404, "公告不存在或已撤回。");
  }
  // The receipt: the first reading only (the primary key keeps it once per account).
  ctx.db.exec("INSERT INTO announcement_reads (account_id, announcement_id) VALUES (?, ?)"
              " ON DUPLICATE KEY UPDATE read_at = read_at", {me, id});
  Page page(ctx, "公告", "announcements/show.tpl");
  auto& d = page.body();
  set_value(d, "TITLE", n->str("title"));
  set_value(d, "PUBLISHED", n->str("published"));
  set_value(d, "LIST_URL", area_url(ctx, "announcements"));
  std::string body = n->str("body");
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    set_value(*d.AddSectionDictionary("LINE"), "TEXT", std::string_view(body).substr(start, end - start));
    start = end + 1;
  }
  page.render();
}
