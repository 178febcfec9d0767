// jobs_worker.cpp - one poll of the jobs worker: stale recovery, claim, dispatch by kind (see
// jobs_worker.h).
#include "jobs_worker.h"

#include <unistd.h>

#include "insurer/roster_export.h"
#include "jobs.h"
#include "log.h"

JobsRun jobs_run_queued(Db& db, const Config& config, const std::string& worker, const std::function<bool()>& stop) {
  JobsRun run;
  run.stale = static_cast<int>(jobs_fail_stale(db));
  if (run.stale > 0) log_line("warn", std::to_string(run.stale) + " stale running job(s) failed");
  if (int64_t expired = jobs_expire(db, config); expired > 0)
    log_line("info", std::to_string(expired) + " expired export file(s) removed");
  while (!stop()) {
    std::optional<Job> job = jobs_claim(db, worker);
    if (!job) break;
    log_line("info", "job " + std::to_string(job->id) + " " + job->kind + " claimed");
    if (job->kind == kRosterExportKind) {
      roster_export_run(db, config, *job, stop);
    } else {
      log_line("error", "job " + std::to_string(job->id) + ": unknown kind " + job->kind);
      jobs_fail(db, job->id, "未知的任务类型。");
    }
    ++run.done;
  }
  return run;
}

std::string jobs_worker_id() {
  char host[64] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(getpid());
}
