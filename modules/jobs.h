// jobs.h - background jobs (table jobs): work too long for one request (an export of a whole
// region) is queued by a handler and done by `manage jobs-worker` (modules/jobs_worker.h).
// A job belongs to the account that started it: every read by a page goes through jobs_find
// with that account, so another account's id answers like an unknown one. Life of a job:
// queued → running (claimed by one worker, heartbeat refreshed with the progress) → done
// (result_file_id) | failed (a user-facing Chinese error); a running job whose heartbeat is
// older than the stale limit (its worker died) is failed by the next worker poll. Its owner may
// cancel a queued or running job (the worker drops its file at the next progress step). A done
// job's file is kept kJobKeepDays days; then the worker removes it and the job shows 已过期.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "db.h"
#include "json.h"

struct Config;

// A running job whose heartbeat is older than this many seconds has lost its worker.
constexpr int kJobStaleSeconds = 120;
// Days a done job's result file is kept.
constexpr int kJobKeepDays = 7;

// One claimed job as the worker sees it.
struct Job {
  int64_t id = 0;
  std::string kind;
  int64_t account_id = 0;
  JsonMembers params;  // the flat JSON object given to jobs_enqueue
};

// Queues a job of kind for account_id with params (a flat JSON object, written by the
// caller with json_string for strings). Returns its id. Runs inside the caller's transaction
// if one is open.
int64_t jobs_enqueue(Db& db, std::string_view kind, int64_t account_id, std::string_view params_json);

// Claims the oldest queued job for worker (host:pid) atomically (SELECT … FOR UPDATE SKIP
// LOCKED, then status running, started_at and heartbeat now). nullopt when none is queued.
std::optional<Job> jobs_claim(Db& db, std::string_view worker);

// Records progress of a running job (rows done; total when known, else left) and refreshes
// its heartbeat.
void jobs_progress(Db& db, int64_t job_id, int64_t progress, std::optional<int64_t> total = std::nullopt);

// Ends a running job: done with its result file (progress set to total).
void jobs_done(Db& db, int64_t job_id, int64_t result_file_id);
// Ends a running job as failed with error, a message for the user (Chinese, ≤ 500 chars).
void jobs_fail(Db& db, int64_t job_id, std::string_view error);
// Gives a running job back to the queue (the worker is stopping): queued, no worker,
// progress 0.
void jobs_requeue(Db& db, int64_t job_id);
// Fails every running job whose heartbeat is older than stale_seconds (its worker died).
// Returns how many.
int64_t jobs_fail_stale(Db& db, int stale_seconds = kJobStaleSeconds);

// Cancels a queued or running job of account_id (status cancelled, finished now). False when
// the id is unknown, another account's, or the job has already ended.
bool jobs_cancel(Db& db, int64_t job_id, int64_t account_id);
// True while the job is running (a worker asks between steps: false once it was cancelled).
bool jobs_still_running(Db& db, int64_t job_id);
// Removes the result files of done jobs finished more than keep_days ago (the files row, and
// the stored content unless another files row has the same content); the job keeps its row
// without a result (jobs_expired). Returns how many.
int64_t jobs_expire(Db& db, const Config& config, int keep_days = kJobKeepDays);
// True for a done job whose result file was removed by jobs_expire (a row of jobs_find).
bool jobs_expired(const Row& job);

// Jobs of account_id still queued or running (a page refuses a new one beyond its limit).
int64_t jobs_active(Db& db, int64_t account_id);

// One job of account_id (columns id, kind, params, status, progress, total, result_file_id,
// error, created_cn, finished_cn — times in Beijing time), or nullopt when the id is unknown
// or another account's.
std::optional<Row> jobs_find(Db& db, int64_t job_id, int64_t account_id);
// The newest limit jobs of account_id, same columns, newest first.
Rows jobs_recent(Db& db, int64_t account_id, int64_t limit);

// "排队中" / "进行中" / "已完成" / "失败" / "已取消" for a status value.
const char* jobs_status_label(std::string_view status);
