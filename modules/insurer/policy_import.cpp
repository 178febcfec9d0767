// insurer/policy_import.cpp - the 批量上传保单 page, its template and result downloads (see
// insurer/policy_bulk.h).
#include "audit.h"
#include "context.h"
#include "form.h"
#include "generated.h"
#include "http_error.h"
#include "insurer/policy_bulk.h"
#include "page.h"
#include "scope.h"
#include "xlsx_writer.h"
#include "year.h"

const char* const kPolicyBulkColumns[7] = {"学校名称", "险种", "保单号", "承保人数", "保费", "起保日期", "终保日期"};

namespace {
constexpr int kWaitingShown = 50;

// The enrollments of year in the insurer's scope without an up-to-date policy (none yet, a
// version after the latest policy, or 修改中): WAITING rows linking their policy page.
void fill_waiting(Ctx& ctx, ctemplate::TemplateDictionary& d, const AcademicYear& year) {
  const Account& a = ctx.account();
  set_value(d, "YEAR_LABEL", year.label);
  Rows waiting = ctx.db.query(
      "SELECT e.id, s.name AS school_name, p.name AS product_name, e.declared_count, e.status,"
      " (SELECT COUNT(*) FROM policies x WHERE x.enrollment_id = e.id) AS policies"
      " FROM enrollments e JOIN schools s ON s.id = e.school_id JOIN products p ON p.id = e.product_id"
      " WHERE e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' AND e.year_id = ?"
      " AND (e.status = 'modifying' OR NOT EXISTS (SELECT 1 FROM policies x WHERE x.enrollment_id = e.id"
      "   AND x.enrollment_version >= e.version))"
      " ORDER BY e.region_code, s.name, p.sort_order, e.seq LIMIT ?",
      {a.company_id, region_pattern(a), year.id, kWaitingShown + 1});
  if (waiting.empty()) d.ShowSection("NONE_WAITING");
  for (size_t i = 0; i < waiting.size() && i < static_cast<size_t>(kWaitingShown); ++i) {
    const Row& w = waiting[i];
    auto* x = d.AddSectionDictionary("WAITING");
    set_value(*x, "URL", "/school/insurer/policy?enrollment=" + w.str("id"));
    set_value(*x, "SCHOOL_NAME", w.str("school_name"));
    set_value(*x, "PRODUCT_NAME", w.str("product_name"));
    set_value(*x, "DECLARED_COUNT", w.str("declared_count"));
    set_value(*x, "STATE", w.str("status") == "modifying" ? "修改中" : w.i64("policies") > 0 ? "需上传批单" : "待上传保单");
  }
  if (waiting.size() > static_cast<size_t>(kWaitingShown)) set_value(d, "MORE", std::to_string(kWaitingShown));
}

}  // namespace

void insurer_policy_import_render(Ctx& ctx, const std::vector<std::string>& errors,
                                  const std::vector<PolicyBulkRow>* results, const std::string& report_url) {
  Page page(ctx, "批量上传保单", "insurer/policy_import.tpl");
  auto& d = page.body();
  for (const std::string& e : errors) set_value(*d.AddSectionDictionary("ERROR"), "MESSAGE", e);
  if (results) {
    auto& r = *d.AddSectionDictionary("RESULTS");
    size_t stored = 0;
    for (const PolicyBulkRow& row : *results) {
      auto* x = r.AddSectionDictionary("ROW");
      set_value(*x, "ROW", std::to_string(row.row));
      set_value(*x, "POLICY_NO", row.policy_no);
      set_value(*x, "RESULT", row.result);
      x->ShowSection(row.stored ? "OK" : "BAD");
      stored += row.stored ? 1 : 0;
    }
    set_value(r, "STORED", std::to_string(stored));
    set_value(r, "REFUSED", std::to_string(results->size() - stored));
    if (!report_url.empty()) set_value(*r.AddSectionDictionary("REPORT"), "REPORT_URL", report_url);
  }
  if (auto year = current_year(ctx)) fill_waiting(ctx, d, *year);
  else d.ShowSection("NO_YEAR");
  page.render();
}

void insurer_policy_import(Ctx& ctx) { insurer_policy_import_render(ctx, {}, nullptr, ""); }

void insurer_policy_import_template(Ctx& ctx) {
  std::string path = generated_path(ctx.config, ".xlsx");
  {
    XlsxWriter w(path);
    w.add_sheet("保单");
    w.column_widths({30, 28, 24, 10, 12, 12, 12}, true);
    w.header(std::vector<std::string>(std::begin(kPolicyBulkColumns), std::end(kPolicyBulkColumns)));
    w.close();
  }
  send_generated_xlsx(ctx, path, "保单批量上传模板.xlsx");
}

void insurer_policy_import_report(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  auto f = ctx.db.query_one("SELECT sha256, original_name FROM files WHERE id = ? AND kind = 'export' AND uploaded_by = ?",
                            {id, ctx.account().id});
  if (!f) {
    audit(ctx, "access_denied", "file", std::to_string(id), "policy import report");
    throw HttpError(404, "文件不存在或您无权下载。");
  }
  audit(ctx, "download", "file", std::to_string(id), f->str("original_name"));
  const std::string& sha = f->str("sha256");
  ctx.res.set_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ctx.res.set_header("Content-Disposition", "attachment; filename*=UTF-8''%E4%BF%9D%E5%8D%95%E4%B8%8A%E4%BC%A0%E7%BB%93%E6%9E%9C.xlsx");
  ctx.res.set_header("X-Accel-Redirect", "/_files/" + sha.substr(0, 2) + "/" + sha);
  ctx.res.set_header("Cache-Control", "private, no-store");
}
