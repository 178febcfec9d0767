// insurer/jobs_pages.cpp - 下载区域花名册 and 导出任务 (see insurer/jobs_pages.h).
#include "insurer/jobs_pages.h"

#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "insurer/region_select.h"
#include "insurer/roster_export.h"
#include "jobs.h"
#include "json.h"
#include "page.h"
#include "refdata.h"
#include "year.h"

namespace {

// Exports an account may have queued or running at once (one more is refused with a message).
constexpr int64_t kMaxActiveJobs = 3;

const char kJobPath[] = "/school/insurer/jobs/view?id=";
const char kDownloadPath[] = "/school/insurer/jobs/download?id=";

// A region code parameter: "" or six digits, else 400.
std::string region_param(const Request& req, std::string_view name) {
  std::string v = param_text(req, name, 6, false);
  if (!v.empty() && (v.size() != 6 || v.find_first_not_of("0123456789") != std::string::npos))
    throw HttpError(400, "所选区域无效。");
  return v;
}

// The job of the signed-in account named by ?id=, or 404 with an access_denied audit row.
Row own_job(Ctx& ctx, const char* what) {
  int64_t id = param_id(ctx.req, "id");
  auto job = jobs_find(ctx.db, id, ctx.account().id);
  if (!job) {
    audit(ctx, "access_denied", "job", std::to_string(id), what);
    throw HttpError(404, "导出任务不存在或不属于您的账号。");
  }
  return *job;
}

int64_t percent(const Row& job) {
  int64_t total = job.i64("total"), progress = job.i64("progress");
  if (job.str("status") == "done") return 100;
  if (total <= 0) return 0;
  return std::min<int64_t>(100, progress * 100 / total);
}

// What the job's params say, for the list and the job page: "2026-2027 校方责任险 郑州市".
std::string job_title(Ctx& ctx, const Row& job) {
  auto m = json_read_object(job.str("params"));
  if (!m) return "区域花名册";
  auto get = [&](const char* k) { auto it = m->find(k); return it == m->end() ? std::string() : it->second.text; };
  auto r = ctx.db.query_one(
      "SELECT (SELECT label FROM academic_years WHERE id = ?) AS year, (SELECT name FROM products WHERE id = ?) AS product,"
      " (SELECT name FROM regions WHERE code = ?) AS region",
      {get("year_id"), get("product_id"), get("region")});
  if (!r) return "区域花名册";
  return r->str("year") + " " + r->str("product") + " " + r->str("region") + " 花名册";
}

void fill_job(Ctx& ctx, ctemplate::TemplateDictionary& d, const Row& job) {
  std::string id = job.str("id");
  set_value(d, "ID", id);
  set_value(d, "TITLE", job_title(ctx, job));
  set_value(d, "STATUS", job.str("status"));
  set_value(d, "STATUS_LABEL", jobs_status_label(job.str("status")));
  set_value(d, "PROGRESS", job.str("progress"));
  set_value(d, "TOTAL", job.is_null("total") ? "—" : job.str("total"));
  set_value(d, "PERCENT", std::to_string(percent(job)));
  set_value(d, "CREATED", job.str("created_cn"));
  set_value(d, "FINISHED", job.str("finished_cn").empty() ? "—" : job.str("finished_cn"));
  set_value(d, "URL", kJobPath + id);
  const std::string& status = job.str("status");
  const bool expired = jobs_expired(job), ready = status == "done" && !expired;
  if (expired) set_value(d, "STATUS_LABEL", "已过期");
  set_value(d, "BADGE", ready ? "badge-ok" : status == "failed" ? "badge-danger" : expired ? "badge-warn" : "badge-info");
  set_value(d, "DOWNLOAD_URL", ready ? kDownloadPath + id : std::string());
  if (ready) set_value(*d.AddSectionDictionary("DONE"), "DOWNLOAD_URL", kDownloadPath + id);
  else d.ShowSection("NOT_DONE");
  if (expired)
    set_value(*d.AddSectionDictionary("EXPIRED"), "DAYS", std::to_string(kJobKeepDays));
  if (status == "failed" || status == "cancelled")
    set_value(*d.AddSectionDictionary("FAILED"), "ERROR", job.str("error").empty() ? "任务已取消。" : job.str("error"));
  if (status == "queued" || status == "running") set_value(*d.AddSectionDictionary("ACTIVE"), "ID", id);
}

void render_jobs(Ctx& ctx, const RosterExportForm& form) {
  Page page(ctx, "导出任务", "insurer/jobs.tpl");
  auto& d = page.body();
  roster_export_form_fill(ctx, d, form);
  Rows jobs = jobs_recent(ctx.db, ctx.account().id, 20);
  for (const Row& j : jobs) fill_job(ctx, *d.AddSectionDictionary("JOB"), j);
  if (jobs.empty()) d.ShowSection("NO_JOBS");
  page.render();
}

}  // namespace

void roster_export_form_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const RosterExportForm& f) {
  const Account& me = ctx.account();
  auto* d = dict.AddIncludeDictionary("EXPORT_FORM");
  d->SetFilename("insurer/roster_export_form.tpl");
  if (!f.error.empty()) set_value(*d->AddSectionDictionary("ERROR"), "MESSAGE", f.error);
  int64_t year = f.year_id;
  if (!year)
    if (auto cur = current_year(ctx)) year = cur->id;
  for (const Row& y : refdata(ctx).years) {
    auto* o = d->AddSectionDictionary("YEAR");
    set_value(*o, "ID", y.str("id"));
    set_value(*o, "LABEL", y.str("label"));
    if (y.i64("id") == year) o->ShowSection("SELECTED");
  }
  for (const Row& p : refdata(ctx).products) {
    auto* o = d->AddSectionDictionary("PRODUCT");
    set_value(*o, "ID", p.str("id"));
    set_value(*o, "NAME", p.str("name"));
    if (p.i64("id") == f.product_id) o->ShowSection("SELECTED");
  }
  if (me.insurer_level != "county") {
    auto* regions = d->AddSectionDictionary("REGIONS");
    region_select_fill(ctx, *regions, me, f.city, f.county);
    if (me.insurer_level == "province") regions->ShowSection("CITY_SELECT");
  }
}

void insurer_roster_export_start(Ctx& ctx) {
  const Account& me = ctx.account();
  RosterExportForm form;
  auto year = ctx.db.query_one("SELECT id FROM academic_years WHERE id = ?", {param_id(ctx.req, "year")});
  if (!year) throw HttpError(404, "没有这个学年。");
  form.year_id = year->i64("id");
  form.product_id = std::stoll(param_enum(ctx.req, "product", {"1", "2", "3"}));
  // read for every level: a value the form did not offer (a county account's other county) is refused
  form.city = region_param(ctx.req, "city");
  form.county = region_param(ctx.req, "county");
  auto region = roster_export_region(ctx.db, me, form.city, form.county);
  if (!region) {
    audit(ctx, "access_denied", "region", form.county.empty() ? form.city : form.county, "region roster export");
    throw HttpError(400, "所选区域不在您的负责范围内。");
  }
  RosterExportParams p{form.year_id, form.product_id, *region};
  int64_t rows = roster_export_count(ctx.db, me, p);
  if (rows == 0) {
    form.error = "所选年度、险种和区域没有可下载的花名册。";
    render_jobs(ctx, form);
    return;
  }
  if (jobs_active(ctx.db, me.id) >= kMaxActiveJobs) {
    form.error = "您已有 " + std::to_string(kMaxActiveJobs) + " 个导出任务正在排队或进行，请等待完成后再提交。";
    render_jobs(ctx, form);
    return;
  }
  int64_t id = 0;
  ctx.db.transaction([&] {
    id = jobs_enqueue(ctx.db, kRosterExportKind, me.id, roster_export_params_json(p));
    ctx.db.exec("UPDATE jobs SET total = ? WHERE id = ?", {rows, id});
    audit(ctx, "export_start", "job", std::to_string(id),
          std::string(kRosterExportKind) + " year=" + std::to_string(p.year_id) + " product=" +
              std::to_string(p.product_id) + " region=" + p.region + " rows=" + std::to_string(rows));
  });
  ctx.res.redirect(kJobPath + std::to_string(id), true);
}

void insurer_jobs(Ctx& ctx) { render_jobs(ctx, RosterExportForm{}); }

void insurer_job_view(Ctx& ctx) {
  Row job = own_job(ctx, "job page");
  Page page(ctx, "导出任务", "insurer/job.tpl");
  fill_job(ctx, page.body(), job);
  page.render();
}

void insurer_job_status(Ctx& ctx) {
  Row job = own_job(ctx, "job status");
  const std::string& status = job.str("status");
  const bool ready = status == "done" && !jobs_expired(job);
  ctx.res.set_header("Content-Type", "application/json; charset=utf-8");
  ctx.res.set_header("Cache-Control", "no-store");
  ctx.res.body = "{\"status\":" + json_string(status) + ",\"label\":" + json_string(jobs_expired(job) ? "已过期" : jobs_status_label(status)) +
                 ",\"progress\":" + std::to_string(job.i64("progress")) +
                 ",\"total\":" + (job.is_null("total") ? std::string("null") : std::to_string(job.i64("total"))) +
                 ",\"percent\":" + std::to_string(percent(job)) + ",\"download\":" +
                 json_string(ready ? kDownloadPath + job.str("id") : std::string()) +
                 ",\"error\":" + json_string(job.str("error")) + ",\"finished\":" + json_string(job.str("finished_cn")) + "}";
}

void insurer_job_cancel(Ctx& ctx) {
  Row job = own_job(ctx, "job cancel");
  ctx.db.transaction([&] {
    if (!jobs_cancel(ctx.db, job.i64("id"), ctx.account().id)) throw HttpError(409, "该导出任务已结束，不能取消。");
    audit(ctx, "export_cancel", "job", job.str("id"));
  });
  ctx.res.redirect(kJobPath + job.str("id"), true);
}

void insurer_job_download(Ctx& ctx) {
  Row job = own_job(ctx, "job download");
  if (jobs_expired(job))
    throw HttpError(404, "导出文件已超过保存期限（" + std::to_string(kJobKeepDays) + " 天）并已删除，请重新导出。");
  if (job.str("status") != "done") throw HttpError(404, "导出尚未完成。");
  auto file = ctx.db.query_one("SELECT sha256, original_name, content_type FROM files WHERE id = ? AND kind = 'export'",
                               {job.i64("result_file_id")});
  if (!file) throw HttpError(404, "导出文件不存在。");
  audit(ctx, "download", "job", job.str("id"), file->str("original_name"));
  const std::string& sha = file->str("sha256");
  ctx.res.set_header("Content-Type", file->str("content_type"));
  ctx.res.attachment(file->str("original_name"));
  ctx.res.set_header("X-Accel-Redirect", "/_files/" + sha.substr(0, 2) + "/" + sha);
}
