// admin/announcement_reads.cpp - 阅读情况 and its export (see admin/announcement_reads.h). Scope:
// the whole province (Role::Admin); the rows come from the audience rule in announcements.cpp.
#include "admin/announcement_reads.h"

#include "announcements.h"
#include "audit.h"
#include "context.h"
#include "form.h"
#include "generated.h"
#include "http_error.h"
#include "page.h"
#include "pager.h"
#include "xlsx_writer.h"

namespace {

const char* kind_label(const std::string& kind) {
  if (kind == "school") return "学校";
  if (kind == "department") return "教育部门";
  return "承保机构";
}

std::string read_show(const Request& req) {
  return req.param("show") ? param_enum(req, "show", {"all", "read", "unread"}) : "all";
}

Row load(Ctx& ctx, int64_t id) {
  auto n = ctx.db.query_one("SELECT id, title, status FROM announcements WHERE id = ?", {id});
  if (!n) throw HttpError(404, "该公告不存在。");
  return *n;
}

}  // namespace

void admin_announcement_reads(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  std::string show = read_show(ctx.req);
  Pager pager = pager_read(ctx.req);
  Row n = load(ctx, id);
  int64_t total = announcement_audience_count(ctx.db, id, show);
  Rows rows = announcement_audience(ctx.db, id, show, pager.limit, pager.offset());
  Page page(ctx, "阅读情况", "admin/announcement_reads.tpl");
  auto& d = page.body();
  set_value(d, "ID", std::to_string(id));
  set_value(d, "TITLE", n.str("title"));
  set_value(d, "DETAIL_URL", "/school/admin/announcement?id=" + std::to_string(id));
  set_value(d, "EXPORT_URL", url_with_query("/school/admin/announcement/reads/export",
                                            {{"id", std::to_string(id)}, {"show", show}}));
  set_value(d, "AUDIENCE_SIZE", std::to_string(announcement_audience_count(ctx.db, id, "all")));
  set_value(d, "READ_COUNT", std::to_string(announcement_audience_count(ctx.db, id, "read")));
  for (const char* s : {"all", "read", "unread"}) {
    auto* tab = d.AddSectionDictionary("SHOW");
    set_value(*tab, "URL", url_with_query("/school/admin/announcement/reads", {{"id", std::to_string(id)}, {"show", s}}));
    set_value(*tab, "LABEL", std::string_view(s) == "all" ? "全部" : std::string_view(s) == "read" ? "已读" : "未读");
    set_value(*tab, "CLASS", show == s ? "btn-primary" : "btn-secondary");
    if (show == s) tab->ShowSection("CURRENT");
  }
  for (const Row& r : rows) {
    auto* row = d.AddSectionDictionary("ROW");
    set_value(*row, "NAME", r.str("display_name"));
    set_value(*row, "KIND", kind_label(r.str("kind")));
    set_value(*row, "REGION", r.str("region_name"));
    if (r.is_null("read_at")) row->ShowSection("UNREAD");
    else set_value(*row->AddSectionDictionary("READ"), "AT", r.str("read_at"));
  }
  if (rows.empty()) d.ShowSection("EMPTY");
  pager_fill(d, pager, total, "/school/admin/announcement/reads", {{"id", std::to_string(id)}, {"show", show}});
  page.render();
}

void admin_announcement_reads_export(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  std::string show = read_show(ctx.req);
  Row n = load(ctx, id);
  Rows rows = announcement_audience(ctx.db, id, show, 1000000, 0);
  std::string path = generated_path(ctx.config, ".xlsx");
  TempFile guard{path};
  {
    XlsxWriter x(path);
    x.add_sheet("阅读情况");
    x.column_widths({40, 12, 16, 20});
    x.header({"账户名称", "类型", "所属区域", "阅读时间"});
    for (const Row& r : rows)
      x.row({r.str("display_name"), kind_label(r.str("kind")), r.str("region_name"),
             r.is_null("read_at") ? "未读" : r.str("read_at")});
    x.close();
  }
  guard.path.clear();
  audit(ctx, "download", "announcement", std::to_string(id), "reads show=" + show + " rows=" + std::to_string(rows.size()));
  send_generated_xlsx(ctx, path, "公告阅读情况-" + n.str("id") + ".xlsx");
}
