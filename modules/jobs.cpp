// jobs.cpp - the jobs table: queue, claim, progress, end, stale recovery and the owner's reads
// (see jobs.h).
#include "jobs.h"

#include <unistd.h>

#include "files.h"
#include "form.h"

int64_t jobs_enqueue(Db& db, std::string_view kind, int64_t account_id, std::string_view params_json) {
  db.exec("INSERT INTO jobs (kind, account_id, params) VALUES (?, ?, ?)",
          {std::string(kind), account_id, std::string(params_json)});
  return static_cast<int64_t>(db.last_insert_id());
}

std::optional<Job> jobs_claim(Db& db, std::string_view worker) {
  std::optional<Job> job;
  db.transaction([&] {
    job.reset();
    auto r = db.query_one(
        "SELECT id, kind, account_id, params FROM jobs WHERE status = 'queued' ORDER BY created_at, id LIMIT 1"
        " FOR UPDATE SKIP LOCKED");
    if (!r) return;
    db.exec("UPDATE jobs SET status = 'running', worker = ?, started_at = UTC_TIMESTAMP(), heartbeat_at = UTC_TIMESTAMP(),"
            " progress = 0 WHERE id = ?",
            {std::string(worker), r->i64("id")});
    Job j;
    j.id = r->i64("id");
    j.kind = r->str("kind");
    j.account_id = r->i64("account_id");
    if (auto members = json_read_object(r->str("params"))) j.params = std::move(*members);
    job = std::move(j);
  });
  return job;
}

void jobs_progress(Db& db, int64_t job_id, int64_t progress, std::optional<int64_t> total) {
  if (total)
    db.exec("UPDATE jobs SET progress = ?, total = ?, heartbeat_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'running'",
            {progress, *total, job_id});
  else
    db.exec("UPDATE jobs SET progress = ?, heartbeat_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'running'",
            {progress, job_id});
}

void jobs_done(Db& db, int64_t job_id, int64_t result_file_id) {
  db.exec("UPDATE jobs SET status = 'done', result_file_id = ?, progress = COALESCE(total, progress),"
          " finished_at = UTC_TIMESTAMP(), heartbeat_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'running'",
          {result_file_id, job_id});
}

void jobs_fail(Db& db, int64_t job_id, std::string_view error) {
  db.exec("UPDATE jobs SET status = 'failed', error = ?, finished_at = UTC_TIMESTAMP() WHERE id = ? AND status = 'running'",
          {cut_utf8(error, 500), job_id});
}

void jobs_requeue(Db& db, int64_t job_id) {
  db.exec("UPDATE jobs SET status = 'queued', worker = NULL, progress = 0, started_at = NULL, heartbeat_at = NULL"
          " WHERE id = ? AND status = 'running'",
          {job_id});
}

int64_t jobs_fail_stale(Db& db, int stale_seconds) {
  return static_cast<int64_t>(
      db.exec("UPDATE jobs SET status = 'failed', error = '任务执行中断（后台服务重启），请重新提交。',"
              " finished_at = UTC_TIMESTAMP() WHERE status = 'running' AND heartbeat_at < UTC_TIMESTAMP() - INTERVAL ? SECOND",
              {static_cast<int64_t>(stale_seconds)}));
}

bool jobs_cancel(Db& db, int64_t job_id, int64_t account_id) {
  return db.exec("UPDATE jobs SET status = 'cancelled', error = '任务已取消。', finished_at = UTC_TIMESTAMP()"
                 " WHERE id = ? AND account_id = ? AND status IN ('queued', 'running')",
                 {job_id, account_id}) > 0;
}

bool jobs_still_running(Db& db, int64_t job_id) {
  return db.query_one("SELECT 1 FROM jobs WHERE id = ? AND status = 'running'", {job_id}).has_value();
}

int64_t jobs_expire(Db& db, const Config& config, int keep_days) {
  Rows old = db.query(
      "SELECT j.id, f.id AS file_id, f.sha256 FROM jobs j JOIN files f ON f.id = j.result_file_id"
      " WHERE j.status = 'done' AND j.finished_at < UTC_TIMESTAMP() - INTERVAL ? DAY",
      {static_cast<int64_t>(keep_days)});
  for (const Row& r : old) {
    bool content_unused = false;
    db.transaction([&] {
      db.exec("UPDATE jobs SET result_file_id = NULL WHERE id = ?", {r.i64("id")});
      db.exec("DELETE FROM files WHERE id = ?", {r.i64("file_id")});
      content_unused = !db.query_one("SELECT 1 FROM files WHERE sha256 = ? LIMIT 1", {r.str("sha256")});
    });
    if (content_unused) unlink(files_path(config, r.str("sha256")).c_str());
  }
  return static_cast<int64_t>(old.size());
}

bool jobs_expired(const Row& job) { return job.str("status") == "done" && job.is_null("result_file_id"); }

int64_t jobs_active(Db& db, int64_t account_id) {
  auto r = db.query_one("SELECT COUNT(*) AS n FROM jobs WHERE account_id = ? AND status IN ('queued', 'running')",
                        {account_id});
  return r ? r->i64("n") : 0;
}

std::optional<Row> jobs_find(Db& db, int64_t job_id, int64_t account_id) {
  return db.query_one(
      "SELECT id, kind, params, status, progress, total, result_file_id, COALESCE(error, '') AS error,"
      " DATE_FORMAT(created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS created_cn,"
      " COALESCE(DATE_FORMAT(finished_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i'), '') AS finished_cn FROM jobs"
      " WHERE id = ? AND account_id = ?",
      {job_id, account_id});
}

Rows jobs_recent(Db& db, int64_t account_id, int64_t limit) {
  return db.query(
      "SELECT id, kind, params, status, progress, total, result_file_id, COALESCE(error, '') AS error,"
      " DATE_FORMAT(created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i') AS created_cn,"
      " COALESCE(DATE_FORMAT(finished_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i'), '') AS finished_cn FROM jobs"
      " WHERE account_id = ? ORDER BY id DESC LIMIT ?",
      {account_id, limit});
}

const char* jobs_status_label(std::string_view status) {
  if (status == "queued") return "排队中";
  if (status == "running") return "进行中";
  if (status == "done") return "已完成";
  if (status == "failed") return "失败";
  return "已取消";
}
