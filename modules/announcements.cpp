// announcements.cpp - the audience rule and the account side of 公告 (see announcements.h).
// Scope: the account pages match the signed-in account's own roles, region and company (from
// its session); the audience rule below is the only definition of "addressed to", spelled for a
// member row (the admin's counts) and for the signed-in account.
#include "announcements.h"

#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "page.h"
#include "pager.h"
#include "refdata.h"

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

// Announcement n addresses a reader when ROLE_OK (one of the reader's roles is in n.audience),
// the reader's REGION lies in n's region (same pattern as scope.cpp) and, for insurers, the
// reader's COMPANY is n's company when n names one. ROLE is the reader's (first) role. The one
// rule, spelled for a member row m (admin counts) and for the signed-in account's parameters.
#define ANNOUNCEMENT_MATCH_FOR(ROLE_OK, REGION, ROLE, COMPANY)                                          \
  " " ROLE_OK " AND " REGION " LIKE CASE"                                                              \
  " WHEN n.region_code LIKE '__0000' THEN CONCAT(LEFT(n.region_code, 2), '%')"                        \
  " WHEN n.region_code LIKE '____00' THEN CONCAT(LEFT(n.region_code, 4), '%') ELSE n.region_code END"   \
  " AND (n.company_id IS NULL OR " ROLE " NOT LIKE 'insurer%' OR n.company_id = " COMPANY ")"

// Member m is addressed by announcement n.
#define ANNOUNCEMENT_MATCH ANNOUNCEMENT_MATCH_FOR("FIND_IN_SET(m.role, n.audience) > 0", "m.region", "m.role", "m.company_id")

// Announcement n is shown now.
#define ANNOUNCEMENT_SHOWN \
  " n.status = 'published' AND (n.expires_on IS NULL OR n.expires_on >= DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR))"

// Announcements shown to the signed-in account: the parameters are Reader's fields in the order
// role_pattern, second_pattern, region, role, company_id (see reader_of). Written so that no `?`
// follows "(" or precedes "=" or ",": the statement stays cached (db.cpp, order_may_drift).
#define ANNOUNCEMENTS_FOR_ACCOUNT                                                                    \
  " FROM announcements n WHERE" ANNOUNCEMENT_SHOWN " AND"                                           \
  ANNOUNCEMENT_MATCH_FOR("(CONCAT(',', n.audience, ',') LIKE ? OR CONCAT(',', n.audience, ',') LIKE ?)", \
                         "?", "?", "?")

namespace {

constexpr int kHomeCount = 5;

// The signed-in account as a member of announcement audiences (what ANNOUNCEMENT_MEMBERS gives
// for it: the session only admits active accounts of active schools).
struct Reader {
  std::string role_pattern;    // LIKE pattern of its role in ",audience,"
  std::string second_pattern;  // a 中心校's second role (center); else the first again
  std::string region;
  std::string role;
  int64_t company_id = 0;
};

Reader reader_of(Ctx& ctx) {
  const Account& a = ctx.account();
  Reader r;
  if (a.kind == "school") {
    r.role = "school";
    r.region = a.school.region_code;
  } else if (a.kind == "department") {
    const Row* region = refdata(ctx).region(a.region_code);
    r.role = "department_" + (region ? region->str("level") : std::string("none"));
    r.region = a.region_code;
  } else if (a.kind == "insurer") {
    r.role = "insurer_" + a.insurer_level;
    r.region = a.region_code;
    r.company_id = a.company_id;
  } else {
    r.role = a.kind;  // admins are in no audience
  }
  r.role_pattern = "%," + r.role + ",%";
  r.second_pattern = a.kind == "school" && a.is_center ? "%,center,%" : r.role_pattern;
  return r;
}

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

void announcements_home_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict) {
  const int64_t me = ctx.account().id;
  const Reader rd = reader_of(ctx);
  Rows rows = ctx.db.query(
      "SELECT n.id, n.title, DATE_FORMAT(n.published_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS published,"
      " (SELECT r.read_at FROM announcement_reads r WHERE r.announcement_id = n.id AND r.account_id = ?) AS read_at"
      ANNOUNCEMENTS_FOR_ACCOUNT " ORDER BY n.pinned DESC, n.published_at DESC, n.id DESC LIMIT ?",
      {me, rd.role_pattern, rd.second_pattern, rd.region, rd.role, rd.company_id, int64_t{kHomeCount + 1}});
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
  const Reader rd = reader_of(ctx);
  Pager pager = pager_read(ctx.req);
  auto total = ctx.db.query_one("SELECT COUNT(*) AS n" ANNOUNCEMENTS_FOR_ACCOUNT,
                                {rd.role_pattern, rd.second_pattern, rd.region, rd.role, rd.company_id});
  Rows rows = ctx.db.query(
      "SELECT n.id, n.title, DATE_FORMAT(n.published_at + INTERVAL 8 HOUR, '%Y-%m-%d') AS published,"
      " (SELECT r.read_at FROM announcement_reads r WHERE r.announcement_id = n.id AND r.account_id = ?) AS read_at"
      ANNOUNCEMENTS_FOR_ACCOUNT " ORDER BY n.pinned DESC, n.published_at DESC, n.id DESC LIMIT ? OFFSET ?",
      {me, rd.role_pattern, rd.second_pattern, rd.region, rd.role, rd.company_id, pager.limit, pager.offset()});
  Page page(ctx, "公告", "announcements/list.tpl");
  auto& d = page.body();
  for (const Row& r : rows) fill_item(ctx, *d.AddSectionDictionary("ITEM"), r);
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total ? total->i64("n") : 0, area_url(ctx, "announcements"), {});
  page.render();
}

void area_announcement(Ctx& ctx) {
  const int64_t me = ctx.account().id;
  const Reader rd = reader_of(ctx);
  int64_t id = param_id(ctx.req, "id");
  auto n = ctx.db.query_one(
      "SELECT n.id, n.title, n.body, DATE_FORMAT(n.published_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS published"
      ANNOUNCEMENTS_FOR_ACCOUNT " AND n.id = ?",
      {rd.role_pattern, rd.second_pattern, rd.region, rd.role, rd.company_id, id});
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
