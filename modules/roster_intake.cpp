// roster_intake.cpp - RosterIntake (see roster.h): a roster checked, looked up at other
// schools and stored batch by batch while it is read. read() runs the sandboxed reader, the
// checks and the other-school lookups (on a connection of its own) on a helper thread that
// hands sealed batches (rows, HMACs, ciphertexts, holders) through a queue of two to the
// calling thread, which alone uses the caller's connection (the transaction) to store them.
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "config.h"
#include "db.h"
#include "roster.h"
#include "roster_rows.h"

struct RosterIntake::Batch {
  std::vector<RosterRowSealed> rows;
  size_t problems_so_far = 0;  // the checker's problems when the batch was taken
  // The other schools holding the rows' IDs (roster_holders_elsewhere), when the reader
  // looked them up already.
  std::optional<std::unordered_map<std::string, std::string>> holders;
};

namespace {

// The HMACs of the rows that have an ID number, for roster_holders_elsewhere.
std::vector<Param> hmac_list(const std::vector<RosterRowSealed>& rows) {
  std::vector<Param> list;
  for (const RosterRowSealed& r : rows)
    if (!r.hmac.empty()) list.emplace_back(r.hmac);
  return list;
}

// The helper thread's batches for the calling thread. close() ends the stream (with the
// helper's exception, if any); cancel() makes the helper's next push throw Cancelled, so the
// reader stops (sheet_read_sandboxed kills its child when the callback throws).
template <class T>
class BatchQueue {
 public:
  struct Cancelled {};
  void push(T item) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || items_.size() < kDepth; });
    if (cancelled_) throw Cancelled{};
    items_.push_back(std::move(item));
    changed_.notify_all();
  }
  // The next item, or nullopt once the stream is closed and drained.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    changed_.notify_all();
    return item;
  }
  void close(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    closed_ = true;
    error_ = error;
    changed_.notify_all();
  }
  void cancel() {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    changed_.notify_all();
  }
  // After the helper ended: its exception, if it had one (other than Cancelled).
  void rethrow() {
    if (!error_) return;
    try {
      std::rethrow_exception(error_);
    } catch (const Cancelled&) {
    }
  }

 private:
  static constexpr size_t kDepth = 2;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<T> items_;
  bool closed_ = false, cancelled_ = false;
  std::exception_ptr error_;
};

}  // namespace

RosterIntake::RosterIntake(Db& db, const Config& config, int64_t product_id, int64_t year_id, int64_t school_id)
    : db_(db), config_(config), product_id_(product_id), year_id_(year_id), school_id_(school_id),
      checker_(product_id) {}

void RosterIntake::store_into(int64_t enrollment_id, size_t limit, bool keep_valid) {
  if (!db_.in_transaction()) throw std::logic_error("RosterIntake::store_into outside a transaction");
  roster_clear(db_, enrollment_id);
  enrollment_id_ = enrollment_id;
  limit_ = limit;
  keep_valid_ = keep_valid;
}

void RosterIntake::read(const std::string& path, const SheetLimits& limits) {
  BatchQueue<Batch> queue;
  std::thread reader([&] {
    sigset_t all;  // signals (a worker's SIGTERM) stay with the request's thread
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, nullptr);
    try {
      // Other schools' rows are read on a connection of the reader's own, outside the
      // transaction (committed rows are all they can match), while the request's inserts.
      Db lookups(config_);
      auto looked_up = [&](Batch batch) {
        batch.holders = roster_holders_elsewhere(lookups, year_id_, product_id_, school_id_, hmac_list(batch.rows));
        return batch;
      };
      sheet_read_sandboxed(path, limits, [&](size_t row_number, const SheetRow& cells) {
        checker_.add(row_number, cells);
        if (checker_.rows_added() - taken_ >= kRosterLookupBatch) queue.push(looked_up(take_batch()));
      });
      queue.push(looked_up(take_batch()));
      queue.close(nullptr);
    } catch (...) {
      queue.close(std::current_exception());
    }
  });
  try {
    while (std::optional<Batch> batch = queue.pop()) put_batch(*batch);
  } catch (...) {
    queue.cancel();
    reader.join();
    throw;
  }
  reader.join();
  queue.rethrow();
}

void RosterIntake::add(size_t row_number, const SheetRow& cells) {
  checker_.add(row_number, cells);
  if (checker_.rows_added() - taken_ >= kRosterLookupBatch) {
    Batch batch = take_batch();
    put_batch(batch);
  }
}

RosterIntake::Batch RosterIntake::take_batch() {
  Batch batch;
  for (size_t i = taken_; i < checker_.rows_added(); ++i)
    if (checker_.row_ok(i)) batch.rows.push_back(roster_seal(config_, checker_.row(i)));
  taken_ = checker_.rows_added();
  batch.problems_so_far = checker_.problems_so_far();
  return batch;
}

void RosterIntake::put_batch(Batch& batch) {
  if (!batch.holders) batch.holders = roster_holders_elsewhere(db_, year_id_, product_id_, school_id_, hmac_list(batch.rows));
  const auto& holders = *batch.holders;
  if (!holders.empty()) {
    std::erase_if(batch.rows, [&](const RosterRowSealed& r) {
      auto it = r.hmac.empty() ? holders.end() : holders.find(r.hmac);
      if (it == holders.end()) return false;
      elsewhere_.push_back(roster_elsewhere_problem(r.row, it->second));
      return true;
    });
  }
  if (enrollment_id_ == 0 || stopped_) return;
  if ((!keep_valid_ && batch.problems_so_far + elsewhere_.size() > 0) || stored_.size() + batch.rows.size() > limit_) {
    stopped_ = true;  // refused whatever follows: the caller rolls back
    return;
  }
  roster_insert(db_, enrollment_id_, year_id_, product_id_, batch.rows, stored_.size() + 1);
  for (const RosterRowSealed& r : batch.rows) stored_.push_back(r.row.row_no);
}

RosterCheck RosterIntake::finish() {
  Batch rest = take_batch();
  put_batch(rest);
  RosterCheck check = checker_.finish();
  // Other schools are named only for rows that are still valid (an in-file duplicate is
  // reported as that alone), and those rows leave valid.
  std::unordered_set<size_t> valid_rows, held_rows;
  for (const RosterRow& r : check.valid) valid_rows.insert(r.row_no);
  for (RosterProblem& p : elsewhere_) {
    if (!valid_rows.count(p.row)) continue;
    held_rows.insert(p.row);
    check.problems.push_back(std::move(p));
  }
  elsewhere_.clear();
  std::erase_if(check.valid, [&](const RosterRow& r) { return held_rows.count(r.row_no) > 0; });
  if (enrollment_id_ != 0) {
    bool storable = check.valid.size() <= limit_ && (keep_valid_ || check.problems.empty());
    bool same = std::equal(stored_.begin(), stored_.end(), check.valid.begin(), check.valid.end(),
                           [](size_t row_no, const RosterRow& r) { return row_no == r.row_no; });
    // Rows stored before a later row made them in-file duplicates, or a stop at the limit
    // that in-file duplicates then undid: store the result again (rare).
    if (storable && !same) roster_store(db_, config_, enrollment_id_, year_id_, product_id_, check.valid);
  }
  return check;
}
