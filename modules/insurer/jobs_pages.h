// insurer/jobs_pages.h - 下载区域花名册 and 导出任务 of the insurer area: the form that queues a
// region roster export (insurer/roster_export.h), the job page with its progress, the JSON status
// the page polls, the download of the result and the list of the account's own recent jobs.
// Scope: a job is read only through jobs_find with the signed-in account (jobs.h); another
// account's or an unknown id answers 404 with an access_denied audit row. Starting a job and
// every download are audited.
#pragma once
#include <ctemplate/template.h>

#include <cstdint>
#include <string>

struct Ctx;

// What the 下载区域花名册 form shows (as typed, for an error) .
struct RosterExportForm {
  int64_t year_id = 0;      // 0 = the current year
  int64_t product_id = 0;   // 0 = the first product
  std::string city, county; // "" = the whole scope
  std::string error;        // shown above the form
};

// Adds the form (include EXPORT_FORM → insurer/roster_export_form.tpl) to dict: 年度, 险种 and
// the 市 / 县区 selects of the account's region (insurer/region_select.h).
void roster_export_form_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const RosterExportForm& form);

// POST /school/insurer/rosters/export (csrf, year, product, city, county): a region outside the
// scope is refused (400, audited); nothing to export, or already 3 jobs of the account queued or
// running, shows 导出任务 with the message and the choices kept; otherwise queues the job
// (audited as export_start) and redirects (303) to its page.
void insurer_roster_export_start(Ctx& ctx);
// GET /school/insurer/jobs: 导出任务 — the form and the account's 20 newest jobs.
void insurer_jobs(Ctx& ctx);
// GET /school/insurer/jobs/view?id=N: one job with a <progress> bar, 已导出 rows / total, the
// 下载 link when done or the error when failed; refreshes itself while queued or running.
void insurer_job_view(Ctx& ctx);
// GET /school/insurer/jobs/status?id=N: {"status","label","progress","total","percent",
// "download","error","finished"} for htdocs/js/job-progress.js.
void insurer_job_status(Ctx& ctx);
// POST /school/insurer/jobs/cancel (csrf, id): cancels the account's queued or running job
// (audited as export_cancel) and returns to its page; an ended job is left as it is (409).
void insurer_job_cancel(Ctx& ctx);
// GET /school/insurer/jobs/download?id=N: the result of a done job of this account (via nginx,
// X-Accel-Redirect like uploads.fcgi), audited as download.
void insurer_job_download(Ctx& ctx);
