// t/bench/import_bench.cpp - one roster import through the whole upload pipeline, timed: one
// transaction in which RosterIntake::read (the upload path's sandboxed parser in its child
// process, the checks and encryption on a helper thread, other schools and storage per batch
// of 1,000 rows on the connection's thread), then the enrollment's counters. Creates its own
// enrollment (school, year, product 1, seq) first. Afterwards (not timed) writes the stored
// rows as TSV (binary columns in hex, NULL as \N), as LOAD DATA reads them. Without --school
// and --seq it only reads and checks the file and writes that TSV (nothing stored, nothing
// timed): the LOAD DATA baseline's input of t/bench/import.sh. Database from $HNEDU_CONF.
//
//   import_bench --xlsx FILE --year ID [--school ID --seq N] --tsv OUT
//
// Prints one line: rows=N total_s=.. rows_per_s=.. max_rss_kb=.. child_max_rss_kb=..
// (TSV only: rows=N); exits 1 when the file did not check clean.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "pii.h"
#include "roster.h"
#include "sheet.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// TSV field: tabs, newlines and backslashes escaped as LOAD DATA reads them; "" → \N.
std::string tsv(const std::string& s, bool null_if_empty = true) {
  if (s.empty() && null_if_empty) return "\\N";
  std::string out;
  for (char c : s) {
    if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\\') out += "\\\\";
    else out += c;
  }
  return out;
}

// Writes rows as TSV for LOAD DATA, as roster_store stores them (its encryption and HMAC).
void write_tsv(const Config& config, const std::vector<RosterRow>& rows, int64_t enrollment, int64_t year,
               const std::string& path) {
  std::ofstream out(path);
  size_t row_no = 0;
  for (const RosterRow& r : rows) {
    ++row_no;
    out << enrollment << '\t' << row_no << '\t' << year << '\t' << kProductStudent << '\t' << tsv(r.name, false)
        << '\t' << r.sex << '\t' << r.id_type << '\t' << to_hex(pii_hmac(config, r.id_type, r.id_number)) << '\t'
        << to_hex(pii_encrypt(config, r.id_number)) << '\t' << roster_mask_id(r.id_number) << '\t'
        << tsv(r.grade) << '\t' << tsv(r.class_name) << "\t\\N\t\\N\t\\N\t" << tsv(r.note) << '\n';
  }
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path);
}

int usage() {
  std::cerr << "usage: import_bench --xlsx FILE --year ID [--school ID --seq N] --tsv OUT\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string xlsx, tsv_path;
  int64_t school = 0, year = 0, seq = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--xlsx") xlsx = v;
    else if (k == "--tsv") tsv_path = v;
    else if (k == "--school") school = std::stoll(v);
    else if (k == "--year") year = std::stoll(v);
    else if (k == "--seq") seq = std::stoll(v);
    else return usage();
  }
  if (xlsx.empty() || tsv_path.empty() || !year || !school != !seq) return usage();
  try {
    Config config = Config::from_env();
    if (!school) {  // the baseline's input only
      RosterChecker checker(kProductStudent);
      sheet_read_sandboxed(xlsx, SheetLimits{}, [&](size_t n, const SheetRow& cells) { checker.add(n, cells); });
      RosterCheck check = checker.finish();
      if (!check.problems.empty()) throw std::runtime_error(std::to_string(check.problems.size()) + " problems");
      write_tsv(config, check.valid, 0, year, tsv_path);
      std::cout << "rows=" << check.valid.size() << std::endl;
      return 0;
    }
    Db db(config);
    db.exec("INSERT INTO enrollments (school_id, year_id, product_id, seq, region_code, city_code)"
            " VALUES (?, ?, ?, ?, '', '')",
            {school, year, kProductStudent, seq});
    int64_t enrollment = static_cast<int64_t>(db.last_insert_id());

    // The upload path's own order (modules/uploads/enroll.cpp): one transaction in which the
    // rows are checked, looked up at other schools and stored batch by batch as the sandboxed
    // reader delivers them, then the enrollment's counts.
    auto t0 = std::chrono::steady_clock::now();
    RosterCheck check;
    db.transaction([&] {
      RosterIntake intake(db, config, kProductStudent, year, school);
      intake.store_into(enrollment, SIZE_MAX, false);
      intake.read(xlsx, SheetLimits{});
      check = intake.finish();
      db.exec("UPDATE enrollments SET declared_count = ?, stored_count = ?, updated_at = UTC_TIMESTAMP()"
              " WHERE id = ?",
              {static_cast<int64_t>(check.valid.size()), static_cast<int64_t>(check.valid.size()), enrollment});
    });
    double total = seconds_since(t0);
    if (!check.problems.empty()) {
      std::cerr << "import_bench: " << check.problems.size() << " problems (other schools' included)"
                 << "; first: row " << check.problems[0].row << " " << check.problems[0].column << ": "
                  << check.problems[0].reason;
      std::cerr << "\n";
      return 1;
    }

    write_tsv(config, check.valid, enrollment, year, tsv_path);

    struct rusage self {}, children {};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    char line[512];
    std::snprintf(line, sizeof line,
                  "rows=%zu total_s=%.3f rows_per_s=%.0f max_rss_kb=%ld child_max_rss_kb=%ld",
                  check.valid.size(), total,
                  static_cast<double>(check.valid.size()) / total, self.ru_maxrss, children.ru_maxrss);
    std::cout << line << std::endl;
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "import_bench: " << e.what() << "\n";
    return 1;
  }
}
