// jobs_worker.h - what `manage jobs-worker` does each poll: fail stale running jobs (their
// worker died), then claim queued jobs one by one and run each by its kind (export_rosters →
// insurer/roster_export.h). An unknown kind fails its job. stop() is polled between jobs and
// inside them; a job interrupted by stop goes back to the queue.
#pragma once
#include <functional>
#include <string>

class Db;
struct Config;

struct JobsRun {
  int done = 0;    // jobs run (whatever their outcome)
  int stale = 0;   // running jobs failed as stale
};

// Runs every queued job (until none is left or stop() is true) as worker (host:pid).
JobsRun jobs_run_queued(Db& db, const Config& config, const std::string& worker, const std::function<bool()>& stop);

// "host:pid" of this process, the jobs.worker value.
std::string jobs_worker_id();
