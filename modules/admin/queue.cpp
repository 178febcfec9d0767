// admin/queue.cpp - 待办审核 (see admin/queue.h). Counts use the same predicates as the
// queues' own list pages (applications.kind and status = 'pending'); only the allow-listed
// kind and a city code that exists are read from the request.
#include "admin/queue.h"

#include <map>

#include "context.h"
#include "form.h"
#include "page.h"

namespace {

// One review queue as this page shows it: the filter key, label, and the queue's pages.
struct QueueKind {
  const char* key;
  const char* label;
  const char* list_path;
  const char* detail_path;
};

const QueueKind kKinds[] = {
    {"registration", "注册审核", "/school/admin/registrations", "/school/admin/registration"},
    {"change", "变更审核", "/school/admin/changes", "/school/admin/change"},
    {"extra_insurer", "多家保险公司审核", "/school/admin/extra-insurers", "/school/admin/extra-insurer"},
    {"modification", "修改审核", "/school/admin/modifications", "/school/admin/modification"},
    {"cancellation", "注销审核", "/school/admin/cancellations", "/school/admin/cancellation"},
};

// The queue key of an applications.kind (name and region changes share 变更审核).
std::string queue_key(const std::string& kind) {
  return kind == "name_change" || kind == "region_change" ? "change" : kind;
}

const QueueKind& kind_of(const std::string& key) {
  for (const QueueKind& k : kKinds)
    if (key == k.key) return k;
  return kKinds[0];
}

// The SQL expression of the queue key of application a (mirrors queue_key).
#define QUEUE_KEY_SQL "IF(a.kind IN ('name_change', 'region_change'), 'change', a.kind)"

}  // namespace

void admin_queue(Ctx& ctx) {
  std::string kind;
  if (const std::string* k = ctx.req.param("kind"); k && !k->empty())
    kind = param_enum(ctx.req, "kind", {"registration", "change", "extra_insurer", "modification", "cancellation"});
  std::string city = param_text(ctx.req, "city", 64, false);
  Rows cities = ctx.db.query("SELECT code, name FROM regions WHERE level = 'city' ORDER BY code");
  bool city_ok = city.empty();
  for (const Row& c : cities)
    if (c.str("code") == city) city_ok = true;
  int64_t valid = city_ok ? 1 : 0;
  // When one queue is chosen more of its applications are listed.
  int64_t per_queue = kind.empty() ? 10 : 50;

  Rows counts = ctx.db.query(
      "SELECT " QUEUE_KEY_SQL " AS queue, COUNT(*) AS n FROM applications a JOIN schools s ON s.id = a.school_id"
      " WHERE a.status = 'pending' AND ? = 1 AND (? = '' OR s.city_code = ?) GROUP BY queue",
      {valid, city, city});
  std::map<std::string, int64_t> pending;
  for (const Row& r : counts) pending[r.str("queue")] = r.i64("n");

  Rows items = ctx.db.query(
      "SELECT * FROM (SELECT a.id, a.kind, " QUEUE_KEY_SQL " AS queue, s.name,"
      " COALESCE(ap.display_name, s.contact_name) AS applicant,"
      " IF(s.region_code = s.city_code, CONCAT(c.name, ' 市直'), CONCAT(c.name, ' / ', r.name)) AS region_path,"
      " DATE_FORMAT(a.created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS submitted,"
      " DATEDIFF(UTC_TIMESTAMP() + INTERVAL 8 HOUR, a.created_at + INTERVAL 8 HOUR) AS days, a.created_at,"
      " ROW_NUMBER() OVER (PARTITION BY " QUEUE_KEY_SQL " ORDER BY a.created_at, a.id) AS rn"
      " FROM applications a JOIN schools s ON s.id = a.school_id"
      " JOIN regions r ON r.code = s.region_code JOIN regions c ON c.code = s.city_code"
      " LEFT JOIN accounts ap ON ap.id = a.applicant_account_id"
      " WHERE a.status = 'pending' AND ? = 1 AND (? = '' OR s.city_code = ?)"
      " AND (? = '' OR " QUEUE_KEY_SQL " = ?)) q"
      " WHERE q.rn <= ? ORDER BY q.created_at, q.id",
      {valid, city, city, kind, kind, per_queue});

  Page page(ctx, "待办审核", "admin/queue.tpl");
  auto& d = page.body();
  int64_t total = 0;
  for (const QueueKind& k : kKinds) {
    if (!kind.empty() && kind != k.key) continue;
    auto* q = d.AddSectionDictionary("QUEUE_ROW");
    set_value(*q, "KEY", k.key);
    set_value(*q, "LABEL", k.label);
    set_value(*q, "LIST_URL", k.list_path);
    set_value(*q, "COUNT", std::to_string(pending[k.key]));
    total += pending[k.key];
  }
  for (const QueueKind& k : kKinds) {
    auto* o = d.AddSectionDictionary("KIND_OPTION");
    set_value(*o, "KEY", k.key);
    set_value(*o, "LABEL", k.label);
    if (kind == k.key) o->ShowSection("SELECTED");
  }
  for (const Row& c : cities) {
    auto* o = d.AddSectionDictionary("CITY_OPTION");
    set_value(*o, "CODE", c.str("code"));
    set_value(*o, "NAME", c.str("name"));
    if (city == c.str("code")) o->ShowSection("SELECTED");
  }
  if (!city_ok) {
    set_value(*d.AddSectionDictionary("CITY_ERROR"), "MESSAGE", "请从列表中选择地市。");
    d.ShowSection("CITY_ERROR_INVALID");
    set_value(d, "CITY_TYPED", city);
  }
  set_value(d, "TOTAL", std::to_string(total));
  for (const Row& r : items) {
    const QueueKind& k = kind_of(queue_key(r.str("kind")));
    auto* row = d.AddSectionDictionary("ITEM");
    set_value(*row, "QUEUE", r.str("kind") == "name_change"     ? "变更审核（学校名称）"
                             : r.str("kind") == "region_change" ? "变更审核（区域）"
                                                                : k.label);
    set_value(*row, "URL", std::string(k.detail_path) + "?id=" + r.str("id"));
    set_value(*row, "NAME", r.str("name"));
    set_value(*row, "APPLICANT", r.str("applicant").empty() ? "—" : r.str("applicant"));
    set_value(*row, "REGION", r.str("region_path"));
    set_value(*row, "SUBMITTED", r.str("submitted"));
    set_value(*row, "DAYS", r.str("days"));
  }
  if (items.empty()) d.ShowSection("EMPTY");
  set_value(d, "PER_QUEUE", std::to_string(per_queue));
  page.render();
}
