// db.h - the application's only door to MariaDB (db.cpp is the only file that includes
// Connector/C++). Prepared statements with '?' placeholders only; rows come back as plain
// values; one connection per process, opened lazily and re-opened when it drops.
#pragma once
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct Config;

// SQL NULL as a parameter.
struct Null {};
using Param = std::variant<Null, int64_t, std::string>;
using SqlParams = std::initializer_list<Param>;

// One result row; cells are looked up by column label.
class Row {
 public:
  Row(std::shared_ptr<const std::vector<std::string>> names, std::vector<std::optional<std::string>> cells)
      : names_(std::move(names)), cells_(std::move(cells)) {}
  // Text of the column; "" when NULL. Throws std::out_of_range for an unknown column.
  const std::string& str(std::string_view column) const;
  // Integer value; 0 when NULL; throws std::runtime_error when the text is not an integer.
  int64_t i64(std::string_view column) const;
  bool is_null(std::string_view column) const;

 private:
  size_t index(std::string_view column) const;
  std::shared_ptr<const std::vector<std::string>> names_;
  std::vector<std::optional<std::string>> cells_;
};
using Rows = std::vector<Row>;

// Any database failure; serve() answers it with a generic 500.
class DbError : public std::runtime_error {
 public:
  DbError(const std::string& what, int code) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }
  // Connection lost or server unreachable (2002, 2003, 2006, 2013, 2055).
  bool connection_lost() const;
  // Deadlock or lock wait timeout (1213, 1205): the transaction may be rerun.
  bool retryable() const;

 private:
  int code_;
};

// The database stayed unreachable after the retries; serve() answers 503.
class DbUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Db {
 public:
  explicit Db(const Config& config);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Runs a SELECT and returns every row. Outside a transaction a lost connection is
  // re-opened and the query rerun once.
  Rows query(std::string_view sql, SqlParams params = {});
  // The first row, or nullopt.
  std::optional<Row> query_one(std::string_view sql, SqlParams params = {});
  // Runs INSERT/UPDATE/DELETE; returns the affected row count.
  uint64_t exec(std::string_view sql, SqlParams params = {});
  // Multi-row insert: insert_prefix is a fixed "INSERT INTO t (a, b, c) VALUES" text (no
  // values in it), values holds row after row of `columns` parameters; statements of up to
  // rows_per_statement rows "(?, ?, ?), (...)" are prepared here, the only place that puts
  // placeholders together. Returns the rows inserted. Use inside a transaction.
  uint64_t exec_batch(std::string_view insert_prefix, size_t columns, const std::vector<Param>& values,
                      size_t rows_per_statement = 500);
  // SELECT with an IN list: runs `sql_prefix IN (?, ?, ...) sql_suffix` once per chunk of up to
  // chunk values of list and returns the rows of all chunks. fixed binds the placeholders of
  // sql_prefix (sql_suffix takes none, e.g. "" or " GROUP BY x"); only placeholders are put
  // together here. A short chunk is padded to 1, 2, 4, 8 ... values by repeating its last value
  // (the same value twice in an IN list changes nothing), so few statements are prepared.
  // An empty list runs nothing and returns no rows.
  Rows query_in(std::string_view sql_prefix, std::string_view sql_suffix, SqlParams fixed,
                const std::vector<Param>& list, size_t chunk = 1000);
  // AUTO_INCREMENT id of the last insert on this connection.
  uint64_t last_insert_id();
  // Reads a large result in pages so memory stays constant (Connector/C++ 1.1 buffers every
  // prepared-statement result in full): runs sql again and again with params followed by the
  // last key seen and the page size. sql must select the integer key_column, contain
  // "AND <key> > ?" and end with "ORDER BY <key> LIMIT ?". Calls each(row) per row, in order.
  void stream(std::string_view sql, SqlParams params, std::string_view key_column,
              const std::function<void(const Row&)>& each, int64_t page_rows = 5000);

  // Runs body inside BEGIN ... COMMIT; rolls back on any exception. On a lost connection or a
  // deadlock the whole body is rerun (up to 3 attempts with backoff), so body must only touch
  // the database and local state it rebuilds. Throws DbUnavailable when the server stays away.
  void transaction(const std::function<void()>& body);
  bool in_transaction() const { return in_tx_; }
  // Inside transaction(): runs hook after body, just before COMMIT, in the order registered
  // (locks taken there are held only for the commit; modules/audit.cpp chains its rows so).
  // The hooks of a failed attempt are dropped (a rerun body registers them again). Throws
  // std::logic_error outside a transaction.
  void before_commit(std::function<void()> hook);

  // The configuration the connection was made with (modules that derive keys from its secret).
  const Config& config() const;

  // Drops the connection (tests use it to prove reconnects).
  void disconnect();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  bool in_tx_ = false;
  std::vector<std::function<void()>> before_commit_;
  template <class F> auto with_retry(F&& f) -> decltype(f());
};
