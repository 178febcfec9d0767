// db.cpp - MariaDB access through MySQL Connector/C++ 1.1 (the only file that includes it).
// See db.h for the contract. Prepared statements are cached per connection and dropped with it
// (except those MariaDB may sort wrongly once cached: see order_may_drift).
#include "db.h"

#include <mysql_connection.h>
#include <mysql_driver.h>
#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/resultset_metadata.h>
#include <cppconn/statement.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <span>
#include <unordered_map>

#include "config.h"
#include "log.h"

// ---- Row ---------------------------------------------------------------------------------

size_t Row::index(std::string_view column) const {
  for (size_t i = 0; i < names_->size(); ++i)
    if ((*names_)[i] == column) return i;
  throw std::out_of_range("no column " + std::string(column) + " in result");
}

const std::string& Row::str(std::string_view column) const {
  static const std::string empty;
  const auto& cell = cells_[index(column)];
  return cell ? *cell : empty;
}

int64_t Row::i64(std::string_view column) const {
  const auto& cell = cells_[index(column)];
  if (!cell || cell->empty()) return 0;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(cell->data(), cell->data() + cell->size(), v);
  if (ec != std::errc() || end != cell->data() + cell->size())
    throw std::runtime_error("column " + std::string(column) + " is not an integer");
  return v;
}

bool Row::is_null(std::string_view column) const { return !cells_[index(column)]; }

// ---- DbError -----------------------------------------------------------------------------

bool DbError::connection_lost() const {
  return code_ == 2002 || code_ == 2003 || code_ == 2006 || code_ == 2013 || code_ == 2055;
}

bool DbError::retryable() const { return code_ == 1213 || code_ == 1205; }

// ---- Db ----------------------------------------------------------------------------------

namespace {

// True when a cached prepared statement of sql may come back in the wrong order. MariaDB 10.11
// drops ORDER BY items that one execution made constant (a filter `col = ?` on a sorted column,
// or on the key of a joined table) from the prepared statement for good; that is harmless when
// every execution has the same constant columns, and wrong when the parameters switch a
// condition on or off: `(? = '' OR s.region_code = ?)` after an execution with a region sorted
// later lists without their region order (t0710, unit test db/order_by_survives_...). So a
// statement with ORDER BY is prepared afresh for each execution when a parameter is an operand
// that can decide a condition: one followed by a comparison (`? =`, `? IS`), a comma or THEN
// (IF(?, ..), COALESCE(?, ..), IN (?, ..), CASE WHEN ? THEN) or right after "(". Other
// statements stay cached (see also null_may_drift).
bool order_may_drift(std::string_view sql) {
  if (sql.find("ORDER BY") == std::string_view::npos) return false;
  for (size_t i = sql.find('?'); i != std::string_view::npos; i = sql.find('?', i + 1)) {
    size_t before = i == 0 ? std::string_view::npos : sql.find_last_not_of(" \t\n", i - 1);
    if (before != std::string_view::npos && sql[before] == '(') return true;
    size_t after = sql.find_first_not_of(" \t\n", i + 1);
    if (after == std::string_view::npos) break;
    std::string_view next = sql.substr(after);
    if (std::string_view("=<>!,").find(next[0]) != std::string_view::npos) return true;
    if (next.starts_with("IS ") || next.starts_with("THEN ")) return true;
  }
  return false;
}

// True when this execution of a cached statement could make ORDER BY items constant that other
// executions do not: a NULL parameter turns `a = ? OR b = ?` into `b = ?`.
bool null_may_drift(std::string_view sql, std::span<const Param> params) {
  for (const Param& p : params) {
    if (std::holds_alternative<Null>(p)) {
      return sql.find("ORDER BY") != std::string_view::npos && sql.find(" OR ") != std::string_view::npos;
    }
  }
  return false;
}

}  // namespace

struct Db::Impl {
  const Config& config;
  std::unique_ptr<sql::Connection> conn;
  // Cached statements by SQL text; a null entry marks a text that is prepared for each
  // execution instead (order_may_drift).
  std::unordered_map<std::string, std::unique_ptr<sql::PreparedStatement>> statements;
  std::unique_ptr<sql::PreparedStatement> oneshot;  // the last statement prepared for one execution

  explicit Impl(const Config& c) : config(c) {}

  void connect() {
    sql::ConnectOptionsMap opts;
    // The socket when set, else TCP to host:port ([db] host, port).
    opts["hostName"] = sql::SQLString(config.db_socket.empty()
                                          ? "tcp://" + config.db_host + ":" + std::to_string(config.db_port)
                                          : "unix://" + config.db_socket);
    opts["userName"] = sql::SQLString(config.db_user);
    opts["password"] = sql::SQLString(config.db_password);
    opts["schema"] = sql::SQLString(config.db_name);
    opts["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");
    opts["OPT_CONNECT_TIMEOUT"] = 3;
    opts["OPT_READ_TIMEOUT"] = 60;
    opts["OPT_WRITE_TIMEOUT"] = 60;
    opts["OPT_RECONNECT"] = false;
    conn.reset(sql::mysql::get_mysql_driver_instance()->connect(opts));
    std::unique_ptr<sql::Statement> st(conn->createStatement());
    st->execute("SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO'");
  }

  // Opens the connection when there is none; two quick attempts, then DbUnavailable.
  sql::Connection& ensure() {
    if (conn) return *conn;
    for (int attempt = 0;; ++attempt) {
      try {
        connect();
        return *conn;
      } catch (const sql::SQLException& e) {
        conn.reset();
        if (attempt >= 1) {
          log_line("error", std::string("database unreachable: ") + e.what());
          throw DbUnavailable("database unreachable");
        }
        usleep(200 * 1000);
      }
    }
  }

  void drop() {
    oneshot.reset();
    statements.clear();
    conn.reset();
  }

  // The statement for sql and params: cached, or prepared for this execution only
  // (order_may_drift, null_may_drift); such a statement lives until the next prepare (callers
  // read all rows first).
  sql::PreparedStatement& prepare(std::string_view sql, std::span<const Param> params) {
    sql::Connection& c = ensure();
    std::string key(sql);
    auto it = statements.find(key);
    bool cached = it != statements.end() && it->second;
    if (cached && !null_may_drift(sql, params)) return *it->second;
    if (cached || it != statements.end() || order_may_drift(sql) || null_may_drift(sql, params)) {
      oneshot.reset(c.prepareStatement(sql::SQLString(sql.data(), sql.size())));
      if (it == statements.end() && order_may_drift(sql)) statements.emplace(std::move(key), nullptr);
      return *oneshot;
    }
    if (statements.size() >= 256) statements.clear();
    std::unique_ptr<sql::PreparedStatement> ps(c.prepareStatement(sql::SQLString(sql.data(), sql.size())));
    return *statements.emplace(std::move(key), std::move(ps)).first->second;
  }

  void simple(const char* sql) {
    std::unique_ptr<sql::Statement> st(ensure().createStatement());
    st->execute(sql);
  }
};

static void bind_params(sql::PreparedStatement& ps, std::span<const Param> params) {
  unsigned i = 1;
  for (const Param& p : params) {
    if (std::holds_alternative<Null>(p)) ps.setNull(i, sql::DataType::VARCHAR);
    else if (auto* n = std::get_if<int64_t>(&p)) ps.setInt64(i, *n);
    else {
      const auto& s = std::get<std::string>(p);
      ps.setString(i, sql::SQLString(s.data(), s.size()));
    }
    ++i;
  }
}

static std::shared_ptr<const std::vector<std::string>> column_names(sql::ResultSet& rs) {
  auto names = std::make_shared<std::vector<std::string>>();
  sql::ResultSetMetaData* md = rs.getMetaData();
  unsigned n = md->getColumnCount();
  for (unsigned i = 1; i <= n; ++i) names->push_back(md->getColumnLabel(i).asStdString());
  return names;
}

static Row read_row(sql::ResultSet& rs, const std::shared_ptr<const std::vector<std::string>>& names) {
  std::vector<std::optional<std::string>> cells;
  cells.reserve(names->size());
  for (unsigned i = 1; i <= names->size(); ++i) {
    if (rs.isNull(i)) cells.emplace_back();
    else cells.emplace_back(rs.getString(i).asStdString());
  }
  return Row(names, std::move(cells));
}

static DbError to_db_error(const sql::SQLException& e) { return DbError(e.what(), e.getErrorCode()); }

Db::Db(const Config& config) : impl_(std::make_unique<Impl>(config)) {}
Db::~Db() = default;

template <class F>
auto Db::with_retry(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const sql::SQLException& e) {
    DbError err = to_db_error(e);
    if (!err.connection_lost() || in_tx_) {
      if (err.connection_lost()) impl_->drop();
      throw err;
    }
    log_line("warn", std::string("database connection lost, reconnecting: ") + e.what());
    impl_->drop();
  }
  try {
    return f();
  } catch (const sql::SQLException& e) {
    DbError err = to_db_error(e);
    if (err.connection_lost()) {
      impl_->drop();
      throw DbUnavailable("database connection lost");
    }
    throw err;
  }
}

Rows Db::query(std::string_view sql, SqlParams params) {
  return with_retry([&] {
    sql::PreparedStatement& ps = impl_->prepare(sql, params);
    bind_params(ps, std::span<const Param>(params.begin(), params.size()));
    std::unique_ptr<sql::ResultSet> rs(ps.executeQuery());
    auto names = column_names(*rs);
    Rows rows;
    while (rs->next()) rows.push_back(read_row(*rs, names));
    return rows;
  });
}

std::optional<Row> Db::query_one(std::string_view sql, SqlParams params) {
  Rows rows = query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

uint64_t Db::exec(std::string_view sql, SqlParams params) {
  try {
    sql::PreparedStatement& ps = impl_->prepare(sql, params);
    bind_params(ps, std::span<const Param>(params.begin(), params.size()));
    return static_cast<uint64_t>(ps.executeUpdate());
  } catch (const sql::SQLException& e) {
    DbError err = to_db_error(e);
    if (err.connection_lost()) {
      impl_->drop();
      // A write without a transaction may or may not have happened: never rerun it here.
      if (!in_tx_) throw DbUnavailable("database connection lost during a write");
    }
    throw err;
  }
}

uint64_t Db::exec_batch(std::string_view insert_prefix, size_t columns, const std::vector<Param>& values,
                        size_t rows_per_statement) {
  if (columns == 0 || values.size() % columns != 0) throw std::invalid_argument("exec_batch: ragged values");
  std::string tuple = "(";
  for (size_t c = 0; c < columns; ++c) tuple += c ? ", ?" : "?";
  tuple += ")";
  size_t rows = values.size() / columns;
  uint64_t done = 0;
  for (size_t first = 0; first < rows; first += rows_per_statement) {
    size_t n = std::min(rows_per_statement, rows - first);
    std::string sql(insert_prefix);
    for (size_t r = 0; r < n; ++r) sql += (r ? ", " : " ") + tuple;
    try {
      std::span<const Param> params(values.data() + first * columns, n * columns);
      sql::PreparedStatement& ps = impl_->prepare(sql, params);
      bind_params(ps, params);
      done += static_cast<uint64_t>(ps.executeUpdate());
    } catch (const sql::SQLException& e) {
      DbError err = to_db_error(e);
      if (err.connection_lost()) impl_->drop();
      throw err;
    }
  }
  return done;
}

Rows Db::query_in(std::string_view sql_prefix, std::string_view sql_suffix, SqlParams fixed,
                  const std::vector<Param>& list, size_t chunk) {
  if (chunk == 0) throw std::invalid_argument("query_in: chunk 0");
  Rows out;
  std::vector<Param> params(fixed.begin(), fixed.end());
  const size_t n_fixed = params.size();
  for (size_t first = 0; first < list.size(); first += chunk) {
    size_t n = std::min(chunk, list.size() - first);
    size_t slots = 1;
    while (slots < n) slots *= 2;
    slots = std::min(slots, chunk);
    std::string sql(sql_prefix);
    sql += " IN (";
    for (size_t i = 0; i < slots; ++i) sql += i ? ", ?" : "?";
    sql += ")";
    sql += sql_suffix;
    params.resize(n_fixed);
    for (size_t i = 0; i < slots; ++i) params.push_back(list[first + std::min(i, n - 1)]);
    Rows part = with_retry([&] {
      sql::PreparedStatement& ps = impl_->prepare(sql, params);
      bind_params(ps, params);
      std::unique_ptr<sql::ResultSet> rs(ps.executeQuery());
      auto names = column_names(*rs);
      Rows rows;
      while (rs->next()) rows.push_back(read_row(*rs, names));
      return rows;
    });
    for (Row& r : part) out.push_back(std::move(r));
  }
  return out;
}

uint64_t Db::last_insert_id() {
  auto row = query_one("SELECT LAST_INSERT_ID() AS id");
  return static_cast<uint64_t>(row->i64("id"));
}

void Db::stream(std::string_view sql, SqlParams params, std::string_view key_column,
                const std::function<void(const Row&)>& each, int64_t page_rows) {
  std::vector<Param> all(params.begin(), params.end());
  all.emplace_back(std::numeric_limits<int64_t>::min());
  all.emplace_back(page_rows);
  for (;;) {
    Rows rows = with_retry([&] {
      sql::PreparedStatement& ps = impl_->prepare(sql, params);
      bind_params(ps, all);
      std::unique_ptr<sql::ResultSet> rs(ps.executeQuery());
      auto names = column_names(*rs);
      Rows page;
      while (rs->next()) page.push_back(read_row(*rs, names));
      return page;
    });
    for (const Row& r : rows) each(r);
    if (static_cast<int64_t>(rows.size()) < page_rows) return;
    all[all.size() - 2] = rows.back().i64(key_column);
  }
}

void Db::transaction(const std::function<void()>& body) {
  if (in_tx_) throw std::logic_error("nested transaction");
  static const int delays_ms[] = {100, 400, 1000};
  auto rollback_quietly = [this] {
    in_tx_ = false;
    before_commit_.clear();
    if (!impl_->conn) return;
    try {
      impl_->simple("ROLLBACK");
    } catch (...) {
      impl_->drop();
    }
  };
  // Decides, after a failed attempt, whether to rerun (returns) or give up (throws).
  auto after_failure = [&](const DbError& err, int attempt) {
    if (err.connection_lost()) {
      in_tx_ = false;
      before_commit_.clear();
      impl_->drop();
    } else {
      rollback_quietly();
    }
    if (!err.connection_lost() && !err.retryable()) throw err;
    if (attempt >= 2) {
      if (err.connection_lost()) throw DbUnavailable("database connection lost");
      throw err;
    }
    log_line("warn", std::string("rerunning transaction: ") + err.what());
    usleep(delays_ms[attempt] * 1000);
  };
  for (int attempt = 0;; ++attempt) {
    try {
      before_commit_.clear();
      impl_->simple("START TRANSACTION");
      in_tx_ = true;
      body();
      // A hook may register another; index, not iterators, as the vector may grow.
      for (size_t i = 0; i < before_commit_.size(); ++i) {
        auto hook = std::move(before_commit_[i]);
        hook();
      }
      before_commit_.clear();
      impl_->simple("COMMIT");
      in_tx_ = false;
      return;
    } catch (const sql::SQLException& e) {
      after_failure(to_db_error(e), attempt);
    } catch (const DbError& e) {
      after_failure(e, attempt);
    } catch (...) {
      rollback_quietly();
      throw;
    }
  }
}

void Db::before_commit(std::function<void()> hook) {
  if (!in_tx_) throw std::logic_error("before_commit outside a transaction");
  before_commit_.push_back(std::move(hook));
}

const Config& Db::config() const { return impl_->config; }

void Db::disconnect() { impl_->drop(); }
