// admin/audit_log.cpp - 审计日志 and its export (see admin/audit_log.h). Only allow-listed
// filters are read; a filter value outside its character set is shown under its field (value
// kept, escaped by the template) and matches nothing. Every value reaches SQL as a parameter.
#include "admin/audit_log.h"

#include <unistd.h>

#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "generated.h"
#include "page.h"
#include "pager.h"
#include "xlsx_writer.h"

namespace {

struct Filters {
  std::string who, kind, action, object_type, object_id, from, to, ip;
  std::string who_error, action_error, object_error, date_error, ip_error;
  int64_t page = 1;

  bool ok() const {
    return who_error.empty() && action_error.empty() && object_error.empty() && date_error.empty() && ip_error.empty();
  }
  QueryParams query() const {
    return {{"who", who},       {"kind", kind}, {"action", action}, {"object_type", object_type},
            {"object_id", object_id}, {"from", from}, {"to", to},   {"ip", ip}};
  }
  // The filters as one line of an audit detail.
  std::string detail() const {
    std::string out;
    for (const auto& [k, v] : query())
      if (!v.empty()) out += (out.empty() ? "" : " ") + k + "=" + v;
    return out.empty() ? "all" : out;
  }
};

bool only(std::string_view s, std::string_view allowed) { return s.find_first_not_of(allowed) == std::string_view::npos; }

const char* kLower = "abcdefghijklmnopqrstuvwxyz_";

Filters read_filters(const Request& req) {
  Filters f;
  f.who = param_text(req, "who", 64, false);
  if (const std::string* k = req.param("kind"); k && !k->empty())
    f.kind = param_enum(req, "kind", {"school", "department", "insurer", "admin", "anonymous"});
  f.action = param_text(req, "action", 64, false);
  f.object_type = param_text(req, "object_type", 32, false);
  f.object_id = param_text(req, "object_id", 64, false);
  f.from = param_text(req, "from", 20, false);
  f.to = param_text(req, "to", 20, false);
  f.ip = param_text(req, "ip", 45, false);
  if (req.param("page")) f.page = std::min<int64_t>(param_id(req, "page"), 100000);
  if (f.who.find_first_of("%_\\<>'\"") != std::string::npos)
    f.who_error = "请填写账号的登录名或账号编号。";
  if (!only(f.action, kLower)) f.action_error = "操作请填写英文代码（小写字母和下划线），如 login 或 application_approved。";
  if (!only(f.object_type, kLower)) f.object_error = "对象类型请填写英文代码（小写字母和下划线），如 school 或 account。";
  if ((!f.from.empty() && !valid_date(f.from)) || (!f.to.empty() && !valid_date(f.to)))
    f.date_error = "日期格式应为 YYYY-MM-DD。";
  else if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    f.date_error = "开始日期不能晚于结束日期。";
  if (!only(f.ip, "0123456789abcdefABCDEF.:")) f.ip_error = "IP 地址只能包含数字、字母 a-f、点和冒号（可填写开头部分）。";
  return f;
}

// The FROM / WHERE part shared by the count, the page and the export (a literal macro so each
// statement is one compile-time string).
#define AUDIT_WHERE \
    " FROM audit_log l LEFT JOIN accounts ac ON ac.id = l.account_id" \
    " LEFT JOIN schools sc ON sc.id = l.acting_school_id" \
    " WHERE ? = 1" \
    " AND (? = '' OR l.account_id = ? OR ac.login_name = ?)" \
    " AND (? = '' OR (? = 'anonymous' AND l.account_kind IS NULL) OR l.account_kind = ?)" \
    " AND (? = '' OR l.action LIKE ?)" \
    " AND (? = '' OR l.object_type = ?)" \
    " AND (? = '' OR l.object_id = ?)" \
    " AND l.at >= CAST(? AS DATE) - INTERVAL 8 HOUR AND l.at < CAST(? AS DATE) + INTERVAL 16 HOUR" \
    " AND (? = '' OR l.ip LIKE ?)"

// The filter values as the WHERE part binds them.
struct Bound {
  int64_t valid, id;
  std::string action_like, from, to, ip_like;
  explicit Bound(const Filters& f)
      // An account id only when who is all digits (else who matches login names only).
      : valid(f.ok() ? 1 : 0),
        id(!f.who.empty() && f.who.size() <= 18 && only(f.who, "0123456789") ? std::stoll(f.who) : -1),
        action_like(f.action + "%"),
        from(f.from.empty() ? "1900-01-01" : f.from),
        to(f.to.empty() ? "2200-12-31" : f.to),
        ip_like(f.ip + "%") {}
};

#define AUDIT_COLUMNS \
    "SELECT l.id, DATE_FORMAT(l.at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i:%s') AS at_cn, l.account_id, l.account_kind," \
    " ac.login_name, l.acting_school_id, sc.name AS acting_school, l.action, l.object_type, l.object_id, l.ip, l.detail"

// The number of rows f matches.
int64_t count_rows(Db& db, const Filters& f) {
  Bound b(f);
  return db.query_one("SELECT COUNT(*) AS n" AUDIT_WHERE,
                      {b.valid, f.who, b.id, f.who, f.kind, f.kind, f.kind, f.action, b.action_like, f.object_type,
                       f.object_type, f.object_id, f.object_id, b.from, b.to, f.ip, b.ip_like})
      ->i64("n");
}

// Rows f matches, newest first (columns of AUDIT_COLUMNS).
Rows select_rows(Db& db, const Filters& f, int64_t limit, int64_t offset) {
  Bound b(f);
  return db.query(AUDIT_COLUMNS AUDIT_WHERE " ORDER BY l.id DESC LIMIT ? OFFSET ?",
                  {b.valid, f.who, b.id, f.who, f.kind, f.kind, f.kind, f.action, b.action_like, f.object_type,
                   f.object_type, f.object_id, f.object_id, b.from, b.to, f.ip, b.ip_like, limit, offset});
}

const char* kind_label(const std::string& kind) {
  if (kind == "school") return "学校";
  if (kind == "department") return "教育部门";
  if (kind == "insurer") return "承保机构";
  if (kind == "admin") return "管理中心";
  return "未登录";
}

std::string who_text(const Row& r) {
  if (r.is_null("account_id")) return "—";
  std::string name = r.str("login_name").empty() ? "（已删除）" : r.str("login_name");
  return name + " #" + r.str("account_id");
}

std::string acting_text(const Row& r) {
  if (r.is_null("acting_school_id")) return "";
  return (r.str("acting_school").empty() ? "学校" : r.str("acting_school")) + " #" + r.str("acting_school_id");
}

void fill_filters(ctemplate::TemplateDictionary& d, const Filters& f) {
  set_value(d, "WHO", f.who);
  set_value(d, "ACTION", f.action);
  set_value(d, "OBJECT_TYPE", f.object_type);
  set_value(d, "OBJECT_ID", f.object_id);
  set_value(d, "FROM", f.from);
  set_value(d, "TO", f.to);
  set_value(d, "IP", f.ip);
  for (const char* k : {"school", "department", "insurer", "admin", "anonymous"})
    if (f.kind == k) d.ShowSection(std::string("KIND_") + k);
  auto error = [&](const char* section, const std::string& message) {
    if (message.empty()) return;
    set_value(*d.AddSectionDictionary(section), "MESSAGE", message);
    d.ShowSection(std::string(section) + "_INVALID");
  };
  error("WHO_ERROR", f.who_error);
  error("ACTION_ERROR", f.action_error);
  error("OBJECT_ERROR", f.object_error);
  error("DATE_ERROR", f.date_error);
  error("IP_ERROR", f.ip_error);
  set_value(d, "EXPORT_URL", url_with_query("/school/admin/audit/export", f.ok() ? f.query() : QueryParams{}));
}

// Renders the list page of f (the export's refusal too: export_error, answered with error_status,
// 400 for filters that cannot be read, 409 for too many rows).
void render_list(Ctx& ctx, const Filters& f, const std::string& export_error, int error_status = 409) {
  Pager pager;
  pager.page = f.page;
  int64_t total = count_rows(ctx.db, f);
  Rows rows = select_rows(ctx.db, f, pager.limit, pager.offset());

  Page page(ctx, "审计日志", "admin/audit.tpl");
  auto& d = page.body();
  fill_filters(d, f);
  if (!export_error.empty()) {
    ctx.res.status = error_status;
    set_value(*d.AddSectionDictionary("EXPORT_ERROR"), "MESSAGE", export_error);
  }
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("LOG_ROW");
    set_value(*row, "ID", r.str("id"));
    set_value(*row, "AT", r.str("at_cn"));
    set_value(*row, "WHO", who_text(r));
    set_value(*row, "KIND", kind_label(r.str("account_kind")));
    if (std::string acting = acting_text(r); !acting.empty()) set_value(*row->AddSectionDictionary("ACTING"), "SCHOOL", acting);
    set_value(*row, "ACTION", r.str("action"));
    set_value(*row, "OBJECT", r.str("object_type").empty() ? "—" : r.str("object_type") + " " + r.str("object_id"));
    set_value(*row, "IP", r.str("ip").empty() ? "—" : r.str("ip"));
    set_value(*row, "DETAIL", r.str("detail"));
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total, "/school/admin/audit", f.ok() ? f.query() : QueryParams{});
  page.render();
}

}  // namespace

void admin_audit(Ctx& ctx) {
  Filters f = read_filters(ctx.req);
  audit(ctx, "audit_viewed", "audit_log", "", cut_utf8(f.detail() + " page=" + std::to_string(f.page), 900));
  render_list(ctx, f, "");
}

void admin_audit_export(Ctx& ctx) {
  Filters f = read_filters(ctx.req);
  if (!f.ok()) {
    render_list(ctx, f, "筛选条件有误，请先修改后再导出。", 400);
    return;
  }
  int64_t total = count_rows(ctx.db, f);
  if (total > kAuditExportMax) {
    audit(ctx, "export_refused", "audit_log", "", cut_utf8("rows=" + std::to_string(total) + " " + f.detail(), 900));
    render_list(ctx, f,
                "符合条件的记录有 " + std::to_string(total) + " 条，超过一次最多导出的 " +
                    std::to_string(kAuditExportMax) + " 条，请缩小时间范围或增加筛选条件后再导出。");
    return;
  }
  Rows rows = select_rows(ctx.db, f, kAuditExportMax, 0);
  std::string path = generated_path(ctx.config, ".xlsx");
  try {
    XlsxWriter book(path);
    book.add_sheet("审计日志");
    book.column_widths({10, 20, 28, 10, 28, 28, 24, 18, 60}, true);
    book.header({"编号", "时间", "账号", "账号类型", "代管学校", "操作", "对象", "IP 地址", "详情"});
    for (const Row& r : rows)
      book.row({r.str("id"), r.str("at_cn"), who_text(r), kind_label(r.str("account_kind")), acting_text(r),
                r.str("action"), r.str("object_type").empty() ? "" : r.str("object_type") + " " + r.str("object_id"),
                r.str("ip"), r.str("detail")});
    book.close();
  } catch (...) {
    unlink(path.c_str());
    throw;
  }
  audit(ctx, "export", "audit_log", "", cut_utf8("rows=" + std::to_string(rows.size()) + " " + f.detail(), 900));
  send_generated_xlsx(ctx, path, "审计日志.xlsx");
}
